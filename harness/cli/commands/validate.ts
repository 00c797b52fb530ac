// `godi-golden validate FILE...`: checks snapshot files (one envelope or an array) against the snapshot schema.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem, SchemaError, validateSnapshots } from '../../validate/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';

export const validate: Command = {
  name: 'validate',
  args: 'FILE...',
  summary: 'check snapshot JSON files against schemas/snapshot.schema.json',
  async run(argv, io) {
    const { positionals: files } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (files.length === 0) throw new UsageError('name at least one file');
    let invalid = 0;
    let unreadable = 0;
    let problems = 0;
    for (const file of files) {
      const found = await problemsIn(file);
      for (const line of found) io.out(`${file}: ${line}`);
      if (found.length > 0) invalid++;
      if (found[0]?.startsWith(CANNOT_READ)) unreadable++;
      problems += found.length;
    }
    if (invalid === 0) {
      io.out(`${plural(files.length, 'file')} valid`);
      return EXIT.ok;
    }
    io.out(`${invalid} of ${plural(files.length, 'file')} invalid, ${plural(problems, 'problem')}`);
    // A file that cannot be read was not checked at all: that is bad input, not an invalid snapshot.
    return unreadable > 0 ? EXIT.usage : EXIT.failed;
  },
};

const CANNOT_READ = 'cannot read';

/** The problems of one file, each as `<json path>: <message>` (or a bare message when it cannot be read). */
async function problemsIn(file: string): Promise<string[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not JSON' : CANNOT_READ;
    return [`${reason}: ${(error as Error).message}`];
  }
  try {
    validateSnapshots(value, file);
    return [];
  } catch (error) {
    if (error instanceof SchemaError) return error.problems.map(formatProblem);
    throw error;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
