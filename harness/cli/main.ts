// The godi-golden command: picks the subcommand named by the first argument and returns its exit code.
import { EXIT, UsageError, type Command, type Io } from './command.ts';
import { COMMANDS } from './commands/index.ts';

const PROCESS_IO: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok; // asked for help: no error
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`godi-golden: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.err(`godi-golden ${command.name}: ${error.message}\nusage: ${synopsis(command)}`);
    return EXIT.usage;
  }
}

/** Our UsageError, or node:util parseArgs rejecting an option or a positional. */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function synopsis(command: Command): string {
  return `godi-golden ${command.name} ${command.args}`;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => synopsis(c).length));
  const lines = COMMANDS.map((c) => `  ${synopsis(c).padEnd(width)}  ${c.summary}`);
  return ['usage:', ...lines, `  ${'godi-golden help'.padEnd(width)}  this text`].join('\n');
}
