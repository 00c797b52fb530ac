// Live mode on this machine: every case run under the real engine must decode to what its
// checked-in capture replays to, and no run may leave a uprobe or an engine process behind,
// whether the target ends by itself, is killed, or outlives the timeouts.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect } from 'vitest';
import { discoverCases, type GoCase } from '../cases/discover.ts';
import { compareGolden } from '../golden/compare.ts';
import type { JsonValue } from '../normalize/json.ts';
import { normalizeSnapshots } from '../normalize/index.ts';
import { buildProgram, REPOSITORY } from './build.ts';
import type { LiveSetup } from './capability.ts';
import { liveCase, liveCaseRuns, LiveRunError, runEngine, type EngineRequest, type EngineTimeouts } from './live.ts';
import { liveTest, liveVerdictFor } from './live-test.ts';
import { replayCase, type CaseSnapshots } from './replay.ts';

const SLEEPER = fileURLToPath(new URL('./testdata/sleeper', import.meta.url));
const UPROBE_EVENTS = '/sys/kernel/tracing/uprobe_events';
/** The sleeper under a name of its own, so that pgrep finds this file's targets only. */
const TARGET_NAME = 'live-sleeper';

const verdict = await liveVerdictFor();
const cases = await discoverCases(REPOSITORY);

/** Normalized snapshots by probe id, as plain data. */
function normalizedByProbe(snapshots: CaseSnapshots): JsonValue {
  return Object.fromEntries([...snapshots.byProbe].map(([id, list]) => [id, normalizeSnapshots(list)]));
}

/** Each JSON Pointer where `live` differs from `replay`, with both values. */
function differences(replay: JsonValue, live: JsonValue): string[] {
  const at = (value: JsonValue, pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], value);
  return compareGolden(replay, live).changes.map(
    (change) => `${change.kind} ${change.pointer}: replay ${JSON.stringify(at(replay, change.pointer))}, live ${JSON.stringify(at(live, change.pointer))}`,
  );
}

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

async function sleeperRequest(live: LiveSetup, out: string): Promise<EngineRequest> {
  const { binary } = await buildProgram(SLEEPER, live.toolchain, { name: TARGET_NAME });
  return { binary, probesFile: join(SLEEPER, 'probes.json'), programName: TARGET_NAME, out };
}

describe('live runs of the cases', () => {
  for (const goCase of cases) {
    liveTest(
      verdict,
      `${goCase.name} › a live run decodes to what its checked-in capture replays to`,
      async (live) => {
        const replayed = await replayCase(goCase, REPOSITORY);
        const fresh = await liveCase(goCase, REPOSITORY, live);
        expect(
          differences(normalizedByProbe(replayed), normalizedByProbe(fresh)),
          `live differs from replay: if the engine or the case changed on purpose, record again (npm run capture -- ${goCase.name}); ` +
            'if two live runs differ too, the normalized output is not deterministic',
        ).toEqual([]);
      },
      120_000,
    );
  }

  liveTest(
    verdict,
    'after the live runs no uprobe is registered and no godi-probe runs',
    async () => {
      await expectClean();
    },
    60_000,
  );

  liveTest(
    verdict,
    'liveCaseRuns runs a case the given number of times, each run complete',
    async (live) => {
      const goCase = cases.find((c) => c.name === 'collections') as GoCase;
      const runs = await liveCaseRuns(goCase, REPOSITORY, live, 2);
      expect(runs).toHaveLength(2);
      for (const run of runs) expect([...run.byProbe.keys()].sort()).toEqual(goCase.probes.map((p) => p.id).sort());
      expect(differences(normalizedByProbe(runs[0]!), normalizedByProbe(runs[1]!))).toEqual([]);
    },
    120_000,
  );
});

/**
 * Runs `scenario` on a sleeper request writing into a scratch folder, then checks that neither a
 * uprobe, the engine nor the target is left behind.
 */
async function withSleeperRun(live: LiveSetup, folder: string, scenario: (request: EngineRequest) => Promise<void>): Promise<void> {
  const work = await mkdtemp(join(REPOSITORY, '.cache', `${folder}-`));
  try {
    await scenario(await sleeperRequest(live, join(work, 'out.godicap')));
    await expectClean();
    expect(await pgrep(TARGET_NAME)).toEqual([]);
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
