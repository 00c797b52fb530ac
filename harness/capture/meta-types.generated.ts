// Generated from schemas/capture.schema.json by scripts/capture-types.ts (`npm run generate`): do not edit.

/**
 * A 64-bit count that may exceed 2^53, as a decimal string.
 */
export type Decimal64 = string;
export type TypeId = number;
export type Offset = number;
/**
 * Section 2.1: common keys, then the keys of its kind (none when opaque).
 */
export type CaptureType =
  PointerOrSliceType | ArrayType | StructType | InterfaceType | MapType | PlainType | OpaqueType;
export type Count = number;
export type HexAddress = string;
/**
 * The parsed template: literal text and expressions.
 *
 * Items: a segment is either {"str": text} or {"dsl": source, "json": expression tree}
 */
export type TemplateSegments = (TextSegment | ExpressionSegment)[];

/**
 * The JSON metadata of a capture file, version 1 (docs/capture-format.md section 2). New optional keys are added here; anything else is refused.
 */
export interface CaptureMeta {
  program: {
    name: string;
    service: string;
    goVersion: string;
    arch: string;
    buildId: string;
  };
  /**
   * Informational: event timestamps are already unix nanoseconds.
   */
  clock: {
    source: string;
    unixOffsetNs: Decimal64;
  };
  runtime?: {
    itabType: TypeId;
    itabTypeOffset: Offset;
  };
  types: CaptureType[];
  probes: CaptureProbe[];
  symbols: CaptureSymbol[];
  stats: {
    events: Count;
    dropped: Count;
    engine: string;
  };
  /**
   * How the probed program ended.
   */
  target?: {
    exit: string;
    exitCode: number;
    stderrTail: string;
  };
  /**
   * What produced the capture (program sources, probe file, engine, Go version), as hashes and versions; replay compares it with what it would produce now.
   */
  fingerprint?: {
    [k: string]: string;
  };
  /**
   * Optional: names of runtime types the engine saw but did not describe in types, by runtime type address, so that "missing type information" can name the type.
   */
  runtimeTypeNames?: {
    [k: string]: string;
  };
}
/**
 * a pointer or slice type names its element type in "elem"
 */
export interface PointerOrSliceType {
  id: TypeId;
  name: string;
  kind: 'pointer' | 'slice';
  size: Count;
  goRuntimeType?: HexAddress;
  opaque?: never;
  elem: TypeId;
}
/**
 * an array type names its element type in "elem" and its length in "count"
 */
export interface ArrayType {
  id: TypeId;
  name: string;
  kind: 'array';
  size: Count;
  goRuntimeType?: HexAddress;
  opaque?: never;
  elem: TypeId;
  count: Count;
}
/**
 * a struct type lists its fields in declaration order
 */
export interface StructType {
  id: TypeId;
  name: string;
  kind: 'struct';
  size: Count;
  goRuntimeType?: HexAddress;
  opaque?: never;
  fields: StructField[];
}
export interface StructField {
  name: string;
  offset: Offset;
  type: TypeId;
  /**
   * An embedded field, named after its type.
   */
  embedded?: true;
}
/**
 * an interface type says whether it is empty (eface) or has methods (iface)
 */
export interface InterfaceType {
  id: TypeId;
  name: string;
  kind: 'interface';
  size: Count;
  goRuntimeType?: HexAddress;
  opaque?: never;
  empty: boolean;
}
/**
 * a map type names its key and value types and carries exactly one layout: "swiss" (Go 1.24 and later) or "hmap"
 */
export interface MapType {
  id: TypeId;
  name: string;
  kind: 'map';
  size: Count;
  goRuntimeType?: HexAddress;
  opaque?: never;
  key: TypeId;
  value: TypeId;
  swiss?: SwissLayout;
  hmap?: HmapLayout;
}
/**
 * Go 1.24+ swiss map internals, read off the target's DWARF.
 */
export interface SwissLayout {
  headerType: TypeId;
  usedOffset: Offset;
  dirPtrOffset: Offset;
  dirLenOffset: Offset;
  tableType: TypeId;
  directoryType: TypeId;
  tableGroupsDataOffset: Offset;
  tableGroupsLengthMaskOffset: Offset;
  groupType: TypeId;
  groupSize: number;
  ctrlOffset: Offset;
  slotsOffset: Offset;
  slotSize: number;
  /**
   * At most 8: a group has 8 control bytes.
   */
  slotsPerGroup: number;
  keyOffset: Offset;
  elemOffset: Offset;
  indirectKey: boolean;
  indirectElem: boolean;
}
/**
 * Pre-1.24 hash map internals (runtime.hmap, buckets).
 */
export interface HmapLayout {
  headerType: TypeId;
  countOffset: Offset;
  bOffset: Offset;
  bucketsOffset: Offset;
  oldbucketsOffset: Offset;
  bucketType: TypeId;
  bucketSize: number;
  tophashOffset: Offset;
  keysOffset: Offset;
  elemsOffset: Offset;
  overflowOffset: Offset;
  /**
   * At most 8: a bucket has 8 tophash bytes.
   */
  bucketCount: number;
  keySlotSize: number;
  elemSlotSize: number;
  indirectKey: boolean;
  indirectElem: boolean;
}
/**
 * a type of a kind with no keys of its own
 */
export interface PlainType {
  id: TypeId;
  name: string;
  kind:
    | 'bool'
    | 'int'
    | 'int8'
    | 'int16'
    | 'int32'
    | 'int64'
    | 'uint'
    | 'uint8'
    | 'uint16'
    | 'uint32'
    | 'uint64'
    | 'uintptr'
    | 'float32'
    | 'float64'
    | 'complex64'
    | 'complex128'
    | 'string'
    | 'unsafePointer'
    | 'chan'
    | 'func';
  size: Count;
  goRuntimeType?: HexAddress;
  opaque?: never;
}
/**
 * A type beyond the engine's type bound: only the common keys, none of its kind.
 */
export interface OpaqueType {
  id: TypeId;
  name: string;
  kind:
    | 'bool'
    | 'int'
    | 'int8'
    | 'int16'
    | 'int32'
    | 'int64'
    | 'uint'
    | 'uint8'
    | 'uint16'
    | 'uint32'
    | 'uint64'
    | 'uintptr'
    | 'float32'
    | 'float64'
    | 'complex64'
    | 'complex128'
    | 'string'
    | 'pointer'
    | 'unsafePointer'
    | 'struct'
    | 'array'
    | 'slice'
    | 'interface'
    | 'map'
    | 'chan'
    | 'func';
  size: Count;
  goRuntimeType?: HexAddress;
  /**
   * A type beyond the engine's type bound: only the common keys, none of its kind.
   */
  opaque: true;
}
/**
 * Section 2.2: one per probe of the run, in probes.json order.
 */
export interface CaptureProbe {
  id: string;
  version: number;
  method: string;
  capture: CaptureLimits;
  maxEventBytes: number;
  captureReturn: boolean;
  template?: string;
  segments?: TemplateSegments;
  /**
   * Set on a line probe: the source file as probes.json names it, and the line.
   */
  line?: {
    file: string;
    line: number;
  };
  /**
   * The probe's sampling as the Go agent's throttler applies it: budget hits in each period of periodNs, which starts at the first hit after the previous period ended. The engine applies it to a probe without a condition; the decoder to the hits whose condition held.
   */
  throttle: {
    periodNs: number;
    budget: number;
  };
  /**
   * Hits the engine's throttle skipped.
   */
  sampled?: number;
  /**
   * The engine's own probe (on runtime.gopanic, id "@panic"), not one of probes.json: no snapshots, no status; the decoder reads its events to complete the calls a panic unwound.
   */
  internal?: true;
  /**
   * The engine evaluated the condition (scalar arguments against literals) and sent only the hits where it held, already sampled.
   */
  engineCondition?: true;
  /**
   * The code the probe covers; events name one by its index. Empty exactly when the probe has an error.
   */
  instances: CaptureInstance[];
  /**
   * Snapshots carry captured values and the stack; without it (a log probe) only the message.
   */
  captureSnapshot: boolean;
  when?: ProbeExpression;
  captureExpressions?: {
    name: string;
    expr: ProbeExpression;
    capture?: unknown;
  }[];
  /**
   * Why the probe could not be installed.
   */
  error?: string;
  /**
   * The kind of the error, as the Go agent's probe status names it (TargetNotFoundInBinary, UnsupportedFeature, InvalidProbeDefinition).
   */
  errorType?: string;
  /**
   * Events of this probe the engine dropped (ring buffer full).
   */
  dropped?: number;
}
/**
 * Remote Config capture limits; omitted ones take the Go agent's defaults: no depth limit, 256 elements, 512 bytes of a string, no field limit (docs/datadog-parity.md).
 */
export interface CaptureLimits {
  maxReferenceDepth: number;
  maxCollectionSize: number;
  maxLength: number;
  maxFieldCount: number;
  /**
   * In Datadog's own probe files; its Go agent decodes probes without this key and so ignores it: so does godi.
   */
  depthLimit?: number;
  /**
   * In Datadog's own probe files; its Go agent decodes probes without this key and so ignores it: so does godi.
   */
  collectionSizeLimit?: number;
}
export interface TextSegment {
  str: string;
}
export interface ExpressionSegment {
  dsl: string;
  /**
   * The expression tree of the Datadog DSL: one operator per node ({"ref": "arg"}, {"getmember": [...]}, ...); its operators are not pinned here.
   */
  json: unknown;
}
/**
 * Section 2.2: an out-of-line function (one per generic shape) or an inlined copy of it.
 */
export interface CaptureInstance {
  function: string;
  /**
   * An inlined copy: no return events, ever.
   */
  inlined?: true;
  /**
   * The entry is the function's only RET: no return events, ever.
   */
  noBody?: true;
  arguments: ProbeVariable[];
  results: ProbeVariable[];
  /**
   * A line probe's variables in scope at its line; entry events carry them after the arguments.
   */
  locals?: ProbeVariable[];
  /**
   * The function's locals located at every RET; return events carry them after the results.
   */
  returnLocals?: ProbeVariable[];
}
export interface ProbeVariable {
  name: string;
  type: TypeId;
}
/**
 * An expression of the Datadog expression language: its source (dsl) and its tree (json).
 */
export interface ProbeExpression {
  dsl: string;
  json: unknown;
}
/**
 * Section 2.3: a program counter of some stack, symbolicated, innermost frame first.
 */
export interface CaptureSymbol {
  pc: HexAddress;
  /**
   * @minItems 1
   */
  frames: {
    function: string;
    file: string;
    line: number;
  }[];
}
