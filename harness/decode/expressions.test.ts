// The expression language on captured values: each operator, the agent's coercions, and the
// errors in the agent's words.
import { describe, expect, test } from 'vitest';
import type { TypeKind } from '../capture/index.ts';
import { evaluate, evaluateCondition, type Scope } from './expressions.ts';
import type { CapturedValue } from './snapshot.ts';

const KINDS: Record<string, TypeKind> = {
  int: 'int', uint8: 'uint8', float64: 'float64', string: 'string', bool: 'bool',
  'main.point': 'struct', '*main.point': 'struct', '[]int': 'slice', 'map[string]int': 'map', 'interface {}': 'interface', error: 'interface',
};
const int = (n: number | string): CapturedValue => ({ type: 'int', value: String(n) });
const str = (s: string): CapturedValue => ({ type: 'string', value: s });
const args: Record<string, CapturedValue> = {
  n: int(7),
  b: { type: 'uint8', value: '42' },
  f: { type: 'float64', value: '2.5' },
  ok: { type: 'bool', value: 'true' },
  s: str('hello, world'),
  p: { type: '*main.point', address: '0x1', fields: { X: int(3), Y: int(-4) } },
  nilp: { type: '*main.point', isNull: true },
  xs: { type: '[]int', size: '3', elements: [int(1), int(2), int(3)] },
  m: { type: 'map[string]int', size: '2', entries: [[str('a'), int(1)], [str('b'), int(2)]] },
  v: { type: 'interface {}', fields: { data: { type: 'main.point', fields: { X: int(9), Y: int(0) } } } },
  ps: { type: '*string', address: '0x2', value: 'hello' },
  nilxs: { type: '*[]int', isNull: true },
  nilm: { type: 'map[string]int', isNull: true },
};
const scope: Scope = { arguments: args, locals: { '@return': int(21) }, durationNs: 1_500_000, durationMissing: undefined, kindOf: (t) => KINDS[t] };
const ref = (name: string) => ({ ref: name });
const holds = (json: unknown) => evaluateCondition(json, scope);

describe('operators', () => {
  test.each([
    ['eq', { eq: [ref('n'), 7] }, true],
    ['ne', { ne: [ref('n'), 7] }, false],
    ['lt le gt ge', { and: [{ lt: [ref('n'), 8] }, { le: [ref('n'), 7] }, { gt: [ref('f'), 2] }, { ge: [ref('f'), 2.5] }] }, true],
    ['or, not', { or: [{ not: ref('ok') }, { eq: [ref('s'), 'hello, world'] }] }, true],
    ['getmember through a pointer', { eq: [{ getmember: [ref('p'), 'Y'] }, -4] }, true],
    ['getmember through an interface', { eq: [{ getmember: [ref('v'), 'X'] }, 9] }, true],
    ['index of a slice', { eq: [{ index: [ref('xs'), 2] }, 3] }, true],
    ['index of a map', { eq: [{ index: [ref('m'), 'b'] }, 2] }, true],
    ['len and count', { and: [{ eq: [{ len: ref('s') }, 12] }, { eq: [{ count: ref('xs') }, 3] }, { eq: [{ len: ref('m') }, 2] }] }, true],
    ['isEmpty', { isEmpty: ref('xs') }, false],
    ['isDefined / isUndefined', { and: [{ isDefined: ref('n') }, { isUndefined: ref('nope') }] }, true],
    ['startsWith endsWith contains matches', { and: [{ startsWith: [ref('s'), 'hell'] }, { endsWith: [ref('s'), 'world'] }, { contains: [ref('s'), ', '] }, { matches: [ref('s'), '^h.*d$'] }] }, true],
    ['contains on a collection', { and: [{ contains: [ref('xs'), 2] }, { contains: [ref('m'), 'a'] }] }, true],
    ['instanceof', { instanceof: [ref('v'), 'main.point'] }, true],
    ['any / all with @it', { and: [{ any: [ref('xs'), { gt: [ref('@it'), 2] }] }, { all: [ref('xs'), { gt: [ref('@it'), 0] }] }] }, true],
    ['any over a map with @key / @value', { any: [ref('m'), { and: [{ eq: [ref('@key'), 'b'] }, { eq: [ref('@value'), 2] }] }] }, true],
    ['filter then len', { eq: [{ len: { filter: [ref('xs'), { ge: [ref('@it'), 2] }] } }, 2] }, true],
    ['@return and @duration (milliseconds)', { and: [{ eq: [ref('@return'), 21] }, { eq: [ref('@duration'), 1.5] }] }, true],
    ['a hex string literal is a number', { eq: [ref('b'), '0x2a'] }, true],
    ['an integer literal compares with a float', { lt: [ref('f'), 3] }, true],
    ['nil', { eq: [ref('nilp'), null] }, true],
  ])('%s', (_name, json, want) => {
    expect(holds(json)).toEqual({ holds: want });
  });
});

describe('errors, in the agent words', () => {
  test.each([
    ['nil pointer dereference', { getmember: [ref('nilp'), 'X'] }, 'nil pointer dereference'],
    ['index out of bounds', { index: [ref('xs'), 3] }, 'index out of bounds'],
    ['unknown field', { getmember: [ref('p'), 'Z'] }, 'failed to resolve field "Z" of *main.point'],
    ['ordering strings and numbers', { lt: [ref('s'), 3] }, 'cannot order string and number'],
  ])('%s', (_name, json, message) => {
    expect(evaluate(json, scope)).toEqual({ error: message });
  });

  // What the agent refuses when it builds the probe is marked so: a template shows it, a hit has
  // no evaluation error for it (marshal.go writes its InvalidSegment text only).
  test.each([
    ['unknown reference', ref('nope'), 'failed to resolve reference "nope"'],
    ['len of an int', { len: ref('n') }, 'len/isEmpty not supported on type "int" (int)'],
    ['unknown operation', { frobnicate: [ref('n')] }, 'unsupported operation: frobnicate'],
  ])('%s: found when the agent builds the probe', (_name, json, message) => {
    expect(evaluate(json, scope)).toEqual({ error: message, atInstall: true });
  });

  // len as the agent's lenFieldInfo takes it: through one pointer to a string or slice (a nil one
  // is a nil dereference, as in Go), a nil map is empty, a map's length is its uint64 count.
  test('len through a pointer, of nil, of a map', () => {
    expect(evaluate({ len: ref('ps') }, scope)).toEqual({ scalar: 5 });
    expect(evaluate({ len: ref('nilxs') }, scope)).toEqual({ error: 'nil pointer dereference' });
    expect(evaluate({ len: ref('nilm') }, scope)).toEqual({ scalar: 0, type: 'uint64' });
    expect(evaluate({ len: ref('m') }, scope)).toEqual({ scalar: 2, type: 'uint64' });
    expect(evaluate({ len: ref('xs') }, scope)).toEqual({ scalar: 3 });
  });

  test('a condition that is no boolean is an error', () => {
    expect(holds(ref('n'))).toEqual({ error: 'the condition is not a boolean' });
  });
});
