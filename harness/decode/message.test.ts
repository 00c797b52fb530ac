// The log message (snapshot-format §5): templates rendered from captured values; expected texts
// follow the table of the doc and the Go agent's messages in the conformance corpus.
import { describe, expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import {
  CaptureBuilder,
  type GoType,
  iface,
  mapOf,
  noLocation,
  type ProbeSpec,
  ptrTo,
  sliceOf,
  str,
} from '../testing/index.ts';
import { decodeCapture } from './decoder.ts';
import { parseTemplate } from './message.ts';
import type { Snapshot } from './snapshot.ts';

/** The snapshot of one call of a probe with `template` over the given arguments. */
function render(
  b: CaptureBuilder,
  template: string | Pick<ProbeSpec, 'template' | 'segments'>,
  args: [string, GoType, unknown][],
  options: {
    results?: [string, GoType, unknown][];
    durationNs?: bigint;
    captureReturn?: boolean;
    maxLength?: number;
    maxReferenceDepth?: number;
  } = {},
): Snapshot {
  const probe = b.probe({
    id: 'f',
    ...(typeof template === 'string' ? { template } : template),
    args: args.map(([name, type]) => [name, type]),
    results: options.results?.map(([name, type]) => [name, type]),
    captureReturn: options.captureReturn,
    capture: { maxLength: options.maxLength, maxReferenceDepth: options.maxReferenceDepth },
  });
  const values = Object.fromEntries(args.map(([name, , value]) => [name, value]));
  if (options.results) {
    const results = Object.fromEntries(options.results.map(([name, , value]) => [name, value]));
    b.call(probe, values, results, { durationNs: options.durationNs });
  } else {
    b.entry(probe, values);
  }
  return decodeCapture(readCapture(b.build(), 'message.cap'))[0] as Snapshot;
}

const message = (...args: Parameters<typeof render>) => render(...args).message;

/** main.node of the agent's sample program: `{val int; b *node}`. */
function nodeType(b: CaptureBuilder): GoType {
  const node = b.types.struct('main.node');
  return node.define([
    ['val', b.types.int()],
    ['b', b.types.pointer(node)],
  ]);
}

describe('parseTemplate', () => {
  test('literal text and {expressions}, field paths as getmember', () => {
    expect(parseTemplate('a={a} n={x.nested.s}{@duration}!')).toEqual([
      { str: 'a=' },
      { dsl: 'a', json: { ref: 'a' } },
      { str: ' n=' },
      { dsl: 'x.nested.s', json: { getmember: [{ getmember: [{ ref: 'x' }, 'nested'] }, 's'] } },
      { dsl: '@duration', json: { ref: '@duration' } },
      { str: '!' },
    ]);
  });
});

describe('values', () => {
  test('bools, numbers and strings bare (the agent\'s testMultipleSimpleParams)', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{a}, {b}, {c}, {d}, {e}', [
      ['a', T.bool(), false],
      ['b', T.uint8(), 42],
      ['c', T.int32(), 122],
      ['d', T.uint(), 1337],
      ['e', T.string(), 'xyz'],
    ]);
    expect(text).toBe('false, 42, 122, 1337, xyz');
  });

  test('a truncated string ends with ...', () => {
    const b = new CaptureBuilder();
    expect(message(b, '{s}', [['s', b.types.string(), 'abcdefgh']], { maxLength: 5 })).toBe('abcde...');
  });

  test('arrays and slices: at most 3 items, nested', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{a} {s} {n} {e} {z}', [
      ['a', T.array(T.int(), 5), [1, 2, 3, 4, 5]],
      ['s', T.slice(T.slice(T.uint())), [[4], [5, 6], [7, 8, 9]]],
      ['n', T.slice(T.int()), null],
      ['e', T.slice(T.int()), []],
      ['z', T.array(T.int(), 3), [11, 12, 13]],
    ]);
    expect(text).toBe('[1, 2, 3, ...] [[4], [5, 6], [7, 8, 9]] [] [] [11, 12, 13]');
  });

  test('maps: map[k: v], at most 3 entries', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const many = new Map(Array.from({ length: 5 }, (_, i) => [`k${i}`, i]));
    const text = message(b, '{one} {many} {nil}', [
      ['one', T.swissMap(T.int(), T.int()), new Map([[1, 1]])],
      ['many', T.swissMap(T.string(), T.int()), many],
      ['nil', T.swissMap(T.int(), T.int()), null],
    ]);
    expect(text).toMatch(/^map\[1: 1\] map\[k\d: \d, k\d: \d, k\d: \d, \.\.\.\] nil$/);
  });

  // types.go structureType.formatValueFields: the sixth field becomes formatEllipsisCommaRB
  // (", ...}") and the loop's end closes the struct once more.
  test('structs: {name: value}, at most 5 fields, then ", ...}}" (the agent\'s testStruct)', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const nested = T.struct('main.nestedStruct', [
      ['anotherInt', T.int()],
      ['anotherString', T.string()],
    ]);
    const aStruct = T.struct('main.aStruct', [
      ['aBool', T.bool()],
      ['aString', T.string()],
      ['aNumber', T.int()],
      ['nested', nested],
    ]);
    const wide = T.struct(
      'main.wide',
      ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [n, T.int()] as [string, GoType]),
    );
    const text = message(b, '{x} {w} {e}', [
      ['x', aStruct, { aBool: true, aString: 'one', aNumber: 2, nested: { anotherInt: 3, anotherString: 'four' } }],
      ['w', wide, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }],
      ['e', T.struct('main.emptyStruct', []), {}],
    ]);
    expect(text).toBe(
      '{aBool: true, aString: one, aNumber: 2, nested: {anotherInt: 3, anotherString: four}} ' +
        '{a: 1, b: 2, c: 3, d: 4, e: 5, ...}} {}',
    );
  });

  test('pointers render their pointee or nil (the agent\'s testLinkedList)', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const node = nodeType(b);
    const text = message(b, '{a} {p} {s}', [
      ['a', node, { val: 1, b: ptrTo({ val: 2, b: ptrTo({ val: 3, b: null }) }) }],
      ['p', T.pointer(T.int()), null],
      ['s', T.pointer(T.string()), ptrTo('abc')],
    ]);
    expect(text).toBe('{val: 1, b: {val: 2, b: {val: 3, b: nil}}} nil abc');
  });

  test('unsafe.Pointer renders its address; chan is {chan}', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{u} {c}', [
      ['u', T.unsafePointer(), 0xc000001234],
      ['c', T.chan('chan bool'), 0xc000002000],
    ]);
    expect(text).toBe('0xc000001234 {chan}');
  });

  test('interfaces render their dynamic value (the agent\'s testInterface)', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const first = T.struct('main.firstBehavior', [['s', T.string()]]);
    const behavior = T.iface('main.behavior', false);
    const text = message(b, '{v} {p} {nilPtr} {nil}', [
      ['v', behavior, iface(first, { s: 'foo' })],
      ['p', behavior, iface(T.pointer(first), ptrTo({ s: 'bar' }))],
      ['nilPtr', behavior, iface(T.pointer(first), null)],
      ['nil', behavior, null],
    ]);
    expect(text).toBe('{s: foo} {s: bar} nil nil');
  });

  // marshal.go processJSONSegment: an expression the probe could not evaluate is formatUnavailable.
  test('a root with no location is {unavailable}', () => {
    const b = new CaptureBuilder();
    expect(message(b, '{x}', [['x', b.types.float64(), noLocation]])).toBe('{unavailable}');
  });
});

// Each test names the agent's rule it checks: pkg/dyninst/decode/types.go (formatValueFields of
// each type, formatPointer, writeBoundedError) and marshal.go (messageData).
describe("the agent's texts for what is missing", () => {
  test('formatPointer: a pointee not captured shows the address the pointer held', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    let deep = T.int();
    for (let i = 0; i < 5; i++) deep = T.pointer(deep);
    const cut = ptrTo(ptrTo(17));
    const text = message(b, '{ptr}', [['ptr', deep, ptrTo(ptrTo(ptrTo(cut)))]], { maxReferenceDepth: 3 });
    expect(text).toBe(`{pointer: not captured at ${b.addressOf(cut)}}`);
  });

  test('formatPointer: a pointee whose read failed says so, with its address', () => {
    const b = new CaptureBuilder();
    const target = ptrTo(7, { fault: true });
    const text = message(b, '{p}', [['p', b.types.pointer(b.types.int()), target]]);
    expect(text).toBe(`{pointer: read failed at ${b.addressOf(target)}}`);
  });

  test('formatPointer: a pointer back to an object being written is {cycle}', () => {
    const b = new CaptureBuilder();
    const node = nodeType(b);
    const loop = b.object(node);
    loop.value = { val: 1, b: loop };
    expect(message(b, '{p}', [['p', b.types.pointer(node), loop]])).toBe('{val: 1, b: {cycle}}');
  });

  test('formatNil, formatEmptySlice: nil of each kind', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{p} {s} {ps} {m} {a} {e} {c} {f} {pc}', [
      ['p', T.pointer(T.int()), null],
      ['s', T.slice(T.int()), null],
      ['ps', T.pointer(T.slice(T.int())), ptrTo(null)],
      ['m', T.swissMap(T.int(), T.int()), null],
      ['a', T.iface(), null],
      ['e', T.iface('error', false), null],
      ['c', T.chan('chan int'), 0],
      ['f', T.func('func()'), 0],
      ['pc', T.pointer(T.chan('chan int')), ptrTo(0)],
    ]);
    expect(text).toBe('nil [] [] nil nil nil {chan} {func} {chan}');
  });

  test('goMapType: a map header not captured is a pointer not captured', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const m = mapOf([[1, 1]]);
    const box = T.struct('main.box', [['m', T.swissMap(T.int(), T.int())]]);
    const target = ptrTo({ m });
    const text = message(b, '{p}', [['p', T.pointer(box), target]], { maxReferenceDepth: 1 });
    expect(text).toMatch(/^\{m: \{pointer: not captured at 0x[0-9a-f]+\}\}$/);
  });

  test("goSwissMapHeaderType: a small map's group or a large map's tables not captured", () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const type = T.swissMap(T.int(), T.int());
    const text = message(b, '{small} {read} {large}', [
      ['small', type, mapOf([[1, 1]], { internals: { omit: true } })],
      ['read', type, mapOf([[1, 1]], { internals: { fault: true } })],
      ['large', type, mapOf([[1, 1], [2, 2]], { tables: 2, internals: { omit: true } })],
    ]);
    expect(text).toBe(
      'map[{swiss map: failed to capture group}, ...] map[{swiss map: failed to read group}, ...] ' +
        'map[{swiss map: failed to capture tables}, ...]',
    );
  });

  test('formatMapEntries: map[] when empty; a value whose key names a secret is {redacted}', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{e} {m}', [
      ['e', T.swissMap(T.int(), T.int()), new Map()],
      ['m', T.swissMap(T.string(), T.string()), new Map([['password', 'hunter2']])],
    ]);
    expect(text).toBe('map[] map[password: {redacted}]');
  });

  test('goSliceHeaderType: backing array not captured, read failed, or captured in part', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const ints = T.slice(T.int());
    const text = message(b, '{gone} | {fault} | {part}', [
      ['gone', ints, sliceOf([1, 2, 3], { omit: true })],
      ['fault', ints, sliceOf([1, 2, 3], { fault: true })],
      ['part', ints, sliceOf([1, 2, 3, 4, 5], { readBytes: 16 })],
    ]);
    expect(text).toBe('{failed to capture slice: 3 elements} | {failed to capture slice data: read failed} | [1, 2, ..., ...]');
  });

  test('goStringHeaderType: string bytes not captured or unreadable', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{gone} {fault}', [
      ['gone', T.string(), str('abc', { omit: true })],
      ['fault', T.string(), str('abc', { fault: true })],
    ]);
    expect(text).toBe('{string: failed to capture string data} {string: failed to capture string data}');
  });

  test('formatInterface: a boxed value not captured, a dynamic type unknown', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const hidden = T.undescribed('main.hidden', 'struct');
    const text = message(
      b,
      '{a} {u}',
      [
        ['a', T.iface(), iface(T.int(), 5)],
        ['u', T.iface(), iface(hidden, {})],
      ],
      { maxReferenceDepth: 0 },
    );
    expect(text).toMatch(/^\{pointer: not captured at 0x[0-9a-f]+\} \{interface: unknown type main\.hidden\}$/);
  });

  test('structureType: a redacted field is {redacted}; marshal.go: so is a redacted argument', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const login = T.struct('main.login', [
      ['user', T.string()],
      ['password', T.string()],
    ]);
    const text = message(b, '{l} {token}', [
      ['l', login, { user: 'ann', password: 'x' }],
      ['token', T.string(), 'y'],
    ]);
    expect(text).toBe('{user: ann, password: {redacted}} {redacted}');
  });
});

describe("the agent's scalars", () => {
  test("baseType: floats as strconv's 'g' shortest (float32 widened first)", () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{a} {b} {c} {d} {e}', [
      ['a', T.float64(), 0.5],
      ['b', T.float64(), 1e6],
      ['c', T.float64(), 0.00001],
      ['d', T.float32(), 1.1],
      ['e', T.float64(), 123456],
    ]);
    expect(text).toBe('0.5 1e+06 1e-05 1.100000023841858 123456');
  });

  test('baseType: kinds its formatter has no case for (uintptr, complex) name the reflect.Kind', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const text = message(b, '{u} {c}', [
      ['u', T.uintptr(), 0x1234],
      ['c', T.complex128(), { re: 1, im: 2 }],
    ]);
    expect(text).toBe('{unsupported kind 12 for type uintptr} {unsupported kind 16 for type complex128}');
  });
});

describe('byte limits (maxLogLineBytes 8192)', () => {
  const filler = (bytes: number) => 'x'.repeat(bytes);

  test('messageData: an expression gets what the line has left; a string cut to it ends with ...', () => {
    const b = new CaptureBuilder();
    const text = message(b, `${filler(8000)}{s}`, [['s', b.types.string(), 'y'.repeat(300)]], { maxLength: 300 });
    expect(text).toBe(`${filler(8000)}${'y'.repeat(189)}...`);
  });

  test("formatLimits: a struct's items count once more, so a struct that would fit is dropped", () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const box = T.struct('main.box', [['s', T.string()]]);
    // 100 bytes left: "{s: " + 60 + "}" is 65, but the 60 count twice and the closing brace no longer fits.
    const text = message(b, `${filler(8092)}{p}`, [['p', box, { s: 'y'.repeat(60) }]]);
    expect(text).toBe(filler(8092));
    const c = new CaptureBuilder();
    const fits = message(c, `${filler(8092)}{s}`, [['s', c.types.string(), 'y'.repeat(60)]]);
    expect(fits).toBe(`${filler(8092)}${'y'.repeat(60)}`);
  });

  test('writeBoundedError: an error is cut so its braces fit', () => {
    const b = new CaptureBuilder();
    const snapshot = render(b, `${filler(8180)}{nope}`, []);
    expect(snapshot.message).toBe(`${filler(8180)}{error: fai}`);
    // An unknown name is refused when the agent builds the probe: no evaluation error.
    expect(snapshot.debugger.snapshot).not.toHaveProperty('evaluationErrors');
  });
});

describe('expressions', () => {
  test('a field path follows pointers', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const nested = T.struct('main.nested', [['anotherString', T.string()]]);
    const outer = T.struct('main.outer', [['nested', T.pointer(nested)]]);
    const x = ptrTo({ nested: ptrTo({ anotherString: 'found' }) });
    const text = message(b, '{x.nested.anotherString}', [['x', T.pointer(outer), x]]);
    expect(text).toBe('found');
  });

  test('segments given as JSON win over the template text', () => {
    const b = new CaptureBuilder();
    const pair = b.types.struct('main.pair', [['a', b.types.int()]]);
    const segments = [{ str: 'a is ' }, { dsl: 'p.a', json: { getmember: [{ ref: 'p' }, 'a'] } }];
    expect(message(b, { template: 'ignored', segments }, [['p', pair, { a: 5 }]])).toBe('a is 5');
  });

  test('@return and @duration (milliseconds, as the agent prints them)', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const snapshot = render(b, 'r={@return} took {@duration}', [['a', int, 1]], {
      results: [['~r0', int, 42]],
      durationNs: 1_500_000n,
    });
    expect(snapshot.message).toBe('r=42 took 1.500000');
    expect(snapshot.debugger.snapshot).not.toHaveProperty('evaluationErrors');
  });

  test('failed expressions: {error: …} each, and an evaluation error unless the agent refuses it when it builds the probe', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const pair = T.struct('main.pair', [['a', T.int()]]);
    const snapshot = render(b, '{nope} {p.a} {v.zzz} {@duration}', [
      ['p', T.pointer(pair), null],
      ['v', pair, { a: 1 }],
    ]);
    // The agent's words: its decoder's "failed to resolve reference/field", "nil pointer dereference".
    expect(snapshot.message).toBe(
      '{error: failed to resolve reference "nope"} {error: nil pointer dereference} {error: failed to resolve field "zzz" of main.pair} ' +
        '{error: @duration is not available}',
    );
    expect(snapshot.debugger.snapshot.evaluationErrors).toEqual([
      { expr: 'p.a', message: 'nil pointer dereference' },
      { expr: 'v.zzz', message: 'failed to resolve field "zzz" of main.pair' },
      { expr: '@duration', message: '@duration is not available' },
    ]);
  });

  test("a return that never came: {@duration} says why, as the agent's newest decoder, and is no error", () => {
    const b = new CaptureBuilder();
    const snapshot = render(b, '{@duration}', [], { captureReturn: true });
    expect(snapshot.message).toBe('@duration is not available: return event not received');
    expect(snapshot.debugger.snapshot).not.toHaveProperty('evaluationErrors');
  });

  test('@duration of a probe that does not capture returns is an error', () => {
    const b = new CaptureBuilder();
    const snapshot = render(b, '{@duration}', [], { captureReturn: false });
    expect(snapshot.message).toBe('{error: @duration is not available}');
    expect(snapshot.debugger.snapshot.evaluationErrors).toEqual([{ expr: '@duration', message: '@duration is not available' }]);
  });

  test('the message is capped at 8 KiB', () => {
    const b = new CaptureBuilder();
    const text = message(b, `${'é'.repeat(5000)}{s}`, [['s', b.types.string(), 'tail']]) as string;
    expect(Buffer.byteLength(text)).toBe(8192);
    expect(text).toBe('é'.repeat(4096));
  });
});
