import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SchemaError, validateSnapshots } from './index.ts';
import { addAt, deleteAt, problemsOf, setAt } from './test-helpers.ts';

/** Real, normalized output of Datadog's Go agent (see its README). */
const CONFORMANCE_DIR = fileURLToPath(new URL('../../conformance/datadog-go/', import.meta.url));
const conformanceFiles = readdirSync(CONFORMANCE_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json'))
  .sort();

function conformance(file: string): unknown[] {
  return JSON.parse(readFileSync(join(CONFORMANCE_DIR, file), 'utf8')) as unknown[];
}

const problems = (value: unknown) => problemsOf(validateSnapshots, value);

describe('the Datadog Go conformance corpus', () => {
  test('is there', () => {
    expect(conformanceFiles.length, `no *.json under ${CONFORMANCE_DIR}`).toBeGreaterThan(0);
  });

  test.each(conformanceFiles)('%s validates', (file) => {
    expect(problems(conformance(file))).toEqual([]);
  });
});

const ARGS = '/0/debugger/snapshot/captures/entry/arguments';

describe('raw and project-normalized snapshots validate too', () => {
  test('raw values in place of the Datadog placeholders', () => {
    const snapshots = conformance('sample/testPointerLoop.json');
    setAt(snapshots, '/0/timestamp', 1750789242826);
    setAt(snapshots, '/0/debugger/snapshot/timestamp', 1750789242826);
    setAt(snapshots, '/0/debugger/snapshot/id', '0b6a3a8e-6f6e-4b1c-9a55-1c2d3e4f5a6b');
    setAt(snapshots, '/0/logger/thread_id', 17);
    setAt(snapshots, '/0/debugger/snapshot/stack/4/lineNumber', 1700);
    addAt(snapshots, '/0/duration', 1834);
    setAt(snapshots, `${ARGS}/a/address`, '0xc000012345');
    setAt(snapshots, `${ARGS}/a/fields/b/address`, '0xc000012345');
    expect(problems(snapshots)).toEqual([]);
  });

  test('numbered addresses [addr#N]', () => {
    const snapshots = conformance('sample/testPointerLoop.json');
    setAt(snapshots, `${ARGS}/a/address`, '[addr#1]');
    setAt(snapshots, `${ARGS}/a/fields/b/address`, '[addr#12]');
    expect(problems(snapshots)).toEqual([]);
  });

  test('a single envelope, not wrapped in an array', () => {
    const [envelope] = conformance('sample/testStruct.json');
    expect(problems(envelope)).toEqual([]);
    setAt(envelope, '/debugger/snapshot/language', 'java');
    expect(problems(envelope)).toEqual([{ path: '/debugger/snapshot/language', message: 'must be "go"' }]);
  });

  test('a line probe capturing under captures.lines', () => {
    const snapshots = conformance('simple/condCompound_line_and.json');
    addAt(snapshots, '/0/debugger/snapshot/captures', {
      lines: { '501': { locals: { n: { type: 'int', value: '7' } } } },
    });
    expect(problems(snapshots)).toEqual([]);
  });

  test('several results as an untyped @return with fields', () => {
    const snapshots = conformance('sample/testArrayArgAndReturn.json');
    setAt(snapshots, '/0/debugger/snapshot/captures/return/locals/@return', {
      fields: { '~r0': { type: 'int', value: '1' }, err: { type: 'error', isNull: true } },
    });
    expect(problems(snapshots)).toEqual([]);
  });
});

interface Mutation {
  name: string;
  file: string;
  mutate: (snapshots: unknown[]) => void;
  /** Exactly the problems expected: no noise from other schema branches. */
  expected: { path: string; message: string | RegExp }[];
}

const mutations: Mutation[] = [
  {
    name: 'a number as a captured value',
    file: 'sample/testStruct.json',
    mutate: (s) => setAt(s, `${ARGS}/x/fields/aNumber/value`, 2),
    expected: [{ path: `${ARGS}/x/fields/aNumber/value`, message: 'must be string' }],
  },
  {
    name: 'a number as size',
    file: 'sample/testStringSlice.json',
    mutate: (s) => setAt(s, `${ARGS}/s/size`, 3),
    expected: [{ path: `${ARGS}/s/size`, message: 'must be string' }],
  },
  {
    name: 'a size that is not a decimal count',
    file: 'sample/testStringSlice.json',
    mutate: (s) => setAt(s, `${ARGS}/s/size`, '0x3'),
    expected: [{ path: `${ARGS}/s/size`, message: /^must match/ }],
  },
  {
    name: 'a captured value without type',
    file: 'sample/testStruct.json',
    mutate: (s) => deleteAt(s, `${ARGS}/x/fields/nested/type`),
    expected: [{ path: `${ARGS}/x/fields/nested`, message: 'missing key "type"' }],
  },
  {
    name: 'a bare isNull with another key',
    file: 'sample/testAny.json',
    mutate: (s) => addAt(s, '/6/debugger/snapshot/captures/entry/arguments/a/fields/data/value', '1'),
    expected: [{ path: '/6/debugger/snapshot/captures/entry/arguments/a/fields/data', message: 'missing key "type"' }],
  },
  {
    name: 'an unknown key in a captured value',
    file: 'sample/testStruct.json',
    mutate: (s) => addAt(s, `${ARGS}/x/fields/aBool/kind`, 'bool'),
    expected: [{ path: `${ARGS}/x/fields/aBool/kind`, message: /^unknown key; expected one of: type, value, / }],
  },
  {
    name: 'an unknown key in the envelope',
    file: 'sample/testStruct.json',
    mutate: (s) => addAt(s, '/0/hostname', 'box'),
    expected: [{ path: '/0/hostname', message: /^unknown key; expected one of: service, ddsource, / }],
  },
  {
    name: 'an unknown notCapturedReason',
    file: 'sample/testPointerLoop.json',
    mutate: (s) => setAt(s, `${ARGS}/a/fields/b/notCapturedReason`, 'cycle'),
    expected: [{ path: `${ARGS}/a/fields/b/notCapturedReason`, message: /^must be one of "depth", .*"circular reference"/ }],
  },
  {
    name: 'elements on a map',
    file: 'sample/testSmallMap.json',
    mutate: (s) => addAt(s, `${ARGS}/m/elements`, []),
    expected: [{ path: `${ARGS}/m/elements`, message: /^must not be present \(a map value lists its content under "entries"/ }],
  },
  {
    name: 'entries on a slice',
    file: 'sample/testStringSlice.json',
    mutate: (s) => addAt(s, `${ARGS}/s/entries`, []),
    expected: [{ path: `${ARGS}/s/entries`, message: /^must not be present \(an array or slice value lists/ }],
  },
  {
    name: 'a map entry that is not a [key, value] pair',
    file: 'sample/testSmallMap.json',
    mutate: (s) => setAt(s, `${ARGS}/m/entries/1`, [{ type: 'string', value: 'BBB' }]),
    expected: [{ path: `${ARGS}/m/entries/1`, message: 'must NOT have fewer than 2 items' }],
  },
  {
    name: 'isNull as a string',
    file: 'sample/testNilPointer.json',
    mutate: (s) => setAt(s, `${ARGS}/z/isNull`, 'true'),
    expected: [{ path: `${ARGS}/z/isNull`, message: 'must be boolean' }],
  },
  {
    name: 'truncated without size',
    file: 'sample/testMassiveString.json',
    mutate: (s) => deleteAt(s, `${ARGS}/x/size`),
    expected: [{ path: `${ARGS}/x`, message: 'missing key "size" (required with "truncated")' }],
  },
  {
    name: 'a stack line number as a string that is no placeholder',
    file: 'sample/testStruct.json',
    mutate: (s) => setAt(s, '/0/debugger/snapshot/stack/0/lineNumber', '42'),
    expected: [{ path: '/0/debugger/snapshot/stack/0/lineNumber', message: 'must be integer or "[lineNumber]"' }],
  },
  {
    name: 'a stack of program counters (the first prototype)',
    file: 'sample/testStruct.json',
    mutate: (s) => setAt(s, '/0/debugger/snapshot/stack', [4791104, 4791200]),
    expected: [
      { path: '/0/debugger/snapshot/stack/0', message: 'must be object' },
      { path: '/0/debugger/snapshot/stack/1', message: 'must be object' },
    ],
  },
  {
    name: 'an unknown timestamp placeholder',
    file: 'sample/testStruct.json',
    mutate: (s) => setAt(s, '/0/timestamp', '[time]'),
    expected: [{ path: '/0/timestamp', message: 'must be integer or "[ts]" (unix epoch milliseconds)' }],
  },
  {
    name: 'a thread_id as a decimal string',
    file: 'sample/testStruct.json',
    mutate: (s) => setAt(s, '/0/logger/thread_id', '17'),
    expected: [{ path: '/0/logger/thread_id', message: 'must be integer or must match ^\\[goid(#[1-9][0-9]*)?\\]$ (an integer, or a placeholder: [goid] or [goid#N])' }],
  },
  {
    name: 'an address placeholder numbered from zero',
    file: 'sample/testPointerLoop.json',
    mutate: (s) => setAt(s, `${ARGS}/a/address`, '[addr#0]'),
    expected: [{ path: `${ARGS}/a/address`, message: /^must match .* or must match .*\(0x and lowercase hex, or a placeholder/ }],
  },
  {
    name: 'an address as a number',
    file: 'sample/testPointerLoop.json',
    mutate: (s) => setAt(s, `${ARGS}/a/address`, 0xc000012345),
    expected: [{ path: `${ARGS}/a/address`, message: /^must be string/ }],
  },
  {
    name: 'a snapshot id that is neither a uuid nor [id]',
    file: 'sample/testStruct.json',
    mutate: (s) => setAt(s, '/0/debugger/snapshot/id', 'snap-1'),
    expected: [{ path: '/0/debugger/snapshot/id', message: 'must be a uuid or "[id]"' }],
  },
  {
    name: 'an empty evaluationErrors',
    file: 'simple/condCompound_runtime_error_executed.json',
    mutate: (s) => setAt(s, '/0/debugger/snapshot/evaluationErrors', []),
    expected: [{ path: '/0/debugger/snapshot/evaluationErrors', message: 'must NOT have fewer than 1 items' }],
  },
  {
    name: 'a line probe capturing under entry as well',
    file: 'sample/testStruct.json',
    mutate: (s) => addAt(s, '/0/debugger/snapshot/captures/lines', { '12': {} }),
    expected: [{ path: '/0/debugger/snapshot/captures/entry', message: /^must not be present \(a line probe captures under "lines"/ }],
  },
  {
    name: 'a line capture keyed by something other than a line number',
    file: 'simple/condCompound_line_and.json',
    mutate: (s) => addAt(s, '/0/debugger/snapshot/captures', { lines: { main: {} } }),
    expected: [{ path: '/0/debugger/snapshot/captures/lines/main', message: 'invalid key: must match ^[1-9][0-9]*$' }],
  },
  {
    name: 'a multiple-result @return with one result',
    file: 'sample/testArrayArgAndReturn.json',
    mutate: (s) =>
      setAt(s, '/0/debugger/snapshot/captures/return/locals/@return', { fields: { '~r0': { type: 'int', value: '1' } } }),
    expected: [
      { path: '/0/debugger/snapshot/captures/return/locals/@return/fields', message: 'must NOT have fewer than 2 properties' },
    ],
  },
  {
    name: 'a missing snapshot id',
    file: 'sample/testStruct.json',
    mutate: (s) => deleteAt(s, '/0/debugger/snapshot/id'),
    expected: [{ path: '/0/debugger/snapshot', message: 'missing key "id"' }],
  },
  {
    name: 'a line probe location without its line',
    file: 'simple/condCompound_line_and.json',
    mutate: (s) => deleteAt(s, '/0/debugger/snapshot/probe/location/line'),
    expected: [{ path: '/0/debugger/snapshot/probe/location', message: 'missing key "line" (required with "file")' }],
  },
];

describe('mutated conformance snapshots are rejected at the mistake', () => {
  test.each(mutations)('$name', ({ file, mutate, expected }) => {
    const snapshots = conformance(file);
    mutate(snapshots);
    const found = problems(snapshots);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]?.path).toBe(want.path);
      expect(found[i]?.message).toMatch(want.message);
    });
  });

  test('every mutation starts from a value the schema accepts', () => {
    for (const { file } of mutations) expect(problems(conformance(file)), file).toEqual([]);
  });

  test('the thrown SchemaError names the source, the schema and each problem', () => {
    const snapshots = conformance('sample/testStruct.json');
    setAt(snapshots, `${ARGS}/x/fields/aNumber/value`, 2);
    expect(() => validateSnapshots(snapshots, 'golden/sample/testStruct.json')).toThrow(SchemaError);
    expect(() => validateSnapshots(snapshots, 'golden/sample/testStruct.json')).toThrow(
      `golden/sample/testStruct.json does not match schemas/snapshot.schema.json:\n  ${ARGS}/x/fields/aNumber/value: must be string`,
    );
  });

  test('a document that is neither an envelope nor an array of them', () => {
    expect(problems('snapshots')).toEqual([{ path: '', message: 'must be object' }]);
    expect(problems([42])).toEqual([{ path: '/0', message: 'must be object' }]);
  });
});
