// How the commands that work on a recorded run (status, report, accept, review) open it and end on the errors they expect.
import { AcceptError } from '../review/index.ts';
import { openRun, type OpenRun, RunStatusError } from '../run-record/index.ts';
import { EXIT, type Io } from './command.ts';

/**
 * Says on stderr why the command stopped and gives its exit code: 2 when there is no run to work
 * on, 1 when an accept was refused and wrote nothing. Any other error is rethrown.
 */
export function stoppedOnRun(error: unknown, io: Io): number {
  if (!(error instanceof AcceptError || error instanceof RunStatusError)) throw error;
  io.err(error.message);
  return error instanceof RunStatusError ? EXIT.usage : EXIT.failed;
}

/** The run `--from` names, else the project's last run; undefined when there is none, after saying why on stderr. */
export async function openRunOrSay(from: string | undefined, io: Io): Promise<OpenRun | undefined> {
  try {
    return await openRun({ from });
  } catch (error) {
    stoppedOnRun(error, io);
    return undefined;
  }
}
