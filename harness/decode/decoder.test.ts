// The snapshot envelope (snapshot-format §1): keys and their order, pairing of returns with
// entries, hit order, timestamps, stacks and evaluation errors.
import { describe, expect, test } from 'vitest';
import { CaptureFormatError, readCapture } from '../capture/index.ts';
import { CaptureBuilder, ptrTo } from '../testing/index.ts';
import { Decoder, decodeCapture } from './decoder.ts';
import type { Snapshot } from './snapshot.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const decode = (b: CaptureBuilder): Snapshot[] => decodeCapture(readCapture(b.build(), 'decoder.cap'));

/** Every object's keys, depth first, to compare emitted key order. */
function keyOrder(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => keyOrder(v, `${path}/${i}`));
  const keys = Object.keys(value);
  return [`${path}: ${keys.join(',')}`, ...keys.flatMap((k) => keyOrder((value as Record<string, unknown>)[k], `${path}/${k}`))];
}

describe('the envelope', () => {
  test('an entry with its return: every key, in the documented order', () => {
    const b = new CaptureBuilder({ name: 'shop', service: 'checkout' });
    const probe = b.probe({
      id: 'testArrayArg',
      version: 2,
      method: 'main.testArrayArg',
      args: [['arg', b.types.array(b.types.int(), 2)]],
      results: [['~r0', b.types.int()]],
      template: 'arg={arg}',
    });
    b.symbol(0x401000, [
      ['main.inlined', 'example.com/shop/util.go', 12],
      ['main.testArrayArg', 'example.com/shop/main.go', 40],
    ]);
    b.symbol(0x402000, [['main.main', 'example.com/shop/main.go', 17]]);
    b.call(probe, { arg: [3, 4] }, { '~r0': 7 }, {
      goid: 17,
      timestampNs: 1_750_789_242_826_999_999n,
      durationNs: 1834n,
      stack: [0x401000, 0x402000, 0x403000],
    });
    const [snapshot, ...rest] = decode(b);
    expect(rest).toEqual([]);
    const expected = (id: unknown) => ({
      service: 'checkout',
      ddsource: 'dd_debugger',
      logger: { name: '', method: 'main.testArrayArg', version: 2, thread_id: 17, thread_name: '' },
      debugger: {
        snapshot: {
          id,
          timestamp: 1750789242826,
          language: 'go',
          stack: [
            { function: 'main.inlined', fileName: 'example.com/shop/util.go', lineNumber: 12 },
            { function: 'main.testArrayArg', fileName: 'example.com/shop/main.go', lineNumber: 40 },
            { function: 'main.main', fileName: 'example.com/shop/main.go', lineNumber: 17 },
            { function: '?', fileName: '?', lineNumber: 0 },
          ],
          probe: { id: 'testArrayArg', location: { method: 'main.testArrayArg' } },
          captures: {
            entry: {
              arguments: {
                arg: {
                  type: '[2]int',
                  size: '2',
                  elements: [
                    { type: 'int', value: '3' },
                    { type: 'int', value: '4' },
                  ],
                },
              },
            },
            return: { locals: { '@return': { type: 'int', value: '7' } } },
          },
        },
        type: 'snapshot',
      },
      timestamp: 1750789242826,
      duration: 1834,
      message: 'arg=[3, 4]',
    });
    expect(snapshot).toEqual(expected(expect.stringMatching(UUID_V4)));
    expect(keyOrder(snapshot)).toEqual(keyOrder(expected('some id')));
  });

  test('keys with nothing to say are omitted: stack, duration, message, evaluationErrors', () => {
    const b = new CaptureBuilder();
    b.entry(b.probe({ id: 'noArgs' }), {});
    const [snapshot] = decode(b);
    expect(Object.keys(snapshot ?? {})).toEqual(['service', 'ddsource', 'logger', 'debugger', 'timestamp']);
    expect(snapshot?.debugger.snapshot).toEqual({
      id: expect.stringMatching(UUID_V4),
      timestamp: 1750000000001,
      language: 'go',
      probe: { id: 'noArgs', location: { method: 'main.noArgs' } },
      captures: { entry: { arguments: {} } },
    });
  });

  test('several results: @return is {fields: {…}} without a type', () => {
    const b = new CaptureBuilder();
    const probe = b.probe({
      id: 'f',
      results: [
        ['~r0', b.types.int()],
        ['err', b.types.iface('error', false)],
      ],
    });
    b.call(probe, {}, { '~r0': 1, err: null });
    expect(decode(b)[0]?.debugger.snapshot.captures?.return).toEqual({
      locals: {
        '@return': {
          fields: { '~r0': { type: 'int', value: '1' }, err: { type: 'error', isNull: true } },
        },
      },
    });
  });

  test('a return without results has a duration but no return capture', () => {
    const b = new CaptureBuilder();
    b.call(b.probe({ id: 'f', captureReturn: true }), {}, {}, { durationNs: 5n });
    const [snapshot] = decode(b);
    expect(snapshot?.debugger.snapshot.captures).toEqual({ entry: { arguments: {} } });
    expect(snapshot?.duration).toBe(5);
  });

  test('a new uuid per snapshot, also when decoding again', () => {
    const b = new CaptureBuilder();
    const probe = b.probe({ id: 'f' });
    b.entry(probe, {});
    b.entry(probe, {});
    const capture = readCapture(b.build(), 'decoder.cap');
    const decoder = new Decoder(capture);
    const ids = [...decoder.decodeAll(), ...decoder.decodeAll()].map((s) => s.debugger.snapshot.id);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('pairing and hit order', () => {
  test('a return merges into its entry by (probe, callId), in entry order', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const p = b.probe({ id: 'p', args: [['a', int]], results: [['~r0', int]] });
    const q = b.probe({ id: 'q', args: [['a', int]], results: [['~r0', int]] });
    b.entry(p, { a: 1 }, { callId: 5n, timestampNs: 1_000_000_000n });
    b.entry(q, { a: 2 }, { callId: 5n, timestampNs: 1_000_000_100n });
    b.returns(q, { '~r0': 20 }, { callId: 5n, timestampNs: 1_000_000_400n });
    b.returns(p, { '~r0': 10 }, { callId: 5n, timestampNs: 1_000_002_000n });
    const summary = decode(b).map((s) => [
      s.debugger.snapshot.probe.id,
      s.debugger.snapshot.captures?.entry?.arguments.a?.value,
      s.debugger.snapshot.captures?.return?.locals?.['@return']?.value,
      s.duration,
    ]);
    expect(summary).toEqual([
      ['p', '1', '10', 2000],
      ['q', '2', '20', 300],
    ]);
  });

  test('a return with no entry is no snapshot: a call is never half of two', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const p = b.probe({ id: 'p', args: [['a', int]], results: [['~r0', int]] });
    b.entry(p, { a: 1 }, { callId: 1n });
    b.returns(p, { '~r0': 9 }, { callId: 7n, goid: 4 });
    b.returns(p, { '~r0': 10 }, { callId: 1n });
    const snapshots = decode(b);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.debugger.snapshot.captures?.return).toEqual({ locals: { '@return': { type: 'int', value: '10' } } });
  });

  test('an entry whose call id is already open is a capture error naming the event, not a return paired with the wrong call', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const p = b.probe({ id: 'p', args: [['a', int]], results: [['~r0', int]] });
    b.entry(p, { a: 1 }, { callId: 3n });
    b.entry(p, { a: 2 }, { callId: 3n });
    b.returns(p, { '~r0': 10 }, { callId: 3n });
    expect(() => decode(b)).toThrow(/event 1 .*call id 3 of probe "p" is already open/);
  });

  test('calls of a function without body or inlined have no duration; {@duration} says why, as the agent does', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const spec = { args: [['a', int]] as [string, typeof int][], captureReturn: true, template: '{@duration}' };
    const empty = b.probe({ id: 'empty', noBody: true, ...spec });
    const inlined = b.probe({ id: 'inlined', inlined: true, ...spec });
    b.entry(empty, { a: 1 });
    b.entry(inlined, { a: 2 });
    const [e, i] = decode(b);
    expect(e?.message).toBe('@duration is not available: function has no body');
    expect(i?.message).toBe('@duration is not available: function was inlined');
    for (const s of [e, i]) {
      expect(s).not.toHaveProperty('duration');
      expect(s?.debugger.snapshot).not.toHaveProperty('evaluationErrors');
    }
  });

  test('a line probe captures arguments and locals under its line, names its function, file and line, and evaluates on both', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const str = b.types.string();
    const p = b.probe({
      id: 'atLine',
      method: 'main.go:12',
      function: 'main.atLine',
      line: { file: 'main.go', line: 12 },
      args: [['n', int]],
      locals: [
        ['sum', int],
        ['name', str],
      ],
      when: { dsl: 'sum > 1', json: { gt: [{ ref: 'sum' }, 1] } },
      template: '{name}:{n}',
    });
    b.entry(p, { n: 3, sum: 5, name: 'go' });
    b.entry(p, { n: 4, sum: 0, name: 'no' });
    const snapshots = decode(b);
    expect(snapshots).toHaveLength(1);
    const [s] = snapshots;
    expect(s?.logger.method).toBe('main.atLine');
    expect(s?.debugger.snapshot.probe.location).toEqual({ method: 'main.atLine', file: 'main.go', line: 12 });
    expect(s?.debugger.snapshot.captures).toEqual({
      lines: { '12': { arguments: { n: { type: 'int', value: '3' } }, locals: { sum: { type: 'int', value: '5' }, name: { type: 'string', value: 'go' } } } },
    });
    expect(s?.message).toBe('go:3');
    expect(s).not.toHaveProperty('duration');
  });

  test("a line probe's capture expressions go under its line, beside its values or alone", () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const spec = { function: 'main.f', line: { file: 'main.go', line: 7 }, args: [['n', int]] as [string, typeof int][], locals: [['sum', int]] as [string, typeof int][] };
    const expr = { name: 'twice', expr: { dsl: 'sum', json: { ref: 'sum' } } };
    const full = b.probe({ id: 'full', ...spec, captureExpressions: [expr] });
    const alone = b.probe({ id: 'alone', ...spec, captureExpressions: [expr], captureSnapshot: false });
    b.entry(full, { n: 1, sum: 2 });
    b.entry(alone, { n: 1, sum: 2 });
    const [f, a] = decode(b);
    const two = { type: 'int', value: '2' };
    expect(f?.debugger.snapshot.captures).toEqual({ lines: { '7': { arguments: { n: { type: 'int', value: '1' } }, locals: { sum: two }, captureExpressions: { twice: two } } } });
    expect(a?.debugger.snapshot.captures).toEqual({ lines: { '7': { captureExpressions: { twice: two } } } });
  });

  test('a probe with a condition is sampled on the hits where it held, by their timestamps', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const p = b.probe({ id: 'p', args: [['i', int]], when: { dsl: 'i >= 3', json: { ge: [{ ref: 'i' }, 3] } }, throttle: { periodNs: 1_000_000_000, budget: 2 } });
    for (let i = 0; i < 6; i++) b.entry(p, { i }, { timestampNs: 1_000_000n * BigInt(i + 1) });
    b.entry(p, { i: 9 }, { timestampNs: 2_000_000_000n });
    const seen = decode(b).map((s) => s.debugger.snapshot.captures?.entry?.arguments.i?.value);
    // 0-2 fail the condition and use no budget; 3 and 4 pass; 5 is over budget; 9 is in a new period.
    expect(seen).toEqual(['3', '4', '9']);
    // A condition the engine evaluated was sampled there: every hit it sent stands.
    const engine = new CaptureBuilder();
    const q = engine.probe({ id: 'q', args: [['i', engine.types.int()]], when: { dsl: 'i >= 3', json: { ge: [{ ref: 'i' }, 3] } }, throttle: { periodNs: 1_000_000_000, budget: 2 }, engineCondition: true });
    for (const i of [3, 4, 5]) engine.entry(q, { i });
    expect(decode(engine)).toHaveLength(3);
  });

  test('locals at the RETs go beside @return; without results, alone', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const withResult = b.probe({ id: 'r', args: [['a', int]], results: [['~r0', int]], returnLocals: [['n', int]] });
    const noResult = b.probe({ id: 'v', args: [['a', int]], captureReturn: true, returnLocals: [['n', int]] });
    b.returns(withResult, { '~r0': 5, n: 2 }, { callId: b.entry(withResult, { a: 1 }) });
    b.returns(noResult, { n: 3 }, { callId: b.entry(noResult, { a: 1 }) });
    const [r, v] = decode(b);
    expect(r?.debugger.snapshot.captures?.return).toEqual({ locals: { '@return': { type: 'int', value: '5' }, n: { type: 'int', value: '2' } } });
    expect(v?.debugger.snapshot.captures?.return).toEqual({ locals: { n: { type: 'int', value: '3' } } });
  });

  test('a call a recovered panic unwound: the panic value as @exception and why there is no @return, as the agent gives them', () => {
    const build = (exitCode: number) => {
      const b = new CaptureBuilder({ target: { exit: `exit status ${exitCode}`, exitCode, stderrTail: '' } });
      const int = b.types.int();
      const str = b.types.string();
      const p = b.probe({ id: 'p', args: [['n', int]], results: [['~r0', int]] });
      const panics = b.probe({ id: '@panic', method: 'runtime.gopanic', args: [['e', str]], internal: true });
      b.entry(p, { n: 1 }, { goid: 7, timestampNs: 1_000n });
      b.entry(panics, { e: 'boom' }, { goid: 7, timestampNs: 2_000n });
      b.entry(p, { n: 2 }, { goid: 8, timestampNs: 3_000n }); // another goroutine: not unwound
      return decode(b);
    };
    const [unwound, other] = build(0);
    expect(unwound?.debugger.snapshot.captures?.return).toEqual({ captureExpressions: { '@exception': { type: 'string', value: 'boom' } } });
    expect(unwound?.debugger.snapshot.evaluationErrors).toEqual([{ expr: '@return', message: 'function did not return: panic was recovered by an ancestor frame' }]);
    expect(other?.debugger.snapshot.captures).not.toHaveProperty('return');
    // The program died of it: not recovered, nothing to say in the agent's words.
    expect(build(2)[0]?.debugger.snapshot).not.toHaveProperty('evaluationErrors');
  });

  test('a return before its entry is a typed error naming the event, never a negative duration', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const p = b.probe({ id: 'p', args: [['a', int]], results: [['~r0', int]] });
    b.entry(p, { a: 1 }, { callId: 1n, timestampNs: 5_000_000n });
    b.returns(p, { '~r0': 2 }, { callId: 1n, timestampNs: 1_000_000n });
    const capture = readCapture(b.build(), 'early.godicap');
    expect(() => decodeCapture(capture)).toThrow(CaptureFormatError);
    expect(() => decodeCapture(capture)).toThrow(/early\.godicap.*event 1.*return at 1000000 ns is before its entry at 5000000 ns/);
  });

  test('a probe that could not be installed has no snapshot', () => {
    const b = new CaptureBuilder();
    b.probe({ id: 'bad', error: 'function "main.nope" not found in the binary; closest: main.main' });
    const p = b.probe({ id: 'good', args: [['a', b.types.int()]] });
    b.entry(p, { a: 1 });
    expect(decode(b).map((s) => s.debugger.snapshot.probe.id)).toEqual(['good']);
  });

  test('an entry whose awaited return never came is a snapshot of its own, without duration', () => {
    const b = new CaptureBuilder();
    const p = b.probe({ id: 'p', results: [['~r0', b.types.int()]] });
    b.entry(p, {});
    const [snapshot] = decode(b);
    expect(snapshot).not.toHaveProperty('duration');
    expect(snapshot?.debugger.snapshot.captures).toEqual({ entry: { arguments: {} } });
  });
});

describe('the probe language: conditions, log probes, capture expressions', () => {
  const eq = (name: string, n: number) => ({ dsl: `${name} == ${n}`, json: { eq: [{ ref: name }, n] } });

  test('a hit whose condition is false emits nothing; an evaluation error emits it with the error (fail open)', () => {
    const b = new CaptureBuilder();
    const point = b.types.struct('main.point', [['X', b.types.int()]]);
    const p = b.probe({ id: 'p', args: [['n', b.types.int()], ['pt', b.types.pointer(point)]], when: { dsl: 'n == 2 || pt.X == 1', json: { or: [{ eq: [{ ref: 'n' }, 2] }, { eq: [{ getmember: [{ ref: 'pt' }, 'X'] }, 1] }] } } });
    b.entry(p, { n: 1, pt: ptrTo({ X: 5 }) });
    b.entry(p, { n: 2, pt: null });
    b.entry(p, { n: 3, pt: null });
    const snapshots = decode(b);
    expect(snapshots.map((s) => s.debugger.snapshot.captures?.entry?.arguments.n?.value)).toEqual(['2', '3']);
    expect(snapshots[0]?.debugger.snapshot).not.toHaveProperty('evaluationErrors');
    expect(snapshots[1]?.debugger.snapshot.evaluationErrors).toEqual([{ expr: 'n == 2 || pt.X == 1', message: 'nil pointer dereference' }]);
  });

  test('a log probe (captureSnapshot false) sends its message only: no captures, no stack', () => {
    const b = new CaptureBuilder();
    const p = b.probe({ id: 'log', args: [['n', b.types.int()]], captureSnapshot: false, template: 'n={n}', when: eq('n', 4) });
    b.symbol(0x401000, [['main.log', 'main.go', 3]]);
    b.entry(p, { n: 4 }, { stack: [0x401000] });
    b.entry(p, { n: 5 }, { stack: [0x401000] });
    const [only, ...rest] = decode(b);
    expect(rest).toEqual([]);
    expect(only?.message).toBe('n=4');
    expect(only?.debugger.snapshot).not.toHaveProperty('captures');
    expect(only?.debugger.snapshot).not.toHaveProperty('stack');
    expect(only?.debugger.type).toBe('snapshot');
  });

  test('capture expressions: with the entry, or with the return when they need it; alone for a capture-expression probe', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const captureExpressions = [
      { name: 'twice_n', expr: { dsl: 'n', json: { ref: 'n' } } },
      { name: 'took', expr: { dsl: '@duration', json: { ref: '@duration' } } },
      { name: 'bad', expr: { dsl: 'nope', json: { ref: 'nope' } } },
    ];
    const snap = b.probe({ id: 'snap', args: [['n', int]], results: [['~r0', int]], captureExpressions });
    const only = b.probe({ id: 'only', args: [['n', int]], results: [['~r0', int]], captureExpressions, captureSnapshot: false });
    b.call(snap, { n: 2 }, { '~r0': 4 }, { durationNs: 2_500_000n });
    b.call(only, { n: 3 }, { '~r0': 6 }, { durationNs: 1_000_000n });
    const [s, o] = decode(b);
    expect(s?.debugger.snapshot.captures).toEqual({
      entry: { arguments: { n: { type: 'int', value: '2' } }, captureExpressions: { twice_n: { type: 'int', value: '2' } } },
      return: { locals: { '@return': { type: 'int', value: '4' } }, captureExpressions: { took: { type: '@duration', value: '2.5' } } },
    });
    // An expression naming no variable is dropped silently, as the agent drops it when it builds the probe.
    expect(s?.debugger.snapshot).not.toHaveProperty('evaluationErrors');
    expect(o?.debugger.snapshot.captures).toEqual({
      entry: { captureExpressions: { twice_n: { type: 'int', value: '3' } } },
      return: { captureExpressions: { took: { type: '@duration', value: '1' } } },
    });
    expect(o?.debugger).not.toHaveProperty('type');
  });
});
