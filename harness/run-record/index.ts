// The record of a golden suite run (docs/status-format.md): its format, how a run is recorded,
// how commands open it, and the words every reader uses for its states.
export { ACTUAL_FOLDER, type OpenRun, openRun, type RunStores } from './open-run.ts';
export { MergeError, mergeRuns, type NamedRun, runLabel } from './merge.ts';
export { type RecordingEnvironment, RunRecording, type SettledOrphans } from './recording.ts';
export {
  checkRunStatus,
  makeRunStatus,
  PROBE_STATES,
  probeKey,
  probeLabel,
  type ProbeState,
  type ProbeStatus,
  readRunStatus,
  RUN_STATUS_FILE,
  type RunOrigin,
  RunStatusError,
  type RunStatus,
  writeRunStatus,
} from './run-status.ts';
export { ATTENTION_STATES, attentionOrder, countsLine, describeChange, describeState, plural, probePassed } from './summary.ts';
