// How the commands that work on a recorded run (status, report, accept, review) open it and end on the errors they expect.
import { AcceptError } from '../review/index.ts';
import type { NamedOpenRun } from '../report/index.ts';
import { MergeError, openRun, type OpenRun, RunStatusError } from '../run-record/index.ts';
import { EXIT, type Io } from './command.ts';

/**
 * Says on stderr why the command stopped and gives its exit code: 2 when there is no run to work
 * on (or two records of one run to merge), 1 when an accept was refused and wrote nothing. Any
 * other error is rethrown.
 */
export function stoppedOnRun(error: unknown, io: Io): number {
  if (!(error instanceof AcceptError || error instanceof RunStatusError || error instanceof MergeError)) throw error;
  io.err(error.message);
  return error instanceof AcceptError ? EXIT.failed : EXIT.usage;
}

/** The run `--from` names, else the project's last run; undefined when there is none, after saying why on stderr. */
export async function openRunOrSay(from: string | undefined, io: Io): Promise<OpenRun | undefined> {
  const [run] = (await openRunsOrSay(from === undefined ? [] : [from], io)) ?? [];
  return run;
}

/**
 * The runs each `--from` names (none: the project's last run), each with its name; undefined
 * when one has no readable record, after saying which on stderr.
 */
export async function openRunsOrSay(froms: readonly string[], io: Io): Promise<NamedOpenRun[] | undefined> {
  try {
    if (froms.length === 0) return [{ ...(await openRun()), name: '.golden-actual' }];
    return await Promise.all(froms.map(async (from) => ({ ...(await openRun({ from })), name: from })));
  } catch (error) {
    stoppedOnRun(error, io);
    return undefined;
  }
}
