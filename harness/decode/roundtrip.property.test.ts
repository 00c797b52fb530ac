// Properties: random typed values survive builder -> reader -> decoder with the shape the
// format doc gives them (the oracle below is written from snapshot-format §2, not from the
// decoder); and damaged capture bytes only ever raise CaptureFormatError.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import { buildTypedCapture, fuzzCaptures, type GoType, type HeapObject, type Shape, typedValue } from '../testing/index.ts';
import { decodeCapture } from './decoder.ts';
import type { CapturedValue } from './snapshot.ts';

const ADDRESS = expect.stringMatching(/^0x[0-9a-f]+$/);

/** What snapshot-format §2 says a value of this shape looks like (keys after `type`). */
function expectedKeys(shape: Shape, t: GoType, v: unknown): CapturedValue {
  switch (shape.kind) {
    case 'bool':
      return { value: v ? 'true' : 'false' };
    case 'string':
      return { value: v as string };
    case 'struct':
      return {
        fields: Object.fromEntries(
          shape.fields.map((f, i) => [`f${i}`, expected(f, (t.fields[i] as { type: GoType }).type, (v as any)[`f${i}`])]),
        ),
      };
    case 'array':
      return { size: String(shape.count), elements: (v as unknown[]).map((e) => expected(shape.elem, t.elem as GoType, e)) };
    case 'slice':
      if (v === null) return { isNull: true };
      return {
        size: String((v as unknown[]).length),
        elements: (v as unknown[]).map((e) => expected(shape.elem, t.elem as GoType, e)),
      };
    case 'pointer':
      if (v === null) return { isNull: true };
      return {
        ...(shape.elem.kind === 'pointer' ? {} : { address: ADDRESS }),
        ...expectedKeys(shape.elem, t.elem as GoType, (v as HeapObject).value),
      };
    case 'map': {
      if (v === null) return { isNull: true };
      const entries = [...(v as Map<unknown, unknown>)].map(
        ([k, e]): [CapturedValue, CapturedValue] => [
          expected({ kind: shape.key }, t.key as GoType, k),
          expected(shape.value, t.value as GoType, e),
        ],
      );
      return { size: String(entries.length), entries: sortEntries(entries) };
    }
    default:
      return { value: String(v) };
  }
}

function expected(shape: Shape, t: GoType, v: unknown): CapturedValue {
  return { type: t.name, ...expectedKeys(shape, t, v) };
}

function sortEntries(entries: [CapturedValue, CapturedValue][]): [CapturedValue, CapturedValue][] {
  return [...entries].sort(([a], [b]) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/** Go map order is the memory layout's: sort entries at every level before comparing. */
function withSortedEntries(v: CapturedValue): CapturedValue {
  const out: CapturedValue = { ...v };
  if (v.fields) out.fields = Object.fromEntries(Object.entries(v.fields).map(([k, f]) => [k, withSortedEntries(f)]));
  if (v.elements) out.elements = v.elements.map(withSortedEntries);
  if (v.entries) out.entries = sortEntries(v.entries.map(([k, e]) => [withSortedEntries(k), withSortedEntries(e)]));
  return out;
}


describe('properties', () => {
  test('typed values round-trip through builder, reader and decoder', () => {
    fc.assert(
      fc.property(typedValue, ({ shape, value }) => {
        const { bytes, type } = buildTypedCapture(shape, value);
        // The structural metadata check only: the JSON schema has its own tests.
        const capture = readCapture(bytes, 'prop.cap', { validateMeta: () => undefined });
        const x = decodeCapture(capture)[0]?.debugger.snapshot.captures?.entry?.arguments.x;
        expect(withSortedEntries(x as CapturedValue)).toEqual(expected(shape, type, value));
      }),
      { numRuns: 300 },
    );
  });

  test('truncated or corrupted bytes raise CaptureFormatError or decode to schema-valid snapshots, nothing else', () => {
    const result = fuzzCaptures(500);
    expect(result.failure).toBeUndefined();
  });
});
