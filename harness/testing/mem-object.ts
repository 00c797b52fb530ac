// The objects of the capture builder's simulated memory and the references between them, as the
// engine follows them (shared by memory.ts and map-memory.ts).
import type { GoType } from './go-types.ts';
import type { ObjectOptions } from './go-values.ts';

/** Probe limits the engine applies while recording. */
export interface RecordLimits {
  maxReferenceDepth: number;
  maxCollectionSize: number;
  maxLength: number;
}

/** A reference stored in an object's bytes, as the engine follows it. */
export interface Ref {
  /** Offset of the reference inside the referring object's bytes. */
  at: number;
  target: MemObject;
  /** 1 when the target is one reference level deeper (capture-format §3.3), else 0. */
  delta: 0 | 1;
  /** How many of the target's bytes the engine reads. */
  want(limits: RecordLimits): number;
}

export class MemObject {
  readonly refs: Ref[] = [];
  readonly view: DataView;

  constructor(
    readonly address: number,
    /** The type of the item the engine records for this object. */
    readonly type: GoType,
    readonly bytes: Uint8Array,
    readonly options: ObjectOptions,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

