// The record of the last suite run (docs/status-format.md): one entry per (program, probe) with its state.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../common/index.ts';
import type { GoldenKey, JsonChange, UpdatePolicy } from '../golden/index.ts';
import { formatProblem, SchemaError, validateRunStatus } from '../validate/index.ts';

export const RUN_STATUS_FORMAT = 'godi-golden/run-status';
export const RUN_STATUS_VERSION = 1;
/** File name of the record inside the actual-output folder (`.golden-actual/`). */
export const RUN_STATUS_FILE = 'last-run.json';

export const PROBE_STATES = ['unchanged', 'changed', 'new', 'orphaned', 'failed'] as const;
export type ProbeState = (typeof PROBE_STATES)[number];

export interface ProbeStatus extends GoldenKey {
  state: ProbeState;
  /** Where golden and actual differ (JSON Pointers, RFC 6901); empty unless `changed`. */
  changes: JsonChange[];
  /** The golden file, relative to the project root. */
  golden: string;
  /** The saved actual output, relative to the project root; null when none is kept. */
  actual: string | null;
  /** True when this run wrote the golden itself (UPDATE_GOLDEN allowed it). */
  goldenWritten: boolean;
  /** Why a `failed` probe failed (decode or schema error). */
  message?: string;
  /** Only in a report merged from several runs: the run it comes from, e.g. "go1.24.11, shard 1/2". */
  origin?: string;
}

export interface RunStatus {
  format: typeof RUN_STATUS_FORMAT;
  version: typeof RUN_STATUS_VERSION;
  /** The UPDATE_GOLDEN policy the run used. */
  update: UpdatePolicy;
  /** The Go release that built the cases (GODI_GO, else the local Go), when known. */
  goVersion?: string;
  /** GODI_SHARD of the run ("1/2"), when it ran one part of the cases. */
  shard?: string;
  counts: Record<ProbeState, number>;
  /** Sorted by program, then probe. */
  probes: ProbeStatus[];
  /** Why the run failed before any probe ran; then `probes` is empty. */
  setupError?: string;
}

/** A last-run.json that is missing, unreadable or not version 1 of the format. */
export class RunStatusError extends Error {
  override name = 'RunStatusError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** `program/probeId`, the name commands and reports use for a probe. */
export function probeKey(entry: GoldenKey): string {
  return `${entry.program}/${entry.probeId}`;
}

/** What a run was: the Go release and the shard, when known. */
export type RunOrigin = Pick<RunStatus, 'goVersion' | 'shard'>;

/** Builds a well-formed record: sorted entries (a stable sort) and counts that match them. */
export function makeRunStatus(update: UpdatePolicy, probes: ProbeStatus[], origin: RunOrigin = {}): RunStatus {
  const sorted = [...probes].sort((a, b) => compareText(a.program, b.program) || compareText(a.probeId, b.probeId));
  const counts = Object.fromEntries(PROBE_STATES.map((s) => [s, 0])) as Record<ProbeState, number>;
  for (const p of sorted) counts[p.state] += 1;
  return { format: RUN_STATUS_FORMAT, version: RUN_STATUS_VERSION, update, ...origin, counts, probes: sorted };
}

/** `program/probeId`, followed by the run it comes from in a merged report. */
export function probeLabel(entry: ProbeStatus): string {
  return entry.origin === undefined ? probeKey(entry) : `${probeKey(entry)} (${entry.origin})`;
}

/** Code-point order, so the record does not depend on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function writeRunStatus(actualDir: string, status: RunStatus): Promise<string> {
  const file = path.join(actualDir, RUN_STATUS_FILE);
  await writeFileAtomic(file, `${JSON.stringify(status, null, 2)}\n`);
  return file;
}

export async function readRunStatus(actualDir: string): Promise<RunStatus> {
  const file = path.join(actualDir, RUN_STATUS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new RunStatusError(file, 'no run recorded here: run `npm test` first, or pass --from with the folder of a CI artifact');
    }
    throw err;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new RunStatusError(file, `not JSON: ${(err as Error).message}`);
  }
  return checkRunStatus(value, file);
}

/** Checks a parsed record against schemas/run-status.schema.json and its counts. */
export function checkRunStatus(value: unknown, file: string): RunStatus {
  const version = (value as { version?: unknown } | null)?.version;
  if (version !== RUN_STATUS_VERSION) {
    throw new RunStatusError(file, `version ${JSON.stringify(version)} is not supported (this tool reads version ${RUN_STATUS_VERSION})`);
  }
  try {
    validateRunStatus(value, file);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    throw new RunStatusError(file, `does not match schemas/run-status.schema.json: ${error.problems.map(formatProblem).join('; ')}`);
  }
  const status = value as unknown as RunStatus;
  const recount = makeRunStatus(status.update, status.probes).counts;
  for (const state of PROBE_STATES) {
    if (recount[state] !== status.counts[state]) {
      throw new RunStatusError(file, `counts.${state} is ${status.counts[state]} but ${recount[state]} probes are ${state}`);
    }
  }
  return status;
}
