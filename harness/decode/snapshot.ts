// The snapshot envelope the decoder emits (docs/snapshot-format.md), as TypeScript types.

export type NotCapturedReason =
  | 'depth'
  | 'collectionSize'
  | 'pruned'
  | 'length'
  | 'unavailable'
  | 'unimplemented'
  | 'circular reference'
  | 'missing type information'
  | 'redactedIdent'
  | 'fieldCount';

/** One captured value; which keys follow `type` depends on the Go kind (snapshot-format §2). */
export interface CapturedValue {
  /** Absent only on the `{fields: …}` wrapper of several return values. */
  type?: string;
  value?: string;
  size?: string;
  truncated?: boolean;
  address?: string;
  isNull?: boolean;
  fields?: Record<string, CapturedValue>;
  elements?: CapturedValue[];
  entries?: [CapturedValue, CapturedValue][];
  notCapturedReason?: NotCapturedReason;
}

export interface StackFrame {
  function: string;
  fileName: string;
  lineNumber: number;
}

/** Where a probe sits: its method; a line probe adds the file (as its probe names it) and line. */
export interface ProbeLocation {
  method: string;
  file?: string;
  line?: number;
}

export interface EvaluationError {
  expr: string;
  message: string;
}

export interface SnapshotCaptures {
  entry?: { arguments: Record<string, CapturedValue>; captureExpressions?: Record<string, CapturedValue> };
  /** The results and locals at the return, or (a call a panic unwound) @exception alone. */
  return?: { locals?: Record<string, CapturedValue>; captureExpressions?: Record<string, CapturedValue> };
  /** A line probe's capture, under its line number. */
  lines?: Record<string, { arguments: Record<string, CapturedValue>; locals: Record<string, CapturedValue>; captureExpressions?: Record<string, CapturedValue> }>;
}

/** The capture expressions of a hit, by where the agent puts them. */
export interface ExpressionCaptures {
  entry?: { captureExpressions: Record<string, CapturedValue> };
  return?: { captureExpressions: Record<string, CapturedValue> };
}

export interface Snapshot {
  service: string;
  ddsource: 'dd_debugger';
  logger: { name: string; method: string; version: number; thread_id: number; thread_name: string };
  debugger: {
    snapshot: {
      id: string;
      timestamp: number;
      language: 'go';
      stack?: StackFrame[];
      probe: { id: string; location: ProbeLocation };
      captures?: SnapshotCaptures;
      evaluationErrors?: EvaluationError[];
    };
    /** Absent for a capture-expression probe (no snapshot, no template), as the agent writes it. */
    type?: 'snapshot';
  };
  timestamp: number;
  /** Nanoseconds from entry to return; only when a return was captured. */
  duration?: number;
  /** The rendered log template; only when the probe has one. */
  message?: string;
}
