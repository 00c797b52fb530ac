// `godi-golden decode CAPTURE [--normalize]`: prints the snapshots of a capture file as a JSON array.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CaptureFormatError, readCapture } from '../../capture/index.ts';
import { decodeCapture } from '../../decode/index.ts';
import { normalizeByProbe } from '../../normalize/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';

export const decode: Command = {
  name: 'decode',
  args: 'CAPTURE [--normalize]',
  summary: 'print the snapshots of a capture file as JSON (--normalize: as a golden file holds them)',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { normalize: { type: 'boolean', default: false } },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('name exactly one capture file');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      io.err(`${file}: cannot read: ${(error as Error).message}`);
      return EXIT.usage;
    }
    let snapshots: unknown[];
    try {
      snapshots = decodeCapture(readCapture(bytes, file));
    } catch (error) {
      if (!(error instanceof CaptureFormatError)) throw error;
      io.err(error.message);
      return EXIT.usage;
    }
    io.out(JSON.stringify(values.normalize ? normalizeByProbe(snapshots) : snapshots, null, 2));
    return EXIT.ok;
  },
};
