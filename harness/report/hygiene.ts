// Repository hygiene: saved actual outputs and temporary files must never be committed.
import { execa } from 'execa';

/** What must stay out of git, with the reason a failing test prints. */
const FORBIDDEN: readonly { test: (file: string) => boolean; why: string }[] = [
  { test: (f) => segments(f).includes('.golden-actual'), why: 'actual output of a run: promote it with `godi-golden accept`, never commit it' },
  { test: (f) => segments(f).includes('.cache'), why: 'build cache' },
  { test: (f) => f.endsWith('.tmp'), why: 'temporary file of an interrupted atomic write' },
];

const segments = (file: string): string[] => file.split('/');

export interface Offender {
  file: string;
  why: string;
}

/** The tracked files that should not be, in the order given. */
export function findCommittedArtifacts(trackedFiles: readonly string[]): Offender[] {
  return trackedFiles.flatMap((file) => FORBIDDEN.filter((rule) => rule.test(file)).map((rule) => ({ file, why: rule.why })).slice(0, 1));
}

/** Every file tracked in the git checkout holding `dir` (paths from its top), or null outside a checkout. */
export async function gitTrackedFiles(dir: string): Promise<string[] | null> {
  const top = await execa('git', ['rev-parse', '--show-toplevel'], { cwd: dir, reject: false });
  if (top.exitCode !== 0) return null;
  const { stdout } = await execa('git', ['ls-files', '-z'], { cwd: top.stdout.trim() });
  return stdout.split('\0').filter(Boolean);
}
