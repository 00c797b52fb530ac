// Golden comparison: canonical deep equality (key order ignored) and the JSON Pointers that differ.

import { isDeepStrictEqual } from 'node:util';
import { isJsonObject, type JsonValue } from '../normalize/json.ts';
import { pointerSegment } from '../normalize/path-pattern.ts';

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

export function compareGolden(expected: JsonValue, actual: JsonValue): GoldenComparison {
  if (isDeepStrictEqual(expected, actual)) return { equal: true, changes: [] };
  const changes: JsonChange[] = [];
  collectChanges(expected, actual, '', changes);
  return { equal: false, changes };
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
