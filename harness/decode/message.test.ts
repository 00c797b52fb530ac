// The log message (snapshot-format §5): templates rendered from captured values; expected texts
// follow the table of the doc and the Go agent's messages in the conformance corpus.
import { describe, expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import { CaptureBuilder, type GoType, iface, noLocation, type ProbeSpec, ptrTo } from '../testing/index.ts';
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

  test('structs: {name: value}, at most 5 fields (the agent\'s testStruct)', () => {
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
        '{a: 1, b: 2, c: 3, d: 4, e: 5, ...} {}',
    );
  });

  test('pointers render their pointee or nil (the agent\'s testLinkedList)', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const node = T.struct('main.node');
    node.define([
      ['val', T.int()],
      ['b', T.pointer(node)],
    ]);
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

  test('a value not captured shows its reason in braces', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    let deep = T.int();
    for (let i = 0; i < 5; i++) deep = T.pointer(deep);
    const text = message(
      b,
      '{x} {ptr}',
      [
        ['x', T.float64(), noLocation],
        ['ptr', deep, ptrTo(ptrTo(ptrTo(ptrTo(ptrTo(17)))))],
      ],
      { maxReferenceDepth: 3 },
    );
    expect(text).toBe('{unavailable} {depth}');
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

  test('failed expressions: {error: …} and an evaluation error each', () => {
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
      { expr: 'nope', message: 'failed to resolve reference "nope"' },
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
