// Live mode: build a case, run it under the probe engine, and decode the fresh capture the same
// way replay decodes a checked-in one; optionally record that capture for later replays.

import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GoCase } from '../cases/index.ts';
import { buildProgram, REPOSITORY } from './build.ts';
import type { LiveSetup } from './capability.ts';
import { caseFingerprint, fingerprintArgs, type Fingerprint } from './fingerprint.ts';
import { runInProcessGroup } from './process-group.ts';
import { recordCapture } from './record.ts';
import { sweepDead } from './temp-dir.ts';
import { replayCase, type CaseSnapshots } from './replay.ts';

export interface EngineRequest {
  readonly binary: string;
  readonly probesFile: string;
  readonly programName: string;
  /** Where the engine writes the capture. */
  readonly out: string;
  /** Recorded in the capture: what produced it (run/fingerprint.ts). */
  readonly fingerprint?: Fingerprint;
  /** The target's arguments. */
  readonly args?: readonly string[];
  /** The engine's ring buffer size in bytes (default 16 MiB). */
  readonly ringBytes?: number;
}

export interface EngineTimeouts {
  /** The engine's own `--timeout` for the target. */
  readonly targetMs: number;
  /** After this long the harness kills the engine and the target together. */
  readonly killMs: number;
}

// Cases exit in milliseconds. The engine's setup (DWARF, then loading each probe's programs
// through the verifier) and its detach take about 12 ms a probe here (73 probes: 0.9 s, 120: 0.7 s
// with the run); the deadline leaves a slower machine ten times that.
const TARGET_MS = 20_000;
const SETUP_MS = 10_000;
const SETUP_MS_PER_PROBE = 120;

/** The default deadlines for a run under probesFile: more time to set up for more probes. */
async function defaultTimeouts(probesFile: string): Promise<EngineTimeouts> {
  const probes = await readFile(probesFile, 'utf8').then((text) => (JSON.parse(text) as unknown[]).length, () => 0);
  return { targetMs: TARGET_MS, killMs: TARGET_MS + SETUP_MS + SETUP_MS_PER_PROBE * probes };
}

const LIVE_CAPTURES = join(REPOSITORY, '.cache', 'live');

/** The engine failed on a program: its outcome and the end of the engine's and the target's output. */
export class LiveRunError extends Error {
  override readonly name = 'LiveRunError';
  constructor(
    readonly program: string,
    readonly outcome: string,
    readonly output: string,
  ) {
    const shown = output.trim() ? `\n--- end of engine and target output ---\n${output.trimEnd()}` : ' (no output)';
    super(`godi-probe run on ${program}: ${outcome}${shown}`);
  }
}

/** `godi-probe run` on one binary; resolves once the capture is written, else throws LiveRunError. */
export async function runEngine(engine: string, request: EngineRequest, given?: EngineTimeouts): Promise<void> {
  const timeouts = given ?? (await defaultTimeouts(request.probesFile));
  const args = [
    'run',
    '--probes', request.probesFile,
    '--out', request.out,
    '--program-name', request.programName,
    '--timeout', `${Math.ceil(timeouts.targetMs / 1000)}s`,
    ...fingerprintArgs(request.fingerprint ?? {}),
    ...(request.ringBytes === undefined ? [] : ['--ring-bytes', String(request.ringBytes)]),
    '--', request.binary, ...(request.args ?? []),
  ];
  const run = await runInProcessGroup(engine, args, { timeoutMs: timeouts.killMs });
  if (run.timedOut || run.exitCode !== 0) throw new LiveRunError(request.programName, run.outcome, run.output);
  const written = await stat(request.out).catch(() => undefined);
  if (!written?.isFile()) throw new LiveRunError(request.programName, `exit code 0 but no capture at ${request.out}`, run.output);
}

/**
 * Builds the case and runs it under its probes.json; returns the capture's path, in a fresh
 * folder under .cache/live that the caller removes, and the fingerprint it was recorded with.
 */
async function captureCase(goCase: GoCase, live: LiveSetup): Promise<{ capture: string; fingerprint: Fingerprint }> {
  const { binary } = await buildProgram(goCase.dir, live.toolchain, { name: goCase.name });
  await mkdir(LIVE_CAPTURES, { recursive: true });
  sweepDead(LIVE_CAPTURES, `${goCase.name}-`);
  const folder = await mkdtemp(join(LIVE_CAPTURES, `${goCase.name}-${process.pid}-`));
  const out = join(folder, `${goCase.name}.godicap`);
  const fingerprint = await caseFingerprint(goCase, live.toolchain);
  try {
    await runEngine(live.engine, { binary, probesFile: goCase.probesFile, programName: goCase.name, out, fingerprint });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { capture: out, fingerprint };
}

export interface LiveSnapshots extends CaseSnapshots {
  /** Where the capture was recorded, when it was. */
  readonly recorded?: string;
  /**
   * The case's checked-in captures replayed, when the run did not record them: they must give
   * what the live run gives, so that a replay elsewhere cannot pass on a stale capture.
   */
  readonly checkedIn?: CaseSnapshots;
}

/**
 * One live run of the case, decoded as replay decodes its captures. With `record`, the capture
 * then replaces the case's checked-in one. A capture that fails to decode is kept under
 * .cache/live for a look, until a later run sweeps it; the error names it.
 */
export async function liveCase(goCase: GoCase, root: string, live: LiveSetup, options: { record?: boolean } = {}): Promise<LiveSnapshots> {
  const { capture, fingerprint } = await captureCase(goCase, live);
  const snapshots = await replayCase({ ...goCase, captures: [capture] }, root);
  if (options.record) {
    const recorded = await recordCapture(capture, goCase);
    await rm(dirname(capture), { recursive: true, force: true });
    return { ...snapshots, recorded };
  }
  await rm(dirname(capture), { recursive: true, force: true });
  // The checked-in captures are recorded with the local Go: under GODI_GO there is nothing to compare.
  if (live.toolchain.release !== 'local') return snapshots;
  return { ...snapshots, checkedIn: await replayCase(goCase, root, fingerprint) };
}
