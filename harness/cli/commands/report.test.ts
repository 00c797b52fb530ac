// `godi-golden report` through the real bin: each format to stdout or a file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { godiGolden, projectPerTest, recordMixedRun, type TestProject } from '../../testing/index.ts';

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
