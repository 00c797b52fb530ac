// `godi-golden report` through the real bin: each format to stdout or a file.
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { RunOrigin } from '../../run-record/index.ts';
import { godiGolden, projectPerTest, type ProbeRun, recordMixedRun, snapshot, type TestProject } from '../../testing/index.ts';

let project: TestProject;
projectPerTest(async (created) => {
  project = created;
  await recordMixedRun(project);
});

test('--markdown prints the PR comment and exits 0 whatever the run found', async () => {
  const result = await godiGolden(project, ['report', '--markdown']);
  expect(result.exitCode).toBe(0);
  expect(result.stdout.split('\n').slice(0, 3)).toEqual(['### godi-golden: 4 probes to review', '', '1 changed, 1 new, 1 orphaned, 1 failed, 1 unchanged (5 probes)']);
  expect(result.stdout.match(/<details>/g)).toHaveLength(4);
});

test('--html and --junit write files with --out, atomically', async () => {
  const html = await godiGolden(project, ['report', '--html', '--out', 'out/report.html']);
  expect([html.exitCode, html.stderr]).toEqual([0, 'wrote out/report.html']);
  expect(await readFile(path.join(project.root, 'out', 'report.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<section class="probe changed"/);
  const junit = await godiGolden(project, ['report', '--junit', '--out', 'out/junit.xml']);
  expect(junit.exitCode).toBe(0);
  expect(await readFile(path.join(project.root, 'out', 'junit.xml'), 'utf8')).toContain('<testcase classname="shop" name="addItem"');
  expect((await readdir(path.join(project.root, 'out'))).sort()).toEqual(['junit.xml', 'report.html']);
});

test('wants exactly one format', async () => {
  for (const args of [['report'], ['report', '--html', '--junit']]) {
    const result = await godiGolden(project, args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('godi-golden report: choose exactly one of --markdown, --html, --junit');
  }
});

/**
 * One CI machine: the run of `probes` recorded with `origin`, its .golden-actual/ downloaded to
 * `dir`. Only the goldens these tests run are kept, so that no shard finds orphans.
 */
async function machine(dir: string, origin: RunOrigin, probes: ProbeRun[]): Promise<void> {
  for (const probeId of ['addItem', 'legacy']) await project.goldens.remove({ program: 'shop', probeId });
  await project.run(probes, 'none', origin);
  await cp(project.actualDir, path.join(project.root, dir), { recursive: true });
}

const checkout = (cart: string): ProbeRun => ({ program: 'shop', probeId: 'checkout', snapshots: [snapshot('checkout', { cart })] });
const open = (drawer: string): ProbeRun => ({ program: 'till', probeId: 'open', snapshots: [snapshot('open', { drawer })] });

test('--from DIR several times merges the runs of several machines, naming the Go release and shard of each failure', async () => {
  await project.writeGolden({ program: 'till', probeId: 'open' }, [snapshot('open', { drawer: 'd-1' })]);
  await machine('runs/a', { goVersion: 'go1.24.11', shard: '1/2' }, [checkout('c-1')]);
  await machine('runs/b', { goVersion: 'go1.24.11', shard: '2/2' }, [open('d-2')]);
  await machine('runs/c', { goVersion: 'go1.26.0', shard: '1/2' }, [checkout('c-1')]);
  await machine('runs/d', { goVersion: 'go1.26.0', shard: '2/2' }, [open('d-1')]);
  const from = ['runs/a', 'runs/b', 'runs/c', 'runs/d'].flatMap((dir) => ['--from', dir]);

  const markdown = await godiGolden(project, ['report', '--markdown', ...from]);
  expect(markdown.exitCode).toBe(0);
  expect(markdown.stdout.split('\n').slice(0, 3)).toEqual(['### godi-golden: 1 probe to review', '', '1 changed, 0 new, 0 orphaned, 0 failed, 3 unchanged (4 probes)']);
  expect(markdown.stdout).toContain('| <code>till/open (go1.24.11, shard 2/2)</code> | changed |');
  // The failing probe's diff is read from its own machine's folder.
  expect(markdown.stdout).toMatch(/^-\s+value: "d-1"\n\+\s+value: "d-2"$/m);

  const junit = await godiGolden(project, ['report', '--junit', ...from]);
  expect(junit.stdout.match(/<testcase .*/g)).toEqual([
    '<testcase classname="shop" name="checkout (go1.24.11, shard 1/2)" file="golden/shop/checkout.json"/>',
    '<testcase classname="shop" name="checkout (go1.26.0, shard 1/2)" file="golden/shop/checkout.json"/>',
    '<testcase classname="till" name="open (go1.24.11, shard 2/2)" file="golden/till/open.json">',
    '<testcase classname="till" name="open (go1.26.0, shard 2/2)" file="golden/till/open.json"/>',
  ]);
});

test('--from names a folder without a record: the report says which file is missing and exits 2', async () => {
  await machine('runs/a', { goVersion: 'go1.24.11', shard: '1/2' }, [checkout('c-1')]);
  const result = await godiGolden(project, ['report', '--html', '--from', 'runs/a', '--from', 'runs/missing']);
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain(`${path.join('runs', 'missing', 'last-run.json')}: no run recorded here`);
  expect(result.stdout).toBe('');
});

test('--from the same run twice is refused, naming both folders', async () => {
  await machine('runs/a', { goVersion: 'go1.24.11', shard: '1/2' }, [checkout('c-1')]);
  await cp(path.join(project.root, 'runs/a'), path.join(project.root, 'runs/copy'), { recursive: true });
  const result = await godiGolden(project, ['report', '--junit', '--from', 'runs/a', '--from', 'runs/copy']);
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe("runs/a and runs/copy are both the run of go1.24.11, shard 1/2: pass each run's record once");
});
