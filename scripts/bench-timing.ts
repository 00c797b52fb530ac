// CPU-timed rounds for the benches that run in Node.

const WARMUP_ROUNDS = 3;
const ROUNDS = 15;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Milliseconds of CPU time of this process (GC helper threads included) spent in `run`:
 * unlike wall time, it holds steady when other jobs share the machine.
 */
function cpuTime(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The median CPU milliseconds of ROUNDS runs of `run`, after WARMUP_ROUNDS untimed ones. */
export function medianMs(run: () => void): number {
  for (let round = 0; round < WARMUP_ROUNDS; round++) run();
  return median(Array.from({ length: ROUNDS }, () => cpuTime(run)));
}
