// One test (at least) per row of the value table of snapshot-format §2; expected JSON is
// written out from the format doc. Values are built with the capture builder.
import { describe, expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import { CaptureBuilder, type CaptureLimitsSpec, complex, type GoType, iface, mapOf, type MapOptions, ptrTo, sliceOf } from '../testing/index.ts';
import { decodeCapture } from './decoder.ts';
import type { CapturedValue } from './snapshot.ts';

/** The decoded argument `x` of one entry event, the value built by `setup`. */
function decodeArg(
  setup: (b: CaptureBuilder) => { type: GoType; value: unknown },
  capture: CaptureLimitsSpec = {},
): CapturedValue {
  const b = new CaptureBuilder();
  const { type, value } = setup(b);
  b.entry(b.probe({ id: 'f', args: [['x', type]], capture }), { x: value });
  const [snapshot] = decodeCapture(readCapture(b.build(), 'values.cap'));
  return snapshot?.debugger.snapshot.captures?.entry?.arguments.x as CapturedValue;
}

/** Map entries in key order (Go map order is the layout's, not insertion order). */
function sortedEntries(v: CapturedValue): CapturedValue {
  const entries = [...(v.entries ?? [])].sort((a, b) =>
    String(a[0].value).localeCompare(String(b[0].value), 'en', { numeric: true }),
  );
  return { ...v, entries };
}

const int = (n: number): CapturedValue => ({ type: 'int', value: String(n) });
const string = (s: string): CapturedValue => ({ type: 'string', value: s });

describe('scalars', () => {
  test.each([
    ['bool', true, 'true'],
    ['bool', false, 'false'],
    ['int', -42, '-42'],
    ['int8', -128, '-128'],
    ['int16', 32767, '32767'],
    ['int32', -2147483648, '-2147483648'],
    ['int64', -9223372036854775808n, '-9223372036854775808'],
    ['uint', 18446744073709551615n, '18446744073709551615'],
    ['uint8', 255, '255'],
    ['uint16', 65535, '65535'],
    ['uint32', 4294967295, '4294967295'],
    ['uint64', 9007199254740993n, '9007199254740993'],
    ['uintptr', 0xc000123456, '0xc000123456'],
    ['float32', 0.1, '0.10000000149011612'],
    ['float64', 1e21, '1000000000000000000000'],
    ['float64', -1.5e-7, '-0.00000015'],
    ['complex64', complex(1, -2.5), '(1-2.5i)'],
    ['complex128', complex(0.1, 1e21), '(0.1+1000000000000000000000i)'],
  ] as const)('%s %s', (kind, value, text) => {
    expect(decodeArg((b) => ({ type: b.types.basic(kind), value }))).toEqual({ type: kind, value: text });
  });

  test('a named type shows its own name', () => {
    expect(decodeArg((b) => ({ type: b.types.basic('int', 'main.Celsius'), value: 21 }))).toEqual({
      type: 'main.Celsius',
      value: '21',
    });
  });
});

describe('strings', () => {
  test.each(['', 'hello', 'héllo, 世界 🌍', 'x'.repeat(255)])('%j', (text) => {
    expect(decodeArg((b) => ({ type: b.types.string(), value: text }))).toEqual(string(text));
  });

  test('longer than maxLength: the prefix, truncated, and the full size in bytes', () => {
    const x = decodeArg((b) => ({ type: b.types.string(), value: 'abcdefgh' }), { maxLength: 3 });
    expect(x).toEqual({ type: 'string', size: '8', truncated: true, value: 'abc' });
    expect(Object.keys(x)).toEqual(['type', 'size', 'truncated', 'value']);
  });
});

describe('pointers', () => {
  test('nil', () => {
    expect(decodeArg((b) => ({ type: b.types.pointer(b.types.int()), value: null }))).toEqual({
      type: '*int',
      isNull: true,
    });
  });

  test("the address, then the pointee's keys in the same object", () => {
    const b = new CaptureBuilder();
    const target = ptrTo(7);
    b.entry(b.probe({ id: 'f', args: [['p', b.types.pointer(b.types.int())]] }), { p: target });
    const p = decodeCapture(readCapture(b.build(), 'values.cap'))[0]?.debugger.snapshot.captures?.entry?.arguments.p;
    expect(p).toEqual({ type: '*int', address: b.addressOf(target), value: '7' });
    expect(Object.keys(p ?? {})).toEqual(['type', 'address', 'value']);
  });

  test('a pointer to a struct carries its fields', () => {
    const b = new CaptureBuilder();
    const point = b.types.struct('main.point', [
      ['x', b.types.int()],
      ['y', b.types.int()],
    ]);
    const target = ptrTo({ x: 1, y: 2 });
    b.entry(b.probe({ id: 'f', args: [['p', b.types.pointer(point)]] }), { p: target });
    const [snapshot] = decodeCapture(readCapture(b.build(), 'values.cap'));
    expect(snapshot?.debugger.snapshot.captures?.entry?.arguments.p).toEqual({
      type: '*main.point',
      address: b.addressOf(target),
      fields: { x: int(1), y: int(2) },
    });
  });

  test('in a chain like **int only the last pointer shows its address', () => {
    const b = new CaptureBuilder();
    const inner = ptrTo(5);
    const pp = b.types.pointer(b.types.pointer(b.types.int()));
    b.entry(b.probe({ id: 'f', args: [['pp', pp]] }), { pp: ptrTo(inner) });
    const [snapshot] = decodeCapture(readCapture(b.build(), 'values.cap'));
    expect(snapshot?.debugger.snapshot.captures?.entry?.arguments.pp).toEqual({
      type: '**int',
      address: b.addressOf(inner),
      value: '5',
    });
  });

  test('unsafe.Pointer: the address only', () => {
    expect(decodeArg((b) => ({ type: b.types.unsafePointer(), value: 0xc000001234 }))).toEqual({
      type: 'unsafe.Pointer',
      address: '0xc000001234',
    });
  });
});

describe('structs and arrays', () => {
  test('struct fields in declaration order, nested', () => {
    const x = decodeArg((b) => {
      const inner = b.types.struct('main.inner', [['s', b.types.string()]]);
      const outer = b.types.struct('main.outer', [
        ['z', b.types.int8()],
        ['a', b.types.string()],
        ['in', inner],
        ['m', b.types.bool()],
      ]);
      return { type: outer, value: { m: true, a: 'A', z: -1, in: { s: 'deep' } } };
    });
    expect(x).toEqual({
      type: 'main.outer',
      fields: {
        z: { type: 'int8', value: '-1' },
        a: string('A'),
        in: { type: 'main.inner', fields: { s: string('deep') } },
        m: { type: 'bool', value: 'true' },
      },
    });
    expect(Object.keys(x.fields ?? {})).toEqual(['z', 'a', 'in', 'm']);
  });

  test('empty struct', () => {
    expect(decodeArg((b) => ({ type: b.types.struct('main.empty', []), value: {} }))).toEqual({
      type: 'main.empty',
      fields: {},
    });
  });

  test('array: size, then elements', () => {
    const x = decodeArg((b) => ({ type: b.types.array(b.types.int(), 3), value: [11, 12, 13] }));
    expect(x).toEqual({ type: '[3]int', size: '3', elements: [int(11), int(12), int(13)] });
    expect(Object.keys(x)).toEqual(['type', 'size', 'elements']);
  });

  test('array of zero-size elements', () => {
    expect(decodeArg((b) => ({ type: b.types.array(b.types.struct('main.e', []), 2), value: [{}, {}] }))).toEqual({
      type: '[2]main.e',
      size: '2',
      elements: [
        { type: 'main.e', fields: {} },
        { type: 'main.e', fields: {} },
      ],
    });
  });
});

describe('slices', () => {
  test('nil', () => {
    expect(decodeArg((b) => ({ type: b.types.slice(b.types.uint16()), value: null }))).toEqual({
      type: '[]uint16',
      isNull: true,
    });
  });

  test('empty', () => {
    expect(decodeArg((b) => ({ type: b.types.slice(b.types.uint()), value: [] }))).toEqual({
      type: '[]uint',
      size: '0',
      elements: [],
    });
  });

  test('size is the length, not the capacity', () => {
    expect(decodeArg((b) => ({ type: b.types.slice(b.types.string()), value: sliceOf(['a', 'b'], { cap: 8 }) }))).toEqual(
      { type: '[]string', size: '2', elements: [string('a'), string('b')] },
    );
  });

  test('slice of slices', () => {
    const x = decodeArg((b) => ({ type: b.types.slice(b.types.slice(b.types.int())), value: [[4], [5, 6]] }));
    expect(x).toEqual({
      type: '[][]int',
      size: '2',
      elements: [
        { type: '[]int', size: '1', elements: [int(4)] },
        { type: '[]int', size: '2', elements: [int(5), int(6)] },
      ],
    });
  });
});

describe('maps', () => {
  const entries = (n: number): [string, number][] => Array.from({ length: n }, (_, i) => [`k${i}`, i]);
  const expected = (n: number): CapturedValue => ({
    type: 'map[string]int',
    size: String(n),
    entries: entries(n).map(([k, v]) => [string(k), int(v)]),
  });
  const swiss = (n: number, options: MapOptions = {}) =>
    decodeArg((b) => ({ type: b.types.swissMap(b.types.string(), b.types.int()), value: mapOf(entries(n), options) }));
  const hmap = (n: number, options: MapOptions = {}) =>
    decodeArg((b) => ({ type: b.types.hashMap(b.types.string(), b.types.int()), value: mapOf(entries(n), options) }));

  test('nil', () => {
    expect(decodeArg((b) => ({ type: b.types.swissMap(b.types.int(), b.types.int()), value: null }))).toEqual({
      type: 'map[int]int',
      isNull: true,
    });
  });

  test('empty', () => {
    expect(swiss(0)).toEqual({ type: 'map[string]int', size: '0', entries: [] });
    expect(hmap(0)).toEqual({ type: 'map[string]int', size: '0', entries: [] });
  });

  test('swiss, small: one group, dirLen 0', () => {
    const x = swiss(5, { tombstones: 2 });
    expect(Object.keys(x)).toEqual(['type', 'size', 'entries']);
    expect(sortedEntries(x)).toEqual(expected(5));
  });

  test('swiss, with a directory of tables spanning several slots', () => {
    expect(sortedEntries(swiss(60, { tables: 3, directoryLength: 12 }))).toEqual(expected(60));
  });

  test('hmap with overflow buckets', () => {
    expect(sortedEntries(hmap(30, { B: 2, bucketFill: 3 }))).toEqual(expected(30));
  });

  test('hmap while growing: old buckets not yet evacuated, evacuated ones skipped', () => {
    expect(sortedEntries(hmap(20, { B: 3, growingOld: 2 }))).toEqual(expected(20));
  });

  test.each(['swiss', 'hmap'] as const)('%s with keys and values stored out of line (over 128 bytes)', (flavor) => {
    const x = decodeArg((b) => {
      const key = b.types.array(b.types.int(), 17);
      const value = b.types.struct('main.big', [
        ['id', b.types.int()],
        ['pad', b.types.array(b.types.uint8(), 128)],
      ]);
      const type = flavor === 'swiss' ? b.types.swissMap(key, value) : b.types.hashMap(key, value);
      return { type, value: new Map([[Array(17).fill(3), { id: 9 }]]) };
    }, { maxCollectionSize: 2 });
    const key = x.entries?.[0]?.[0];
    const value = x.entries?.[0]?.[1];
    expect([x.type, x.size, x.entries?.length]).toEqual(['map[[17]int]main.big', '1', 1]);
    expect(key).toEqual({ type: '[17]int', size: '17', elements: [int(3), int(3)], notCapturedReason: 'collectionSize' });
    expect(value?.type).toBe('main.big');
    expect(value?.fields?.id).toEqual(int(9));
  });
});

describe('interfaces', () => {
  test('nil', () => {
    expect(decodeArg((b) => ({ type: b.types.iface(), value: null }))).toEqual({ type: 'interface {}', isNull: true });
  });

  test('any holding a boxed value', () => {
    expect(decodeArg((b) => ({ type: b.types.iface(), value: iface(b.types.int(), 42) }))).toEqual({
      type: 'interface {}',
      fields: { data: int(42) },
    });
  });

  test('any holding a pointer: stored in the data word, shown with its address', () => {
    const b = new CaptureBuilder();
    const behavior = b.types.struct('main.firstBehavior', [['s', b.types.string()]]);
    const target = ptrTo({ s: 'foo' });
    b.entry(b.probe({ id: 'f', args: [['a', b.types.iface()]] }), { a: iface(b.types.pointer(behavior), target) });
    const [snapshot] = decodeCapture(readCapture(b.build(), 'values.cap'));
    expect(snapshot?.debugger.snapshot.captures?.entry?.arguments.a).toEqual({
      type: 'interface {}',
      fields: { data: { type: '*main.firstBehavior', address: b.addressOf(target), fields: { s: string('foo') } } },
    });
  });

  test('an interface with methods, through its itab', () => {
    const x = decodeArg((b) => {
      const behavior = b.types.struct('main.secondBehavior', [['i', b.types.int()]]);
      return { type: b.types.iface('main.behavior'), value: iface(behavior, { i: 42 }) };
    });
    expect(x).toEqual({ type: 'main.behavior', fields: { data: { type: 'main.secondBehavior', fields: { i: int(42) } } } });
  });

  test('a nil pointer inside a non-nil interface', () => {
    const x = decodeArg((b) => {
      const behavior = b.types.struct('main.secondBehavior', [['i', b.types.int()]]);
      return { type: b.types.iface('error', false), value: iface(b.types.pointer(behavior), null) };
    });
    expect(x).toEqual({ type: 'error', fields: { data: { type: '*main.secondBehavior', isNull: true } } });
  });

  test('a struct whose only field is a pointer is stored in the data word', () => {
    const x = decodeArg((b) => {
      const wrapper = b.types.struct('main.wrapper', [['p', b.types.pointer(b.types.int())]]);
      return { type: b.types.iface(), value: iface(wrapper, { p: ptrTo(3) }) };
    });
    expect(x.fields?.data).toEqual({
      type: 'main.wrapper',
      fields: { p: { type: '*int', address: expect.stringMatching(/^0x/), value: '3' } },
    });
  });

  test('a map is stored in the data word', () => {
    const x = decodeArg((b) => ({
      type: b.types.iface(),
      value: iface(b.types.swissMap(b.types.string(), b.types.int()), new Map([['a', 1]])),
    }));
    expect(x.fields?.data).toEqual({ type: 'map[string]int', size: '1', entries: [[string('a'), int(1)]] });
  });
});

describe('chan and func', () => {
  test.each(['chan', 'func'] as const)('%s is not implemented', (kind) => {
    const x = decodeArg((b) => ({ type: b.types[kind](kind === 'chan' ? 'chan bool' : 'func(int) int'), value: 0xc0001 }));
    expect(x).toEqual({
      type: kind === 'chan' ? 'chan bool' : 'func(int) int',
      notCapturedReason: 'unimplemented',
    });
  });
});
