import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { environment } from '../common/index.ts';
import { discoverCases, type GoCase } from '../cases/index.ts';
import { REPOSITORY } from './build.ts';
import { LiveUnavailableError } from './capability.ts';
import { caseSource, caseSourceFromEnv } from './case-source.ts';
import { liveTest, liveVerdictFor } from '../testing/index.ts';
import { CaptureUpdateError } from './record.ts';
import { normalizeSnapshots } from '../normalize/index.ts';
import { replayCase, type CaseSnapshots } from './replay.ts';

/** Snapshot ids are random per decoding: compare what the goldens hold. */
function normalized(snapshots: CaseSnapshots): Map<string, unknown[]> {
  return new Map([...snapshots.byProbe].map(([id, list]) => [id, normalizeSnapshots(list)]));
}

const NOT_LIVE = { action: 'skip', reason: 'not root (uid 1000): loading BPF programs needs root' } as const;

describe('caseSource', () => {
  test('not live: replays the checked-in capture and says why (under GODI_GO, refuses it as recorded by another Go)', async () => {
    const [scalars] = await discoverCases(REPOSITORY, ['scalars']);
    const source = caseSource(REPOSITORY, NOT_LIVE, false);
    expect(source.description).toBe('replay (not live: not root (uid 1000): loading BPF programs needs root)');
    const go = environment().GODI_GO;
    if (go !== undefined) {
      await expect(source.snapshots(scalars!)).rejects.toThrow(`stale: the Go version (recorded with`);
      return;
    }
    expect(normalized(await source.snapshots(scalars!))).toEqual(normalized(await replayCase(scalars!, REPOSITORY)));
  });

  test('live required but unavailable: fails with the reason', () => {
    expect(() => caseSource(REPOSITORY, { action: 'fail', reason: 'godi-probe check: no BTF' }, false)).toThrow(LiveUnavailableError);
    expect(() => caseSource(REPOSITORY, { action: 'fail', reason: 'godi-probe check: no BTF' }, false)).toThrow(
      'live mode is required (GODI_LIVE=require) but unavailable: godi-probe check: no BTF',
    );
  });

  test('captures to record without live mode: fails with the reason', () => {
    expect(() => caseSource(REPOSITORY, NOT_LIVE, true)).toThrow(CaptureUpdateError);
    expect(() => caseSource(REPOSITORY, NOT_LIVE, true)).toThrow(/^UPDATE_CAPTURES=1 records live runs, but live mode is unavailable: not root/);
  });

  test('GODI_LIVE=off replays whatever the machine can do', async () => {
    expect((await caseSourceFromEnv(REPOSITORY, { GODI_LIVE: 'off' })).description).toBe('replay (not live: GODI_LIVE=off)');
  });
});

const verdict = await liveVerdictFor();

describe('caseSource, live', () => {
  let project: string;
  let goCase: GoCase;
  beforeAll(async () => {
    // A copy of one case, so recording does not touch the repository's captures.
    project = await mkdtemp(join(tmpdir(), 'godi-source-'));
    await cp(join(REPOSITORY, 'cases', 'maps'), join(project, 'cases', 'maps'), { recursive: true, filter: (path) => !path.includes('captures') });
    [goCase] = (await discoverCases(project)) as [GoCase];
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  liveTest(
    verdict,
    'live with UPDATE_CAPTURES=1: runs the engine and records a capture that replays to the same snapshots',
    async (live) => {
      const source = caseSource(project, { action: 'run', live }, true);
      expect(source.description).toBe(`live, recording captures, built with ${live.toolchain.version}`);
      const fresh = await source.snapshots(goCase);
      expect([...fresh.byProbe.keys()].sort()).toEqual(goCase.probes.map((probe) => probe.id).sort());

      const recorded = join(project, 'cases', 'maps', 'captures', 'maps.godicap');
      expect((await readFile(recorded)).subarray(0, 8).toString('latin1')).toBe('GODICAP\0');
      const [withCapture] = (await discoverCases(project)) as [GoCase];
      expect(normalized(await replayCase(withCapture, project))).toEqual(normalized(fresh));
    },
    120_000,
  );
});
