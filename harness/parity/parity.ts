// Parity with Datadog's Go agent: godi's snapshots of a program, probe by probe, against the
// agent's goldens for the same program and probe file, both in the agent's checked-in form.

import { compareGolden, type JsonChange } from '../golden/index.ts';
import type { JsonValue } from '../common/index.ts';
import { datadogForm, type ParityOptions } from './datadog-form.ts';

export interface ProbeParity {
  readonly probeId: string;
  readonly state: 'equal' | 'different' | 'no snapshots';
  /** JSON Pointers into godi's snapshots (into the golden's for removed ones), when different. */
  readonly changes: readonly JsonChange[];
}

/**
 * Compares, for every golden (probe id -> the agent's snapshots), godi's snapshots of that probe
 * in hit order. `snapshots` are godi's raw snapshots of the whole run.
 */
export function compareWithAgent(
  snapshots: readonly JsonValue[],
  goldens: ReadonlyMap<string, JsonValue>,
  options: ParityOptions = {},
): ProbeParity[] {
  const form = (snapshot: JsonValue): JsonValue => datadogForm(snapshot, options);
  const byProbe = new Map<string, JsonValue[]>();
  for (const snapshot of snapshots) {
    const id = probeIdOf(snapshot);
    if (id === undefined) continue;
    if (!byProbe.has(id)) byProbe.set(id, []);
    byProbe.get(id)?.push(form(snapshot));
  }
  return [...goldens.keys()].sort().map((probeId) => {
    const ours = byProbe.get(probeId);
    const golden = goldens.get(probeId) as JsonValue;
    const theirs = Array.isArray(golden) ? golden.map(form) : form(golden);
    if (ours === undefined) return { probeId, state: 'no snapshots', changes: [] };
    const { equal, changes } = compareGolden(theirs, ours);
    return { probeId, state: equal ? 'equal' : 'different', changes };
  });
}

function probeIdOf(snapshot: JsonValue): string | undefined {
  const id = (snapshot as { debugger?: { snapshot?: { probe?: { id?: unknown } } } } | null)?.debugger?.snapshot?.probe?.id;
  return typeof id === 'string' ? id : undefined;
}
