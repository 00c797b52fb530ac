// Orphaned goldens: files whose (program, probe) no case declares any more.

import type { GoldenKey } from './store.ts';
import { baseKey } from './versions.ts';

/**
 * The stored keys no declared probe accounts for (a version override belongs to its probe). With `programs`, only goldens of those
 * programs are considered (a run limited to some cases says nothing about the others).
 */
export function findOrphans(
  stored: readonly GoldenKey[],
  declared: readonly GoldenKey[],
  programs?: ReadonlySet<string>,
): GoldenKey[] {
  const known = new Set(declared.map(id));
  return stored.filter((key) => !known.has(id(baseKey(key))) && (programs === undefined || programs.has(key.program)));
}

const id = (key: GoldenKey): string => `${key.program}\0${key.probeId}`;
