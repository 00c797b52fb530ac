import { describe, expect, test } from 'vitest';
import { pointerSegment } from '../common/index.ts';
import { compilePathPattern, PathPatternError } from './path-pattern.ts';

describe('compilePathPattern', () => {
  test.each([
    ['/debugger/snapshot/id', '/debugger/snapshot/id', true],
    ['/debugger/snapshot/id', '/debugger/snapshot/id/x', false],
    ['/debugger/snapshot/id', '/debugger/snapshot', false],
    ['/a/*/c', '/a/0/c', true],
    ['/a/*/c', '/a/b/x/c', false],
    ['/a/*/c', '/a/c', false],
    ['/a/**/c', '/a/c', true],
    ['/a/**/c', '/a/b/x/c', true],
    ['/a/**/c', '/a/b/x/c/d', false],
    ['/a/**', '/a', true],
    ['', '', true],
    ['', '/a', false],
    ['/a.b', '/aXb', false],
    ['/a~1b', '/a~1b', true],
  ])('%s against %s is %s', (pattern, pointer, expected) => {
    expect(compilePathPattern(pattern).matches(pointer)).toBe(expected);
  });

  test.each([
    ['a/b', 'must be empty (the root) or start with "/"'],
    ['/a*/b', 'segment 1 ("a*"): "*" must be a whole segment'],
    ['/a/b~2', 'segment 2 ("b~2"): "~" must be followed by 0 or 1'],
  ])('rejects %s', (pattern, reason) => {
    expect(() => compilePathPattern(pattern)).toThrow(new PathPatternError(pattern, reason));
  });

  test('pointer segments escape "~" and "/" as RFC 6901 says', () => {
    expect(pointerSegment('a/b~c')).toBe('a~1b~0c');
    expect(pointerSegment(3)).toBe('3');
    expect(compilePathPattern('/x/a~1b~0c').matches(`/x/${pointerSegment('a/b~c')}`)).toBe(true);
  });
});
