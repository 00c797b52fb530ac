import { expect, test } from 'vitest';
import { colorWanted, isCI } from './env.ts';

test.each([
  [undefined, false],
  ['', false],
  ['false', false],
  ['0', false],
  ['true', true],
  ['1', true],
])('CI=%s is CI: %s', (value, expected) => {
  expect(isCI(value === undefined ? {} : { CI: value })).toBe(expected);
});

test.each([
  [{}, true, true],
  [{}, false, false],
  [{ FORCE_COLOR: '1' }, false, true],
  [{ FORCE_COLOR: '0' }, true, false],
  [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
])('colours with env %o on a terminal=%s: %s', (env, tty, expected) => {
  expect(colorWanted(env, tty)).toBe(expected);
});
