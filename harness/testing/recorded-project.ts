// Test helper: a throwaway project folder and a run recorded the way the golden suite records it
// (through the suite's own RunRecording), for the tests of what reads run records.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach, beforeEach } from 'vitest';
import type { JsonValue } from '../common/index.ts';
import { FsGoldenStore, serializeGolden, type GoldenKey, type UpdatePolicy } from '../golden/index.ts';
import { type RunOrigin, RunRecording, type RunStatus } from '../run-record/index.ts';
import { validateSnapshots } from '../validate/index.ts';

/** One normalized, schema-valid snapshot of a function probe with string arguments. */
export function snapshot(probeId: string, args: Record<string, string>): JsonValue {
  const method = `main.${probeId}`;
  const argumentsJson = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, { type: 'string', value }]));
  return {
    service: 'shop',
    ddsource: 'dd_debugger',
    logger: { name: '', method, version: 0, thread_id: '[goid]', thread_name: '' },
    debugger: {
      snapshot: {
        id: '[id]',
        timestamp: '[ts]',
        language: 'go',
        stack: [{ function: method, fileName: 'example.com/shop/main.go', lineNumber: 12 }],
        probe: { id: probeId, location: { method } },
        captures: { entry: { arguments: argumentsJson } },
      },
      type: 'snapshot',
    },
    timestamp: '[ts]',
  };
}

/** What one probe produced in a simulated run: snapshots, or the decode error that stopped it. */
export type ProbeRun = GoldenKey & ({ snapshots: JsonValue[] } | { error: string });

export class TestProject {
  readonly goldens: FsGoldenStore;
  readonly actuals: FsGoldenStore;

  private constructor(readonly root: string) {
    this.goldens = new FsGoldenStore(root, 'golden');
    this.actuals = new FsGoldenStore(root, '.golden-actual');
  }

  static async create(): Promise<TestProject> {
    return new TestProject(await mkdtemp(path.join(tmpdir(), 'godi-report-')));
  }

  get actualDir(): string {
    return this.actuals.dir;
  }

  async writeGolden(key: GoldenKey, snapshots: JsonValue[]): Promise<void> {
    await this.goldens.write(key, serializeGolden(snapshots));
  }

  /**
   * Records a run as the suite does, then writes last-run.json; `probes` are the declared ones. A
   * run of a shard (`origin.shard`) judges the goldens of its programs only, as the suite's does.
   */
  async run(probes: readonly ProbeRun[], policy: UpdatePolicy = 'none', origin: RunOrigin = {}): Promise<RunStatus> {
    const recording = this.recording(policy, origin);
    for (const probe of probes) {
      const key = { program: probe.program, probeId: probe.probeId };
      if ('error' in probe) recording.fail(key, probe.error);
      else await recording.check(key, probe.snapshots, probe.probeId);
    }
    const sharded = origin.shard !== undefined;
    await recording.settleOrphans(probes, { programs: sharded ? new Set(probes.map((p) => p.program)) : undefined, filtered: sharded });
    return recording.finish();
  }

  /** A recording of a run of this project, as the suite makes one. */
  recording(policy: UpdatePolicy = 'none', origin: RunOrigin = {}): RunRecording {
    return new RunRecording({ goldens: this.goldens, actuals: this.actuals, policy, ci: false, color: false, validate: validateSnapshots }, origin);
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

/**
 * Gives each test of the calling file a fresh project, removed after the test; `setUp` receives it
 * before the test, to keep it and record what the test starts from.
 */
export function projectPerTest(setUp: (project: TestProject) => void | Promise<void>): void {
  let current: TestProject | undefined;
  beforeEach(async () => {
    current = await TestProject.create();
    await setUp(current);
  });
  afterEach(async () => {
    await current?.remove();
  });
}

/**
 * The scenario of most report tests, one probe per state: `checkout` unchanged, `addItem` changed
 * (a value and a new argument), `refund` new, `legacy` orphaned (golden left, probe removed),
 * `broken` failed (a capture that does not decode); `extra` probes join the same run.
 */
export async function recordMixedRun(project: TestProject, extra: readonly ProbeRun[] = []): Promise<RunStatus> {
  const key = (probeId: string): GoldenKey => ({ program: 'shop', probeId });
  await project.writeGolden(key('checkout'), [snapshot('checkout', { cart: 'c-1' })]);
  await project.writeGolden(key('addItem'), [snapshot('addItem', { sku: 'A-1' })]);
  await project.writeGolden(key('legacy'), [snapshot('legacy', { old: 'yes' })]);
  return project.run([
    { ...key('checkout'), snapshots: [snapshot('checkout', { cart: 'c-1' })] },
    { ...key('addItem'), snapshots: [snapshot('addItem', { sku: 'B-2', qty: '3' })] },
    { ...key('refund'), snapshots: [snapshot('refund', { order: 'o-9' })] },
    { ...key('broken'), error: 'shop.cap: event 3 at byte 412: value length 4096 runs past the end of the event (64 bytes)' },
    ...extra,
  ]);
}

/** The real command, as `npx godi-golden` runs it. */
export const BIN = fileURLToPath(new URL('../../bin/godi-golden.js', import.meta.url));

/** Runs the real `godi-golden` bin in the project folder, never failing on a non-zero exit. */
export function godiGolden(project: { readonly root: string }, args: string[], env: NodeJS.ProcessEnv = {}) {
  return execa(process.execPath, [BIN, ...args], { cwd: project.root, env: { CI: '', NO_COLOR: '1', ...env }, reject: false });
}
