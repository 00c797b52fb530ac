// Runs a real long-running Go program (testdata/sleeper) that starts a child of its own.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildProgram, goToolchain } from './build.ts';
import { OutputTail, runInProcessGroup } from './process-group.ts';

const SLEEPER = fileURLToPath(new URL('./testdata/sleeper', import.meta.url));

let sleeper: string;
beforeAll(async () => {
  sleeper = (await buildProgram(SLEEPER, await goToolchain())).binary;
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until none of the pids runs (a killed child may linger a moment as a zombie until its reaper gets to it). */
async function expectGone(pids: number[]): Promise<void> {
  await expect.poll(() => pids.filter(alive), { timeout: 5_000, interval: 50 }).toEqual([]);
}

function pidsIn(output: string): number[] {
  const match = /parent (\d+) child (\d+)/.exec(output);
  if (!match) throw new Error(`no pids in the output: ${output}`);
  return [Number(match[1]), Number(match[2])];
}

describe('runInProcessGroup', () => {
  test('a timeout kills the program and the child it started in a process group of its own', async () => {
    const started = Date.now();
    const run = await runInProcessGroup(sleeper, ['spawn-group'], { timeoutMs: 1_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(run).toMatchObject({ timedOut: true, signal: 'SIGTERM', outcome: 'killed by SIGTERM after the 1 s timeout' });
    expect(run.exitCode).toBeUndefined();
    expect(run.output).toContain('sleeper ticked 42');
    await expectGone(pidsIn(run.output));
  });

  test('a program that ignores SIGTERM gets SIGKILL after the grace period', async () => {
    const run = await runInProcessGroup(sleeper, ['stubborn'], { timeoutMs: 500, graceMs: 500 });
    expect(run).toMatchObject({ timedOut: true, signal: 'SIGKILL', outcome: 'killed by SIGKILL after the 0.5 s timeout' });
  });

  test('when the leader exits, what it left running in its group is killed', async () => {
    // The shell starts the sleeper (and so its child) in the background and exits.
    const run = await runInProcessGroup('sh', ['-c', `${sleeper} spawn & sleep 0.5; echo leader done`], { timeoutMs: 10_000 });
    expect(run).toMatchObject({ timedOut: false, exitCode: 0, outcome: 'exit code 0' });
    expect(run.output).toContain('leader done');
    await expectGone(pidsIn(run.output));
  });

  test('a command that cannot start says why', async () => {
    const run = await runInProcessGroup('/nonexistent/godi-probe', [], { timeoutMs: 1_000 });
    expect(run.startError).toMatch(/ENOENT/);
    expect(run.outcome).toMatch(/^could not start: .*ENOENT/);
    expect(run.exitCode).toBeUndefined();
  });

  test('keeps only the end of long output, marked as cut', async () => {
    const run = await runInProcessGroup('sh', ['-c', 'seq 1 100000; echo the reason >&2'], { timeoutMs: 10_000, tailBytes: 64 });
    expect(run.output.startsWith('…')).toBe(true);
    expect(run.output).toMatch(/\n99999\n100000\nthe reason\n$/);
  });
});

describe('OutputTail', () => {
  test('keeps the last bytes across chunk boundaries', () => {
    const tail = new OutputTail(5);
    for (const chunk of ['abc', 'defg', 'h']) tail.push(Buffer.from(chunk));
    expect(tail.text()).toBe('…defgh');
  });

  test('keeps everything under the limit, unmarked', () => {
    const tail = new OutputTail(10);
    tail.push(Buffer.from('ab'));
    tail.push(Buffer.from('cd'));
    expect(tail.text()).toBe('abcd');
  });
});
