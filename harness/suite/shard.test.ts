import { expect, test } from 'vitest';
import { casesOfShard, parseShard, ShardSettingError, shardLabel } from './shard.ts';

test('GODI_SHARD k/n reads as the k-th of n parts; unset is no shard', () => {
  expect(parseShard(undefined)).toBeUndefined();
  expect(parseShard('')).toBeUndefined();
  expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  expect(shardLabel({ index: 2, count: 3 })).toBe('2/3');
});

test.each(['0/2', '3/2', '1', '1/0', 'a/b', ' 1/2'])('GODI_SHARD=%s is refused, saying what works', (raw) => {
  expect(() => parseShard(raw)).toThrow(ShardSettingError);
  expect(() => parseShard(raw)).toThrow(`GODI_SHARD=${raw} is not a shard: use k/n with 1 <= k <= n, e.g. 1/2`);
});

test('the shards of a run split its cases, each case in exactly one', () => {
  const cases = ['a', 'b', 'c', 'd', 'e'];
  expect(casesOfShard(cases, undefined)).toEqual(cases);
  expect(casesOfShard(cases, { index: 1, count: 2 })).toEqual(['a', 'c', 'e']);
  expect(casesOfShard(cases, { index: 2, count: 2 })).toEqual(['b', 'd']);
});
