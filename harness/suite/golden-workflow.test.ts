// The golden workflow end to end: the real suite, run as a child process on throwaway projects
// whose captures come from the capture builder. Each test shows one rule of the update policy or
// one setting of the suite, on a project of its own: they run concurrently.

import { readdir, rm, stat, truncate, utimes } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readRunStatus } from '../run-record/index.ts';
import { goToolchain } from '../run/index.ts';
import { probeStates, type SuiteRun, WorkflowProject } from './workflow-project.ts';

let accepted: WorkflowProject;
const projects: WorkflowProject[] = [];
/** How the accepted project was made, as a user makes one: a CI run on missing goldens, then UPDATE_GOLDEN=new. */
let onCi: { run: SuiteRun; actuals: string[]; goldenFolder: boolean };
let created: SuiteRun;

/** A project whose goldens were all created by `UPDATE_GOLDEN=new`. */
async function acceptedProject(): Promise<WorkflowProject> {
  const project = await accepted.clone();
  projects.push(project);
  return project;
}

beforeAll(async () => {
  accepted = await WorkflowProject.create();
  projects.push(accepted);
  const run = await accepted.runSuite({ CI: 'true' });
  const goldenFolder = await stat(accepted.path('golden')).then(() => true, () => false);
  onCi = { run, actuals: await readdir(accepted.path('.golden-actual', 'demo')), goldenFolder };
  created = await accepted.runSuite({ UPDATE_GOLDEN: 'new' });
  expect(created).toMatchObject({ exitCode: 0, passed: 5, failed: 0 });
}, 60_000);

afterAll(async () => {
  await Promise.all(projects.map((project) => project.remove()));
});

const summary = (run: SuiteRun) => ({ exitCode: run.exitCode, passed: run.passed, failed: run.failed, skipped: run.skipped });
const TAMPERED = '"value": "4"';

describe.concurrent('golden workflow', { timeout: 60_000 }, () => {
  test('missing goldens fail on CI with path and command; UPDATE_GOLDEN=new creates them, normalized', async () => {
    const project = accepted; // read only
    expect(summary(onCi.run)).toEqual({ exitCode: 1, passed: 2, failed: 3, skipped: 0 });
    expect(onCi.run.output).toContain(
      'missing golden golden/demo/scale.json: create it with `GODI_CASES=demo UPDATE_GOLDEN=new npm test -- -t "^demo › scale$"` on your machine, then commit it (CI never writes goldens)',
    );
    expect([onCi.actuals, onCi.goldenFolder]).toEqual([['count.json', 'scale.json'], false]);

    expect(summary(created)).toEqual({ exitCode: 0, passed: 5, failed: 0, skipped: 0 });
    // The probe's statuses (RECEIVED, INSTALLED, EMITTING), then its snapshots.
    const count = JSON.parse(await project.read(project.golden('demo', 'count'))).slice(3);
    // Normalized: placeholders, and map entries in key order although Go iterated b, a, c.
    expect(count[0].debugger.snapshot.captures.entry.arguments.m.entries.map((e: { value: string }[]) => e[0]?.value)).toEqual(['a', 'b', 'c']);
    expect(count[0].logger.thread_id).toBe('[goid#1]');
    expect(await project.read(project.golden('demo', 'scale'))).toContain('"address": "[addr#1]"');
    await expect(stat(project.path('.golden-actual', 'demo', 'scale.json'))).rejects.toThrow('ENOENT');
  });

  test('a tampered golden fails with changed paths, a coloured diff and the saved actual, one the schema rejects with the instance path; UPDATE_GOLDEN=1 restores both and leaves an equal golden byte for byte, even formatted differently', async () => {
    const project = await acceptedProject();
    // count: equal to what the run gives, in other JSON formatting, with an old mtime.
    const count = JSON.stringify(JSON.parse(await project.read(project.golden('demo', 'count'))));
    await project.write(project.golden('demo', 'count'), count);
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(project.golden('demo', 'count'), past, past);
    const original = await project.read(project.golden('demo', 'scale'));
    await project.write(project.golden('demo', 'scale'), original.replace('"value": "3"', TAMPERED));
    const greet = await project.read(project.golden('other', 'greet'));
    const rejected = JSON.parse(greet);
    rejected[0].ddsource = 'elsewhere';
    await project.write(project.golden('other', 'greet'), JSON.stringify(rejected, null, 2));

    const run = await project.runSuite({ FORCE_COLOR: '1' });
    expect(summary(run)).toEqual({ exitCode: 1, passed: 3, failed: 2, skipped: 0 });
    expect(run.output).toContain('golden mismatch: golden/demo/scale.json (1 changed path)\n  changed /3/debugger/snapshot/captures/entry/arguments/k/value\ndiff (- golden, + actual):');
    // Red and green lines (vitest re-colours what follows each line: only the openings are fixed).
    expect(run.output).toMatch(/\x1b\[31m- {16}value: "4"\x1b\[\d+m\n\x1b\[32m\+ {16}value: "3"/);
    expect(run.output).toContain('accept it with `GODI_CASES=demo UPDATE_GOLDEN=1 npm test -- -t "^demo › scale$"`\nactual output saved to .golden-actual/demo/scale.json');
    expect(await project.read(project.actual('demo', 'scale'))).toBe(original);
    expect(run.output).toMatch(/golden\/other\/greet\.json does not match schemas\/snapshot\.schema\.json:\n {2}\/0\/ddsource: /);

    expect(summary(await project.runSuite({ UPDATE_GOLDEN: '1' }))).toEqual({ exitCode: 0, passed: 5, failed: 0, skipped: 0 });
    expect(await project.read(project.golden('demo', 'scale'))).toBe(original);
    expect(await project.read(project.golden('other', 'greet'))).toBe(greet);
    await expect(stat(project.actual('demo', 'scale'))).rejects.toThrow('ENOENT');
    expect(await project.read(project.golden('demo', 'count'))).toBe(count);
    expect((await stat(project.golden('demo', 'count'))).mtime).toEqual(past);
  });

  test("refused settings (UPDATE_GOLDEN with CI set, a bad GOLDEN_REPEAT and GODI_SHARD) fail the run, each named, and write nothing; the last run's record is replaced by the reason", async () => {
    const project = await acceptedProject(); // its record: the passing run that accepted the goldens
    expect((await readRunStatus(project.path('.golden-actual'))).probes).toHaveLength(3);
    const tampered = (await project.read(project.golden('demo', 'scale'))).replace('"value": "3"', TAMPERED);
    await project.write(project.golden('demo', 'scale'), tampered);

    const run = await project.runSuite({ CI: 'true', UPDATE_GOLDEN: '1', GOLDEN_REPEAT: 'twice', GODI_SHARD: '3/2' });
    expect(summary(run)).toEqual({ exitCode: 1, passed: 0, failed: 1, skipped: 0 });
    const reasons = [
      'UpdatePolicyError: UPDATE_GOLDEN=1 is refused because CI is set: goldens change only in a reviewed commit. Run it locally, review the diff and commit the goldens.',
      'RepeatSettingError: GOLDEN_REPEAT=twice is not a run count: use a whole number from 1 up',
      'ShardSettingError: GODI_SHARD=3/2 is not a shard: use k/n with 1 <= k <= n, e.g. 1/2',
    ];
    expect(run.output).toContain(reasons.join('\n'));
    expect(await project.read(project.golden('demo', 'scale'))).toBe(tampered);
    const record = await readRunStatus(project.path('.golden-actual'));
    expect([record.probes, record.setupError, record.shard]).toEqual([[], reasons.join('\n'), undefined]);
  });

  test('orphaned goldens fail the run; filtered runs keep them; an unfiltered UPDATE_GOLDEN=1 run deletes them', async () => {
    const project = await acceptedProject();
    const greet = await project.read(project.golden('other', 'greet'));
    await project.write(project.golden('demo', 'gone'), greet);
    await project.write(project.golden('vanished', 'x'), greet);

    const plain = await project.runSuite();
    expect(summary(plain)).toEqual({ exitCode: 1, passed: 4, failed: 1, skipped: 0 });
    expect(plain.output).toContain(
      '2 orphaned golden file(s), no probe produces them:\n' +
        '  golden/demo/gone.json: cases/demo/probes.json has no probe "gone"\n' +
        '  golden/vanished/x.json: there is no case cases/vanished\n' +
        'delete them, or run `UPDATE_GOLDEN=1 npm test` to delete them',
    );

    const byName = await project.runSuite({ UPDATE_GOLDEN: '1' }, ['-t', 'demo › scale']);
    expect(summary(byName)).toEqual({ exitCode: 0, passed: 1, failed: 0, skipped: 4 });

    const byCase = await project.runSuite({ UPDATE_GOLDEN: '1', GODI_CASES: 'demo' });
    expect(summary(byCase)).toEqual({ exitCode: 1, passed: 2, failed: 1, skipped: 1 });
    expect(byCase.output).toContain('1 orphaned golden file(s), no probe produces them:\n  golden/demo/gone.json');
    expect(byCase.output).toContain('(a filtered run deletes nothing)');
    expect(await project.read(project.golden('demo', 'gone'))).toBe(greet);
    expect(await project.read(project.golden('vanished', 'x'))).toBe(greet);

    const update = await project.runSuite({ UPDATE_GOLDEN: '1' });
    expect(summary(update)).toEqual({ exitCode: 0, passed: 5, failed: 0, skipped: 0 });
    expect(update.output).toContain('deleted orphaned golden golden/demo/gone.json');
    expect(await readdir(project.path('golden'))).toEqual(['demo', 'other']);
    expect(await readdir(project.path('golden', 'demo'))).toEqual(['count.json', 'scale.json']);
  });

  test('a broken capture fails the probes of its case only, and writes no golden for them', async () => {
    const project = await acceptedProject();
    await rm(project.golden('other', 'greet'));
    const capture = project.path('cases', 'other', 'captures', 'run.godicap');
    await truncate(capture, (await stat(capture)).size - 8);

    const run = await project.runSuite({ UPDATE_GOLDEN: '1' });
    // The dead-rule check is skipped: one probe never reached normalization.
    expect(summary(run)).toEqual({ exitCode: 1, passed: 3, failed: 1, skipped: 1 });
    expect(run.output).toMatch(/FAIL .*other › greet/);
    expect(run.output).toMatch(/CaptureFormatError: cases\/other\/captures\/run\.godicap: event 0 at byte \d+: /);
    await expect(stat(project.golden('other', 'greet'))).rejects.toThrow('ENOENT');
  });

  test('a normalization rule that matched nothing in a full run fails it', async () => {
    const project = await acceptedProject();
    // Without the demo case no snapshot has an address or a map.
    await rm(project.path('cases', 'demo'), { recursive: true });
    await rm(project.path('golden', 'demo'), { recursive: true });

    const full = await project.runSuite();
    expect(summary(full)).toEqual({ exitCode: 1, passed: 2, failed: 1, skipped: 0 });
    expect(full.output).toContain('normalization rule(s) matched nothing in 1 probe(s):');
    expect(full.output).toMatch(/ {2}map-entry-order \(\/debugger\/snapshot\/captures\/\*\*\/entries\): Go iterates maps in random order\n {2}address /);
  });

  test('GOLDEN_REPEAT runs each case that many times; GODI_SHARD runs its part of the cases, a filtered run that skips the rule check; the record names the shard and the Go release', async () => {
    const project = await acceptedProject();
    const run = await project.runSuite({ GOLDEN_REPEAT: '3', GODI_SHARD: '2/2' });
    // Cases demo, other: the 2nd of 2 parts is other, one probe (no snapshot of it has a map: in a
    // full run the map rules would fail); the orphan check passes, the rule check skips.
    expect(summary(run)).toEqual({ exitCode: 0, passed: 2, failed: 0, skipped: 1 });
    expect(run.output).toContain('3 runs per case that must agree (GOLDEN_REPEAT)');
    const record = await readRunStatus(project.path('.golden-actual'));
    expect(probeStates(record)).toEqual({ 'other/greet': 'unchanged' });
    expect(record.shard).toBe('2/2');
    expect(record.goVersion).toBe((await goToolchain().catch(() => undefined))?.version);
  });
});
