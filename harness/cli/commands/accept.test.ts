// `godi-golden accept` through the real bin: what it writes, deletes and refuses.
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { godiGolden, projectPerTest, recordMixedRun, type TestProject } from '../../testing/index.ts';

let project: TestProject;
projectPerTest(async (created) => {
  project = created;
  await recordMixedRun(project);
});

const golden = (probeId: string) => project.goldens.read({ program: 'shop', probeId });
const actual = (probeId: string) => project.actuals.read({ program: 'shop', probeId });
const goldenFiles = async () => (await readdir(path.join(project.root, 'golden', 'shop'))).sort();

test('without names: writes every changed and new probe, keeps orphans and says so', async () => {
  const result = await godiGolden(project, ['accept']);
  expect(result.exitCode).toBe(0);
  expect(result.stdout.split('\n')).toEqual([
    'wrote   golden/shop/addItem.json',
    'wrote   golden/shop/refund.json',
    'accepted 2 goldens, deleted 0',
    'kept 1 orphaned golden: name them or pass --all to delete them',
    '1 failed probe left: no output to accept, see `godi-golden status`',
  ]);
  expect(await golden('addItem')).toBe(await actual('addItem'));
  expect(await golden('refund')).toBe(await actual('refund'));
  expect(await goldenFiles()).toEqual(['addItem.json', 'checkout.json', 'legacy.json', 'refund.json']);
});

test('--all also deletes orphaned goldens; named probes are the only ones touched', async () => {
  const named = await godiGolden(project, ['accept', 'shop/legacy']);
  expect(named.stdout).toBe('deleted golden/shop/legacy.json\naccepted 0 goldens, deleted 1');
  expect(await golden('addItem')).not.toBe(await actual('addItem'));
  await project.writeGolden({ program: 'shop', probeId: 'legacy' }, []);
  const all = await godiGolden(project, ['accept', '--all']);
  expect(all.exitCode).toBe(0);
  expect(await goldenFiles()).toEqual(['addItem.json', 'checkout.json', 'refund.json']);
});

test('--from promotes a CI artifact folder without the local .golden-actual', async () => {
  const artifact = path.join(project.root, 'artifact');
  await cp(project.actualDir, artifact, { recursive: true });
  const expected = await actual('refund');
  await rm(project.actualDir, { recursive: true });
  const result = await godiGolden(project, ['accept', 'refund', '--from', artifact]);
  expect(result.stdout).toBe('wrote   golden/shop/refund.json\naccepted 1 golden, deleted 0');
  expect(await golden('refund')).toBe(expected);
});

test('refuses on CI, on names it cannot take, and on invalid outputs, writing nothing', async () => {
  const before = await golden('addItem');
  const ci = await godiGolden(project, ['accept'], { CI: 'true' });
  expect([ci.exitCode, ci.stderr]).toEqual([1, expect.stringContaining('accept is refused because CI is set')]);
  const unknown = await godiGolden(project, ['accept', 'checkout']);
  expect([unknown.exitCode, unknown.stderr]).toEqual([1, 'shop/checkout: unchanged in the last run: nothing to accept']);
  await writeFile(path.join(project.actualDir, 'shop', 'refund.json'), '[{"service": "shop"}]\n');
  const invalid = await godiGolden(project, ['accept']);
  expect(invalid.exitCode).toBe(1);
  expect(invalid.stderr).toMatch(/^shop\/refund: not accepted, no golden was written: .golden-actual\/shop\/refund.json does not match/);
  expect(await golden('addItem')).toBe(before);
  expect(await golden('refund')).toBeUndefined();
});
