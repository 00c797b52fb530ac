import { describe, expect, test } from 'vitest';
import { assertRepeatable, NondeterminismError, repeatCount, RepeatSettingError } from './repeatable.ts';
import { snapshot } from '../testing/index.ts';

describe('GOLDEN_REPEAT', () => {
  test.each([
    [undefined, 1],
    ['', 1],
    ['1', 1],
    ['5', 5],
  ])('%j runs each case %i time(s)', (value, count) => {
    expect(repeatCount(value === undefined ? {} : { GOLDEN_REPEAT: value })).toBe(count);
  });

  test.each(['0', '-2', '2.5', 'twice', '03'])('refuses %j, saying what it wants', (value) => {
    expect(() => repeatCount({ GOLDEN_REPEAT: value })).toThrow(RepeatSettingError);
    expect(() => repeatCount({ GOLDEN_REPEAT: value })).toThrow(`GOLDEN_REPEAT=${value} is not a run count: use a whole number from 1 up`);
  });
});

describe('assertRepeatable', () => {
  const run = (sku: string, extra: Record<string, string> = {}) => [snapshot('addItem', { sku, ...extra }), snapshot('checkout', { cart: 'c' })];

  test('passes identical runs, and a single run', () => {
    expect(() => assertRepeatable([run('A'), run('A'), run('A')])).not.toThrow();
    expect(() => assertRepeatable([run('A')])).not.toThrow();
  });

  test('names the first differing run and every differing JSON path', () => {
    let error: unknown;
    try {
      assertRepeatable([run('A'), run('A'), run('B', { qty: '1' }), run('C')], 'shop › addItem');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NondeterminismError);
    const { run: which, runs, changes, message } = error as NondeterminismError;
    expect([which, runs]).toEqual([3, 4]);
    expect(changes).toEqual([
      { kind: 'changed', pointer: '/0/debugger/snapshot/captures/entry/arguments/sku/value' },
      { kind: 'added', pointer: '/0/debugger/snapshot/captures/entry/arguments/qty' },
    ]);
    expect(message.split('\n').slice(0, 3)).toEqual([
      'shop › addItem: run 3 of 4 differs from run 1 at 2 paths:',
      '  changed /0/debugger/snapshot/captures/entry/arguments/sku/value',
      '  added /0/debugger/snapshot/captures/entry/arguments/qty',
    ]);
    expect(message).toContain('harness/normalize/rules.ts');
  });

  test('treats a snapshot more or less as a difference', () => {
    expect(() => assertRepeatable([run('A'), run('A').slice(0, 1)])).toThrow('at 1 path:\n  removed /1');
  });

  test('wants at least one run', () => {
    expect(() => assertRepeatable([])).toThrow(RepeatSettingError);
  });
});
