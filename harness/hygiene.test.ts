// Repository hygiene: saved actual outputs and temporary files must never be committed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, test } from 'vitest';

/** What must stay out of git, with the reason a failing test prints. */
const FORBIDDEN: readonly { test: (file: string) => boolean; why: string }[] = [
  { test: (f) => segments(f).includes('.golden-actual'), why: 'actual output of a run: promote it with `godi-golden accept`, never commit it' },
  { test: (f) => segments(f).includes('.cache'), why: 'build cache' },
  { test: (f) => f.endsWith('.tmp'), why: 'temporary file of an interrupted atomic write' },
];

const segments = (file: string): string[] => file.split('/');

interface Offender {
  file: string;
  why: string;
}

/** The tracked files that should not be, in the order given. */
function findCommittedArtifacts(trackedFiles: readonly string[]): Offender[] {
  return trackedFiles.flatMap((file) => FORBIDDEN.filter((rule) => rule.test(file)).map((rule) => ({ file, why: rule.why })).slice(0, 1));
}

/** Every file tracked in the git checkout holding `dir` (paths from its top), or null outside a checkout. */
async function gitTrackedFiles(dir: string): Promise<string[] | null> {
  const top = await execa('git', ['rev-parse', '--show-toplevel'], { cwd: dir, reject: false });
  if (top.exitCode !== 0) return null;
  const { stdout } = await execa('git', ['ls-files', '-z'], { cwd: top.stdout.trim() });
  return stdout.split('\0').filter(Boolean);
}

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
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
