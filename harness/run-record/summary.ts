// Words shared by every report: the counts line and a one-line description of each probe's state.
import type { JsonChange } from '../golden/index.ts';
import { PROBE_STATES, type ProbeState, type ProbeStatus, type RunStatus } from './run-status.ts';

/** States that need a reviewer, in the order reports list them. */
export const ATTENTION_STATES: readonly ProbeState[] = ['failed', 'changed', 'new', 'orphaned'];

/** A probe passes when it matches its golden, or when the run was allowed to write the golden. */
export function probePassed(entry: ProbeStatus): boolean {
  return entry.state === 'unchanged' || ((entry.state === 'changed' || entry.state === 'new') && entry.goldenWritten);
}

/** e.g. "2 changed, 1 new, 0 orphaned, 0 failed, 40 unchanged (43 probes)". */
export function countsLine(status: RunStatus): string {
  const parts = PROBE_STATES.filter((s) => s !== 'unchanged').map((s) => `${status.counts[s]} ${s}`);
  return `${parts.join(', ')}, ${status.counts.unchanged} unchanged (${plural(status.probes.length, 'probe')})`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One line on what happened to a probe, e.g. "changed at 3 paths (golden rewritten by this run)". */
export function describeState(entry: ProbeStatus): string {
  const written = entry.goldenWritten ? ' (golden rewritten by this run)' : '';
  switch (entry.state) {
    case 'unchanged':
      return 'unchanged';
    case 'changed':
      // No paths: the golden itself could not be read or validated.
      if (entry.changes.length === 0) return `changed: the golden is not a valid snapshot file${written}`;
      return `changed at ${plural(entry.changes.length, 'path')}${written}`;
    case 'new':
      return entry.goldenWritten ? 'new: golden written by this run' : 'new: no golden yet';
    case 'orphaned':
      return 'orphaned: golden of a probe no case declares';
    case 'failed':
      return `failed: ${(entry.message ?? 'no message').split('\n', 1)[0]}`;
  }
}

/** Entries needing attention grouped failed, changed, new, orphaned; the record's name order within a group. */
export function attentionOrder<T extends { entry: ProbeStatus }>(items: readonly T[]): T[] {
  return ATTENTION_STATES.flatMap((state) => items.filter((item) => item.entry.state === state));
}

/** One changed path as a person reads it, e.g. "added /0/debugger/snapshot/captures/entry/arguments/x". */
export function describeChange(change: JsonChange): string {
  return `${change.kind} ${change.pointer || '(root)'}`;
}
