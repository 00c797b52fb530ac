// The cases of a project: cases/<program>/ with its Go program, probes.json and optional case.json.
export { CaseConfigError, discoverCases, type GoCase, type ProbeDefinition } from './discover.ts';
export type { RunExpectations } from './expectations.ts';
