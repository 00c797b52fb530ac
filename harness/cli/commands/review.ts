// `godi-golden review [--from DIR]`: interactive, one probe at a time: a accept, r reject, s skip, A/R all, q quit.
import { emitKeypressEvents } from 'node:readline';
import { parseArgs } from 'node:util';
import { colorWanted } from '../../common/index.ts';
import { acceptEntries, pendingReview, refuseOnCI, type ReviewTerminal, runReview } from '../../review/index.ts';
import { type OpenRun, openRun } from '../../run-record/index.ts';
import { validateSnapshots } from '../../validate/index.ts';
import { EXIT, type Command } from '../command.ts';
import { stoppedOnRun } from '../recorded-run.ts';

export const review: Command = {
  name: 'review',
  args: '[--from DIR]',
  summary: 'go through the changed, new and orphaned probes of the last run one at a time: accept, reject or skip',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { from: { type: 'string' } } });
    let run: OpenRun;
    try {
      refuseOnCI();
      run = await openRun({ from: values.from });
    } catch (error) {
      return stoppedOnRun(error, io);
    }
    if (!process.stdin.isTTY) {
      io.err('review reads single keys from a terminal, and stdin is not one: use `godi-golden accept [PROBE...]` instead');
      return EXIT.usage;
    }
    const views = await pendingReview(run.status, run);
    if (views.length === 0) {
      io.out('nothing to review: every changed, new and orphaned probe of the last run is already accepted or there is none');
      return EXIT.ok;
    }
    const terminal = rawKeyTerminal(process.stdin, process.stdout);
    try {
      const decisions = await runReview(views, terminal, {
        accept: async (view) => {
          await acceptEntries([view.entry], run, validateSnapshots);
        },
        color: colorWanted(),
        maxDiffLines: 60,
      });
      return [...decisions.values()].includes('error') ? EXIT.failed : EXIT.ok;
    } finally {
      terminal.close();
    }
  },
};

/** Single keys from a TTY in raw mode; Ctrl-C arrives as a key (the review treats it as quit), end of input as Ctrl-D. */
function rawKeyTerminal(input: NodeJS.ReadStream, output: NodeJS.WriteStream): ReviewTerminal & { close(): void } {
  const queued: string[] = [];
  let waiting: ((key: string) => void) | undefined;
  const deliver = (key: string): void => {
    if (waiting === undefined) return void queued.push(key);
    const resolve = waiting;
    waiting = undefined;
    resolve(key);
  };
  const onKey = (text: string | undefined, key: { sequence?: string } | undefined): void => deliver(text ?? key?.sequence ?? '');
  const onEnd = (): void => deliver('\u0004');
  emitKeypressEvents(input);
  input.setRawMode(true);
  input.on('keypress', onKey).on('end', onEnd).resume();
  return {
    readKey: () => (queued.length > 0 ? Promise.resolve(queued.shift() as string) : new Promise((resolve) => (waiting = resolve))),
    write: (text) => void output.write(text),
    close: () => {
      input.off('keypress', onKey).off('end', onEnd);
      input.setRawMode(false);
      input.pause();
    },
  };
}
