// `godi-golden status [--json] [--from DIR]`: every probe of the last run with its state and changed paths.
import { parseArgs } from 'node:util';
import { renderChanges } from '../../golden/index.ts';
import { countsLine, describeState, probeKey, probePassed } from '../../run-record/index.ts';
import { EXIT, type Command } from '../command.ts';
import { openRunOrSay } from '../recorded-run.ts';

export const status: Command = {
  name: 'status',
  args: '[--json] [--from DIR]',
  summary: 'list each probe of the last run: unchanged, changed, new, orphaned or failed (exit 1 unless all pass)',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, from: { type: 'string' } } });
    const run = await openRunOrSay(values.from, io);
    if (run === undefined) return EXIT.usage;
    const passed = run.status.setupError === undefined && run.status.probes.every(probePassed);
    if (values.json) {
      io.out(JSON.stringify(run.status, null, 2));
      return passed ? EXIT.ok : EXIT.failed;
    }
    if (run.status.setupError !== undefined) {
      io.out(`last run: failed before any probe ran:\n${run.status.setupError}`);
      return EXIT.failed;
    }
    io.out(`last run: ${countsLine(run.status)}, UPDATE_GOLDEN policy ${run.status.update}`);
    const width = Math.max(0, ...run.status.probes.map((p) => probeKey(p).length));
    for (const entry of run.status.probes) {
      io.out(`  ${entry.state.padEnd(9)}  ${probeKey(entry).padEnd(width)}  ${entry.state === 'unchanged' ? '' : describeState(entry)}`.trimEnd());
      if (entry.changes.length > 0) io.out(renderChanges(entry.changes, 20).replace(/^/gm, '             '));
    }
    if (!passed) io.out('next: `godi-golden review` to go through the changes, `godi-golden accept [PROBE...]` to take them, or `godi-golden report --html`');
    return passed ? EXIT.ok : EXIT.failed;
  },
};
