// Runs a command in a process group of its own, so that a timeout, the end of the command or the
// end of this process kills everything it started (the probe engine and its target) at once.

import { readdirSync, readFileSync } from 'node:fs';
import { execa } from 'execa';
import { onExit } from 'signal-exit';
import { killEngineCgroup } from './run-cgroup.ts';

export interface GroupRunOptions {
  /** After this long the group gets SIGTERM, then SIGKILL `graceMs` later. */
  readonly timeoutMs: number;
  readonly graceMs?: number;
  /** How much of the combined output to keep: the end, where the reason for a failure is. */
  readonly tailBytes?: number;
}

export interface GroupRun {
  /** The command's exit code; undefined when a signal ended it or it never started. */
  readonly exitCode?: number;
  readonly signal?: string;
  readonly timedOut: boolean;
  /** The last `tailBytes` of stdout and stderr of every process of the group, interleaved as written. */
  readonly output: string;
  /** Why the command did not start (e.g. `spawn ./x ENOENT`); undefined when it started. */
  readonly startError?: string;
  /** One phrase for messages: "exit code 1", "killed by SIGKILL after the 5 s timeout", … */
  readonly outcome: string;
}

const DEFAULT_GRACE_MS = 3_000;
const DEFAULT_TAIL_BYTES = 16 * 1024;

/**
 * Starts `file args` as the leader of a new process group and waits for it. When the leader
 * ends, whatever it left running in its group is killed. When the timeout passes, or when this
 * process exits (by a signal too: the group is detached, so a Ctrl-C at the terminal no longer
 * reaches it by itself), the group and the groups its descendants lead are killed.
 */
export async function runInProcessGroup(file: string, args: readonly string[], options: GroupRunOptions): Promise<GroupRun> {
  const tail = new OutputTail(options.tailBytes ?? DEFAULT_TAIL_BYTES);
  const subprocess = execa(file, args, {
    detached: true,
    stdin: 'ignore',
    all: true,
    buffer: false,
    reject: false,
  });
  subprocess.all?.on('data', (chunk: Buffer) => tail.push(chunk));
  const group = subprocess.pid;
  const killGroup = (signal: NodeJS.Signals) => {
    if (group !== undefined) signalGroups(group, signal);
  };
  // A probe engine keeps its target in a cgroup named after it: what a killed engine left there
  // (the target, children in groups of their own) dies with it.
  const killAll = () => {
    killGroup('SIGKILL');
    if (group !== undefined) killEngineCgroup(group);
  };
  const removeExitHook = onExit(killAll);
  subprocess.once('exit', killAll);

  let timedOut = false;
  let forceKill: NodeJS.Timeout | undefined;
  const timeout = setTimeout(() => {
    timedOut = true;
    killGroup('SIGTERM');
    forceKill = setTimeout(() => killGroup('SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
  }, options.timeoutMs);
  try {
    const result = await subprocess;
    const started = group !== undefined;
    const ended = result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
    const outcome = !started
      ? `could not start: ${result.originalMessage}`
      : timedOut
        ? `${ended} after the ${formatSeconds(options.timeoutMs)} timeout`
        : ended;
    return {
      ...(result.exitCode !== undefined ? { exitCode: result.exitCode } : {}),
      ...(result.signal !== undefined ? { signal: result.signal } : {}),
      ...(!started ? { startError: result.originalMessage } : {}),
      timedOut,
      output: tail.text(),
      outcome,
    };
  } finally {
    clearTimeout(timeout);
    clearTimeout(forceKill);
    removeExitHook();
  }
}

/**
 * Signals the group that `leader` leads and every group led by one of its descendants: the
 * engine starts its target in a group of its own, which a signal to the engine's group misses.
 * Descendants are looked up first, as a killed leader's children soon belong to init.
 */
function signalGroups(leader: number, signal: NodeJS.Signals): void {
  for (const group of [...descendantGroups(leader), leader]) {
    try {
      process.kill(-group, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
}

/** The process groups of the descendants of `pid`, from /proc (Linux); empty once `pid` is gone. */
function descendantGroups(pid: number): Set<number> {
  const groups = new Set<number>();
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const child of childrenOf(next)) {
      const group = processGroupOf(child);
      if (group !== undefined) groups.add(group);
      pending.push(child);
    }
  }
  groups.delete(pid);
  return groups;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return []; // the process (or a thread) exited meanwhile
  }
}

/** Field 5 of /proc/PID/stat, counted after the command name, which may hold spaces and parentheses. */
function processGroupOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const group = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2];
    return group === undefined ? undefined : Number(group);
  } catch {
    return undefined;
  }
}

/** The last `limit` bytes of a stream of chunks. */
export class OutputTail {
  #chunks: Buffer[] = [];
  #kept = 0;
  #total = 0;

  constructor(readonly limit: number) {}

  push(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#kept += chunk.length;
    this.#total += chunk.length;
    // Drop whole chunks while the rest still covers the limit.
    while (this.#chunks.length > 1 && this.#kept - this.#chunks[0]!.length >= this.limit) {
      this.#kept -= this.#chunks.shift()!.length;
    }
  }

  /** The kept bytes as UTF-8, starting with "…" when earlier output was dropped. */
  text(): string {
    const kept = Buffer.concat(this.#chunks).subarray(-this.limit);
    return `${this.#total > this.limit ? '…' : ''}${kept.toString('utf8')}`;
  }
}

function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(3)} s`;
}
