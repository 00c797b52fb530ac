import { describe, expect, test } from 'vitest';
import type { JsonValue } from '../common/index.ts';
import { compareGolden } from './compare.ts';
import { renderChanges, renderDiff } from './diff.ts';
import { GoldenFormatError, parseGolden, serializeGolden } from './serialize.ts';

describe('compareGolden', () => {
  test('ignores key order', () => {
    expect(compareGolden([{ a: 1, b: { c: 2, d: 3 } }], [{ b: { d: 3, c: 2 }, a: 1 }])).toEqual({ equal: true, changes: [] });
  });

  test('lists added, removed and changed paths as JSON Pointers in document order', () => {
    const expected: JsonValue = [{ a: 1, gone: true, list: [1, 2, 3], 'x/y': 'old' }];
    const actual: JsonValue = [{ a: 2, list: [1, 2], 'x/y': 'new', extra: null }, { second: 1 }];
    expect(compareGolden(expected, actual)).toEqual({
      equal: false,
      changes: [
        { kind: 'changed', pointer: '/0/a' },
        { kind: 'removed', pointer: '/0/list/2' },
        { kind: 'changed', pointer: '/0/x~1y' },
        { kind: 'added', pointer: '/0/extra' },
        { kind: 'removed', pointer: '/0/gone' },
        { kind: 'added', pointer: '/1' },
      ],
    });
  });

  test('a value that changes kind is one change at its path', () => {
    expect(compareGolden([{ v: { type: 'int' } }], [{ v: [1] }]).changes).toEqual([{ kind: 'changed', pointer: '/0/v' }]);
    expect(compareGolden({ v: 1 }, [1]).changes).toEqual([{ kind: 'changed', pointer: '' }]);
  });
});

describe('serializeGolden / parseGolden', () => {
  test('2-space indent, trailing newline, keys in emitted order', () => {
    expect(serializeGolden([{ z: 1, a: ['x'] }])).toBe('[\n  {\n    "z": 1,\n    "a": [\n      "x"\n    ]\n  }\n]\n');
  });

  test('round-trips', () => {
    const value = [{ service: 'sample', n: '[addr#1]', ok: true, none: null }];
    expect(parseGolden(serializeGolden(value), 'f.json')).toEqual(value);
  });

  test.each([
    ['[{', 'golden/p/x.json: not JSON ('],
    ['{}', 'golden/p/x.json: expected a JSON array of snapshots; fix it by hand or rewrite it with `UPDATE_GOLDEN=1 npm test`'],
  ])('names the file and the fix when %s is not a golden', (text, message) => {
    expect(() => parseGolden(text, 'golden/p/x.json')).toThrow(GoldenFormatError);
    expect(() => parseGolden(text, 'golden/p/x.json')).toThrow(message);
  });
});

describe('rendering a mismatch', () => {
  const expected = [{ value: '1', list: Array.from({ length: 40 }, (_, i) => i) }];
  const actual = [{ value: '2', list: Array.from({ length: 40 }, (_, i) => (i === 39 ? 99 : i)) }];

  test('json-diff lines, unchanged runs folded, - golden + actual', () => {
    expect(renderDiff(expected, actual, { color: false, maxLines: 100 }).split('\n')).toEqual([
      ' [',
      '   {',
      '-    value: "1"',
      '+    value: "2"',
      '     list: [',
      '       ... (39 entries)',
      '-      39',
      '+      99',
      '     ]',
      '   }',
      ' ]',
    ]);
  });

  test('capped with a "… N more lines" marker', () => {
    expect(renderDiff(expected, actual, { color: false, maxLines: 4 }).split('\n')).toEqual([
      ' [',
      '   {',
      '-    value: "1"',
      '+    value: "2"',
      '… 7 more lines',
    ]);
  });

  test('red for removed, green for added, grey for unchanged lines when colours are on', () => {
    const lines = renderDiff(expected, actual, { color: true, maxLines: 4 }).split('\n');
    expect(lines[2]).toBe('\x1b[31m-    value: "1"\x1b[39m');
    expect(lines[3]).toBe('\x1b[32m+    value: "2"\x1b[39m');
    expect(lines[0]).toBe('\x1b[90m [\x1b[39m');
  });

  test('changed paths, capped', () => {
    const changes = [
      { kind: 'changed', pointer: '/0/value' },
      { kind: 'added', pointer: '/1' },
      { kind: 'removed', pointer: '/2' },
    ] as const;
    expect(renderChanges(changes, 2)).toBe('  changed /0/value\n  added   /1\n  … and 1 more');
  });
});

describe('hits are aligned as the diff aligns them', () => {
  const hit = (n: number) => ({ captures: { n: String(n) } });

  test('one extra hit is one added hit, not every later hit changed', () => {
    expect(compareGolden([hit(1), hit(2), hit(3)], [hit(0), hit(1), hit(2), hit(3)]).changes).toEqual([{ kind: 'added', pointer: '/0' }]);
    expect(compareGolden([hit(1), hit(2), hit(3)], [hit(1), hit(3)]).changes).toEqual([{ kind: 'removed', pointer: '/1' }]);
  });

  test('a hit that changed between equal ones shows its own paths, at its index in the actual output', () => {
    expect(compareGolden([hit(1), hit(2), hit(3)], [hit(0), hit(1), hit(9), hit(3)]).changes).toEqual([
      { kind: 'added', pointer: '/0' },
      { kind: 'changed', pointer: '/2/captures/n' },
    ]);
  });
});
