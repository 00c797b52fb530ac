// Every notCapturedReason of snapshot-format §2, produced from captures built with the builder
// (which records memory as capture-format §3.3 says the engine does).
import { describe, expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import { CaptureBuilder, type CaptureLimitsSpec, type GoType, iface, mapOf, noLocation, ptrTo, rootReadFailed, sliceOf, str } from '../testing/index.ts';
import { decodeCapture } from './decoder.ts';
import type { CapturedValue } from './snapshot.ts';

interface Setup {
  capture?: CaptureLimitsSpec;
  maxEventBytes?: number;
  truncated?: boolean;
}

/** The decoded arguments of one entry event of a probe with `args`. */
function decode(b: CaptureBuilder, args: [string, GoType][], values: Record<string, unknown>, setup: Setup = {}) {
  const probe = b.probe({ id: 'f', args, capture: setup.capture, maxEventBytes: setup.maxEventBytes });
  b.entry(probe, values, { truncated: setup.truncated });
  const [snapshot] = decodeCapture(readCapture(b.build(), 'reasons.cap'));
  return snapshot?.debugger.snapshot.captures?.entry?.arguments as Record<string, CapturedValue>;
}

const int = (n: number): CapturedValue => ({ type: 'int', value: String(n) });

describe('depth', () => {
  test('a pointer chain deeper than maxReferenceDepth (the agent\'s PointerChainArg)', () => {
    const b = new CaptureBuilder();
    let type = b.types.int();
    for (let i = 0; i < 5; i++) type = b.types.pointer(type);
    const value = ptrTo(ptrTo(ptrTo(ptrTo(ptrTo(17)))));
    expect(decode(b, [['ptr', type]], { ptr: value }, { capture: { maxReferenceDepth: 3 } }).ptr).toEqual({
      type: '*****int',
      notCapturedReason: 'depth',
    });
  });

  test('the same chain within the limit', () => {
    const b = new CaptureBuilder();
    let type = b.types.int();
    for (let i = 0; i < 5; i++) type = b.types.pointer(type);
    const last = ptrTo(17);
    const args = decode(b, [['ptr', type]], { ptr: ptrTo(ptrTo(ptrTo(ptrTo(last)))) }, { capture: { maxReferenceDepth: 5 } });
    expect(args.ptr).toEqual({ type: '*****int', address: b.addressOf(last), value: '17' });
  });

  test('a linked list: each pointer target is one level deeper (the agent\'s testLinkedList)', () => {
    const b = new CaptureBuilder();
    const node = b.types.struct('main.node');
    const next = b.types.pointer(node);
    node.define([
      ['val', b.types.int()],
      ['b', next],
    ]);
    const third = ptrTo({ val: 3, b: ptrTo({ val: 4, b: null }) });
    const second = ptrTo({ val: 2, b: third });
    const args = decode(b, [['a', node]], { a: { val: 1, b: second } }, { capture: { maxReferenceDepth: 2 } });
    expect(args.a).toEqual({
      type: 'main.node',
      fields: {
        val: int(1),
        b: {
          type: '*main.node',
          address: b.addressOf(second),
          fields: {
            val: int(2),
            b: {
              type: '*main.node',
              address: b.addressOf(third),
              fields: { val: int(3), b: { type: '*main.node', notCapturedReason: 'depth' } },
            },
          },
        },
      },
    });
  });

  test("slice elements, map contents and an interface's boxed value are one level deeper", () => {
    const b = new CaptureBuilder();
    const args = decode(
      b,
      [
        ['s', b.types.slice(b.types.int())],
        ['m', b.types.swissMap(b.types.int(), b.types.int())],
        ['a', b.types.iface()],
      ],
      { s: [1, 2], m: new Map([[1, 1]]), a: iface(b.types.int(), 5) },
      { capture: { maxReferenceDepth: 0 } },
    );
    expect(args).toEqual({
      s: { type: '[]int', size: '2', notCapturedReason: 'depth' },
      m: { type: 'map[int]int', notCapturedReason: 'depth' },
      a: { type: 'interface {}', fields: { data: { type: 'int', notCapturedReason: 'depth' } } },
    });
  });

  test("a string's bytes are at the string's own depth", () => {
    const b = new CaptureBuilder();
    const box = b.types.struct('main.box', [['s', b.types.string()]]);
    const target = ptrTo({ s: 'kept' });
    const args = decode(b, [['p', b.types.pointer(box)]], { p: target }, { capture: { maxReferenceDepth: 1 } });
    expect(args.p).toEqual({
      type: '*main.box',
      address: b.addressOf(target),
      fields: { s: { type: 'string', value: 'kept' } },
    });
  });
});

describe('collectionSize', () => {
  test('a slice longer than maxCollectionSize', () => {
    const b = new CaptureBuilder();
    const xs = Array.from({ length: 10 }, (_, i) => i);
    const args = decode(b, [['xs', b.types.slice(b.types.int())]], { xs }, { capture: { maxCollectionSize: 3 } });
    expect(args.xs).toEqual({
      type: '[]int',
      size: '10',
      elements: [int(0), int(1), int(2)],
      notCapturedReason: 'collectionSize',
    });
    expect(Object.keys(args.xs ?? {})).toEqual(['type', 'size', 'elements', 'notCapturedReason']);
  });

  test('an array longer than maxCollectionSize', () => {
    const b = new CaptureBuilder();
    const a = b.types.array(b.types.int(), 5);
    const args = decode(b, [['a', a]], { a: [1, 2, 3, 4, 5] }, { capture: { maxCollectionSize: 2 } });
    expect(args.a).toEqual({ type: '[5]int', size: '5', elements: [int(1), int(2)], notCapturedReason: 'collectionSize' });
  });

  test('a map with more entries than maxCollectionSize', () => {
    const b = new CaptureBuilder();
    const m = mapOf(Array.from({ length: 6 }, (_, i) => [i, i]));
    const args = decode(b, [['m', b.types.hashMap(b.types.int(), b.types.int())]], { m }, { capture: { maxCollectionSize: 4 } });
    expect([args.m?.size, args.m?.entries?.length, args.m?.notCapturedReason]).toEqual(['6', 4, 'collectionSize']);
  });
});

describe('pruned', () => {
  test('zero-size elements: a length field alone never decides the work; the event budget bounds them', () => {
    const b = new CaptureBuilder();
    const empty = b.types.struct('struct {}', []);
    const huge = { maxCollectionSize: 4_294_967_295 };
    const started = Date.now();
    const args = decode(
      b,
      [['xs', b.types.slice(empty)], ['a', b.types.array(empty, 5_000_000_000)]],
      { xs: new Array(1_000_000_000), a: [] },
      { capture: huge, maxEventBytes: 1024 },
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const [name, size] of [['xs', '1000000000'], ['a', '5000000000']] as const) {
      const value = args[name] as CapturedValue;
      expect([value.size, value.elements?.length, value.notCapturedReason]).toEqual([size, 1024, 'pruned']);
    }
  });

  test('a slice whose elements did not fit the event budget', () => {
    const b = new CaptureBuilder();
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const args = decode(b, [['xs', b.types.slice(b.types.int())]], { xs }, { maxEventBytes: 256 });
    expect(args.xs).toEqual({ type: '[]int', size: '50', notCapturedReason: 'pruned' });
  });

  test('a map whose groups did not fit the event budget', () => {
    const b = new CaptureBuilder();
    const m = new Map([['a', 'b']]);
    const args = decode(b, [['m', b.types.swissMap(b.types.string(), b.types.string())]], { m }, { maxEventBytes: 200 });
    expect(args.m).toEqual({ type: 'map[string]string', size: '1', entries: [], notCapturedReason: 'pruned' });
  });

  // Group layout for map[int]int: an 8-byte ctrl word, then 8 slots of key 8 + value 8 bytes.
  // The builder puts the four entries in slots 5, 0, 3 and 7; the read ends inside slot 4.
  test('a swiss group cut by the budget: the slots wholly present, then pruned', () => {
    const b = new CaptureBuilder();
    const m = mapOf([[10, 100], [11, 110], [12, 120], [13, 130]], { internals: { readBytes: 8 + 4 * 16 + 8 } });
    const args = decode(b, [['m', b.types.swissMap(b.types.int(), b.types.int())]], { m });
    expect(args.m).toEqual({
      type: 'map[int]int',
      size: '4',
      entries: [[int(11), int(110)], [int(12), int(120)]],
      notCapturedReason: 'pruned',
    });
  });

  // Bucket layout for map[int]int: tophash [8]uint8, 8 keys, 8 values, the overflow pointer.
  test('an hmap bucket cut by the budget: the slots whose key and value are present, then pruned', () => {
    const b = new CaptureBuilder();
    const m = mapOf([[10, 100], [11, 110], [12, 120], [13, 130]], { B: 0, internals: { readBytes: 8 + 64 + 3 * 8 } });
    const args = decode(b, [['m', b.types.hashMap(b.types.int(), b.types.int())]], { m });
    expect(args.m).toEqual({
      type: 'map[int]int',
      size: '4',
      entries: [[int(10), int(100)], [int(11), int(110)], [int(12), int(120)]],
      notCapturedReason: 'pruned',
    });
  });

  test('an array of which only part was read', () => {
    const b = new CaptureBuilder();
    const target = ptrTo([1, 2, 3, 4], { readBytes: 16 });
    const args = decode(b, [['p', b.types.pointer(b.types.array(b.types.int(), 4))]], { p: target });
    expect(args.p).toEqual({
      type: '*[4]int',
      address: b.addressOf(target),
      size: '4',
      elements: [int(1), int(2)],
      notCapturedReason: 'pruned',
    });
  });
});

describe('length', () => {
  test('a string header cut short', () => {
    const b = new CaptureBuilder();
    const pair = b.types.struct('main.pair', [
      ['n', b.types.int()],
      ['s', b.types.string()],
    ]);
    const target = ptrTo({ n: 1, s: 'lost' }, { readBytes: 12 });
    const args = decode(b, [['p', b.types.pointer(pair)]], { p: target });
    expect(args.p).toEqual({
      type: '*main.pair',
      address: b.addressOf(target),
      fields: { n: int(1), s: { type: 'string', notCapturedReason: 'length' } },
    });
  });
});

describe('unavailable', () => {
  test('a root with no location at this PC, and a root whose read failed', () => {
    const b = new CaptureBuilder();
    const args = decode(b, [['x', b.types.float64()], ['y', b.types.int()]], { x: noLocation, y: rootReadFailed });
    expect(args).toEqual({
      x: { type: 'float64', notCapturedReason: 'unavailable' },
      y: { type: 'int', notCapturedReason: 'unavailable' },
    });
  });

  test('a pointer target whose read failed', () => {
    const b = new CaptureBuilder();
    const target = ptrTo(1, { fault: true });
    const args = decode(b, [['p', b.types.pointer(b.types.int())]], { p: target });
    expect(args.p).toEqual({ type: '*int', address: b.addressOf(target), notCapturedReason: 'unavailable' });
  });

  test('string bytes whose read failed', () => {
    const b = new CaptureBuilder();
    const args = decode(b, [['s', b.types.string()]], { s: str('secret', { fault: true }) });
    expect(args.s).toEqual({ type: 'string', size: '6', notCapturedReason: 'unavailable' });
  });

  test('an item missing within depth from an event that was not truncated', () => {
    const b = new CaptureBuilder();
    const args = decode(b, [['xs', b.types.slice(b.types.int())]], { xs: sliceOf([1], { omit: true }) });
    expect(args.xs).toEqual({ type: '[]int', size: '1', notCapturedReason: 'unavailable' });
  });

  test('the same missing item in a truncated event was pruned', () => {
    const b = new CaptureBuilder();
    const args = decode(b, [['xs', b.types.slice(b.types.int())]], { xs: sliceOf([1], { omit: true }) }, { truncated: true });
    expect(args.xs).toEqual({ type: '[]int', size: '1', notCapturedReason: 'pruned' });
  });
});

describe('unimplemented', () => {
  test('a channel', () => {
    const b = new CaptureBuilder();
    expect(decode(b, [['c', b.types.chan('chan bool')]], { c: 0xc000050000 }).c).toEqual({
      type: 'chan bool',
      notCapturedReason: 'unimplemented',
    });
  });
});

describe('circular reference', () => {
  test('a pointer to an object already being encoded further up (the agent\'s testPointerLoop)', () => {
    const b = new CaptureBuilder();
    const node = b.types.struct('main.node');
    const ptr = b.types.pointer(node);
    node.define([
      ['val', b.types.int()],
      ['b', ptr],
    ]);
    const loop = b.object(node);
    loop.value = { val: 1, b: loop };
    const args = decode(b, [['a', ptr]], { a: loop });
    const address = b.addressOf(loop);
    expect(args.a).toEqual({
      type: '*main.node',
      address,
      fields: { val: int(1), b: { type: '*main.node', address, notCapturedReason: 'circular reference' } },
    });
  });

  test('a two-object cycle is cut where it comes back', () => {
    const b = new CaptureBuilder();
    const node = b.types.struct('main.node');
    const ptr = b.types.pointer(node);
    node.define([
      ['val', b.types.int()],
      ['b', ptr],
    ]);
    const first = b.object(node);
    const second = b.object(node, { val: 2, b: first });
    first.value = { val: 1, b: second };
    const a = decode(b, [['a', ptr]], { a: first }, { capture: { maxReferenceDepth: 8 } }).a;
    expect(a?.fields?.b?.fields?.b).toEqual({
      type: '*main.node',
      address: b.addressOf(first),
      notCapturedReason: 'circular reference',
    });
  });

  test('aliasing is not a cycle: the shared object is encoded each time', () => {
    const b = new CaptureBuilder();
    const pair = b.types.struct('main.pair', [
      ['p', b.types.pointer(b.types.int())],
      ['q', b.types.pointer(b.types.int())],
    ]);
    const shared = ptrTo(9);
    const both = { type: '*int', address: '', value: '9' };
    const args = decode(b, [['x', pair]], { x: { p: shared, q: shared } });
    both.address = b.addressOf(shared);
    expect(args.x).toEqual({ type: 'main.pair', fields: { p: both, q: both } });
  });
});

describe('missing type information', () => {
  test('a dynamic type the capture names but does not describe (the agent\'s testAny)', () => {
    const b = new CaptureBuilder();
    const hidden = b.types.undescribed('main.firstBehavior', 'struct');
    expect(decode(b, [['a', b.types.iface()]], { a: iface(hidden, 0xc000090000) }).a).toEqual({
      type: 'interface {}',
      fields: { data: { type: 'main.firstBehavior', notCapturedReason: 'missing type information' } },
    });
  });

  test('an unnamed one, behind an interface with methods', () => {
    const b = new CaptureBuilder();
    const hidden = b.types.undescribed('*errors.errorString', 'pointer', false);
    const e = decode(b, [['e', b.types.iface('error', false)]], { e: iface(hidden, 0xc000090000) }).e;
    expect(e).toEqual({
      type: 'error',
      fields: {
        data: {
          type: expect.stringMatching(/^UnknownType\(0x[0-9a-f]+\)$/),
          notCapturedReason: 'missing type information',
        },
      },
    });
  });
});

describe('fieldCount', () => {
  const wide = (b: CaptureBuilder) =>
    b.types.struct(
      'main.wide',
      ['A', 'B', 'C', 'D'].map((name): [string, GoType] => [name, b.types.int()]),
    );
  const value = { A: 1, B: 2, C: 3, D: 4 };

  test('a struct with more fields than maxFieldCount: the first ones, then fieldCount', () => {
    const b = new CaptureBuilder();
    expect(decode(b, [['w', wide(b)]], { w: value }, { capture: { maxFieldCount: 2 } }).w).toEqual({
      type: 'main.wide',
      fields: { A: int(1), B: int(2) },
      notCapturedReason: 'fieldCount',
    });
  });

  test('maxFieldCount 0, the engine default, is no limit (the Go agent has none)', () => {
    const b = new CaptureBuilder();
    expect(decode(b, [['w', wide(b)]], { w: value }, { capture: { maxFieldCount: 0 } }).w).toEqual({
      type: 'main.wide',
      fields: { A: int(1), B: int(2), C: int(3), D: int(4) },
    });
  });
});

describe('redactedIdent', () => {
  const redacted = (type: string): CapturedValue => ({ type, notCapturedReason: 'redactedIdent' });

  test('arguments and fields named like secrets, compared without case, _, -, $ or @', () => {
    const b = new CaptureBuilder();
    const login = b.types.struct('main.login', [
      ['User', b.types.string()],
      ['API_Key', b.types.string()],
      ['Private-Key', b.types.pointer(b.types.int())],
      ['tokens', b.types.string()],
    ]);
    const args = decode(
      b,
      [['Password', b.types.string()], ['user', login]],
      { Password: 'hunter2', user: { User: 'ada', API_Key: 'k3y', 'Private-Key': ptrTo(7), tokens: 'kept' } },
    );
    expect(args).toEqual({
      Password: redacted('string'),
      user: {
        type: 'main.login',
        fields: {
          User: { type: 'string', value: 'ada' },
          API_Key: redacted('string'),
          'Private-Key': redacted('*int'),
          tokens: { type: 'string', value: 'kept' },
        },
      },
    });
  });

  test('the value of a string map key named like a secret', () => {
    const b = new CaptureBuilder();
    const m = mapOf([['host', 'db'], ['Secret', 's3cr3t']]);
    const x = decode(b, [['m', b.types.swissMap(b.types.string(), b.types.string())]], { m }).m;
    expect(x).toEqual({
      type: 'map[string]string',
      size: '2',
      entries: [
        // In slot order: the builder puts the first entry in slot 5, the second in slot 0.
        [{ type: 'string', value: 'Secret' }, redacted('string')],
        [{ type: 'string', value: 'host' }, { type: 'string', value: 'db' }],
      ],
    });
  });
});
