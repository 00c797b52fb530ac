// Random typed Go values for property tests and the fuzzer: a shape (scalar, struct, array,
// slice, pointer, map), a value of it, and the capture the builder records of one call taking it.
import fc from 'fast-check';
import { CaptureBuilder, type GoType, ptrTo } from './capture-builder.ts';

type Scalar = 'int' | 'int8' | 'int32' | 'uint16' | 'uint64' | 'bool' | 'float64' | 'string';
export type Shape =
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


const LIMITS = { maxReferenceDepth: 10, maxCollectionSize: 100, maxLength: 10_000 };

/** A random shape (three levels deep at most) with a value of it. */
export const typedValue = shapeArb(3).chain((shape) => valueArb(shape).map((value) => ({ shape, value })));

/** The capture of one call of a probe taking `value` as x, and the Go type of x. */
export function buildTypedCapture(shape: Shape, value: unknown): { bytes: Uint8Array; type: GoType } {
  const b = new CaptureBuilder();
  const type = goType(b, shape);
  b.entry(b.probe({ id: 'f', args: [['x', type]], capture: LIMITS, maxEventBytes: 1 << 22 }), { x: value });
  return { bytes: b.build(), type };
}

/** Damage to a capture: a cut, and byte flips (in the events only, or anywhere). */
export const damageArb = fc.record({
  cut: fc.option(fc.nat(), { nil: undefined }),
  eventsOnly: fc.boolean(),
  flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
});

export type Damage = typeof damageArb extends fc.Arbitrary<infer T> ? T : never;

/** `bytes` (a capture) with `damage` done to a copy of them. */
export function damaged(bytes: Uint8Array, damage: Damage): Uint8Array {
  let out = Uint8Array.from(bytes);
  const eventsAt = 16 + new DataView(out.buffer).getUint32(12, true);
  for (const [at, byte] of damage.flips) {
    const index = damage.eventsOnly ? eventsAt + (at % Math.max(1, out.length - eventsAt)) : at % out.length;
    if (index < out.length) out[index] = byte;
  }
  if (damage.cut !== undefined) out = out.subarray(0, damage.cut % (out.length + 1));
  return out;
}
