// One snapshot per call, whatever the call: the engine's record of cases/pairing (its checked-in
// capture, which a live run must reproduce: the goldens hold the same snapshots) decoded, and
// the counts and durations the golden files hide behind placeholders checked.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import { decodeCapture } from '../decode/index.ts';

const CAPTURE = fileURLToPath(new URL('../../cases/pairing/captures/pairing.godicap', import.meta.url));

/** Calls each probed function of cases/pairing makes (see its sources). */
const CALLS: Record<string, number> = {
  emptyInt: 3,
  emptyString: 3,
  emptyStruct: 3,
  emptySlice: 3,
  emptyMap: 3,
  emptyPointer: 3,
  emptyAny: 3,
  emptyArray: 3,
  emptyNoArgs: 3,
  emptyTemplate: 3,
  bound: 2,
  scale: 2,
  countDown: 4,
  mayPanic: 3,
  moving: 1,
  frameless: 3,
  tick: 800,
};

describe('cases/pairing, as the engine recorded it', async () => {
  const capture = readCapture(await readFile(CAPTURE), CAPTURE);
  const snapshots = decodeCapture(capture);
  const byProbe = new Map<string, typeof snapshots>();
  for (const s of snapshots) byProbe.set(s.debugger.snapshot.probe.id, [...(byProbe.get(s.debugger.snapshot.probe.id) ?? []), s]);
  const times = capture.events.map((e) => e.timestampNs);
  const sorted = [...times].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const spanNs = Number(sorted.at(-1)! - sorted[0]!);

  test('snapshots = calls, for every probe', () => {
    const counts = Object.fromEntries([...byProbe].map(([id, list]) => [id, list.length]));
    expect(counts).toEqual(CALLS);
  });

  test('every duration is positive and within the run', () => {
    const durations = snapshots.flatMap((s) => (s.duration === undefined ? [] : [s.duration]));
    expect(durations.length).toBeGreaterThan(800);
    for (const d of durations) {
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(spanNs);
    }
  });

  test('calls without a return (empty body, inlined copy, panic) have no duration; the others have one', () => {
    const withoutDuration = snapshots.filter((s) => s.duration === undefined).map((s) => s.debugger.snapshot.probe.id);
    const expected = Object.entries(CALLS).flatMap(([id, n]) => (id.startsWith('empty') ? Array<string>(n).fill(id) : []));
    expect(withoutDuration.sort()).toEqual([...expected, 'bound', 'bound', 'mayPanic', 'scale'].sort());
  });

  test('the panicking call is never paired with a later one: it has the panic value as @exception, as the agent gives it', () => {
    const calls = byProbe.get('mayPanic') ?? [];
    const returns = calls.map((s) => s.debugger.snapshot.captures?.return?.locals?.['@return']?.value);
    expect(returns).toEqual(['10', undefined, '30']);
    const unwound = calls[1]?.debugger.snapshot;
    expect(unwound?.captures?.return?.captureExpressions?.['@exception']?.type).toBe('interface {}');
    expect(unwound?.evaluationErrors).toContainEqual({ expr: '@return', message: 'function did not return: panic was recovered by an ancestor frame' });
    expect(calls.filter((s) => s.debugger.snapshot.captures?.return?.captureExpressions)).toHaveLength(1);
  });
});
