// Where the golden suite's snapshots of a case come from: one live run of the engine on a capable
// machine (recorded under UPDATE_CAPTURES=1), else its checked-in capture, replayed.

import { liveCapability, liveMode, liveVerdict, LiveUnavailableError, type LiveVerdict } from './capability.ts';
import type { GoCase } from '../cases/discover.ts';
import { liveCase } from './live.ts';
import { captureUpdates, CaptureUpdateError } from './record.ts';
import { replayCase, type CaseSnapshots } from './replay.ts';

export interface CaseSource {
  /** For the run's header: "live", or "replay (why not live)". */
  readonly description: string;
  /** The decoded snapshots of one run of the case, by probe. */
  snapshots(goCase: GoCase): Promise<CaseSnapshots>;
}

/**
 * Live when the verdict says run; replay when it says skip; a required live mode that is
 * unavailable, or captures to record without live mode, fail the whole run with the reason.
 */
export function caseSource(root: string, verdict: LiveVerdict, record: boolean): CaseSource {
  switch (verdict.action) {
    case 'run':
      return {
        description: record ? 'live, recording captures' : 'live',
        snapshots: (goCase) => liveCase(goCase, root, verdict.live, { record }),
      };
    case 'fail':
      throw new LiveUnavailableError(verdict.reason);
    case 'skip':
      if (record) throw new CaptureUpdateError(`UPDATE_CAPTURES=1 records live runs, but live mode is unavailable: ${verdict.reason}`);
      return { description: `replay (not live: ${verdict.reason})`, snapshots: (goCase) => replayCase(goCase, root) };
  }
}

/** The source the environment asks for (GODI_LIVE, UPDATE_CAPTURES) on this machine. */
export async function caseSourceFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): Promise<CaseSource> {
  const record = captureUpdates(env);
  const mode = liveMode(env);
  return caseSource(root, liveVerdict(mode, await liveCapability(mode)), record);
}
