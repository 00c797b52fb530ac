import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRunStatus, readRunStatus, RUN_STATUS_FILE, RunStatusError, writeRunStatus } from './run-status.ts';
import { projectPerTest, recordMixedRun, snapshot, type TestProject } from '../testing/index.ts';

let project: TestProject;
projectPerTest((created) => {
  project = created;
});

describe('the run status record', () => {
  test('has one entry per probe with its state, changes and paths, and reads back as written', async () => {
    const written = await recordMixedRun(project);
    expect(written.counts).toEqual({ unchanged: 1, changed: 1, new: 1, orphaned: 1, failed: 1 });
    const byId = Object.fromEntries(written.probes.map((p) => [p.probeId, p]));
    expect(written.probes.map((p) => p.probeId)).toEqual(['addItem', 'broken', 'checkout', 'legacy', 'refund']);
    expect(byId.addItem).toMatchObject({
      state: 'changed',
      golden: 'golden/shop/addItem.json',
      actual: '.golden-actual/shop/addItem.json',
      goldenWritten: false,
      changes: [
        { kind: 'changed', pointer: '/0/debugger/snapshot/captures/entry/arguments/sku/value' },
        { kind: 'added', pointer: '/0/debugger/snapshot/captures/entry/arguments/qty' },
      ],
    });
    expect(byId.checkout).toMatchObject({ state: 'unchanged', actual: null, changes: [] });
    expect(byId.refund).toMatchObject({ state: 'new', actual: '.golden-actual/shop/refund.json' });
    expect(byId.legacy).toMatchObject({ state: 'orphaned', actual: null, golden: 'golden/shop/legacy.json' });
    expect(byId.broken).toMatchObject({ state: 'failed', message: expect.stringContaining('event 3 at byte 412') });
    expect(await readRunStatus(project.actualDir)).toEqual(written);
  });

  test('is written atomically: no temporary file is left beside it', async () => {
    await recordMixedRun(project);
    const names = await readdir(project.actualDir);
    expect(names).toContain(RUN_STATUS_FILE);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('records goldens the run wrote under UPDATE_GOLDEN', async () => {
    await project.writeGolden({ program: 'shop', probeId: 'addItem' }, [snapshot('addItem', { sku: 'A-1' })]);
    const status = await project.run([{ program: 'shop', probeId: 'addItem', snapshots: [snapshot('addItem', { sku: 'B' })] }], 'all');
    expect(status.update).toBe('all');
    expect(status.probes[0]).toMatchObject({ state: 'changed', goldenWritten: true, actual: null });
    expect(await readRunStatus(project.actualDir)).toEqual(status);
  });

  test('refuses to record a probe twice', () => {
    const recording = project.recording();
    recording.fail({ program: 'shop', probeId: 'x' }, 'boom');
    expect(() => recording.fail({ program: 'shop', probeId: 'x' }, 'boom')).toThrow('shop/x recorded twice');
  });
});

describe('reading a run status', () => {
  test('says how to get one when there is none', async () => {
    await expect(readRunStatus(project.actualDir)).rejects.toThrow(/no run recorded here: run `npm test` first/);
  });

  test('names the file when it is not JSON', async () => {
    await writeRunStatus(project.actualDir, await recordMixedRun(project));
    await writeFile(path.join(project.actualDir, RUN_STATUS_FILE), '{"format": ');
    await expect(readRunStatus(project.actualDir)).rejects.toThrow(/last-run\.json: not JSON/);
  });

  test.each([
    ['another version', (s: Record<string, unknown>) => ({ ...s, version: 2 }), 'version 2 is not supported'],
    ['an unknown state', (s: any) => ({ ...s, probes: [{ ...s.probes[0], state: 'weird' }, ...s.probes.slice(1)] }), '/probes/0/state'],
    ['a path out of the project', (s: any) => ({ ...s, probes: [{ ...s.probes[0], golden: '../x.json' }, ...s.probes.slice(1)] }), '/probes/0/golden'],
    ['a changed probe with no saved output', (s: any) => ({ ...s, probes: [{ ...s.probes[0], actual: null }, ...s.probes.slice(1)] }), '/probes/0/actual: must be string'],
    ['a failure without message', (s: any) => ({ ...s, probes: s.probes.map(({ message, ...p }: any) => p) }), '/probes/1: missing key "message"'],
    ['counts that do not add up', (s: any) => ({ ...s, counts: { ...s.counts, changed: 7 } }), 'counts.changed is 7 but 1 probes are changed'],
  ])('rejects %s, naming what is wrong', async (_name, corrupt, expected) => {
    const status = await recordMixedRun(project);
    const text = await readFile(path.join(project.actualDir, RUN_STATUS_FILE), 'utf8');
    expect(JSON.parse(text)).toEqual(status);
    expect(() => checkRunStatus(corrupt(JSON.parse(text)), 'last-run.json')).toThrow(RunStatusError);
    expect(() => checkRunStatus(corrupt(JSON.parse(text)), 'last-run.json')).toThrow(expected);
  });
});
