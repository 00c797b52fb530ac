// Loads what the reports show for each probe of a run: golden and actual snapshots and their plain diff.
import type { JsonValue } from '../common/index.ts';
import { type GoldenStore, parseGolden, renderDiff } from '../golden/index.ts';
import type { ProbeStatus, RunStatus, RunStores } from '../run-record/index.ts';

export interface ProbeView {
  entry: ProbeStatus;
  /** The golden as it is now; undefined when there is none (or the state does not need it). */
  golden?: JsonValue[];
  /** The saved actual output; undefined when none was saved. */
  actual?: JsonValue[];
  /** json-diff text, golden (-) to actual (+), without colors; empty when there is nothing to compare. */
  diff: string;
  /** Files that should be there and could not be read: shown in the reports, never thrown. */
  problems: string[];
}

export async function loadProbeViews(status: RunStatus, stores: RunStores): Promise<ProbeView[]> {
  return Promise.all(status.probes.map((entry) => loadProbeView(entry, stores)));
}

export async function loadProbeView(entry: ProbeStatus, stores: RunStores): Promise<ProbeView> {
  const view: ProbeView = { entry, diff: '', problems: [] };
  if (entry.state === 'unchanged' || entry.state === 'failed') return view;
  if (entry.state !== 'new') view.golden = await readSnapshots(stores.goldens, entry, view.problems);
  if (entry.actual !== null) view.actual = await readSnapshots(stores.actuals, entry, view.problems);
  if (view.problems.length === 0 && (view.golden || view.actual)) {
    // A missing side diffs as an empty array: a new probe shows all added, an orphan all removed.
    view.diff = renderDiff(view.golden ?? [], view.actual ?? [], { color: false, maxLines: Number.MAX_SAFE_INTEGER });
  }
  return view;
}

async function readSnapshots(store: GoldenStore, entry: ProbeStatus, problems: string[]): Promise<JsonValue[] | undefined> {
  const file = store.describe(entry);
  try {
    const text = await store.read(entry);
    if (text !== undefined) return parseGolden(text, file);
    problems.push(`${file}: missing`);
  } catch (err) {
    problems.push((err as Error).message);
  }
  return undefined;
}
