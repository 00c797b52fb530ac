// Runs the real `godi-golden snapshot`: argument handling anywhere, live runs where the engine can.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { liveTest, liveVerdictFor } from '../testing/index.ts';
import { validateSnapshots } from '../validate/index.ts';

const BIN = fileURLToPath(new URL('../../bin/godi-golden.js', import.meta.url));
const SCALARS = fileURLToPath(new URL('../../cases/scalars', import.meta.url));
const SCALARS_PROBES = join(SCALARS, 'probes.json');
const USAGE = 'usage: godi-golden snapshot --program DIR --probes FILE [--raw] [--ring-bytes N]';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'godi-snapshot-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function godiGolden(args: string[], env: NodeJS.ProcessEnv = {}) {
  return execa('node', [BIN, 'snapshot', ...args], { reject: false, env, timeout: 120_000 });
}

describe('godi-golden snapshot: arguments', () => {
  test('both --program and --probes are needed', async () => {
    const result = await godiGolden(['--program', SCALARS]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `godi-golden snapshot: name the program folder (--program) and its probes file (--probes)\n${USAGE}`,
    );
  });

  test('unknown options and stray arguments are usage errors', async () => {
    for (const args of [['--program', SCALARS, '--probes', SCALARS_PROBES, '--bogus'], ['--program', SCALARS, '--probes', SCALARS_PROBES, 'extra']]) {
      const result = await godiGolden(args);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^godi-golden snapshot: .*\\n${USAGE.replace(/[[\]]/g, '\\$&')}$`));
    }
  });

  test('a folder without go.mod is refused before anything is built', async () => {
    const result = await godiGolden(['--program', dir, '--probes', SCALARS_PROBES]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`${dir}: not a Go program folder (no go.mod)`);
  });

  test('a probes file that is not JSON, or not probes, is refused', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '[{');
    const notJson = await godiGolden(['--program', SCALARS, '--probes', broken]);
    expect(notJson.exitCode).toBe(2);
    expect(notJson.stderr).toMatch(new RegExp(`^${broken}: not JSON: `));

    const wrong = join(dir, 'wrong.json');
    await writeFile(wrong, JSON.stringify([{ id: 'p' }]));
    const notProbes = await godiGolden(['--program', SCALARS, '--probes', wrong]);
    expect(notProbes.exitCode).toBe(2);
    expect(notProbes.stderr).toMatch(new RegExp(`^${wrong} does not match schemas/`));
  });

  test('without live mode it fails naming the reason', async () => {
    const result = await godiGolden(['--program', SCALARS, '--probes', SCALARS_PROBES], { GODI_LIVE: 'off' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('live mode is unavailable: GODI_LIVE=off');
    expect(result.stdout).toBe('');
  });

  test('an unknown GODI_LIVE is a usage error', async () => {
    const result = await godiGolden(['--program', SCALARS, '--probes', SCALARS_PROBES], { GODI_LIVE: 'maybe' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^godi-golden snapshot: GODI_LIVE=maybe is not understood/);
  });
});

const verdict = await liveVerdictFor();

describe('godi-golden snapshot: live', () => {
  liveTest(
    verdict,
    'prints schema-valid snapshots of every probe of a case, normalized unless --raw',
    async () => {
      const probeIds = (JSON.parse(await readFile(SCALARS_PROBES, 'utf8')) as { id: string }[]).map((probe) => probe.id);
      const normalized = await godiGolden(['--program', SCALARS, '--probes', SCALARS_PROBES]);
      expect(normalized.stderr).toBe('');
      expect(normalized.exitCode).toBe(0);
      const snapshots = JSON.parse(normalized.stdout) as { timestamp: unknown; debugger: { snapshot: { probe: { id: string } } } }[];
      validateSnapshots(snapshots, 'normalized');
      expect(new Set(snapshots.map((s) => s.debugger.snapshot.probe.id))).toEqual(new Set(probeIds));
      expect(snapshots.every((s) => s.timestamp === '[ts]')).toBe(true);

      const raw = await godiGolden(['--program', SCALARS, '--probes', SCALARS_PROBES, '--raw']);
      expect(raw.exitCode).toBe(0);
      const rawSnapshots = JSON.parse(raw.stdout) as { timestamp: unknown }[];
      validateSnapshots(rawSnapshots, 'raw');
      expect(rawSnapshots).toHaveLength(snapshots.length);
      expect(rawSnapshots.every((s) => typeof s.timestamp === 'number')).toBe(true);
    },
    240_000,
  );
});

/** A Go program folder in `dir` whose main.go is `source` (module example.com/<name>). */
async function goProgram(name: string, source: string): Promise<string> {
  const program = join(dir, name);
  await mkdir(program, { recursive: true });
  await writeFile(join(program, 'go.mod'), `module example.com/${name}\n\ngo 1.23\n`);
  await writeFile(join(program, 'main.go'), source);
  return program;
}

async function probesFor(program: string, methods: Record<string, string>): Promise<string> {
  const file = join(program, 'probes.json');
  const probes = Object.entries(methods).map(([id, method]) => ({ id, type: 'LOG_PROBE', where: { methodName: method } }));
  await writeFile(file, JSON.stringify(probes));
  return file;
}

/** The arguments of `snapshot` for a program `name` made of `source`, with one probe on main.work. */
async function workProbed(name: string, source: string): Promise<string[]> {
  const program = await goProgram(name, source);
  return ['--program', program, '--probes', await probesFor(program, { work: 'main.work' })];
}

/** `godi-golden snapshot ARGS`, its temporary folders in `temp`. */
function snapshotIn(temp: string, args: string[]) {
  return execa('node', [BIN, 'snapshot', ...args], { reject: false, env: { TMPDIR: temp } });
}

/** The folders godi-golden made in `temp` (tsx keeps its cache there too). */
async function godiFolders(temp: string): Promise<string[]> {
  return (await readdir(temp)).filter((file) => file.startsWith('godi-'));
}

function pgrep(name: string) {
  return execa('pgrep', ['-x', name], { reject: false });
}

const FAILING = `package main

import "os"

//go:noinline
func work(n int) int { return n * 2 }

func main() {
	println("about to fail:", work(21))
	os.Exit(3)
}
`;

// 64 goroutines, each making 50 calls with a 30 KB string: more than the ring buffer holds.
const HAMMERING = `package main

import (
	"strings"
	"sync"
)

//go:noinline
func work(s string) int { return len(s) }

func main() {
	big := strings.Repeat("x", 30000)
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				work(big[i:])
			}
		}()
	}
	wg.Wait()
}
`;

// Ends before any probe is hit.
const INSTANT = `package main

import "os"

//go:noinline
func work(n int) int { return n * 2 }

func main() {
	if len(os.Args) > 5 {
		work(1)
	}
}
`;

const SLEEPING = `package main

import "time"

//go:noinline
func work(n int) int { return n * 2 }

func main() {
	for i := 0; ; i++ {
		work(i)
		time.Sleep(10 * time.Millisecond)
	}
}
`;

describe('godi-golden snapshot: nothing lost silently', () => {
  liveTest(
    verdict,
    "a probe that cannot be installed and a program that exits non-zero: the other probes' snapshots printed, both named, exit 1",
    async () => {
      const program = await goProgram('failing', FAILING);
      const probes = await probesFor(program, { good: 'main.work', typo: 'main.wrok' });
      const result = await godiGolden(['--program', program, '--probes', probes]);
      expect(result.exitCode).toBe(1);
      const snapshots = JSON.parse(result.stdout) as { debugger: { snapshot: { probe: { id: string } } } }[];
      expect(snapshots.map((s) => s.debugger.snapshot.probe.id)).toEqual(['good']);
      expect(result.stderr).toContain('probe typo (main.wrok) was not installed (TargetNotFoundInBinary): function "main.wrok" not found in the binary; closest: main.work');
      expect(result.stderr).toContain('the program ended with exit status 3; the end of its stderr:\nabout to fail: 42');
    },
    240_000,
  );

  liveTest(
    verdict,
    'events the engine dropped are counted and named, and fail the command',
    async () => {
      const program = await goProgram('hammering', HAMMERING);
      const probes = join(program, 'probes.json');
      const probe = { id: 'work', type: 'LOG_PROBE', where: { methodName: 'main.work' }, capture: { maxLength: 30000, maxEventBytes: 65528 }, sampling: { snapshotsPerSecond: 1e9 } };
      await writeFile(probes, JSON.stringify([probe]));
      // A one-page ring holds no 30 KB entry record: every entry is dropped, whatever the machine's speed.
      const result = await godiGolden(['--program', program, '--probes', probes, '--raw', '--ring-bytes', '4096']);
      const snapshots = JSON.parse(result.stdout) as unknown[];
      const dropped = Number(/probe work: the engine dropped (\d+) event\(s\)/.exec(result.stderr)?.[1] ?? 0);
      expect(result.exitCode).toBe(1);
      expect(dropped).toBeGreaterThan(0);
      // Each call is an entry and a return event; a call whose entry was dropped has no snapshot.
      // Every entry is dropped (no call has a snapshot); returns are small and some fit.
      expect(snapshots).toEqual([]);
      expect(dropped).toBeGreaterThanOrEqual(64 * 50);
      expect(dropped).toBeLessThanOrEqual(2 * 64 * 50);
    },
    240_000,
  );

  for (const [signal, name] of [['SIGINT', 'sleep-int'], ['SIGTERM', 'sleep-term']] as const) {
    liveTest(
      verdict,
      `${signal} during a run: the command stops, its temporary folder and its processes with it`,
      async () => {
        const temp = await mkdtemp(join(dir, 'tmp-'));
        const run = snapshotIn(temp, await workProbed(name, SLEEPING));
        await expect.poll(async () => (await godiFolders(temp)).length, { timeout: 60_000, interval: 50 }).toBe(1);
        await expect.poll(() => pgrep(name).then((r) => r.exitCode), { timeout: 60_000, interval: 50 }).toBe(0);
        run.kill(signal);
        const result = await run;
        expect(result.exitCode ?? result.signal).not.toBe(0);
        expect(await godiFolders(temp)).toEqual([]);
        await expect.poll(() => pgrep(name).then((r) => r.stdout), { timeout: 5_000, interval: 50 }).toBe('');
      },
      240_000,
    );
  }

  liveTest(
    verdict,
    'a program that exits at once: no snapshot, exit 0, and nothing of the run left behind',
    async () => {
      const temp = await mkdtemp(join(dir, 'tmp-'));
      const result = await snapshotIn(temp, await workProbed('instant', INSTANT));
      expect(result.exitCode, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([]);
      expect(await godiFolders(temp)).toEqual([]);
      expect((await pgrep('instant')).stdout).toBe('');
      expect((await readFile('/sys/kernel/tracing/uprobe_events', 'utf8')).includes('instant')).toBe(false);
    },
    240_000,
  );

  liveTest(
    verdict,
    'SIGKILL during a run: the program dies with the engine; the folder a SIGKILL cannot remove goes at the next run',
    async () => {
      const temp = await mkdtemp(join(dir, 'tmp-'));
      const run = snapshotIn(temp, await workProbed('sleep-kill', SLEEPING));
      await expect.poll(() => pgrep('sleep-kill').then((r) => r.exitCode), { timeout: 60_000, interval: 50 }).toBe(0);
      run.kill('SIGKILL');
      expect((await run).signal).toBe('SIGKILL');
      await expect.poll(() => pgrep('sleep-kill').then((r) => r.stdout), { timeout: 5_000, interval: 50 }).toBe('');
      expect(await godiFolders(temp)).toHaveLength(1);
      // The next run sweeps it before it starts (a short one: the program makes one call and exits with 3).
      const next = await snapshotIn(temp, await workProbed('quick', FAILING));
      expect(next.stderr).toContain('exit status 3');
      expect(await godiFolders(temp)).toEqual([]);
    },
    240_000,
  );
});
