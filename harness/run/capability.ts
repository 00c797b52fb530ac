// The privilege helper: whether this machine can run the probe engine live (root, a Go
// toolchain, an engine that builds and whose `godi-probe check` passes), and what a live test
// does when it cannot: skip with the reason, or fail with it under GODI_LIVE=require.

import { execa } from 'execa';
import { environment, type Environment } from '../common/index.ts';
import { buildEngine, casesToolchain, goToolchain, type GoToolchain } from './build.ts';

/** auto: live when capable, else replay / skip; require: not capable is a failure; off: never live. */
export type LiveMode = 'auto' | 'require' | 'off';

/** What live runs need: the engine, built and checked, and the toolchain that builds the cases (GODI_GO, else the local one). */
export interface LiveSetup {
  readonly engine: string;
  readonly toolchain: GoToolchain;
}

export type LiveCapability = ({ readonly ok: true } & LiveSetup) | { readonly ok: false; readonly reason: string };

/** run: live; skip: no live run (a live-only test skips, the suite replays); fail: required but unavailable. */
export type LiveVerdict = { readonly action: 'run'; readonly live: LiveSetup } | { readonly action: 'skip' | 'fail'; readonly reason: string };

export class LiveModeError extends Error {
  override readonly name = 'LiveModeError';
}

/** Live runs were required (GODI_LIVE=require) but this machine cannot do them. */
export class LiveUnavailableError extends Error {
  override readonly name = 'LiveUnavailableError';
  constructor(readonly reason: string) {
    super(`live mode is required (GODI_LIVE=require) but unavailable: ${reason}`);
  }
}

const MODES: Readonly<Record<string, LiveMode>> = { '': 'auto', auto: 'auto', require: 'require', off: 'off' };

/** Reads GODI_LIVE. */
export function liveMode(env: Environment = environment()): LiveMode {
  const raw = env.GODI_LIVE ?? '';
  const mode = MODES[raw];
  if (mode === undefined) {
    throw new LiveModeError(`GODI_LIVE=${raw} is not understood: use auto (the default), require (fail when live mode is unavailable) or off`);
  }
  return mode;
}

/** What the capability decision asks of the machine; tests replace it. */
export interface CapabilityProbes {
  uid(): number;
  /** Throws when there is no usable Go toolchain. */
  toolchain(): Promise<GoToolchain>;
  /** The toolchain that builds the cases; throws when GODI_GO names one that cannot be had. */
  casesToolchain(local: GoToolchain): Promise<GoToolchain>;
  /** Builds the engine if needed and returns its path; throws when it does not build. */
  engine(toolchain: GoToolchain): Promise<string>;
  /** `godi-probe check`: undefined when BPF and uprobes work here, else the engine's one-line reason. */
  check(engine: string): Promise<string | undefined>;
}

export const MACHINE: CapabilityProbes = {
  uid: () => process.getuid?.() ?? -1,
  toolchain: () => goToolchain(),
  casesToolchain: (local) => (environment().GODI_GO ? casesToolchain() : Promise.resolve(local)),
  engine: async (toolchain) => (await buildEngine(toolchain)).binary,
  check: engineCheck,
};

/**
 * Decides whether live runs can happen, asking the cheapest question first and stopping at
 * the first "no", whose reason it returns.
 */
export async function liveCapability(mode: LiveMode, probes: CapabilityProbes = MACHINE): Promise<LiveCapability> {
  if (mode === 'off') return { ok: false, reason: 'GODI_LIVE=off' };
  const uid = probes.uid();
  if (uid !== 0) return { ok: false, reason: `not root (uid ${uid}): loading BPF programs needs root` };
  let toolchain: GoToolchain;
  try {
    toolchain = await probes.toolchain();
  } catch (error) {
    return { ok: false, reason: firstLine(error) };
  }
  let engine: string;
  try {
    engine = await probes.engine(toolchain);
  } catch (error) {
    return { ok: false, reason: `the probe engine does not build: ${firstLine(error)}` };
  }
  const refusal = await probes.check(engine);
  if (refusal !== undefined) return { ok: false, reason: `godi-probe check: ${refusal}` };
  try {
    return { ok: true, engine, toolchain: await probes.casesToolchain(toolchain) };
  } catch (error) {
    return { ok: false, reason: firstLine(error) };
  }
}

export function liveVerdict(mode: LiveMode, capability: LiveCapability): LiveVerdict {
  if (capability.ok) return { action: 'run', live: { engine: capability.engine, toolchain: capability.toolchain } };
  return { action: mode === 'require' ? 'fail' : 'skip', reason: capability.reason };
}

/** Runs `godi-probe check`: exit 0 means capable, else its last stderr line says why not. */
export async function engineCheck(engine: string): Promise<string | undefined> {
  const result = await execa(engine, ['check'], { reject: false, timeout: 30_000 });
  if (result.exitCode === 0) return undefined;
  const said = (result.stderr || result.stdout).trim().split('\n').at(-1);
  return said || result.shortMessage;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
