// The decoder's throttle on a made-up clock: the agent's budget-per-period rule, periods starting
// at the first hit after the previous one ended.
import { expect, test } from 'vitest';
import { Throttle } from './throttle.ts';

const MS = 1_000_000n;

const admitted = (t: Throttle, times: bigint[]): bigint[] => times.filter((ns) => t.admit(ns));

test('a budget of hits per period, the period starting at its first hit', () => {
  const t = new Throttle({ periodNs: 1000 * 1_000_000, budget: 2 });
  const times = [0n, 1n, 2n, 999n * MS, 1000n * MS, 1001n * MS, 1500n * MS, 2500n * MS].map((ns) => ns + 5n * MS);
  // 5 ms starts a period: two pass; 1004 ms is still in it; 1005 ms starts the next; 2505 ms a third.
  expect(admitted(t, times)).toEqual([5n * MS, 5n * MS + 1n, 1005n * MS, 1006n * MS, 2505n * MS]);
  expect(t.skipped).toBe(3);
});

test('a new period starts at the first hit after the last one ended, not on a fixed grid', () => {
  const t = new Throttle({ periodNs: 100 * 1_000_000, budget: 1 });
  expect(admitted(t, [0n, 150n * MS, 220n * MS, 260n * MS])).toEqual([0n, 150n * MS, 260n * MS]);
});

test('one hit a second lets the first of each burst through', () => {
  const t = new Throttle({ periodNs: 1_000_000_000, budget: 1 });
  const burst = (from: bigint) => Array.from({ length: 10 }, (_, i) => from + BigInt(i) * 1000n);
  expect(admitted(t, [...burst(0n), ...burst(1200n * MS)])).toEqual([0n, 1200n * MS]);
  expect(t.skipped).toBe(18);
});
