// Golden comparison: canonical deep equality (key order ignored) and the JSON Pointers that differ.

import { isDeepStrictEqual } from 'node:util';
import { canonicalJson, isJsonObject, type JsonArray, type JsonValue, pointerSegment } from '../common/index.ts';

export interface JsonChange {
  readonly kind: 'added' | 'removed' | 'changed';
  /** JSON Pointer into the actual value (into the expected one for `removed`). */
  readonly pointer: string;
}

export interface GoldenComparison {
  readonly equal: boolean;
  /** In document order; empty when equal. */
  readonly changes: readonly JsonChange[];
}

/**
 * A golden and an actual output compared. Two arrays of snapshots (hits) are aligned hit by hit
 * first, as the diff shows them: one extra hit is one added hit, not every later hit changed.
 */
export function compareGolden(expected: JsonValue, actual: JsonValue): GoldenComparison {
  if (isDeepStrictEqual(expected, actual)) return { equal: true, changes: [] };
  const changes: JsonChange[] = [];
  if (Array.isArray(expected) && Array.isArray(actual)) alignHits(expected, actual, changes);
  else collectChanges(expected, actual, '', changes);
  return { equal: false, changes };
}

/**
 * The longest run of equal hits in order (LCS on their canonical text) anchors the alignment;
 * between two anchors, the hits left over are paired in order (changed inside), and the
 * remainder is added (actual) or removed (golden).
 */
function alignHits(expected: JsonArray, actual: JsonArray, out: JsonChange[]): void {
  const a = expected.map((hit) => canonicalJson(hit));
  const b = actual.map((hit) => canonicalJson(hit));
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  const gapExpected: number[] = [];
  const gapActual: number[] = [];
  const flushGap = () => {
    const paired = Math.min(gapExpected.length, gapActual.length);
    for (let k = 0; k < paired; k++) {
      collectChanges(expected[gapExpected[k]!] as JsonValue, actual[gapActual[k]!] as JsonValue, `/${gapActual[k]}`, out);
    }
    for (const k of gapActual.slice(paired)) out.push({ kind: 'added', pointer: `/${k}` });
    for (const k of gapExpected.slice(paired)) out.push({ kind: 'removed', pointer: `/${k}` });
    gapExpected.length = 0;
    gapActual.length = 0;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flushGap();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      gapActual.push(j++);
    } else {
      gapExpected.push(i++);
    }
  }
  flushGap();
}

function collectChanges(expected: JsonValue, actual: JsonValue, pointer: string, out: JsonChange[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let index = 0; index < length; index++) {
      diffMember(index in expected, index in actual, expected[index], actual[index], `${pointer}/${index}`, out);
    }
  } else if (isJsonObject(expected) && isJsonObject(actual)) {
    const keys = [...Object.keys(actual), ...Object.keys(expected).filter((key) => !(key in actual))];
    for (const key of keys) {
      diffMember(key in expected, key in actual, expected[key], actual[key], `${pointer}/${pointerSegment(key)}`, out);
    }
  } else if (!isDeepStrictEqual(expected, actual)) {
    out.push({ kind: 'changed', pointer });
  }
}

function diffMember(
  inExpected: boolean,
  inActual: boolean,
  expected: JsonValue | undefined,
  actual: JsonValue | undefined,
  pointer: string,
  out: JsonChange[],
): void {
  if (!inExpected) out.push({ kind: 'added', pointer });
  else if (!inActual) out.push({ kind: 'removed', pointer });
  else collectChanges(expected as JsonValue, actual as JsonValue, pointer, out);
}
