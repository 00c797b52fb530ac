// Temporary folders that go on every exit: at the end of the work, when the process exits or is
// stopped by a signal (signal-exit), and, for those a SIGKILL left behind, at the next use (their
// names carry the PID of the process that made them).

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { onExit } from 'signal-exit';

/**
 * Runs `work` with a fresh folder `<parent>/<prefix><pid>-XXXXXX` and removes the folder when
 * `work` settles or this process ends, whichever comes first. Folders of the same prefix whose
 * process is gone are removed first.
 */
export async function withTempDir<T>(parent: string, prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  mkdirSync(parent, { recursive: true });
  sweepDead(parent, prefix);
  const dir = mkdtempSync(join(parent, `${prefix}${process.pid}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const removeExitHook = onExit(remove);
  try {
    return await work(dir);
  } finally {
    removeExitHook();
    remove();
  }
}

/** Removes the folders `<parent>/<prefix><pid>-…` of processes that are gone. */
export function sweepDead(parent: string, prefix: string): void {
  for (const name of readdirSync(parent)) {
    if (ownerIsGone(name, prefix)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Whether `name` is `<prefix><pid>[-…]` and that process is gone. */
function ownerIsGone(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  const pid = Number(name.slice(prefix.length).split('-')[0]);
  return Number.isInteger(pid) && pid > 0 && !alive(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
