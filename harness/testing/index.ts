// Test helpers: the capture builder (typed values -> capture bytes), random typed values and the
// capture fuzzer, the gate of live-only tests, and throwaway projects with recorded runs.
export * from './capture-builder.ts';
export { fuzzCaptures, type FuzzResult } from './fuzz.ts';
export { liveTest, liveVerdictFor } from './live-gate.ts';
export { BIN, godiGolden, type ProbeRun, projectPerTest, recordMixedRun, snapshot, TestProject } from './recorded-project.ts';
export { buildTypedCapture, type Damage, damageArb, damaged, type Shape, typedValue } from './typed-values.ts';
