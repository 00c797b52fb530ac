// GODI_SHARD=k/n: the golden suite runs the k-th of n parts of the cases, so CI can spread them
// over machines (vitest's own --shard splits by test file, and the suite is one file).

export class ShardSettingError extends Error {
  override name = 'ShardSettingError';
}

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** GODI_SHARD as a shard; undefined when unset. */
export function parseShard(raw: string | undefined): Shard | undefined {
  if (raw === undefined || raw === '') return undefined;
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(raw);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || index > count) throw new ShardSettingError(`GODI_SHARD=${raw} is not a shard: use k/n with 1 <= k <= n, e.g. 1/2`);
  return { index, count };
}

/** How the run record names a shard: "1/2". */
export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.count}`;

/** The shard's part of `cases` (sorted by name): every n-th one, starting at the k-th, so each shard gets a mix. */
export function casesOfShard<T>(cases: readonly T[], shard: Shard | undefined): T[] {
  if (shard === undefined) return [...cases];
  return cases.filter((_, i) => i % shard.count === shard.index - 1);
}
