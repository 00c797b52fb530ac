// The typed shape of a capture file (docs/capture-format.md): metadata, events and their data items.
// The metadata's types are generated from schemas/capture.schema.json (npm run generate).
import type { CaptureMeta, CaptureType, TemplateSegments } from './meta-types.generated.ts';

export type {
  CaptureInstance,
  CaptureLimits,
  CaptureMeta,
  CaptureProbe,
  CaptureSymbol,
  CaptureType,
  HmapLayout,
  ProbeExpression,
  ProbeVariable,
  StructField,
  SwissLayout,
} from './meta-types.generated.ts';
export type TypeKind = CaptureType['kind'];
/** A segment of a log template: literal text, or an expression in its DSL and JSON forms. */
export type TemplateSegment = TemplateSegments[number];

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
