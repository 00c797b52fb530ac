// Properties: random typed values survive builder -> reader -> decoder with the shape the
// format doc gives them (the oracle below is written from snapshot-format §2, not from the
// decoder); and damaged capture bytes only ever raise CaptureFormatError.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CaptureFormatError } from '../capture/errors.ts';
import { readCapture } from '../capture/reader.ts';
import { CaptureBuilder, type GoType, ptrTo, type HeapObject } from '../testing/capture-builder.ts';
import { decodeCapture } from './decoder.ts';
import type { CapturedValue } from './snapshot.ts';

type Scalar = 'int' | 'int8' | 'int32' | 'uint16' | 'uint64' | 'bool' | 'float64' | 'string';
type Shape =
  | { kind: Scalar }
  | { kind: 'struct'; fields: Shape[] }
  | { kind: 'array'; elem: Shape; count: number }
  | { kind: 'slice'; elem: Shape }
  | { kind: 'pointer'; elem: Shape }
  | { kind: 'map'; key: 'int' | 'string'; value: Shape; flavor: 'swiss' | 'hmap' };

const SCALARS: Scalar[] = ['int', 'int8', 'int32', 'uint16', 'uint64', 'bool', 'float64', 'string'];

function shapeArb(depth: number): fc.Arbitrary<Shape> {
  const scalar = fc.constantFrom(...SCALARS).map((kind): Shape => ({ kind }));
  if (depth === 0) return scalar;
  const inner = shapeArb(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 4 }).map((fields): Shape => ({ kind: 'struct', fields })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(inner, fc.integer({ min: 0, max: 4 }))
        .map(([elem, count]): Shape => ({ kind: 'array', elem, count })),
    },
    { weight: 1, arbitrary: inner.map((elem): Shape => ({ kind: 'slice', elem })) },
    { weight: 1, arbitrary: inner.map((elem): Shape => ({ kind: 'pointer', elem })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('int' as const, 'string' as const), inner, fc.constantFrom('swiss' as const, 'hmap' as const))
        .map(([key, value, flavor]): Shape => ({ kind: 'map', key, value, flavor })),
    },
  );
}

const text = fc.string({ unit: 'grapheme', maxLength: 12 });

function scalarArb(kind: Scalar): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'int':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'int8':
      return fc.integer({ min: -128, max: 127 });
    case 'int32':
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'uint16':
      return fc.integer({ min: 0, max: 65535 });
    case 'uint64':
      return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    case 'bool':
      return fc.boolean();
    case 'float64':
      // Binary fractions print the same in Go and in plain JS, so the oracle can use String().
      return fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map((n) => n / 16);
    case 'string':
      return text;
  }
}

function valueArb(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'struct':
      return fc.tuple(...shape.fields.map(valueArb)).map((vs) => Object.fromEntries(vs.map((v, i) => [`f${i}`, v])));
    case 'array':
      return fc.array(valueArb(shape.elem), { minLength: shape.count, maxLength: shape.count });
    case 'slice':
      return fc.option(fc.array(valueArb(shape.elem), { maxLength: 5 }), { nil: null });
    case 'pointer':
      return fc.option(valueArb(shape.elem).map((v) => ptrTo(v)), { nil: null });
    case 'map': {
      const keys = shape.key === 'int' ? fc.uniqueArray(fc.integer(), { maxLength: 5 }) : fc.uniqueArray(text, { maxLength: 5 });
      const entries = keys.chain((ks) =>
        fc.tuple(...ks.map(() => valueArb(shape.value))).map((vs) => new Map(ks.map((k, i) => [k, vs[i]]))),
      );
      return fc.option(entries, { nil: null });
    }
    default:
      return scalarArb(shape.kind);
  }
}

let structs = 0;

function goType(b: CaptureBuilder, shape: Shape): GoType {
  const T = b.types;
  switch (shape.kind) {
    case 'struct':
      return T.struct(`main.S${structs++}`, shape.fields.map((f, i) => [`f${i}`, goType(b, f)]));
    case 'array':
      return T.array(goType(b, shape.elem), shape.count);
    case 'slice':
      return T.slice(goType(b, shape.elem));
    case 'pointer':
      return T.pointer(goType(b, shape.elem));
    case 'map': {
      const key = shape.key === 'int' ? T.int() : T.string();
      const value = goType(b, shape.value);
      return shape.flavor === 'swiss' ? T.swissMap(key, value) : T.hashMap(key, value);
    }
    default:
      return T.basic(shape.kind);
  }
}

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

const LIMITS = { maxReferenceDepth: 10, maxCollectionSize: 100, maxLength: 10_000 };
const typedValue = shapeArb(3).chain((shape) => valueArb(shape).map((value) => ({ shape, value })));

function build(shape: Shape, value: unknown): { bytes: Uint8Array; type: GoType } {
  const b = new CaptureBuilder();
  const type = goType(b, shape);
  b.entry(b.probe({ id: 'f', args: [['x', type]], capture: LIMITS, maxEventBytes: 1 << 22 }), { x: value });
  return { bytes: b.build(), type };
}

describe('properties', () => {
  test('typed values round-trip through builder, reader and decoder', () => {
    fc.assert(
      fc.property(typedValue, ({ shape, value }) => {
        const { bytes, type } = build(shape, value);
        // The structural metadata check only: the JSON schema has its own tests.
        const capture = readCapture(bytes, 'prop.cap', { validateMeta: () => undefined });
        const x = decodeCapture(capture)[0]?.debugger.snapshot.captures?.entry?.arguments.x;
        expect(withSortedEntries(x as CapturedValue)).toEqual(expected(shape, type, value));
      }),
      { numRuns: 300 },
    );
  });

  test('truncated or corrupted bytes raise CaptureFormatError or decode, nothing else', () => {
    const damage = fc.record({
      cut: fc.option(fc.nat(), { nil: undefined }),
      eventsOnly: fc.boolean(),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(typedValue, damage, ({ shape, value }, { cut, eventsOnly, flips }) => {
        let bytes = build(shape, value).bytes;
        const eventsAt = 16 + new DataView(bytes.buffer).getUint32(12, true);
        for (const [at, byte] of flips) {
          const index = eventsOnly ? eventsAt + (at % Math.max(1, bytes.length - eventsAt)) : at % bytes.length;
          if (index < bytes.length) bytes[index] = byte;
        }
        if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
        try {
          decodeCapture(readCapture(bytes, 'damaged.cap'));
        } catch (e) {
          if (!(e instanceof CaptureFormatError)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });
});
