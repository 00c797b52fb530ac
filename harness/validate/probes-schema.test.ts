import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateProbesConfig } from './index.ts';
import { addAt, deleteAt, problemsOf, setAt } from './test-helpers.ts';

const problems = (value: unknown) => problemsOf(validateProbesConfig, value);

/** The probe of section 4 of the snapshot doc. */
function docProbe(): Record<string, unknown> {
  return {
    id: 'testArrayArg',
    version: 0,
    type: 'LOG_PROBE',
    where: { methodName: 'main.testArrayArg' },
    captureSnapshot: true,
    capture: { maxReferenceDepth: 3, maxCollectionSize: 100, maxLength: 255 },
    template: 'arg={arg}',
    segments: [{ str: 'arg=' }, { dsl: 'arg', json: { ref: 'arg' } }],
    tags: [],
  };
}

describe('valid probes.json', () => {
  test.each([
    ['the documented example', [docProbe()]],
    ['the minimum', [{ id: 'f', version: 0, type: 'LOG_PROBE', where: { methodName: 'main.f' } }]],
    [
      'every limit, our maxEventBytes extension, evaluateAt and tags',
      [
        {
          ...docProbe(),
          capture: { maxReferenceDepth: 0, maxCollectionSize: 5, maxLength: 16, maxFieldCount: 20, maxEventBytes: 4096 },
          evaluateAt: 'EXIT',
          tags: ['team:di'],
        },
      ],
    ],
    [
      'a nested DSL expression',
      [
        {
          ...docProbe(),
          template: '{o.Name}',
          segments: [{ dsl: 'o.Name', json: { getmember: [{ ref: 'o' }, 'Name'] } }],
        },
      ],
    ],
  ])('%s', (_name, value) => {
    expect(problems(value)).toEqual([]);
  });
});

const CASES_DIR = fileURLToPath(new URL('../../cases/', import.meta.url));
const caseProbeFiles = readdirSync(CASES_DIR)
  .map((name) => join(name, 'probes.json'))
  .filter((file) => existsSync(join(CASES_DIR, file)))
  .sort();

describe("the cases' probes.json", () => {
  test('exist', () => {
    expect(caseProbeFiles.length, `no cases/*/probes.json under ${CASES_DIR}`).toBeGreaterThan(0);
  });

  test.each(caseProbeFiles)('cases/%s validates', (file) => {
    expect(problems(JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')))).toEqual([]);
  });
});

interface Mutation {
  name: string;
  mutate: (probes: unknown[]) => void;
  expected: { path: string; message: string | RegExp }[];
}

const mutations: Mutation[] = [
  {
    name: 'an unknown probe key',
    mutate: (p) => addAt(p, '/0/whn', { dsl: 'x > 1', json: { gt: [{ ref: 'x' }, 1] } }),
    expected: [{ path: '/0/whn', message: /^unknown key; expected one of: id, version, type, where, captureSnapshot, capture,/ }],
  },
  {
    name: 'a condition without its tree',
    mutate: (p) => addAt(p, '/0/when', { dsl: 'x > 1' }),
    expected: [{ path: '/0/when', message: 'missing key "json"' }],
  },
  {
    name: 'an event budget the engine would refuse (below 256 bytes)',
    mutate: (p) => addAt(p, '/0/capture/maxEventBytes', 255),
    expected: [{ path: '/0/capture/maxEventBytes', message: 'must be >= 256' }],
  },
  {
    name: 'an event budget over the record cap',
    mutate: (p) => addAt(p, '/0/capture/maxEventBytes', 65529),
    expected: [{ path: '/0/capture/maxEventBytes', message: 'must be <= 65528' }],
  },
  {
    name: 'a limit over uint32',
    mutate: (p) => setAt(p, '/0/capture/maxLength', 5_000_000_000),
    expected: [{ path: '/0/capture/maxLength', message: 'must be <= 4294967295' }],
  },
  {
    name: 'an unknown capture limit',
    mutate: (p) => addAt(p, '/0/capture/maxDepth', 2),
    expected: [{ path: '/0/capture/maxDepth', message: 'unknown key, or not allowed here' }],
  },
  {
    name: 'an unknown probe type',
    mutate: (p) => setAt(p, '/0/type', 'TRACE_PROBE'),
    expected: [{ path: '/0/type', message: 'must be one of "LOG_PROBE", "METRIC_PROBE", "SPAN_PROBE", "SPAN_DECORATION_PROBE"' }],
  },
  {
    name: 'a location that is neither a method nor a line',
    mutate: (p) => setAt(p, '/0/where', { sourceFile: 'main.go' }),
    expected: [{ path: '/0/where', message: 'missing key "methodName" or missing key "lines" (Where the probe sits: a function (methodName), or a source line (sourceFile and lines).)' }],
  },
  {
    name: 'an id that cannot be a golden file name',
    mutate: (p) => setAt(p, '/0/id', '../escape'),
    expected: [{ path: '/0/id', message: /^must match / }],
  },
  {
    name: 'a version as a string',
    mutate: (p) => setAt(p, '/0/version', '0'),
    expected: [{ path: '/0/version', message: 'must be integer' }],
  },
  {
    name: 'a negative limit',
    mutate: (p) => setAt(p, '/0/capture/maxLength', -1),
    expected: [{ path: '/0/capture/maxLength', message: 'must be >= 0' }],
  },
  {
    name: 'a template without segments',
    mutate: (p) => deleteAt(p, '/0/segments'),
    expected: [{ path: '/0', message: 'missing key "segments" (required with "template")' }],
  },
  {
    name: 'a segment mixing text and expression',
    mutate: (p) => addAt(p, '/0/segments/0/dsl', 'arg'),
    expected: [{ path: '/0/segments/0/dsl', message: 'unknown key; expected one of: str' }],
  },
  {
    name: 'an expression segment without its tree',
    mutate: (p) => deleteAt(p, '/0/segments/1/json'),
    expected: [{ path: '/0/segments/1', message: 'missing key "json"' }],
  },
  {
    name: 'an unknown evaluateAt',
    mutate: (p) => addAt(p, '/0/evaluateAt', 'RETURN'),
    expected: [{ path: '/0/evaluateAt', message: 'must be one of "ENTRY", "EXIT", "DEFAULT"' }],
  },
];

describe('invalid probes.json', () => {
  test.each(mutations)('$name', ({ mutate, expected }) => {
    const probes = [docProbe()];
    mutate(probes);
    const found = problems(probes);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]?.path).toBe(want.path);
      expect(found[i]?.message).toMatch(want.message);
    });
  });

  test('no probes at all', () => {
    expect(problems([])).toEqual([{ path: '', message: 'must NOT have fewer than 1 items' }]);
  });

  test('a single probe object instead of an array', () => {
    expect(problems(docProbe())).toEqual([{ path: '', message: 'must be array' }]);
  });
});
