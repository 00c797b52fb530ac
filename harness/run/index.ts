// Produces a case's capture: replays its checked-in one, or builds the program and runs the engine live.
export { buildEngine, buildProgram, casesToolchain, GoBuildError, goToolchain, type GoToolchain, olderGo, REPOSITORY } from './build.ts';
export { liveCapability, liveMode, type LiveMode, type LiveSetup, liveVerdict, LiveModeError, LiveUnavailableError, type LiveVerdict } from './capability.ts';
export { type CaseSource, caseSourceFromEnv } from './case-source.ts';
export { caseFingerprint, type Fingerprint } from './fingerprint.ts';
export { liveCase, LiveRunError, runEngine } from './live.ts';
export type { CaseSnapshots } from './replay.ts';
export { runProblems } from './run-problems.ts';
export { withTempDir } from './temp-dir.ts';
