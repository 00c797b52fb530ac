// `godi-golden accept [PROBE...] [--all] [--from DIR]`: promotes saved actual outputs to goldens, rerunning nothing.
import { parseArgs } from 'node:util';
import { acceptEntries, refuseOnCI, selectForAccept } from '../../review/index.ts';
import { openRun, plural } from '../../run-record/index.ts';
import { validateSnapshots } from '../../validate/index.ts';
import { EXIT, type Command } from '../command.ts';
import { stoppedOnRun } from '../recorded-run.ts';

export const accept: Command = {
  name: 'accept',
  args: '[PROBE...] [--all] [--from DIR]',
  summary: 'write the last run\'s changed and new outputs (or the named PROBEs) as goldens; --all also deletes orphans',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { all: { type: 'boolean' }, from: { type: 'string' } },
    });
    try {
      refuseOnCI();
      const run = await openRun({ from: values.from });
      const chosen = selectForAccept(run.status, { names: positionals, all: values.all ?? false });
      if (chosen.length === 0) {
        io.out('nothing to accept: the last run has no changed or new probe with a saved output');
        return EXIT.ok;
      }
      const { written, deleted } = await acceptEntries(chosen, run, validateSnapshots);
      for (const entry of written) io.out(`wrote   ${entry.golden}`);
      for (const entry of deleted) io.out(`deleted ${entry.golden}`);
      const { orphaned, failed } = run.status.counts;
      // With names, the user chose; without, say what a plain accept leaves behind.
      const notes = [
        orphaned > 0 && !values.all ? `kept ${plural(orphaned, 'orphaned golden')}: name them or pass --all to delete them` : '',
        failed > 0 ? `${plural(failed, 'failed probe')} left: no output to accept, see \`godi-golden status\`` : '',
      ].filter((note) => note !== '' && positionals.length === 0);
      io.out([`accepted ${plural(written.length, 'golden')}, deleted ${deleted.length}`, ...notes].join('\n'));
      return EXIT.ok;
    } catch (error) {
      return stoppedOnRun(error, io);
    }
  },
};
