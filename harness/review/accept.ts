// Promotes saved actual outputs of a recorded run to goldens, without rerunning anything.
import { type Environment, environment, isCI } from '../common/index.ts';
import { parseGolden, type GoldenStore } from '../golden/index.ts';
import { probeKey, type ProbeStatus, type RunStatus, type RunStores } from '../run-record/index.ts';

export class AcceptError extends Error {
  override name = 'AcceptError';
}

/** Checks snapshots against the snapshot schema; throws naming `source` and the instance path. */
export type SnapshotValidator = (value: unknown, source: string) => void;

export interface AcceptSelection {
  /** `program/probeId` or a bare `probeId`; none means every changed and new probe. */
  names: readonly string[];
  /** Also delete the goldens of orphaned probes (named orphans are deleted without it). */
  all: boolean;
}

/** What accepting an entry does: write its actual output as the golden, or delete an orphan's golden. */
export function acceptAction(entry: ProbeStatus): 'write' | 'delete' | undefined {
  if ((entry.state === 'changed' || entry.state === 'new') && entry.actual !== null) return 'write';
  if (entry.state === 'orphaned') return 'delete';
  return undefined;
}

export function selectForAccept(status: RunStatus, { names, all }: AcceptSelection): ProbeStatus[] {
  if (names.length === 0) {
    return status.probes.filter((e) => acceptAction(e) === 'write' || (all && acceptAction(e) === 'delete'));
  }
  const chosen = new Map<string, ProbeStatus>();
  for (const name of names) {
    const entry = resolveName(status, name);
    if (acceptAction(entry) === undefined) throw new AcceptError(`${probeKey(entry)}: ${whyNotAcceptable(entry)}`);
    chosen.set(probeKey(entry), entry);
  }
  return [...chosen.values()];
}

function resolveName(status: RunStatus, name: string): ProbeStatus {
  const matches = status.probes.filter((e) => probeKey(e) === name || e.probeId === name);
  const exact = matches.find((e) => probeKey(e) === name);
  if (exact) return exact;
  if (matches.length === 1) return matches[0] as ProbeStatus;
  if (matches.length > 1) {
    throw new AcceptError(`${name} is a probe of several programs: name one of ${matches.map(probeKey).join(', ')}`);
  }
  throw new AcceptError(`${name} is not a probe of the last run (see \`godi-golden status\`)`);
}

function whyNotAcceptable(entry: ProbeStatus): string {
  switch (entry.state) {
    case 'unchanged':
      return 'unchanged in the last run: nothing to accept';
    case 'failed':
      return `failed in the last run, so it has no output to accept: ${entry.message ?? ''}`.trimEnd();
    default:
      return 'the run already wrote its golden (UPDATE_GOLDEN): nothing to accept';
  }
}

/** Refuses on CI: goldens change only in a reviewed commit. */
export function refuseOnCI(env: Environment = environment()): void {
  if (isCI(env)) {
    throw new AcceptError('accept is refused because CI is set: download the golden-actual artifact and run `godi-golden accept --from DIR` on your machine');
  }
}

export interface AcceptOutcome {
  written: ProbeStatus[];
  deleted: ProbeStatus[];
}

/**
 * Validates every actual output first and writes only when all are valid, so a bad artifact
 * leaves the goldens as they were. Writes go through the golden store (atomic).
 */
export async function acceptEntries(entries: readonly ProbeStatus[], stores: RunStores, validate: SnapshotValidator): Promise<AcceptOutcome> {
  const texts = new Map<ProbeStatus, string>();
  for (const entry of entries) {
    if (acceptAction(entry) === 'write') texts.set(entry, await readValidActual(stores.actuals, entry, validate));
  }
  const outcome: AcceptOutcome = { written: [], deleted: [] };
  for (const entry of entries) {
    const text = texts.get(entry);
    if (text !== undefined) {
      await stores.goldens.write(entry, text);
      outcome.written.push(entry);
    } else if (acceptAction(entry) === 'delete') {
      await stores.goldens.remove(entry);
      outcome.deleted.push(entry);
    }
  }
  return outcome;
}

async function readValidActual(actuals: GoldenStore, entry: ProbeStatus, validate: SnapshotValidator): Promise<string> {
  const source = actuals.describe(entry);
  const text = await actuals.read(entry);
  if (text === undefined) throw new AcceptError(`${probeKey(entry)}: its actual output ${source} is missing`);
  try {
    validate(parseGolden(text, source), source);
  } catch (err) {
    throw new AcceptError(`${probeKey(entry)}: not accepted, no golden was written: ${(err as Error).message}`);
  }
  return text;
}
