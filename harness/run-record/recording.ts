// The one way a run is recorded: each probe's snapshots checked against its golden (or its
// failure noted), the orphaned goldens settled, and `.golden-actual/last-run.json` written. The
// golden suite records through it, and so do the test projects of the record's readers, so the
// records their tests read are the suite's.
import type { JsonValue } from '../common/index.ts';
import { checkGolden, findOrphans, type FsGoldenStore, type GoldenEnvironment, type GoldenKey, type GoldenResult, type GoldenStore } from '../golden/index.ts';
import { makeRunStatus, probeKey, type ProbeStatus, type RunOrigin, type RunStatus, writeRunStatus } from './run-status.ts';

/** The stores and update policy of the run; actual outputs and the record go to `actuals`' folder. */
export interface RecordingEnvironment extends GoldenEnvironment {
  readonly actuals: FsGoldenStore;
}

/** What the run settled about orphaned goldens. */
export interface SettledOrphans {
  /** Deleted, golden and saved output, by an unfiltered UPDATE_GOLDEN=1 run: not in the record. */
  readonly deleted: GoldenKey[];
  /** Recorded as orphaned: the run fails on them. */
  readonly kept: GoldenKey[];
}

export class RunRecording {
  readonly #outcomes = new Map<string, ProbeStatus>();

  constructor(
    readonly env: RecordingEnvironment,
    /** The Go release and shard the record names. */
    readonly origin: RunOrigin = {},
  ) {}

  /**
   * Compares a probe's normalized snapshots with its golden and records the outcome. `goldens`
   * replaces the project's store for this check (the overrides of one Go release line).
   */
  async check(key: GoldenKey, actual: readonly JsonValue[], testName: string, goldens: GoldenStore = this.env.goldens): Promise<GoldenResult> {
    const result = await checkGolden({ key, actual, testName }, { ...this.env, goldens });
    const actualFile = result.actualFile === undefined ? null : this.env.actuals.describe(key);
    this.#add(key, { state: result.state, changes: [...result.changes], actual: actualFile, goldenWritten: result.written });
    return result;
  }

  /** A probe that produced no comparable snapshots: a decode or schema error. */
  fail(key: GoldenKey, message: string): void {
    this.#add(key, { state: 'failed', changes: [], actual: null, goldenWritten: false, message });
  }

  /**
   * Goldens no `declared` probe produces, among the goldens of `programs` (all when undefined):
   * an unfiltered run under UPDATE_GOLDEN=1 deletes them, any other records them as orphaned.
   */
  async settleOrphans(declared: readonly GoldenKey[], { programs, filtered }: { programs?: ReadonlySet<string>; filtered: boolean }): Promise<SettledOrphans> {
    const orphans = findOrphans(await this.env.goldens.list(), declared, programs);
    if (this.env.policy === 'all' && !filtered) {
      for (const key of orphans) {
        await this.env.goldens.remove(key);
        await this.env.actuals.remove(key);
      }
      return { deleted: orphans, kept: [] };
    }
    for (const key of orphans) this.#add(key, { state: 'orphaned', changes: [], actual: null, goldenWritten: false });
    return { deleted: [], kept: orphans };
  }

  /** Writes the record of the run (last-run.json in the actual-output folder) and returns it. */
  async finish(): Promise<RunStatus> {
    const status = makeRunStatus(this.env.policy, [...this.#outcomes.values()], this.origin);
    await writeRunStatus(this.env.actuals.dir, status);
    return status;
  }

  #add(key: GoldenKey, outcome: Omit<ProbeStatus, 'program' | 'probeId' | 'golden'>): void {
    const id = probeKey(key);
    if (this.#outcomes.has(id)) throw new Error(`outcome of ${id} recorded twice in one run`);
    // Stores name files from the project root, which is what the record says.
    const { state, changes, actual, goldenWritten, message } = outcome;
    const golden = this.env.goldens.describe(key);
    const entry: ProbeStatus = { program: key.program, probeId: key.probeId, state, changes, golden, actual, goldenWritten };
    this.#outcomes.set(id, message === undefined ? entry : { ...entry, message });
  }
}
