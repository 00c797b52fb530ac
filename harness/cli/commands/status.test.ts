// `godi-golden status` through the real bin, on a run recorded in a temporary project.
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readRunStatus } from '../../run-record/index.ts';
import { godiGolden, projectPerTest, recordMixedRun, snapshot, type TestProject } from '../../testing/index.ts';

let project: TestProject;
projectPerTest((created) => {
  project = created;
});

test('lists every probe with its state and changed paths, and exits 1 when any needs review', async () => {
  await recordMixedRun(project);
  const result = await godiGolden(project, ['status']);
  expect(result.exitCode).toBe(1);
  expect(result.stdout.split('\n')).toEqual([
    'last run: 1 changed, 1 new, 1 orphaned, 1 failed, 1 unchanged (5 probes), UPDATE_GOLDEN policy none',
    '  changed    shop/addItem   changed at 2 paths',
    '               changed /0/debugger/snapshot/captures/entry/arguments/sku/value',
    '               added   /0/debugger/snapshot/captures/entry/arguments/qty',
    '  failed     shop/broken    failed: shop.cap: event 3 at byte 412: value length 4096 runs past the end of the event (64 bytes)',
    '  unchanged  shop/checkout',
    '  orphaned   shop/legacy    orphaned: golden of a probe no case declares',
    '  new        shop/refund    new: no golden yet',
    'next: `godi-golden review` to go through the changes, `godi-golden accept [PROBE...]` to take them, or `godi-golden report --html`',
  ]);
});

test('--json prints the documented record', async () => {
  await recordMixedRun(project);
  const result = await godiGolden(project, ['status', '--json']);
  expect(result.exitCode).toBe(1);
  expect(JSON.parse(result.stdout)).toEqual(await readRunStatus(project.actualDir));
});

test('exits 0 when every probe passed, written goldens included', async () => {
  await project.writeGolden({ program: 'shop', probeId: 'same' }, [snapshot('same', {})]);
  await project.run(
    [
      { program: 'shop', probeId: 'same', snapshots: [snapshot('same', {})] },
      { program: 'shop', probeId: 'fresh', snapshots: [snapshot('fresh', {})] },
    ],
    'new',
  );
  const result = await godiGolden(project, ['status']);
  expect(result.stdout).toContain('  new        shop/fresh  new: golden written by this run');
  expect(result.exitCode).toBe(0);
});

test('reads a downloaded artifact folder with --from, and exits 2 without a record', async () => {
  await recordMixedRun(project);
  const artifact = path.join(project.root, 'downloads', 'golden-actual');
  await cp(project.actualDir, artifact, { recursive: true });
  await rm(project.actualDir, { recursive: true });
  const missing = await godiGolden(project, ['status']);
  expect(missing.exitCode).toBe(2);
  expect(missing.stderr).toMatch(/\.golden-actual\/last-run\.json: no run recorded here: run `npm test` first, or pass --from/);
  const fromArtifact = await godiGolden(project, ['status', '--from', 'downloads/golden-actual']);
  expect(fromArtifact.stdout).toContain('  changed    shop/addItem   changed at 2 paths');
  expect(fromArtifact.exitCode).toBe(1);
});
