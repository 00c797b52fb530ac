import { describe, expect, test } from 'vitest';
import type { JsonObject, JsonValue } from '../common/index.ts';
import { normalizeSnapshots, RuleTracker } from './normalize.ts';
import { compileRules, RULES } from './rules.ts';

/** A snapshot as the decoder emits it, with every volatile field set; `captures` varies per test. */
function rawSnapshot(captures: JsonObject = {}, stack: JsonValue[] = []): JsonObject {
  return {
    service: 'sample',
    ddsource: 'dd_debugger',
    logger: { name: '', method: 'main.f', version: 0, thread_id: 17, thread_name: '' },
    debugger: {
      snapshot: {
        id: '0b6a3a8e-6f6e-4b1c-9a55-1c2d3e4f5a6b',
        timestamp: 1750789242826,
        language: 'go',
        stack,
        probe: { id: 'f', location: { method: 'main.f' } },
        captures,
      },
      type: 'snapshot',
    },
    timestamp: 1750789242827,
    duration: 1834,
  };
}

const at = (value: JsonValue, ...path: (string | number)[]): JsonValue =>
  path.reduce<JsonValue>((v, key) => (v as Record<string | number, JsonValue>)[key] as JsonValue, value);

const ptr = (address: string, pointee: JsonObject): JsonObject => ({ type: '*main.node', address, ...pointee });
const int = (value: number): JsonObject => ({ type: 'int', value: String(value) });
const str = (value: string): JsonObject => ({ type: 'string', value });

function normalizeOne(snapshot: JsonObject, tracker = new RuleTracker()): JsonObject {
  return normalizeSnapshots([snapshot], tracker)[0] as JsonObject;
}

describe('rules: before and after', () => {
  test('message-duration: the {@duration} text becomes [duration]; other numbers stay', () => {
    const snapshot = { ...rawSnapshot(), duration: 5300, message: 'n=12 took 0.005300ms' };
    expect(at(normalizeOne(snapshot), 'message')).toBe('n=12 took [duration]ms');
  });

  test('message-address: an address in the message gets the number of the same captured address', () => {
    const snapshot = {
      ...rawSnapshot({ entry: { arguments: { a: ptr('0xc000012000', {}), b: ptr('0xc000014000', {}) } } }),
      message: 'b=0xc000014000',
    };
    expect(at(normalizeOne(snapshot), 'message')).toBe('b=[addr#2]');
  });

  test('runtime-only-type-address: the descriptor address in a made-up type name is numbered', () => {
    const value = { type: 'interface {}', fields: { data: { type: 'UnknownType(0x4a2000)', notCapturedReason: 'missing type information' } } };
    const out = normalizeOne(rawSnapshot({ entry: { arguments: { v: value } } }));
    expect(at(out, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'v', 'fields', 'data', 'type')).toBe('UnknownType([addr#1])');
  });

  test('snapshot-id: the uuid becomes [id]', () => {
    expect(at(normalizeOne(rawSnapshot()), 'debugger', 'snapshot', 'id')).toBe('[id]');
  });

  test('snapshot-timestamp and envelope-timestamp: both times become [ts]', () => {
    const out = normalizeOne(rawSnapshot());
    expect(at(out, 'debugger', 'snapshot', 'timestamp')).toBe('[ts]');
    expect(at(out, 'timestamp')).toBe('[ts]');
  });

  test('goroutine-id: thread_id becomes [goid#1], but goroutine 0 stays visible', () => {
    expect(at(normalizeOne(rawSnapshot()), 'logger', 'thread_id')).toBe('[goid#1]');
    const zero = rawSnapshot();
    (zero.logger as JsonObject).thread_id = 0;
    expect(at(normalizeOne(zero), 'logger', 'thread_id')).toBe(0);
  });

  test('goroutines are numbered by id within a probe, and its hits ordered goroutine by goroutine', () => {
    const hit = (goid: number, n: number): JsonObject => {
      const s = rawSnapshot({ entry: { arguments: { n: int(n) } } });
      (s.logger as JsonObject).thread_id = goid;
      return s;
    };
    // Two runs whose goroutines 41 and 17 interleaved differently normalize alike.
    const first = normalizeSnapshots([hit(41, 1), hit(17, 1), hit(41, 2), hit(17, 2)]);
    const second = normalizeSnapshots([hit(17, 1), hit(41, 1), hit(17, 2), hit(41, 2)]);
    const seen = (list: JsonValue[]) =>
      list.map((s) => `${at(s, 'logger', 'thread_id')} n=${at(s, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'n', 'value')}`);
    expect(seen(first)).toEqual(['[goid#1] n=1', '[goid#1] n=2', '[goid#2] n=1', '[goid#2] n=2']);
    expect(seen(second)).toEqual(seen(first));
  });

  test('duration: becomes [duration]; an absent duration stays absent', () => {
    expect(at(normalizeOne(rawSnapshot()), 'duration')).toBe('[duration]');
    const entryOnly = rawSnapshot();
    delete entryOnly.duration;
    expect(normalizeOne(entryOnly)).not.toHaveProperty('duration');
  });

  test('stdlib-frame-line and runtime-frame-asm-file: standard-library frames lose their lines, runtime ones their arch', () => {
    const stack = [
      { function: 'main.f', fileName: 'example.com/sample/main.go', lineNumber: 42 },
      { function: 'main.asm', fileName: 'example.com/sample/asm_amd64.s', lineNumber: 7 },
      { function: 'example.com/sample/lib.g', fileName: 'example.com/sample/lib/lib.go', lineNumber: 9 },
      { function: 'sync.(*WaitGroup).Go.func1', fileName: 'sync/waitgroup.go', lineNumber: 239 },
      { function: 'runtime.main', fileName: 'runtime/proc.go', lineNumber: 283 },
      { function: 'runtime.goexit', fileName: 'runtime/asm_arm64.s', lineNumber: 1700 },
    ];
    expect(at(normalizeOne(rawSnapshot({}, stack)), 'debugger', 'snapshot', 'stack')).toEqual([
      { function: 'main.f', fileName: 'example.com/sample/main.go', lineNumber: 42 },
      { function: 'main.asm', fileName: 'example.com/sample/asm_amd64.s', lineNumber: 7 },
      { function: 'example.com/sample/lib.g', fileName: 'example.com/sample/lib/lib.go', lineNumber: 9 },
      { function: 'sync.(*WaitGroup).Go.func1', fileName: 'sync/waitgroup.go', lineNumber: '[lineNumber]' },
      { function: 'runtime.main', fileName: 'runtime/proc.go', lineNumber: '[lineNumber]' },
      { function: 'runtime.goexit', fileName: 'runtime/asm_[arch].s', lineNumber: '[lineNumber]' },
    ]);
  });

  test('address: numbered by first appearance; two pointers to one object share a number', () => {
    const list = ptr('0xc000010000', {
      fields: { next: ptr('0xc000010020', { fields: { next: ptr('0xc000010000', {}) } }), nil: { type: '*main.node', isNull: true } },
    });
    const out = normalizeOne(rawSnapshot({ entry: { arguments: { a: list, b: ptr('0xc000010020', {}) } } }));
    const args = at(out, 'debugger', 'snapshot', 'captures', 'entry', 'arguments');
    expect(args).toEqual({
      a: ptr('[addr#1]', {
        fields: { next: ptr('[addr#2]', { fields: { next: ptr('[addr#1]', {}) } }), nil: { type: '*main.node', isNull: true } },
      }),
      b: ptr('[addr#2]', {}),
    });
  });

  test('address: numbering restarts with every snapshot', () => {
    const one = rawSnapshot({ entry: { arguments: { p: ptr('0xc0000a0000', {}) } } });
    const two = rawSnapshot({ entry: { arguments: { p: ptr('0xc0000b0000', {}), q: ptr('0xc0000a0000', {}) } } });
    const [a, b] = normalizeSnapshots([one, two]);
    expect(at(a as JsonValue, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'p', 'address')).toBe('[addr#1]');
    expect(at(b as JsonValue, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'q', 'address')).toBe('[addr#2]');
  });

  test('address: a zero address (nil unsafe.Pointer) and a struct field named "address" stay as they are', () => {
    const value = {
      type: 'main.conn',
      fields: { address: str('10.0.0.1'), raw: { type: 'unsafe.Pointer', address: '0x0' } },
    };
    const out = normalizeOne(rawSnapshot({ entry: { arguments: { c: value } } }));
    expect(at(out, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'c')).toEqual(value);
  });

  test('map-entry-order: entries sorted by key, whatever order Go iterated them in', () => {
    const entries = [
      [str('foo'), int(1)],
      [str('bar'), int(2)],
      [str('baz'), int(3)],
    ];
    const sorted = [entries[1], entries[2], entries[0]];
    for (const order of [entries, [...entries].reverse()]) {
      const map = { type: 'map[string]int', size: '3', entries: order };
      const out = normalizeOne(rawSnapshot({ entry: { arguments: { m: map } } }));
      expect(at(out, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'm', 'entries')).toEqual(sorted);
    }
  });

  test('map-entry-order: pointer keys sort by what they point to, then addresses are numbered in the sorted order', () => {
    const key = (address: string, name: string): JsonObject => ptr(address, { fields: { name: str(name) } });
    const run = (first: JsonValue[], second: JsonValue[]) =>
      normalizeOne(rawSnapshot({ entry: { arguments: { m: { type: 'map[*main.node]int', size: '2', entries: [first, second] } } } }));
    // The same map seen in two runs: other addresses, other iteration order.
    const runA = run([key('0xc000200000', 'zed'), int(1)], [key('0xc000100000', 'amy'), int(2)]);
    const runB = run([key('0xc000900000', 'amy'), int(2)], [key('0xc000500000', 'zed'), int(1)]);
    expect(runA).toEqual(runB);
    expect(at(runA, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'm', 'entries')).toEqual([
      [key('[addr#1]', 'amy'), int(2)],
      [key('[addr#2]', 'zed'), int(1)],
    ]);
  });

  test('map-entry-order: maps nested in map values are sorted too', () => {
    const inner = (order: [string, number][]) => ({
      type: 'map[string]int',
      size: String(order.length),
      entries: order.map(([k, v]) => [str(k), int(v)]),
    });
    const outer = (order: [string, number][]) => ({
      type: 'map[string]map[string]int',
      size: '1',
      entries: [[str('k'), inner(order)]],
    });
    const out = normalizeOne(rawSnapshot({ entry: { arguments: { m: outer([['b', 2], ['a', 1]]) } } }));
    expect(at(out, 'debugger', 'snapshot', 'captures', 'entry', 'arguments', 'm')).toEqual(outer([['a', 1], ['b', 2]]));
  });

  test('a line probe captures under captures.lines and is normalized as well', () => {
    const out = normalizeOne(rawSnapshot({ lines: { '12': { locals: { p: ptr('0xc000010000', {}) } } } }));
    expect(at(out, 'debugger', 'snapshot', 'captures', 'lines', '12', 'locals', 'p', 'address')).toBe('[addr#1]');
  });
});

describe('normalizeSnapshots', () => {
  test('leaves its input untouched', () => {
    const input = rawSnapshot({ entry: { arguments: { p: ptr('0xc000010000', {}) } } });
    const before = structuredClone(input);
    normalizeOne(input);
    expect(input).toEqual(before);
  });

  test('is idempotent: a normalized snapshot normalizes to itself', () => {
    const once = normalizeOne(rawSnapshot({ entry: { arguments: { p: ptr('0xc000010000', {}) } } }));
    expect(normalizeOne(once)).toEqual(once);
  });
});

describe('RuleTracker', () => {
  test('counts replacements per rule across calls and lists the rules that never fired', () => {
    const tracker = new RuleTracker();
    normalizeSnapshots([rawSnapshot(), rawSnapshot()], tracker);
    expect(tracker.count('snapshot-id')).toBe(2);
    expect(tracker.count('duration')).toBe(2);
    expect(tracker.unmatched()).toEqual([
      'message-duration',
      'capture-expression-duration',
      'stdlib-frame-line',
      'runtime-frame-asm-file',
      'map-entry-order',
      'address',
      'message-address',
      'runtime-only-type-address',
    ]);

    normalizeSnapshots(
      [
        rawSnapshot(
          {
            entry: {
              arguments: {
                m: { type: 'map[*int]int', size: '1', entries: [[ptr('0xc0', {}), int(1)]] },
                v: { type: 'UnknownType(0x4a2000)', notCapturedReason: 'missing type information' },
              },
            },
            return: { captureExpressions: { took: { type: '@duration', value: '0.001834' } } },
          },
          [{ function: 'runtime.goexit', fileName: 'runtime/asm_amd64.s', lineNumber: 1700 }],
        ),
        { ...rawSnapshot(), message: 'p=0xc0 took 0.001834ms' },
      ],
      tracker,
    );
    expect(tracker.unmatched()).toEqual([]);
  });

  test('a zero value is not counted as a match', () => {
    const tracker = new RuleTracker();
    const snapshot = rawSnapshot();
    (snapshot.logger as JsonObject).thread_id = 0;
    normalizeSnapshots([snapshot], tracker);
    expect(tracker.count('goroutine-id')).toBe(0);
  });

  test('tracks custom rule tables too', () => {
    const rules = compileRules([{ name: 'service', why: 'test', match: '/service', replace: () => '[service]' }]);
    const tracker = new RuleTracker(rules);
    expect(normalizeSnapshots([rawSnapshot()], tracker, rules)[0]).toMatchObject({ service: '[service]', duration: 1834 });
    expect(tracker.count('service')).toBe(1);
  });
});

test('every rule says why it exists in one line', () => {
  for (const rule of RULES) expect(rule.why, rule.name).toMatch(/^[^\n]{10,120}$/);
  expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
});
