// Where the golden suite's snapshots of a case come from: one live run of the engine on a capable
// machine (recorded under UPDATE_CAPTURES=1), else its checked-in capture, replayed.

import { liveCapability, liveMode, liveVerdict, LiveUnavailableError, type LiveVerdict } from './capability.ts';
import type { GoCase } from '../cases/index.ts';
import { environment, type Environment } from '../common/index.ts';
import { liveCase } from './live.ts';
import { captureUpdates, CaptureUpdateError } from './record.ts';
import { replayCase, type CaseSnapshots } from './replay.ts';
import { casesToolchain, type GoToolchain } from './build.ts';
import { caseFingerprint } from './fingerprint.ts';
import { releaseLine } from '../golden/index.ts';

export interface CaseSource {
  /** For the run's header: "live", or "replay (why not live)". */
  readonly description: string;
  /** The Go release the cases are built with, when live. */
  readonly goVersion?: string;
  /** Under GODI_GO: the release line (go1.24) whose golden overrides apply (golden/versions.ts). */
  readonly versionLine?: string;
  /** The decoded snapshots of one run of the case, by probe (a live one also replays the checked-in captures). */
  snapshots(goCase: GoCase): Promise<CaseSnapshots & { readonly checkedIn?: CaseSnapshots }>;
}

/**
 * Live when the verdict says run; replay when it says skip; a required live mode that is
 * unavailable, or captures to record without live mode, fail the whole run with the reason.
 */
export function caseSource(root: string, verdict: LiveVerdict, record: boolean): CaseSource {
  switch (verdict.action) {
    case 'run':
      return {
        description: `${record ? 'live, recording captures' : 'live'}, built with ${verdict.live.toolchain.version}`,
        goVersion: verdict.live.toolchain.version,
        ...(verdict.live.toolchain.release === 'local' ? {} : { versionLine: releaseLine(verdict.live.toolchain.version) }),
        snapshots: (goCase) => liveCase(goCase, root, verdict.live, { record }),
      };
    case 'fail':
      throw new LiveUnavailableError(verdict.reason);
    case 'skip':
      if (record) throw new CaptureUpdateError(`UPDATE_CAPTURES=1 records live runs, but live mode is unavailable: ${verdict.reason}`);
      return {
        description: `replay (not live: ${verdict.reason})`,
        snapshots: async (goCase) => replayCase(goCase, root, await caseFingerprint(goCase, await localToolchain())),
      };
  }
}

/** The source the environment asks for (GODI_LIVE, UPDATE_CAPTURES) on this machine. */
export async function caseSourceFromEnv(root: string, env: Environment = environment()): Promise<CaseSource> {
  const record = captureUpdates(env);
  const mode = liveMode(env);
  return caseSource(root, liveVerdict(mode, await liveCapability(mode)), record);
}

/** The Go toolchain replay would build the case with (GODI_GO, else the local one), if this machine has it (else the Go version is not compared). */
async function localToolchain(): Promise<GoToolchain | undefined> {
  return casesToolchain().catch(() => undefined);
}
