// The one error a capture reader raises: where in which file the bytes disagree with the format.

export class CaptureFormatError extends Error {
  override name = 'CaptureFormatError';

  constructor(
    readonly file: string,
    /** Index of the event record, when the problem is inside one. */
    readonly event: number | undefined,
    /** Byte offset in the file where the problem was found. */
    readonly offset: number,
    readonly reason: string,
  ) {
    const where = event === undefined ? '' : ` event ${event}`;
    super(`${file}:${where} at byte ${offset}: ${reason}`);
  }
}
