// The text of a log message as the Go agent writes it: a buffer and a byte budget
// (pkg/dyninst/decode/types.go, formatLimits and the writeBounded* helpers). Godi follows the
// agent's accounting, not a simpler one, so that a message near the limit is cut where the
// agent cuts it:
// - a piece is written whole or not at all; an error is written with its message cut so its
//   braces fit;
// - the budget is reset to what the line has left before each template expression
//   (marshal.go messageData), and literal text is cut to the line's 8192 bytes;
// - a struct, array, slice or map consumes the bytes of each of its items once more after the
//   item consumed them itself, so nested text uses the budget once per enclosing level;
// - a container that cannot close is taken back out of the text (its consumed budget stays
//   consumed).

/** maxLogLineBytes: the longest message, in UTF-8 bytes. */
export const MAX_MESSAGE_BYTES = 8192;

const byteLength = (text: string): number => Buffer.byteLength(text);

/** A position in the output to cut back to. */
export interface Mark {
  readonly length: number;
  readonly bytes: number;
}

export class MessageOutput {
  text = '';
  /** UTF-8 bytes in `text`. */
  bytes = 0;
  /** Budget left (formatLimits.maxBytes). */
  left = MAX_MESSAGE_BYTES;

  fits(bytes: number): boolean {
    return this.left >= bytes;
  }

  consume(bytes: number): void {
    this.left = Math.max(0, this.left - bytes);
  }

  /** Appends `piece` when it fits the budget and consumes it (writeBoundedString). */
  write(piece: string): boolean {
    const bytes = byteLength(piece);
    if (this.left < bytes) return false;
    this.text += piece;
    this.bytes += bytes;
    this.left -= bytes;
    return true;
  }

  /** `{prefix: message}`, or `{message}` without a prefix, the message cut to fit (writeBoundedError). */
  writeError(prefix: string, message: string): void {
    const frame = prefix === '' ? 2 : byteLength(prefix) + 4;
    if (!this.fits(frame)) return;
    const inner = cutUtf8(message, this.left - frame);
    this.write(prefix === '' ? `{${inner}}` : `{${prefix}: ${inner}}`);
  }

  /** Appends `piece` without consuming it: the agent opens a struct so, having checked 5 bytes fit. */
  appendUnbudgeted(piece: string): void {
    this.text += piece;
    this.bytes += byteLength(piece);
  }

  /** Appends literal template text within the line's limit; the budget is not involved. */
  appendLiteral(text: string): void {
    const piece = cutUtf8(text, MAX_MESSAGE_BYTES - this.bytes);
    this.text += piece;
    this.bytes += byteLength(piece);
  }

  /** Before an expression: the budget is what the line has left. */
  resetBudget(): void {
    this.left = MAX_MESSAGE_BYTES - this.bytes;
  }

  get full(): boolean {
    return this.bytes >= MAX_MESSAGE_BYTES;
  }

  mark(): Mark {
    return { length: this.text.length, bytes: this.bytes };
  }

  truncate(mark: Mark): void {
    this.text = this.text.slice(0, mark.length);
    this.bytes = mark.bytes;
  }

  /** Writes one item of a container with `write`, then consumes its bytes once more. */
  item(write: () => void): void {
    const before = this.bytes;
    write();
    this.consume(this.bytes - before);
  }
}

/**
 * `text` cut to at most `max` UTF-8 bytes. The agent cuts bytes; godi never splits a
 * character (a split one would be invalid UTF-8 in the JSON), so it may keep a few bytes less.
 */
export function cutUtf8(text: string, max: number): string {
  if (text.length * 3 <= max) return text;
  const bytes = Buffer.from(text);
  if (bytes.length <= max) return text;
  let end = Math.max(0, max);
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString();
}
