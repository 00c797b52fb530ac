// Collects per-probe outcomes while the golden suite runs, then turns them into the run status record.
import type { GoldenKey, GoldenResult, GoldenStore, UpdatePolicy } from '../golden/index.ts';
import { makeRunStatus, probeKey, type ProbeStatus, type RunStatus } from './run-status.ts';

export interface RecorderStores {
  readonly goldens: GoldenStore;
  /** Where failing checks save their actual output (`.golden-actual/`). */
  readonly actuals: GoldenStore;
}

export class RunRecorder {
  readonly #outcomes = new Map<string, ProbeStatus>();

  constructor(readonly stores: RecorderStores) {}

  /** A probe whose snapshots reached the golden comparison. */
  recordCheck(key: GoldenKey, result: GoldenResult): void {
    const actual = result.actualFile === undefined ? null : this.stores.actuals.describe(key);
    this.#add(key, { state: result.state, changes: [...result.changes], actual, goldenWritten: result.written });
  }

  /** A probe that produced no comparable snapshots: a decode or schema error. */
  recordFailure(key: GoldenKey, message: string): void {
    this.#add(key, { state: 'failed', changes: [], actual: null, goldenWritten: false, message });
  }

  /** A golden no declared probe produces (the suite finds them with `findOrphans`) and that it kept. */
  recordOrphan(key: GoldenKey): void {
    this.#add(key, { state: 'orphaned', changes: [], actual: null, goldenWritten: false });
  }

  finish(update: UpdatePolicy): RunStatus {
    return makeRunStatus(update, [...this.#outcomes.values()]);
  }

  #add(key: GoldenKey, outcome: Omit<ProbeStatus, 'program' | 'probeId' | 'golden'>): void {
    const id = probeKey(key);
    if (this.#outcomes.has(id)) throw new Error(`outcome of ${id} recorded twice in one run`);
    // Stores name files from the project root, which is what the record says.
    const { state, changes, actual, goldenWritten, message } = outcome;
    const golden = this.stores.goldens.describe(key);
    const entry: ProbeStatus = { program: key.program, probeId: key.probeId, state, changes, golden, actual, goldenWritten };
    this.#outcomes.set(id, message === undefined ? entry : { ...entry, message });
  }
}
