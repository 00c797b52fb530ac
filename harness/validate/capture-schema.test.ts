import { describe, expect, test } from 'vitest';
import { validateCaptureMeta } from './index.ts';
import { addAt, deleteAt, problemsOf, setAt } from './test-helpers.ts';

const problems = (value: unknown) => problemsOf(validateCaptureMeta, value);

const SWISS = {
  headerType: 40,
  usedOffset: 0,
  dirPtrOffset: 16,
  dirLenOffset: 24,
  tableType: 41,
  directoryType: 43,
  tableGroupsDataOffset: 8,
  tableGroupsLengthMaskOffset: 16,
  groupType: 42,
  groupSize: 200,
  ctrlOffset: 0,
  slotsOffset: 8,
  slotSize: 24,
  slotsPerGroup: 8,
  keyOffset: 0,
  elemOffset: 16,
  indirectKey: false,
  indirectElem: false,
};

const HMAP = {
  headerType: 50,
  countOffset: 0,
  bOffset: 9,
  bucketsOffset: 16,
  oldbucketsOffset: 24,
  bucketType: 51,
  bucketSize: 208,
  tophashOffset: 0,
  keysOffset: 8,
  elemsOffset: 136,
  overflowOffset: 200,
  bucketCount: 8,
  keySlotSize: 16,
  elemSlotSize: 8,
  indirectKey: false,
  indirectElem: false,
};

/** Metadata as docs/capture-format.md section 2 describes it, with one type of every kind. */
function meta(): Record<string, unknown> {
  return structuredClone({
    program: { name: 'sample', service: 'sample', goVersion: 'go1.26.8', arch: 'amd64', buildId: 'abc/def' },
    clock: { source: 'ktime_boot', unixOffsetNs: '1750789242826000000' },
    runtime: { itabType: 12, itabTypeOffset: 8 },
    types: [
      { id: 1, name: 'int', kind: 'int', size: 8 },
      { id: 2, name: 'uint8', kind: 'uint8', size: 1, goRuntimeType: '0x4a2b40' },
      { id: 3, name: 'string', kind: 'string', size: 16, goRuntimeType: '0x4a2c00' },
      { id: 4, name: '*main.node', kind: 'pointer', size: 8, elem: 5 },
      {
        id: 5,
        name: 'main.node',
        kind: 'struct',
        size: 24,
        fields: [
          { name: 'val', offset: 0, type: 1 },
          { name: 'next', offset: 8, type: 4 },
          { name: 'Pointer', offset: 16, type: 15, embedded: true },
        ],
      },
      { id: 6, name: '[3]int', kind: 'array', size: 24, elem: 1, count: 3 },
      { id: 7, name: '[]string', kind: 'slice', size: 24, elem: 3 },
      { id: 8, name: 'interface {}', kind: 'interface', size: 16, empty: true },
      { id: 9, name: 'error', kind: 'interface', size: 16, empty: false },
      { id: 10, name: 'map[string]int', kind: 'map', size: 8, key: 3, value: 1, swiss: SWISS },
      { id: 11, name: 'map[int]int', kind: 'map', size: 8, key: 1, value: 1, hmap: HMAP },
      { id: 12, name: 'runtime.itab', kind: 'struct', size: 32, fields: [] },
      { id: 13, name: 'chan int', kind: 'chan', size: 8 },
      { id: 14, name: 'func()', kind: 'func', size: 8 },
      { id: 15, name: 'unsafe.Pointer', kind: 'unsafePointer', size: 8 },
    ],
    probes: [
      {
        id: 'testArrayArg',
        version: 0,
        method: 'main.testArrayArg',
        capture: { maxReferenceDepth: 3, maxCollectionSize: 100, maxLength: 255, maxFieldCount: 20 },
        maxEventBytes: 32768,
        captureReturn: true,
        captureSnapshot: true,
        throttle: { periodNs: 1_000_000_000, budget: 1 },
        template: 'arg={arg}',
        segments: [{ str: 'arg=' }, { dsl: 'arg', json: { ref: 'arg' } }],
        instances: [
          { function: 'main.testArrayArg', arguments: [{ name: 'arg', type: 6 }], results: [{ name: '~r0', type: 1 }] },
        ],
      },
    ],
    symbols: [
      {
        pc: '0x4a1b2c',
        frames: [
          { function: 'main.inlinedHelper', file: 'example.com/sample/util.go', line: 12 },
          { function: 'main.caller', file: 'example.com/sample/main.go', line: 40 },
        ],
      },
    ],
    stats: { events: 12, dropped: 0, engine: 'godi-probe v1' },
  });
}

describe('valid capture metadata', () => {
  test('the documented shape, one type of every kind', () => {
    expect(problems(meta())).toEqual([]);
  });

  test('no runtime when no interface type has methods', () => {
    const value = meta();
    deleteAt(value, '/runtime');
    setAt(value, '/types/8', { id: 9, name: 'func(int)', kind: 'func', size: 8 });
    expect(problems(value)).toEqual([]);
  });

  test('optional keys: runtimeTypeNames, a probe without template', () => {
    const value = meta();
    addAt(value, '/runtimeTypeNames', { '0x4a9000': 'main.unlisted' });
    deleteAt(value, '/probes/0/template');
    deleteAt(value, '/probes/0/segments');
    expect(problems(value)).toEqual([]);
  });
});

interface Mutation {
  name: string;
  mutate: (meta: Record<string, unknown>) => void;
  expected: { path: string; message: string | RegExp }[];
}

const mutations: Mutation[] = [
  {
    name: 'a map with both layouts',
    mutate: (m) => addAt(m, '/types/9/hmap', HMAP),
    expected: [{ path: '/types/9', message: /^matches more than one alternative \(a map type .* exactly one layout/ }],
  },
  {
    name: 'a map with no layout',
    mutate: (m) => deleteAt(m, '/types/10/hmap'),
    expected: [{ path: '/types/10', message: /^missing key "swiss" or missing key "hmap" \(a map type/ }],
  },
  {
    name: 'no runtime beside an interface type with methods',
    mutate: (m) => deleteAt(m, '/runtime'),
    expected: [{ path: '', message: 'missing key "runtime" (an interface type with methods needs "runtime", the itab layout)' }],
  },
  {
    name: 'a pointer without elem',
    mutate: (m) => deleteAt(m, '/types/3/elem'),
    expected: [{ path: '/types/3', message: /^missing key "elem" \(a pointer or slice type names its element type/ }],
  },
  {
    name: 'a key of another kind (elem on an int)',
    mutate: (m) => addAt(m, '/types/0/elem', 2),
    expected: [{ path: '/types/0/elem', message: 'unknown key, or not allowed here' }],
  },
  {
    name: 'embedded: false (a plain field omits the key)',
    mutate: (m) => addAt(m, '/types/4/fields/0/embedded', false),
    expected: [{ path: '/types/4/fields/0/embedded', message: 'must be true' }],
  },
  {
    name: 'an unknown kind',
    mutate: (m) => setAt(m, '/types/12/kind', 'channel'),
    expected: [{ path: '/types/12/kind', message: /^must be one of "bool", / }],
  },
  {
    name: 'a type id of 0',
    mutate: (m) => setAt(m, '/types/0/id', 0),
    expected: [{ path: '/types/0/id', message: 'must be >= 1' }],
  },
  {
    name: 'an upper-case runtime type address',
    mutate: (m) => setAt(m, '/types/1/goRuntimeType', '0x4A2B40'),
    expected: [{ path: '/types/1/goRuntimeType', message: /^must match / }],
  },
  {
    name: 'an incomplete swiss layout',
    mutate: (m) => deleteAt(m, '/types/9/swiss/groupSize'),
    expected: [{ path: '/types/9/swiss', message: 'missing key "groupSize"' }],
  },
  {
    name: 'unixOffsetNs as a number',
    mutate: (m) => setAt(m, '/clock/unixOffsetNs', 1750789242826000000),
    expected: [{ path: '/clock/unixOffsetNs', message: 'must be string' }],
  },
  {
    name: 'a missing event count',
    mutate: (m) => deleteAt(m, '/stats/events'),
    expected: [{ path: '/stats', message: 'missing key "events"' }],
  },
  {
    name: 'a probe with a limit left out',
    mutate: (m) => deleteAt(m, '/probes/0/capture/maxFieldCount'),
    expected: [{ path: '/probes/0/capture', message: 'missing key "maxFieldCount"' }],
  },
  {
    name: 'maxEventBytes inside capture instead of beside it',
    mutate: (m) => addAt(m, '/probes/0/capture/maxEventBytes', 4096),
    expected: [{ path: '/probes/0/capture/maxEventBytes', message: 'unknown key, or not allowed here' }],
  },
  {
    name: 'a bad segment (schema shared with probes.json)',
    mutate: (m) => setAt(m, '/probes/0/segments/1', { dsl: 'arg' }),
    expected: [{ path: '/probes/0/segments/1', message: 'missing key "json"' }],
  },
  {
    name: 'a symbol with no frames',
    mutate: (m) => setAt(m, '/symbols/0/frames', []),
    expected: [{ path: '/symbols/0/frames', message: 'must NOT have fewer than 1 items' }],
  },
  {
    name: 'a runtimeTypeNames key that is no address',
    mutate: (m) => addAt(m, '/runtimeTypeNames', { 'main.T': 'main.T' }),
    expected: [{ path: '/runtimeTypeNames/main.T', message: 'invalid key: must match ^0x[0-9a-f]+$' }],
  },
  {
    name: 'a size Go does not give the kind (an int of 4 bytes)',
    mutate: (m) => setAt(m, '/types/0/size', 4),
    expected: [{ path: '/types/0/size', message: /^must be 8 \(an int, int64, .* has size 8\)$/ }],
  },
  {
    name: 'more slots in a swiss group than control bytes',
    mutate: (m) => setAt(m, '/types/9/swiss/slotsPerGroup', 9),
    expected: [{ path: '/types/9/swiss/slotsPerGroup', message: 'must be <= 8' }],
  },
  {
    name: 'engineCondition on a probe without a condition',
    mutate: (m) => addAt(m, '/probes/0/engineCondition', true),
    expected: [{ path: '/probes/0/engineCondition', message: /^must not be present \(engineCondition is set only on a probe with a condition/ }],
  },
  {
    name: 'a probe with both an error and instances',
    mutate: (m) => addAt(m, '/probes/0/error', 'no such function'),
    expected: [{ path: '/probes/0/instances', message: /\(a probe has instances exactly when it has no error\)$/ }],
  },
  {
    name: 'an unknown top-level key',
    mutate: (m) => addAt(m, '/hostname', 'box'),
    expected: [{ path: '/hostname', message: /^unknown key; expected one of: program, clock, runtime, types, / }],
  },
];

describe('opaque types, beyond the type bound of the engine', () => {
  test('carry only the common keys', () => {
    const value = meta();
    setAt(value, '/types/3', { id: 4, name: '*main.node', kind: 'pointer', size: 8, opaque: true });
    setAt(value, '/types/10', { id: 11, name: 'map[int]int', kind: 'map', size: 8, opaque: true });
    expect(problems(value)).toEqual([]);
  });

  test('may not carry the keys of their kind', () => {
    const value = meta();
    addAt(value, '/types/9/opaque', true);
    expect(problems(value)).toEqual([
      { path: '/types/9/key', message: 'unknown key, or not allowed here' },
      { path: '/types/9/value', message: 'unknown key, or not allowed here' },
      { path: '/types/9/swiss', message: 'unknown key, or not allowed here' },
    ]);
  });
});

describe('invalid capture metadata', () => {
  test.each(mutations)('$name', ({ mutate, expected }) => {
    const value = meta();
    mutate(value);
    const found = problems(value);
    expect(found, JSON.stringify(found)).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]?.path).toBe(want.path);
      expect(found[i]?.message).toMatch(want.message);
    });
  });
});
