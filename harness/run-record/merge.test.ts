import { describe, expect, test } from 'vitest';
import { projectPerTest, snapshot, type ProbeRun, type TestProject } from '../testing/index.ts';
import { MergeError, mergeRuns, runLabel } from './merge.ts';
import { makeRunStatus, probeLabel, type RunOrigin, type RunStatus } from './run-status.ts';

let project: TestProject;
projectPerTest(async (created) => {
  project = created;
  await project.writeGolden({ program: 'till', probeId: 'open' }, [snapshot('open', { drawer: 'd-1' })]);
  await project.writeGolden({ program: 'shop', probeId: 'addItem' }, [snapshot('addItem', { sku: 'A-1' })]);
});

// Two cases, till and shop: a shard runs whole cases.
const open = (drawer: string): ProbeRun => ({ program: 'till', probeId: 'open', snapshots: [snapshot('open', { drawer })] });
const addItem = (sku: string): ProbeRun => ({ program: 'shop', probeId: 'addItem', snapshots: [snapshot('addItem', { sku })] });

/** One machine's record: `probes` run with the project's goldens, named by `origin`. */
const machine = (origin: RunOrigin, probes: ProbeRun[]): Promise<RunStatus> => project.run(probes, 'none', origin);

describe('merging the records of several runs', () => {
  test('two shards on two Go releases: every probe once per release, named by its run, counts summed', async () => {
    const runs = [
      { name: 'go1.26-2', status: await machine({ goVersion: 'go1.26.0', shard: '2/2' }, [addItem('A-1')]) },
      { name: 'go1.24-1', status: await machine({ goVersion: 'go1.24.11', shard: '1/2' }, [open('d-2')]) },
      { name: 'go1.24-2', status: await machine({ goVersion: 'go1.24.11', shard: '2/2' }, [addItem('A-1')]) },
      { name: 'go1.26-1', status: await machine({ goVersion: 'go1.26.0', shard: '1/2' }, [open('d-1')]) },
    ];
    const merged = mergeRuns(runs);
    expect(merged.probes.map((p) => `${probeLabel(p)}: ${p.state}`)).toEqual([
      'shop/addItem (go1.24.11, shard 2/2): unchanged',
      'shop/addItem (go1.26.0, shard 2/2): unchanged',
      'till/open (go1.24.11, shard 1/2): changed',
      'till/open (go1.26.0, shard 1/2): unchanged',
    ]);
    expect(merged.counts).toEqual({ unchanged: 3, changed: 1, new: 0, orphaned: 0, failed: 0 });
    expect(merged.probes[2]?.changes).toEqual([{ kind: 'changed', pointer: '/0/debugger/snapshot/captures/entry/arguments/drawer/value' }]);
    expect(merged.setupError).toBeUndefined();
  });

  test('the same probe in two shards of one release stays two entries, each naming its shard, even when they disagree', async () => {
    const first = await machine({ goVersion: 'go1.24.11', shard: '1/2' }, [addItem('A-1')]);
    const second = await machine({ goVersion: 'go1.24.11', shard: '2/2' }, [addItem('B-2')]);
    const merged = mergeRuns([
      { name: 'a', status: first },
      { name: 'b', status: second },
    ]);
    expect(merged.probes.map((p) => [probeLabel(p), p.state])).toEqual([
      ['shop/addItem (go1.24.11, shard 1/2)', 'unchanged'],
      ['shop/addItem (go1.24.11, shard 2/2)', 'changed'],
    ]);
  });

  test('refuses two records of the same run, naming both folders', async () => {
    const status = await machine({ goVersion: 'go1.24.11', shard: '1/2' }, [addItem('A-1')]);
    const twice = () => mergeRuns([
      { name: 'artifacts/one', status },
      { name: 'artifacts/two', status },
    ]);
    expect(twice).toThrow(MergeError);
    expect(twice).toThrow('artifacts/one and artifacts/two are both the run of go1.24.11, shard 1/2: pass each run\'s record once');
  });

  test('a run that names neither release nor shard is named by its folder', () => {
    expect(runLabel({ name: 'old-artifact', status: makeRunStatus('none', []) })).toBe('old-artifact');
    expect(runLabel({ name: 'x', status: makeRunStatus('none', [], { shard: '2/3' }) })).toBe('shard 2/3');
  });

  test('runs that failed before any probe ran give one setup line each, beside the probes of the others', async () => {
    const failed = { ...makeRunStatus('none', [], { goVersion: 'go1.23.12', shard: '1/2' }), setupError: 'cases/calls needs go1.25' };
    const merged = mergeRuns([
      { name: 'a', status: failed },
      { name: 'b', status: await machine({ goVersion: 'go1.24.11', shard: '1/2' }, [addItem('A-1')]) },
    ]);
    expect(merged.setupError).toBe('go1.23.12, shard 1/2: cases/calls needs go1.25');
    expect(merged.probes.map(probeLabel)).toEqual(['shop/addItem (go1.24.11, shard 1/2)']);
  });
});
