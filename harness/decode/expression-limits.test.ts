// A capture expression's own limits cut its value as capturing with those limits would.
import { describe, expect, test } from 'vitest';
import type { TypeKind } from '../capture/index.ts';
import { applyLimits, expressionLimits } from './expression-limits.ts';
import type { CapturedValue } from './snapshot.ts';

const KINDS: Record<string, TypeKind> = { string: 'string', int: 'int', '*main.node': 'pointer', 'main.node': 'struct', '[]int': 'slice', 'map[string]int': 'map', 'main.big': 'struct' };
const kindOf = (type: string): TypeKind | undefined => KINDS[type];
const int = (n: number): CapturedValue => ({ type: 'int', value: String(n) });

describe('capture expression limits', () => {
  test('read from the expression: only the four limits, non-negative integers', () => {
    expect(expressionLimits({ maxLength: 3, maxCollectionSize: -1, other: 2 })).toEqual({ maxLength: 3 });
    expect(expressionLimits({})).toBeUndefined();
    expect(expressionLimits(undefined)).toBeUndefined();
  });

  test('maxLength cuts a string in bytes, never inside a character, and keeps its size', () => {
    expect(applyLimits({ type: 'string', value: 'héllo' }, { maxLength: 2 }, kindOf)).toEqual({ type: 'string', value: 'h', size: '6', truncated: true });
    expect(applyLimits({ type: 'string', value: 'ok' }, { maxLength: 2 }, kindOf)).toEqual({ type: 'string', value: 'ok' });
  });

  test('maxCollectionSize cuts elements and entries; maxFieldCount a struct', () => {
    const slice: CapturedValue = { type: '[]int', size: '3', elements: [int(1), int(2), int(3)] };
    expect(applyLimits(slice, { maxCollectionSize: 2 }, kindOf)).toEqual({ type: '[]int', size: '3', elements: [int(1), int(2)], notCapturedReason: 'collectionSize' });
    const map: CapturedValue = { type: 'map[string]int', size: '2', entries: [[{ type: 'string', value: 'a' }, int(1)], [{ type: 'string', value: 'b' }, int(2)]] };
    expect(applyLimits(map, { maxCollectionSize: 1 }, kindOf).entries).toHaveLength(1);
    const big: CapturedValue = { type: 'main.big', fields: { a: int(1), b: int(2), c: int(3) } };
    expect(applyLimits(big, { maxFieldCount: 2 }, kindOf)).toEqual({ type: 'main.big', fields: { a: int(1), b: int(2) }, notCapturedReason: 'fieldCount' });
  });

  test('maxReferenceDepth: each pointer followed takes a level; a struct field does not', () => {
    const list: CapturedValue = {
      type: '*main.node',
      address: '0x1',
      fields: { v: int(1), next: { type: '*main.node', address: '0x2', fields: { v: int(2), next: { type: '*main.node', isNull: true } } } },
    };
    expect(applyLimits(list, { maxReferenceDepth: 0 }, kindOf)).toEqual({ type: '*main.node', notCapturedReason: 'depth' });
    expect(applyLimits(list, { maxReferenceDepth: 1 }, kindOf)).toEqual({
      type: '*main.node',
      address: '0x1',
      fields: { v: int(1), next: { type: '*main.node', notCapturedReason: 'depth' } },
    });
    expect(applyLimits(list, { maxReferenceDepth: 5 }, kindOf)).toEqual(list);
  });
});
