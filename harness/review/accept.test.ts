import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeGolden } from '../golden/index.ts';
import { validateSnapshots } from '../validate/index.ts';
import { acceptEntries, AcceptError, refuseOnCI, selectForAccept } from './accept.ts';
import { probeKey, type RunStatus } from '../run-record/index.ts';
import { projectPerTest, recordMixedRun, snapshot, type TestProject } from '../testing/index.ts';

let project: TestProject;
let status: RunStatus;
projectPerTest(async (created) => {
  project = created;
  status = await recordMixedRun(project);
});

const names = (entries: { program: string; probeId: string }[]) => entries.map(probeKey);

describe('choosing what to accept', () => {
  test('takes every changed and new probe when none is named, orphans only with --all', () => {
    expect(names(selectForAccept(status, { names: [], all: false }))).toEqual(['shop/addItem', 'shop/refund']);
    expect(names(selectForAccept(status, { names: [], all: true }))).toEqual(['shop/addItem', 'shop/legacy', 'shop/refund']);
  });

  test('takes named probes, as program/probe or a bare probe id, orphans included', () => {
    expect(names(selectForAccept(status, { names: ['refund', 'shop/legacy', 'shop/refund'], all: false }))).toEqual(['shop/refund', 'shop/legacy']);
  });

  test.each([
    ['nope', 'nope is not a probe of the last run'],
    ['checkout', 'shop/checkout: unchanged in the last run: nothing to accept'],
    ['broken', 'shop/broken: failed in the last run, so it has no output to accept: shop.cap: event 3'],
  ])('refuses %s, saying why', (name, message) => {
    expect(() => selectForAccept(status, { names: [name], all: false })).toThrow(message);
  });

  test('asks for program/probe when a probe id is in several programs', async () => {
    const twice = await project.run([
      { program: 'a', probeId: 'dup', snapshots: [snapshot('dup', {})] },
      { program: 'b', probeId: 'dup', snapshots: [snapshot('dup', {})] },
    ]);
    expect(() => selectForAccept(twice, { names: ['dup'], all: false })).toThrow('dup is a probe of several programs: name one of a/dup, b/dup');
    expect(names(selectForAccept(twice, { names: ['b/dup'], all: false }))).toEqual(['b/dup']);
  });

  test('is refused on CI', () => {
    expect(() => refuseOnCI({ CI: 'true' })).toThrow(AcceptError);
    expect(() => refuseOnCI({ CI: 'true' })).toThrow('accept --from DIR');
    expect(() => refuseOnCI({})).not.toThrow();
  });
});

describe('accepting', () => {
  test('writes the saved actual output as the golden, byte for byte, and deletes named orphans', async () => {
    const chosen = selectForAccept(status, { names: ['addItem', 'refund', 'legacy'], all: false });
    const outcome = await acceptEntries(chosen, project, validateSnapshots);
    expect(names(outcome.written)).toEqual(['shop/addItem', 'shop/refund']);
    expect(names(outcome.deleted)).toEqual(['shop/legacy']);
    expect(await project.goldens.read({ program: 'shop', probeId: 'addItem' })).toBe(serializeGolden([snapshot('addItem', { sku: 'B-2', qty: '3' })]));
    expect(await project.goldens.read({ program: 'shop', probeId: 'refund' })).toBe(await project.actuals.read({ program: 'shop', probeId: 'refund' }));
    expect(await project.goldens.read({ program: 'shop', probeId: 'legacy' })).toBeUndefined();
    // The next run finds nothing left to change.
    const next = await project.run([
      { program: 'shop', probeId: 'addItem', snapshots: [snapshot('addItem', { sku: 'B-2', qty: '3' })] },
      { program: 'shop', probeId: 'refund', snapshots: [snapshot('refund', { order: 'o-9' })] },
      { program: 'shop', probeId: 'checkout', snapshots: [snapshot('checkout', { cart: 'c-1' })] },
    ]);
    expect(next.counts).toEqual({ unchanged: 3, changed: 0, new: 0, orphaned: 0, failed: 0 });
  });

  test('writes nothing at all when one actual output is not a valid snapshot file', async () => {
    const before = await project.goldens.read({ program: 'shop', probeId: 'addItem' });
    await writeFile(path.join(project.actualDir, 'shop', 'refund.json'), JSON.stringify([{ service: 'shop' }]));
    const chosen = selectForAccept(status, { names: [], all: false });
    const attempt = acceptEntries(chosen, project, validateSnapshots);
    await expect(attempt).rejects.toThrow(AcceptError);
    await expect(attempt).rejects.toThrow(/shop\/refund: not accepted, no golden was written: .*refund\.json does not match schemas\/snapshot\.schema\.json/);
    expect(await project.goldens.read({ program: 'shop', probeId: 'addItem' })).toBe(before);
    expect(await project.goldens.read({ program: 'shop', probeId: 'refund' })).toBeUndefined();
  });

  test('says which actual output is missing', async () => {
    await project.actuals.remove({ program: 'shop', probeId: 'addItem' });
    const chosen = selectForAccept(status, { names: ['addItem'], all: false });
    await expect(acceptEntries(chosen, project, validateSnapshots)).rejects.toThrow('shop/addItem: its actual output .golden-actual/shop/addItem.json is missing');
  });
});
