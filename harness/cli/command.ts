// What a godi-golden subcommand is: a name, a line of usage, and a run function returning the exit code.

/** Where a command writes; the real process streams in `main`, buffers in tests. */
export interface Io {
  /** One line (or block) of the command's output, on stdout. */
  out(text: string): void;
  /** A diagnostic, on stderr. */
  err(text: string): void;
}

export const EXIT = {
  ok: 0,
  /** The command ran and found problems (invalid files, failed checks). */
  failed: 1,
  /** Bad usage or unreadable input: nothing was checked. */
  usage: 2,
} as const;

export interface Command {
  readonly name: string;
  /** Arguments as shown in the usage text, e.g. `FILE...`. */
  readonly args: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** `argv` holds the arguments after the command name. */
  run(argv: string[], io: Io): Promise<number>;
}

/** Thrown by a command for arguments it cannot use; `main` prints it with the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
