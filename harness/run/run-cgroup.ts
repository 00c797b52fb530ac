// The cgroup the probe engine puts its target in (probe/internal/attach/cgroup.go): named after
// the engine's PID, it holds the target and everything the target started, in any process group
// or session. When the engine it ran dies without cleaning up (SIGKILL), the harness kills what it
// left; the next engine sweeps those of engines no harness was watching.

import { readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = 'godi-run-';
const REMOVE_TRIES = 200; // 5 ms apart: a second for the killed processes to be reaped

/** Where the cgroup v2 hierarchy is mounted, undefined when it is not (Linux /proc/self/mountinfo). */
function cgroup2Mount(): string | undefined {
  try {
    for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
      const fields = line.split(' ');
      const dash = fields.indexOf('-');
      if (dash > 4 && fields[dash + 1] === 'cgroup2') return fields[4];
    }
  } catch {
    // not Linux: no cgroups to clean
  }
  return undefined;
}

/** Kills every process of the cgroup of the engine `pid` and removes it; false when there was none. */
export function killEngineCgroup(pid: number): boolean {
  const root = cgroup2Mount();
  return root === undefined ? false : killCgroup(join(root, `${PREFIX}${pid}`));
}

function killCgroup(dir: string): boolean {
  try {
    writeFileSync(join(dir, 'cgroup.kill'), '1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  for (let i = 0; ; i++) {
    try {
      rmdirSync(dir);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return true;
      if (code !== 'EBUSY' || i >= REMOVE_TRIES) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // the killed processes are being reaped
    }
  }
}

