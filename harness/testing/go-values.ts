// Typed JS values for the capture builder. Plain JS values cover the simple cases (numbers,
// bigints, booleans, strings, arrays, objects for structs, Map for maps, null for nil); the
// markers below add what plain values cannot say: identity (aliasing, cycles), dynamic types,
// and how the engine met the memory (read faults, items it never recorded).

import type { GoType } from './go-types.ts';

export interface ObjectOptions {
  /** Reading the object fails: its item is recorded with status 1 (read failed) and no bytes. */
  fault?: boolean;
  /** The engine never records the object: no item for it. */
  omit?: boolean;
  /** The engine read only this many bytes of the object (its item is short). */
  readBytes?: number;
}

/**
 * An object in the target's memory. The same HeapObject referenced twice is one object at one
 * address (aliasing); its value may reference the object itself (cycles).
 */
export class HeapObject {
  constructor(
    /** Undefined: the type of the pointer that first points here. */
    readonly type: GoType | undefined,
    public value: unknown,
    readonly options: ObjectOptions = {},
  ) {}
}

/** A pointer to a fresh object holding `value`. */
export function ptrTo(value: unknown, options: ObjectOptions = {}): HeapObject {
  return new HeapObject(undefined, value, options);
}

export class SliceValue {
  constructor(
    readonly elements: unknown[],
    readonly options: ObjectOptions & { cap?: number },
  ) {}
}

/** A slice whose backing array has options (fault, omit) or a capacity beyond its length. */
export function sliceOf(elements: unknown[], options: ObjectOptions & { cap?: number } = {}): SliceValue {
  return new SliceValue(elements, options);
}

export class StringValue {
  constructor(
    readonly text: string,
    readonly options: ObjectOptions,
  ) {}
}

/** A string whose bytes have options; one StringValue used twice shares its bytes. */
export function str(text: string, options: ObjectOptions = {}): StringValue {
  return new StringValue(text, options);
}

export interface MapOptions extends ObjectOptions {
  /** Swiss: force a directory of this many tables (otherwise a small map up to 8 entries). */
  tables?: number;
  /** Swiss: directory length, a multiple of `tables` (tables then span several slots). */
  directoryLength?: number;
  /** Swiss: deleted slots (tombstones) to sprinkle among the empty ones. */
  tombstones?: number;
  /** Hmap: log2 of the bucket count. */
  B?: number;
  /** Hmap: entries a bucket holds before the next go to an overflow bucket (default 8). */
  bucketFill?: number;
  /** Hmap: the map is growing and its first `growingOld` entries are still in old buckets. */
  growingOld?: number;
  /** Options for the internal objects: groups, tables, directory, buckets. */
  internals?: ObjectOptions;
}

export class MapValue {
  constructor(
    readonly entries: [unknown, unknown][],
    readonly options: MapOptions,
  ) {}
}

export function mapOf(entries: Iterable<[unknown, unknown]>, options: MapOptions = {}): MapValue {
  return new MapValue([...entries], options);
}

/** A non-nil interface value: its dynamic type and the value of that type. */
export class InterfaceValue {
  constructor(
    readonly dynamic: GoType,
    readonly value: unknown,
    readonly options: ObjectOptions,
  ) {}
}

export function iface(dynamic: GoType, value: unknown, options: ObjectOptions = {}): InterfaceValue {
  return new InterfaceValue(dynamic, value, options);
}

/** A complex64 or complex128 value. */
export interface Complex {
  re: number;
  im: number;
}

export function complex(re: number, im: number): Complex {
  return { re, im };
}

/** A root the engine could not assemble: no location at this PC (status 2) or a failed read (1). */
export class UnavailableRoot {
  constructor(readonly status: 1 | 2) {}
}

export const noLocation = new UnavailableRoot(2);
export const rootReadFailed = new UnavailableRoot(1);
