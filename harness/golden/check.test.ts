import { describe, expect, test } from 'vitest';
import type { JsonValue } from '../common/index.ts';
import { checkGolden, type GoldenEnvironment, updateCommand } from './check.ts';
import { findOrphans } from './orphans.ts';
import type { UpdatePolicy } from './policy.ts';
import { serializeGolden } from './serialize.ts';
import { MemoryGoldenStore } from './store.ts';

const key = { program: 'sample', probeId: 'testInt' };
const testName = 'sample › testInt';
const snapshots = (value: string): JsonValue[] => [{ captures: { entry: { arguments: { x: { type: 'int', value } } } } }];

function setup(policy: UpdatePolicy, opts: { ci?: boolean; golden?: string } = {}) {
  const goldens = new MemoryGoldenStore('golden');
  const actuals = new MemoryGoldenStore('.golden-actual');
  if (opts.golden !== undefined) goldens.files.set('sample/testInt.json', opts.golden);
  const env: GoldenEnvironment = { goldens, actuals, policy, ci: opts.ci ?? false, color: false };
  return { goldens, actuals, env, run: (actual: JsonValue[]) => checkGolden({ key, actual, testName }, env) };
}

describe('equal golden', () => {
  test.each(['none', 'new', 'all'] as const)('passes and is not rewritten under %s, even when formatted differently', async (policy) => {
    const golden = '[{"captures":{"entry":{"arguments":{"x":{"value":"1","type":"int"}}}}}]';
    const { goldens, actuals, run } = setup(policy, { golden });
    actuals.files.set('sample/testInt.json', 'stale actual of an earlier failing run');
    expect(await run(snapshots('1'))).toEqual({ state: 'unchanged', written: false, changes: [] });
    expect(goldens.files.get('sample/testInt.json')).toBe(golden);
    expect(actuals.files.size).toBe(0);
  });
});

describe('mismatched golden', () => {
  test.each(['none', 'new'] as const)('fails under %s: changed paths, diff, saved actual, accept command', async (policy) => {
    const golden = serializeGolden(snapshots('1'));
    const { goldens, actuals, run } = setup(policy, { golden });
    const result = await run(snapshots('2'));
    expect(result).toMatchObject({ state: 'changed', written: false, actualFile: '.golden-actual/sample/testInt.json' });
    expect(result.changes).toEqual([{ kind: 'changed', pointer: '/0/captures/entry/arguments/x/value' }]);
    expect(result.failure?.split('\n')).toEqual([
      'golden mismatch: golden/sample/testInt.json (1 changed path)',
      '  changed /0/captures/entry/arguments/x/value',
      'diff (- golden, + actual):',
      ' [',
      '   {',
      '     captures: {',
      '       entry: {',
      '         arguments: {',
      '           x: {',
      '-            value: "1"',
      '+            value: "2"',
      '           }',
      '         }',
      '       }',
      '     }',
      '   }',
      ' ]',
      'accept it with `GODI_CASES=sample UPDATE_GOLDEN=1 npm test -- -t "^sample › testInt$"`',
      'actual output saved to .golden-actual/sample/testInt.json',
    ]);
    expect(goldens.files.get('sample/testInt.json')).toBe(golden);
    expect(actuals.files.get('sample/testInt.json')).toBe(serializeGolden(snapshots('2')));
  });

  test('on CI the advice says to accept on your machine', async () => {
    const { run } = setup('none', { ci: true, golden: serializeGolden(snapshots('1')) });
    expect((await run(snapshots('2'))).failure).toContain('-t "^sample › testInt$"` on your machine (CI never writes goldens)');
  });

  test('is rewritten under all, and the saved actual goes away', async () => {
    const { goldens, actuals, run } = setup('all', { golden: serializeGolden(snapshots('1')) });
    actuals.files.set('sample/testInt.json', 'stale');
    const result = await run(snapshots('2'));
    expect(result).toMatchObject({ state: 'changed', written: true });
    expect(result.failure).toBeUndefined();
    expect(goldens.files.get('sample/testInt.json')).toBe(serializeGolden(snapshots('2')));
    expect(actuals.files.size).toBe(0);
  });
});

describe('missing golden', () => {
  test('fails under none with its path and the command that creates it', async () => {
    const { goldens, actuals, run } = setup('none', { ci: true });
    const result = await run(snapshots('1'));
    expect(result).toMatchObject({ state: 'new', written: false });
    expect(result.failure).toBe(
      'missing golden golden/sample/testInt.json: create it with `GODI_CASES=sample UPDATE_GOLDEN=new npm test -- -t "^sample › testInt$"` on your machine, then commit it (CI never writes goldens)\n' +
        'actual output saved to .golden-actual/sample/testInt.json',
    );
    expect(goldens.files.size).toBe(0);
    expect(actuals.files.get('sample/testInt.json')).toBe(serializeGolden(snapshots('1')));
  });

  test.each(['new', 'all'] as const)('is created under %s', async (policy) => {
    const { goldens, run } = setup(policy);
    expect(await run(snapshots('1'))).toEqual({ state: 'new', written: true, changes: [] });
    expect(goldens.files.get('sample/testInt.json')).toBe(serializeGolden(snapshots('1')));
  });
});

describe('invalid golden', () => {
  test('a golden that is not JSON fails under none, and is rewritten under all', async () => {
    expect(await setup('none', { golden: '[{' }).run(snapshots('1'))).toMatchObject({
      state: 'changed',
      failure: expect.stringMatching(/^golden\/sample\/testInt\.json: not JSON/),
    });
    const { goldens, run } = setup('all', { golden: '[{' });
    expect(await run(snapshots('1'))).toMatchObject({ state: 'changed', written: true });
    expect(goldens.files.get('sample/testInt.json')).toBe(serializeGolden(snapshots('1')));
  });

  test('a golden the schema rejects fails with the validator message', async () => {
    const { env } = setup('none', { golden: serializeGolden(snapshots('1')) });
    const validate = (_value: unknown, source: string) => {
      throw new Error(`${source}: /0/service: must have required property`);
    };
    const result = await checkGolden({ key, actual: snapshots('1'), testName }, { ...env, validate });
    expect(result.failure).toMatch(/^golden\/sample\/testInt\.json: \/0\/service: must have required property/);
  });
});

describe('findOrphans', () => {
  const stored = [
    { program: 'gone', probeId: 'a' },
    { program: 'sample', probeId: 'old' },
    { program: 'sample', probeId: 'testInt' },
  ];
  test('keys no declared probe accounts for', () => {
    expect(findOrphans(stored, [key])).toEqual([stored[0], stored[1]]);
  });
  test('limited to the programs of a filtered run', () => {
    expect(findOrphans(stored, [key], new Set(['sample']))).toEqual([stored[1]]);
  });
});

describe('updateCommand', () => {
  test('names exactly one test: anchored, escaped, and only its case', () => {
    const command = updateCommand('all', 'interfaces › testAny.Int');
    expect(command).toBe('GODI_CASES=interfaces UPDATE_GOLDEN=1 npm test -- -t "^interfaces › testAny\\.Int$"');
    const pattern = new RegExp(/-t "(.*)"$/.exec(command)?.[1] ?? '');
    expect(['interfaces › testAny.Int', 'interfaces › testAny.IntPointer', 'interfaces › testAnyXInt'].filter((n) => pattern.test(n))).toEqual([
      'interfaces › testAny.Int',
    ]);
  });
});
