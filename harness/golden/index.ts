// Golden files: where they live, how they compare, how a mismatch reads, and when a run may write them.
export { checkGolden, updateCommand, type GoldenCheck, type GoldenEnvironment, type GoldenResult } from './check.ts';
export { compareGolden, type GoldenComparison, type JsonChange } from './compare.ts';
export { renderChanges, renderDiff } from './diff.ts';
export { findOrphans } from './orphans.ts';
export { updatePolicy, UpdatePolicyError, type UpdatePolicy } from './policy.ts';
export { GoldenFormatError, parseGolden, serializeGolden } from './serialize.ts';
export { FsGoldenStore, MemoryGoldenStore, type GoldenKey, type GoldenStore } from './store.ts';
export { overrideKey, releaseLine, VersionedGoldens } from './versions.ts';
