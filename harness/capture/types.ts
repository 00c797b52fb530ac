// The typed shape of a capture file (docs/capture-format.md): metadata, events and their data items.

export const SCALAR_KINDS = [
  'bool',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'complex64',
  'complex128',
] as const;
export type ScalarKind = (typeof SCALAR_KINDS)[number];

interface TypeBase {
  id: number;
  name: string;
  size: number;
  /** `"0x…"`: the address of the type's runtime descriptor, what an interface's type word holds. */
  goRuntimeType?: string;
  /** A type the engine never reads memory of: only the common keys are present. */
  opaque?: boolean;
}

export interface ScalarType extends TypeBase {
  kind: ScalarKind;
}
export interface StringType extends TypeBase {
  kind: 'string';
}
export interface PointerType extends TypeBase {
  kind: 'pointer';
  elem: number;
}
export interface UnsafePointerType extends TypeBase {
  kind: 'unsafePointer';
}
export interface StructField {
  name: string;
  offset: number;
  type: number;
  embedded?: boolean;
}
export interface StructType extends TypeBase {
  kind: 'struct';
  fields: StructField[];
}
export interface ArrayType extends TypeBase {
  kind: 'array';
  elem: number;
  count: number;
}
export interface SliceType extends TypeBase {
  kind: 'slice';
  elem: number;
}
export interface InterfaceType extends TypeBase {
  kind: 'interface';
  empty: boolean;
}
export interface ChanType extends TypeBase {
  kind: 'chan';
}
export interface FuncType extends TypeBase {
  kind: 'func';
}

/** Swiss-table map internals (Go 1.24 and later), numbers read off the target's DWARF. */
export interface SwissLayout {
  headerType: number;
  usedOffset: number;
  dirPtrOffset: number;
  dirLenOffset: number;
  tableType: number;
  directoryType: number;
  tableGroupsDataOffset: number;
  tableGroupsLengthMaskOffset: number;
  groupType: number;
  groupSize: number;
  ctrlOffset: number;
  slotsOffset: number;
  slotSize: number;
  slotsPerGroup: number;
  keyOffset: number;
  elemOffset: number;
  indirectKey: boolean;
  indirectElem: boolean;
}

/** Bucketed hash map internals (before Go 1.24). */
export interface HmapLayout {
  headerType: number;
  countOffset: number;
  bOffset: number;
  bucketsOffset: number;
  oldbucketsOffset: number;
  bucketType: number;
  bucketSize: number;
  tophashOffset: number;
  keysOffset: number;
  elemsOffset: number;
  overflowOffset: number;
  bucketCount: number;
  keySlotSize: number;
  elemSlotSize: number;
  indirectKey: boolean;
  indirectElem: boolean;
}

export interface MapType extends TypeBase {
  kind: 'map';
  key: number;
  value: number;
  swiss?: SwissLayout;
  hmap?: HmapLayout;
}

export type CaptureType =
  | ScalarType
  | StringType
  | PointerType
  | UnsafePointerType
  | StructType
  | ArrayType
  | SliceType
  | InterfaceType
  | MapType
  | ChanType
  | FuncType;
export type TypeKind = CaptureType['kind'];

export interface CaptureLimits {
  maxReferenceDepth: number;
  maxCollectionSize: number;
  maxLength: number;
  maxFieldCount: number;
}

/** An expression of the Datadog expression language: source and tree. */
export interface ProbeExpression {
  dsl: string;
  json: unknown;
}

/** A segment of a log template: literal text, or an expression in its DSL and JSON forms. */
export type TemplateSegment = { str: string } | { dsl: string; json: unknown };

export interface ProbeVariable {
  name: string;
  type: number;
}

export interface CaptureProbe {
  id: string;
  version: number;
  method: string;
  capture: CaptureLimits;
  maxEventBytes: number;
  captureReturn: boolean;
  template?: string;
  segments?: TemplateSegment[];
  /** The code the probe covers; empty when it has an error. */
  instances: CaptureInstance[];
  /** Set on a line probe: the file as probes.json names it, and the line. */
  line?: { file: string; line: number };
  /**
   * The probe's sampling, as the Go agent's throttler applies it: `budget` hits in each period of
   * `periodNs`, which starts at the first hit after the previous period ended. The engine applies
   * it to a probe without a condition; the decoder to the hits whose condition held.
   */
  throttle: { periodNs: number; budget: number };
  /** Hits the engine's throttle skipped. */
  sampled?: number;
  /**
   * The engine evaluated the condition (scalar arguments against literals): it sent only the hits
   * where it held (or a value could not be read), already sampled.
   */
  engineCondition?: true;
  /** Snapshots carry captured values and the stack; without it (a log probe) only the message. */
  captureSnapshot: boolean;
  /** The condition, as probes.json gives it: a hit where it is false emits nothing. */
  when?: ProbeExpression;
  captureExpressions?: { name: string; expr: ProbeExpression }[];
  /** The kind of the error as the Go agent's probe status names it (TargetNotFoundInBinary, …). */
  errorType?: string;
  /** Why the probe could not be installed. */
  error?: string;
  /** Events of this probe the engine dropped (ring buffer full). */
  dropped?: number;
}

/** An out-of-line function (one per generic shape) or an inlined copy of it. */
export interface CaptureInstance {
  function: string;
  /** An inlined copy: its calls have no return events. */
  inlined?: true;
  /** The entry is the function's only RET: its calls have no return events. */
  noBody?: true;
  arguments: ProbeVariable[];
  results: ProbeVariable[];
  /** A line probe's variables in scope at its line; entry events carry them after the arguments. */
  locals?: ProbeVariable[];
}

export interface SymbolFrame {
  function: string;
  file: string;
  line: number;
}

export interface CaptureSymbol {
  pc: string;
  frames: SymbolFrame[];
}

export interface CaptureMeta {
  program: { name: string; service: string; goVersion: string; arch: string; buildId: string };
  clock?: { source: string; unixOffsetNs: string };
  runtime?: { itabType: number; itabTypeOffset: number };
  types: CaptureType[];
  probes: CaptureProbe[];
  symbols: CaptureSymbol[];
  stats: { events: number; dropped: number; engine: string };
  /** How the probed program ended. */
  target?: { exit: string; exitCode: number; stderrTail: string };
  /** What produced the capture: program, probes, engine, go (harness/run/fingerprint.ts). */
  fingerprint?: Record<string, string>;
  /**
   * Names of runtime types the engine saw in the binary but did not describe in `types`
   * (key: `"0x…"` runtime type address). Optional; lets "missing type information" name the type.
   */
  runtimeTypeNames?: Record<string, string>;
}

export type EventKind = 'entry' | 'return';

/** Item status byte (section 3.2). */
export const ItemStatus = { read: 0, readFailed: 1, noLocation: 2 } as const;
export type ItemStatus = (typeof ItemStatus)[keyof typeof ItemStatus];

export interface CaptureEvent {
  index: number;
  /** Byte offset of the record in the file. */
  offset: number;
  probeIndex: number;
  /** Index into the probe's instances. */
  instance: number;
  kind: EventKind;
  /** The event ran out of maxEventBytes: some referenced items were not recorded. */
  truncated: boolean;
  stackTruncated: boolean;
  goid: number;
  timestampNs: bigint;
  /** Pairs an entry with its return (same probe); 0n = unpaired. */
  callId: bigint;
  /** Program counters, innermost first. */
  stack: number[];
  /** Index of the event's first item in `Capture.items`; roots come first. */
  firstItem: number;
  itemCount: number;
}

/**
 * All data items of all events as parallel arrays (one entry per item), so reading a capture
 * allocates no object per item. An item's bytes are `bytes[dataOffset, dataOffset + length)`.
 */
export interface CaptureItems {
  count: number;
  typeId: Uint32Array;
  status: Uint8Array;
  /** The address as a number (exact below 2^53; user-space addresses are below 2^47). */
  address: Float64Array;
  length: Uint32Array;
  dataOffset: Uint32Array;
}

export interface Capture {
  file: string;
  meta: CaptureMeta;
  /** The whole file; item data are views into it, never copies. */
  bytes: Uint8Array;
  view: DataView;
  events: CaptureEvent[];
  items: CaptureItems;
}
