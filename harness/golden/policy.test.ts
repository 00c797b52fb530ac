import { expect, test } from 'vitest';
import { updatePolicy, UpdatePolicyError } from './policy.ts';

test.each([
  [{}, 'none'],
  [{ UPDATE_GOLDEN: '' }, 'none'],
  [{ UPDATE_GOLDEN: '0' }, 'none'],
  [{ UPDATE_GOLDEN: '1' }, 'all'],
  [{ UPDATE_GOLDEN: 'new' }, 'new'],
  [{ CI: 'true' }, 'none'],
  [{ CI: 'false', UPDATE_GOLDEN: '1' }, 'all'],
  [{ CI: 'true', UPDATE_GOLDEN: '0' }, 'none'],
])('%o -> %s', (env, policy) => {
  expect(updatePolicy(env)).toBe(policy);
});

test.each([
  [{ CI: 'true', UPDATE_GOLDEN: '1' }, 'UPDATE_GOLDEN=1 is refused because CI is set'],
  [{ CI: '1', UPDATE_GOLDEN: 'new' }, 'UPDATE_GOLDEN=new is refused because CI is set'],
  [{ UPDATE_GOLDEN: 'yes' }, 'UPDATE_GOLDEN=yes is not understood: use 1 (rewrite changed and missing goldens) or new'],
])('%o is refused', (env, message) => {
  expect(() => updatePolicy(env)).toThrow(UpdatePolicyError);
  expect(() => updatePolicy(env)).toThrow(message);
});
