// Test helper: a throwaway project (cases with captures made by the capture builder) and the
// real golden suite run on it as a child process, the way a user runs it.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { fullEnvironment } from '../common/index.ts';
import type { RunStatus } from '../run-record/index.ts';
import { caseFingerprint, type Fingerprint, goToolchain } from '../run/index.ts';
import { CaptureBuilder, iface, mapOf, ptrTo } from '../testing/index.ts';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const VITEST = join(REPOSITORY, 'node_modules', 'vitest', 'vitest.mjs');
const SUITE = 'harness/suite/golden.test.ts';
const SUMMARY = /^(\d+) passed, (\d+) failed, (\d+) skipped$/;

/** Settings of the parent run that must not leak into the suite under test. */
const ISOLATED = /^(CI|UPDATE_GOLDEN|UPDATE_CAPTURES|GOLDEN_REPEAT|GODI_.*|FORCE_COLOR|NO_COLOR|VITEST.*)$/;

export interface SuiteRun {
  readonly exitCode: number;
  /** stdout and stderr, interleaved as they arrived. */
  readonly output: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Two Go programs: `demo` (pointer, map, unsafe.Pointer and @duration in a message and a capture
 * expression, a type made at run time, entry/return: every normalization rule fires) and `other`.
 */
function demoCapture(fingerprint: Fingerprint): Uint8Array {
  const b = new CaptureBuilder({ name: 'demo', fingerprint });
  const t = b.types;
  const point = t.pointer(t.struct('main.point', [['x', t.int()], ['y', t.int()]]));
  const scale = b.probe({
    id: 'scale',
    args: [['p', point], ['k', t.int()], ['raw', t.unsafePointer()], ['v', t.iface()]],
    results: [['~r0', t.int()]],
    template: 'raw={raw} took {@duration}',
    captureExpressions: [{ name: 'took', expr: { dsl: '@duration', json: { ref: '@duration' } } }],
  });
  const count = b.probe({ id: 'count', args: [['m', t.swissMap(t.string(), t.int())]] });
  const madeAtRunTime = t.undescribed('struct { X int }', 'struct', false);
  b.symbol(0x401000, [['main.scale', 'example.com/demo/main.go', 10]]);
  b.symbol(0x401100, [['main.count', 'example.com/demo/main.go', 14]]);
  b.symbol(0x402000, [['main.main', 'example.com/demo/main.go', 30]]);
  b.symbol(0x403000, [['runtime.main', 'runtime/proc.go', 283]]);
  b.symbol(0x404000, [['runtime.goexit', 'runtime/asm_amd64.s', 1700]]);
  const outer = [0x402000, 0x403000, 0x404000];
  b.call(
    scale,
    { p: ptrTo({ x: 1, y: 2 }), k: 3, raw: 0xc000042000, v: iface(madeAtRunTime, 0xc000044000) },
    { '~r0': 9 },
    { goid: 7, stack: [0x401000, ...outer], durationNs: 1834n },
  );
  b.entry(count, { m: mapOf([['b', 2], ['a', 1], ['c', 3]]) }, { goid: 7, stack: [0x401100, ...outer] });
  return b.build();
}

function otherCapture(fingerprint: Fingerprint): Uint8Array {
  const b = new CaptureBuilder({ name: 'other', fingerprint });
  const greet = b.probe({ id: 'greet', args: [['name', b.types.string()]] });
  b.symbol(0x401000, [['main.greet', 'example.com/other/main.go', 5]]);
  b.entry(greet, { name: 'gopher' }, { goid: 1, stack: [0x401000] });
  return b.build();
}

/** Each probe's state in a run record, by `program/probeId`. */
export const probeStates = (status: RunStatus): Record<string, string> =>
  Object.fromEntries(status.probes.map((p) => [`${p.program}/${p.probeId}`, p.state]));

const logProbe = (id: string) => ({ id, version: 0, type: 'LOG_PROBE', where: { methodName: `main.${id}` }, captureSnapshot: true });

export class WorkflowProject {
  private constructor(readonly root: string) {}

  static async create(): Promise<WorkflowProject> {
    const project = new WorkflowProject(await mkdtemp(join(tmpdir(), 'godi-suite-')));
    await project.writeCase('demo', ['scale', 'count'], demoCapture);
    await project.writeCase('other', ['greet'], otherCapture);
    return project;
  }

  /** A copy of this project in a new folder (cheaper than running the suite again to get its goldens). */
  async clone(): Promise<WorkflowProject> {
    const copy = new WorkflowProject(await mkdtemp(join(tmpdir(), 'godi-suite-')));
    await cp(this.root, copy.root, { recursive: true });
    return copy;
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  golden(program: string, probeId: string): string {
    return this.path('golden', program, `${probeId}.json`);
  }

  actual(program: string, probeId: string): string {
    return this.path('.golden-actual', program, `${probeId}.json`);
  }

  read(path: string): Promise<string> {
    return readFile(path, 'utf8');
  }

  async write(path: string, text: string): Promise<void> {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text);
  }

  /**
   * Runs the golden suite on this project: `vitest run harness/suite/golden.test.ts` with GODI_ROOT,
   * without colours unless `env` sets FORCE_COLOR.
   */
  async runSuite(env: Record<string, string> = {}, args: string[] = []): Promise<SuiteRun> {
    const inherited = Object.fromEntries(Object.entries(fullEnvironment()).filter(([name]) => !ISOLATED.test(name)));
    const colors = env.FORCE_COLOR === undefined ? { NO_COLOR: '1' } : {};
    // In a worker thread rather than a forked process (`npm test`'s pool): it starts for about
    // 0.15 s less CPU, and the replayed suite starts no process that needs a fork of its own.
    const result = await execa(process.execPath, [VITEST, 'run', SUITE, '--pool=threads', ...args], {
      cwd: REPOSITORY,
      // Replay: the demo programs are stubs, only their captures are real.
      env: { ...inherited, ...colors, GODI_LIVE: 'off', GODI_ROOT: this.root, ...env },
      extendEnv: false,
      reject: false,
      all: true,
    });
    const output = result.all ?? '';
    // The last line of stdout; stderr (failure details) may interleave after it.
    const last = result.stdout.trimEnd().split('\n').at(-1) ?? '';
    const counts = SUMMARY.exec(last.replace(/\x1b\[[0-9;]*m/g, ''));
    if (!counts) throw new Error(`the suite's stdout does not end with "N passed, N failed, N skipped":\n${output}`);
    return { exitCode: result.exitCode ?? -1, output, passed: Number(counts[1]), failed: Number(counts[2]), skipped: Number(counts[3]) };
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  /**
   * cases/<name>/: a stub Go program, probes.json declaring `probeIds`, and the capture `capture`
   * makes as its one capture, given the fingerprint a replay on this machine expects.
   */
  async writeCase(name: string, probeIds: string[], capture: (fingerprint: Fingerprint) => Uint8Array): Promise<void> {
    const dir = this.path('cases', name);
    await this.write(join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
    await this.write(join(dir, 'probes.json'), `${JSON.stringify(probeIds.map(logProbe), null, 2)}\n`);
    await mkdir(join(dir, 'captures'), { recursive: true });
    const fingerprint = await caseFingerprint({ dir, probesFile: join(dir, 'probes.json') }, await goToolchain().catch(() => undefined));
    await writeFile(join(dir, 'captures', 'run.godicap'), capture(fingerprint));
  }
}
