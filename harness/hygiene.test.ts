import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, test } from 'vitest';
import { findCommittedArtifacts, gitTrackedFiles } from './hygiene.ts';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const tracked = await gitTrackedFiles(REPOSITORY);

describe.skipIf(tracked === null)(`this repository${tracked === null ? ' (skipped: not a git checkout, nothing to check)' : ''}`, () => {
  test('commits no saved actual output, build cache or temporary file', () => {
    const offenders = findCommittedArtifacts(tracked ?? []);
    expect(offenders.map((o) => `${o.file}: ${o.why}; remove it with \`git rm --cached\``)).toEqual([]);
  });
});

describe('finding committed artifacts', () => {
  test('flags .golden-actual/, .cache/ and *.tmp anywhere, nothing else', () => {
    const offenders = findCommittedArtifacts([
      'golden/shop/a.json',
      '.golden-actual/last-run.json',
      'sub/.golden-actual/shop/a.json',
      '.cache/bin/godi-probe',
      'golden/shop/.a.json.123.abcd.tmp',
      'docs/golden-actual.md',
      'notes.tmp.md',
    ]);
    expect(offenders.map((o) => o.file)).toEqual([
      '.golden-actual/last-run.json',
      'sub/.golden-actual/shop/a.json',
      '.cache/bin/godi-probe',
      'golden/shop/.a.json.123.abcd.tmp',
    ]);
    expect(offenders[0]?.why).toContain('godi-golden accept');
  });

  test('reads what git tracks, ignored files forced in included, and answers null outside a checkout', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'godi-hygiene-'));
    try {
      expect(await gitTrackedFiles(dir)).toBeNull();
      await execa('git', ['init', '-q'], { cwd: dir });
      await writeFile(path.join(dir, '.gitignore'), '.golden-actual/\n*.tmp\n');
      await mkdir(path.join(dir, '.golden-actual', 'shop'), { recursive: true });
      await writeFile(path.join(dir, '.golden-actual', 'shop', 'a.json'), '[]');
      await writeFile(path.join(dir, 'x.tmp'), '');
      await writeFile(path.join(dir, 'kept.json'), '[]');
      await execa('git', ['add', '.gitignore', 'kept.json'], { cwd: dir });
      await execa('git', ['add', '-f', '.golden-actual/shop/a.json', 'x.tmp'], { cwd: dir });
      await mkdir(path.join(dir, 'sub'));
      const files = await gitTrackedFiles(path.join(dir, 'sub'));
      expect(files?.sort()).toEqual(['.gitignore', '.golden-actual/shop/a.json', 'kept.json', 'x.tmp']);
      expect(findCommittedArtifacts(files ?? []).map((o) => o.file)).toEqual(['.golden-actual/shop/a.json', 'x.tmp']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
