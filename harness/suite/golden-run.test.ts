import { expect, test } from 'vitest';
import { UpdatePolicyError } from '../golden/index.ts';
import { readSettings, SuiteSettingsError } from './golden-run.ts';
import { RepeatSettingError } from './repeatable.ts';

test('one refused setting throws its own error; several throw one error naming each', () => {
  expect(() => readSettings({ CI: 'true', UPDATE_GOLDEN: 'new' })).toThrow(UpdatePolicyError);
  let refused: unknown;
  try {
    readSettings({ UPDATE_GOLDEN: 'yes', GOLDEN_REPEAT: '0' });
  } catch (error) {
    refused = error;
  }
  expect(refused).toBeInstanceOf(SuiteSettingsError);
  const { errors, message } = refused as SuiteSettingsError;
  expect([errors[0], errors[1]]).toEqual([expect.any(UpdatePolicyError), expect.any(RepeatSettingError)]);
  expect(message.split('\n')).toEqual([expect.stringMatching(/^UpdatePolicyError: UPDATE_GOLDEN=yes is not understood/), expect.stringMatching(/^RepeatSettingError: GOLDEN_REPEAT=0 is not a run count/)]);
});

test('settings that are all readable give the run its settings', () => {
  expect(readSettings({ GODI_ROOT: '/tmp/project', GODI_CASES: 'a, b', GOLDEN_REPEAT: '2', GODI_SHARD: '1/2' })).toMatchObject({
    root: '/tmp/project',
    onlyCases: ['a', 'b'],
    repeat: 2,
    shard: { index: 1, count: 2 },
    policy: 'none',
  });
});
