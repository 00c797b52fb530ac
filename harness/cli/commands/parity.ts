// `godi-golden parity SNAPSHOTS GOLDEN_DIR [--without-stack] [--json]`: godi's raw snapshots of a program (from
// `snapshot --raw`) against Datadog's Go agent goldens of the same program and probe file (one
// `<probe-id>.json` per probe), both in the agent's checked-in form (harness/parity).
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JsonValue } from '../../common/index.ts';
import { compareWithAgent } from '../../parity/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';

const SHOWN_CHANGES = 5;

export const parity: Command = {
  name: 'parity',
  args: 'SNAPSHOTS GOLDEN_DIR [--without-stack] [--json]',
  summary: "compare raw snapshots (snapshot --raw) with Datadog's Go agent goldens, probe by probe",
  async run(argv, io) {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, 'without-stack': { type: 'boolean', default: false } },
    });
    const [snapshotsFile, goldenDir] = positionals;
    if (snapshotsFile === undefined || goldenDir === undefined || positionals.length > 2) {
      throw new UsageError('name the snapshots file and the folder of the agent goldens');
    }
    const snapshots = await readJson(snapshotsFile);
    if (!Array.isArray(snapshots)) throw new UsageError(`${snapshotsFile}: expected a JSON array of snapshots`);
    const goldens = new Map<string, JsonValue>();
    for (const file of (await readdir(goldenDir)).filter((f) => f.endsWith('.json')).sort()) {
      goldens.set(basename(file, '.json'), await readJson(join(goldenDir, file)));
    }
    const results = compareWithAgent(snapshots, goldens, { withoutStack: values['without-stack'] });
    const equal = results.filter((r) => r.state === 'equal').length;
    if (values.json) {
      io.out(JSON.stringify({ equal, total: results.length, probes: results }, null, 2));
    } else {
      for (const r of results) {
        const shown = r.changes.slice(0, SHOWN_CHANGES).map((c) => `${c.kind} ${c.pointer}`);
        const more = r.changes.length > SHOWN_CHANGES ? [`… ${r.changes.length - SHOWN_CHANGES} more`] : [];
        io.out([`${r.state.padEnd(12)} ${r.probeId}`, ...[...shown, ...more].map((line) => `    ${line}`)].join('\n'));
      }
      io.out(`${equal} of ${results.length} probes equal`);
    }
    return equal === results.length ? EXIT.ok : EXIT.failed;
  },
};

async function readJson(file: string): Promise<JsonValue> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JsonValue;
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}
