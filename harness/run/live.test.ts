// Live mode on this machine: no run may leave a uprobe, an engine or a target process behind,
// whether the target ends by itself, is killed, or outlives the timeouts, or the engine is killed.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect } from 'vitest';
import { buildProgram, REPOSITORY } from './build.ts';
import type { LiveSetup } from './capability.ts';
import { LiveRunError, runEngine, type EngineRequest, type EngineTimeouts } from './live.ts';
import { liveTest, liveVerdictFor } from '../testing/index.ts';

const SLEEPER = fileURLToPath(new URL('./testdata/sleeper', import.meta.url));
const UPROBE_EVENTS = '/sys/kernel/tracing/uprobe_events';
/** The sleeper under a name of its own, so that pgrep finds this file's targets only. */
const TARGET_NAME = 'live-sleeper';

const verdict = await liveVerdictFor();

async function pgrep(name: string): Promise<string[]> {
  const { stdout } = await execa('pgrep', ['-x', name], { reject: false });
  return stdout.split('\n').filter(Boolean);
}

/**
 * No uprobe registered and no engine running. Other test files may be running the engine at
 * this moment, so wait for a quiet moment: a leaked process or probe never gives one.
 */
async function expectClean(): Promise<void> {
  const uprobeEvents = () =>
    readFile(UPROBE_EVENTS, 'utf8').then(
      (text) => text.trim(),
      (error: Error) => {
        throw new Error(`cannot read ${UPROBE_EVENTS} (${error.message}): mount tracefs, as scripts/setup.sh does`);
      },
    );
  await expect.poll(uprobeEvents, { timeout: 30_000, interval: 50 }).toBe('');
  await expect.poll(() => pgrep('godi-probe'), { timeout: 30_000, interval: 50 }).toEqual([]);
}

/** The parent of a process that belongs to the engine: the engine, or the target (its parent is the engine). */
function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  const parentStat = readFileSync(`/proc/${ppid}/stat`, 'utf8');
  // The sleeper's child has the sleeper (the target) as parent; the target has the engine.
  return parentStat.includes(`(${TARGET_NAME})`) ? parentOf(ppid) : ppid;
}

async function sleeperRequest(live: LiveSetup, out: string): Promise<EngineRequest> {
  const { binary } = await buildProgram(SLEEPER, live.toolchain, { name: TARGET_NAME });
  return { binary, probesFile: join(SLEEPER, 'probes.json'), programName: TARGET_NAME, out };
}

// That a live run gives what the checked-in captures replay to is checked by the golden suite
// itself, probe by probe (golden-run.ts): a live run here would only repeat it.

/**
 * Runs `scenario` on a sleeper request writing into a scratch folder, then checks that neither a
 * uprobe, the engine nor the target is left behind.
 */
async function withSleeperRun(live: LiveSetup, folder: string, scenario: (request: EngineRequest) => Promise<void>): Promise<void> {
  const work = await mkdtemp(join(REPOSITORY, '.cache', `${folder}-`));
  try {
    await scenario(await sleeperRequest(live, join(work, 'out.godicap')));
    await expectClean();
    // Killed processes whose parent died are reaped by init a moment later (pgrep lists zombies).
    await expect.poll(() => pgrep(TARGET_NAME), { timeout: 5_000, interval: 50 }).toEqual([]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The LiveRunError that running the engine on `request` with `limits` must end in. */
async function failedRun(live: LiveSetup, request: EngineRequest, limits: EngineTimeouts): Promise<LiveRunError> {
  const failure = await runEngine(live.engine, request, limits).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(LiveRunError);
  return failure as LiveRunError;
}

describe('live runs that end badly leave nothing behind', () => {
  liveTest(
    verdict,
    'the engine SIGKILLed: the harness returns at once, naming it, and kills its target and what the target started',
    (live) =>
      withSleeperRun(live, 'engine-killed', async (request) => {
        const run = runEngine(live.engine, { ...request, args: ['spawn-session'] }).catch((error: unknown) => error);
        await expect.poll(() => pgrep(TARGET_NAME), { timeout: 30_000, interval: 50 }).toHaveLength(2);
        const engine = parentOf(Number((await pgrep(TARGET_NAME))[0]));
        process.kill(engine, 'SIGKILL');
        const started = Date.now();
        const failure = await run;
        expect(Date.now() - started, 'the harness noticed at once').toBeLessThan(5_000);
        expect(failure).toBeInstanceOf(LiveRunError);
        expect((failure as LiveRunError).outcome).toBe('killed by SIGKILL');
      }),
    90_000,
  );

  liveTest(
    verdict,
    'the target killed while probed',
    (live) =>
      withSleeperRun(live, 'killed', async (request) => {
        const run = runEngine(live.engine, request).catch((error: unknown) => error);
        await expect.poll(() => pgrep(TARGET_NAME), { timeout: 30_000, interval: 50 }).toHaveLength(1);
        await sleep(1_000); // the engine attaches and the target ticks in well under a second
        const [target] = await pgrep(TARGET_NAME);
        process.kill(Number(target), 'SIGKILL');
        const started = Date.now();
        await run;
        expect(Date.now() - started, 'the engine noticed its target died').toBeLessThan(10_000);
      }),
    90_000,
  );

  liveTest(
    verdict,
    "the engine's own timeout: a failure showing the output of the engine and the target",
    (live) =>
      withSleeperRun(live, 'timeout', async (request) => {
        const failure = await failedRun(live, request, { targetMs: 1_000, killMs: 30_000 });
        expect(failure.outcome).toBe('exit code 1');
        expect(failure.output).toContain('sleeper ticked 42');
        expect(failure.output).toContain('godi-probe: the target ran longer than 1s and was killed');
      }),
    90_000,
  );

  liveTest(
    verdict,
    "the harness's timeout kills the engine and its target",
    (live) =>
      withSleeperRun(live, 'kill', async (request) => {
        const failure = await failedRun(live, request, { targetMs: 60_000, killMs: 3_000 });
        expect(failure.message).toMatch(/^godi-probe run on live-sleeper: .*after the 3 s timeout\n--- end of engine and target output ---\n/);
        expect(failure.output).toContain('sleeper ticked 42');
      }),
    90_000,
  );
});
