// Capture -> snapshot envelopes (docs/snapshot-format.md); never touches the file system.
export { decodeCapture, Decoder } from './decoder.ts';
export type * from './snapshot.ts';
export { type Diagnostic, type ProbeStatus, probeStatuses } from './diagnostics.ts';
