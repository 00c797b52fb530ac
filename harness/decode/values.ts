// Turns the bytes of one event's items into captured values (snapshot-format §2), following
// references through the event's (address, type) item index under the depth rules of
// capture-format §3.3. Unreadable memory becomes a notCapturedReason, never an exception.
//
// Every value is built as one object literal with all its keys (objects that grow key by key
// are larger and slower to build and to serialize): a pointer to a struct passes its address
// down to the struct's literal; other pointees' keys are merged after the pointer's.

import type { Capture, CaptureEvent, CaptureItems, CaptureLimits } from '../capture/index.ts';
import { mapValue } from './maps.ts';
import { redactedIdent } from './redaction.ts';
import {
  formatComplex,
  formatFloat,
  formatHex64,
  formatInt64,
  formatUint64,
  hexAddress,
  readU64,
} from './numbers.ts';
import type { CapturedValue, NotCapturedReason } from './snapshot.ts';
import { type FieldInfo, KindCode, type TypeInfo, type TypeTable } from './type-table.ts';
import { unfollowed } from './unfollowed.ts';

/** Stands for the item of a zero-size value, which has no bytes and so no item. */
const ZERO_SIZE = -2;
const NOT_FOUND = -1;
const MIN_TABLE = 64;
const LAST_SCALAR = KindCode.complex128;
/** The data of a nil interface, as the agent writes it inside a pointer to one. */
const NIL_DATA: CapturedValue = Object.freeze({ isNull: true }) as CapturedValue;

export class ValueEncoder {
  readonly view: DataView;
  readonly bytes: Uint8Array;
  maxCollection = 0;
  private readonly items: CaptureItems;
  private readonly text: Buffer;
  /** Open-addressing hash table of the event's items by (address, type), reused across events. */
  private slots = new Int32Array(MIN_TABLE);
  private mask = MIN_TABLE - 1;
  private firstItem = 0;
  private itemCount = 0;
  private maxDepth = 0;
  private maxLength = 0;
  private maxFields = 0;
  private maxEventBytes = 0;
  private truncated = false;
  /** The references being encoded from the root down to here, for cycle detection. */
  private readonly pathAddress: number[] = [];
  private readonly pathType: number[] = [];
  /** Address texts, shared: the same heap objects recur across events. */
  private readonly addressTexts = new Map<number, string>();

  constructor(
    capture: Capture,
    readonly types: TypeTable,
  ) {
    this.view = capture.view;
    this.bytes = capture.bytes;
    this.items = capture.items;
    this.text = Buffer.from(capture.bytes.buffer, capture.bytes.byteOffset, capture.bytes.byteLength);
  }

  /** Prepares for one event: its limits and the (address, type) index of its items. */
  begin(event: CaptureEvent, limits: CaptureLimits, maxEventBytes: number): void {
    this.maxEventBytes = maxEventBytes;
    this.maxDepth = limits.maxReferenceDepth;
    this.maxCollection = limits.maxCollectionSize;
    this.maxLength = limits.maxLength;
    // 0 is "no limit", the engine's default: the Datadog Go agent has no field limit; other
    // tracers' maxFieldCount applies when probes.json sets it (capture-format §2.2).
    this.maxFields = limits.maxFieldCount === 0 ? Number.POSITIVE_INFINITY : limits.maxFieldCount;
    this.truncated = event.truncated;
    this.firstItem = event.firstItem;
    this.itemCount = event.itemCount;
    let size = MIN_TABLE;
    while (size < 2 * event.itemCount) size *= 2;
    if (this.slots.length < size) this.slots = new Int32Array(size);
    this.slots.fill(NOT_FOUND, 0, size);
    this.mask = size - 1;
    const { address, typeId } = this.items;
    for (let i = event.firstItem, n = event.firstItem + event.itemCount; i < n; i++) {
      const a = address[i] as number;
      if (a === 0) continue; // roots
      let slot = this.hash(a, typeId[i] as number);
      while ((this.slots[slot] as number) !== NOT_FOUND) slot = (slot + 1) & this.mask;
      this.slots[slot] = i;
    }
  }

  /** The value of root `r` of the current event (roots are its first items). */
  root(r: number, t: TypeInfo): CapturedValue {
    const item = this.firstItem + r;
    if (!this.readable(item)) return { type: t.name, notCapturedReason: 'unavailable' };
    return this.value(t, this.start(item), this.end(item), 0);
  }

  private hash(address: number, typeId: number): number {
    // Low and high words of the address (exact: addresses are below 2^53), mixed with the type.
    return Math.imul((address >>> 4) ^ (address / 4294967296) ^ Math.imul(typeId, 0x85ebca6b), 0x9e3779b1) & this.mask;
  }

  /** The first item recorded at (address, type) in the current event, or NOT_FOUND. */
  find(address: number, typeId: number): number {
    const { address: addresses, typeId: types } = this.items;
    for (let slot = this.hash(address, typeId); ; slot = (slot + 1) & this.mask) {
      const i = this.slots[slot] as number;
      if (i === NOT_FOUND || (addresses[i] === address && types[i] === typeId)) return i;
    }
  }

  start(item: number): number {
    return this.items.dataOffset[item] as number;
  }

  end(item: number): number {
    return (this.items.dataOffset[item] as number) + (this.items.length[item] as number);
  }

  readable(item: number): boolean {
    return this.items.status[item] === 0;
  }

  /** Upper bound for walking chains of items (overflow buckets), so bad memory cannot loop. */
  get itemLimit(): number {
    return this.itemCount;
  }

  /** Why an object at `depth` that should be an item is not one. */
  missing(depth: number): NotCapturedReason {
    if (depth > this.maxDepth) return 'depth';
    return this.truncated ? 'pruned' : 'unavailable';
  }

  /** Why a referenced value of type `t` at `depth` has no item; opaque types are never read. */
  private absent(t: TypeInfo, depth: number): NotCapturedReason {
    return t.opaque ? 'depth' : this.missing(depth);
  }

  /**
   * The value of type `t` in bytes [offset, end); `name` is its `type` and `address` the one a
   * pointer to it shows (when merged into the pointer).
   */
  value(t: TypeInfo, offset: number, end: number, depth: number, name = t.name, address?: string): CapturedValue {
    if (address !== undefined && t.code === KindCode.interface && offset + 8 <= end && readU64(this.view, offset) === 0) {
      // A non-nil pointer to a nil interface: isNull here would say the pointer is nil.
      return { type: name, address, fields: { data: NIL_DATA } };
    }
    if (address !== undefined && (t.code !== KindCode.struct || t.opaque)) {
      return withAddress(address, this.value(t, offset, end, depth, name));
    }
    if (t.opaque) return { type: name, notCapturedReason: 'depth' };
    if (offset + t.size > end && t.code !== KindCode.struct && t.code !== KindCode.array) {
      return { type: name, notCapturedReason: 'length' };
    }
    if (t.code <= LAST_SCALAR) return { type: name, value: this.scalar(t.code, offset) };
    switch (t.code) {
      case KindCode.string:
        return this.string(name, offset, depth);
      case KindCode.pointer:
        return this.pointer(name, t.elem as TypeInfo, readU64(this.view, offset), depth);
      case KindCode.unsafePointer:
        return { type: name, address: formatHex64(this.view, offset) };
      case KindCode.struct:
        return this.struct(name, t, offset, end, depth, address);
      case KindCode.array:
        return this.array(name, t, offset, end, depth);
      case KindCode.slice:
        return this.slice(name, t.elem as TypeInfo, offset, depth);
      case KindCode.interface:
        return this.iface(name, t, offset, depth);
      case KindCode.map:
        return this.map(name, t, readU64(this.view, offset), depth);
      default: // chan, func
        return { type: name, notCapturedReason: 'unimplemented' };
    }
  }

  /** The value of type `t` stored at `address`, an item at `depth` (map slots holding pointers). */
  referenced(t: TypeInfo, address: number, depth: number): CapturedValue {
    const item = this.locate(t, address);
    if (item === NOT_FOUND) return this.notFound(t.name, address, this.absent(t, depth));
    return this.enter(t.name, t, item, address, depth);
  }

  /** The `value` text of a bool, number or complex at `offset`. */
  private scalar(k: number, offset: number): string {
    const v = this.view;
    switch (k) {
      case KindCode.bool:
        return this.bytes[offset] !== 0 ? 'true' : 'false';
      case KindCode.int8:
        return String(v.getInt8(offset));
      case KindCode.int16:
        return String(v.getInt16(offset, true));
      case KindCode.int32:
        return String(v.getInt32(offset, true));
      case KindCode.int:
      case KindCode.int64:
        return formatInt64(v, offset);
      case KindCode.uint8:
        return String(this.bytes[offset]);
      case KindCode.uint16:
        return String(v.getUint16(offset, true));
      case KindCode.uint32:
        return String(v.getUint32(offset, true));
      case KindCode.uint:
      case KindCode.uint64:
        return formatUint64(v, offset);
      case KindCode.uintptr:
        return formatHex64(v, offset);
      case KindCode.float32:
        return formatFloat(v.getFloat32(offset, true));
      case KindCode.float64:
        return formatFloat(v.getFloat64(offset, true));
      case KindCode.complex64:
        return formatComplex(v.getFloat32(offset, true), v.getFloat32(offset + 4, true), 32);
      default:
        return formatComplex(v.getFloat64(offset, true), v.getFloat64(offset + 8, true), 64);
    }
  }

  private address(address: number): string {
    let text = this.addressTexts.get(address);
    if (text === undefined) {
      text = hexAddress(address);
      this.addressTexts.set(address, text);
    }
    return text;
  }

  private string(name: string, offset: number, depth: number): CapturedValue {
    const address = readU64(this.view, offset);
    const length = readU64(this.view, offset + 8);
    if (address === 0 || length === 0) return { type: name, value: '' };
    const item = this.types.uint8 ? this.find(address, this.types.uint8.id) : NOT_FOUND;
    if (item === NOT_FOUND || !this.readable(item)) {
      const reason = item === NOT_FOUND ? this.missing(depth) : 'unavailable';
      return { type: name, size: formatUint64(this.view, offset + 8), notCapturedReason: reason };
    }
    const start = this.start(item);
    const shown = Math.min(this.end(item) - start, length, this.maxLength);
    const text = this.decodeText(start, start + shown);
    if (shown < length) return { type: name, size: formatUint64(this.view, offset + 8), truncated: true, value: text };
    return { type: name, value: text };
  }

  /** UTF-8 bytes as a string; ASCII (the common case) through the cheaper latin1 decoding. */
  private decodeText(start: number, end: number): string {
    const bytes = this.bytes;
    for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return this.text.toString('utf8', start, end);
    return this.text.toString('latin1', start, end);
  }

  /** The item holding a value of type `t` at `address`, ZERO_SIZE when it needs none. */
  private locate(t: TypeInfo, address: number): number {
    return t.size === 0 ? ZERO_SIZE : this.find(address, t.id);
  }

  /**
   * The referenced value of type `t` in `item`, guarding against faults and cycles; `shown` is
   * the address text of the pointer merged into it, if any.
   */
  private enter(name: string, t: TypeInfo, item: number, address: number, depth: number, shown?: string): CapturedValue {
    if (item === ZERO_SIZE) return this.value(t, 0, 0, depth, name, shown);
    if (!this.readable(item)) {
      return unfollowed(withAddress(shown, { type: name, notCapturedReason: 'unavailable' }), { address, readFailed: true });
    }
    if (this.onPath(address, t.id)) return withAddress(shown, { type: name, notCapturedReason: 'circular reference' });
    this.pathAddress.push(address);
    this.pathType.push(t.id);
    const value = this.value(t, this.start(item), this.end(item), depth, name, shown);
    this.pathAddress.pop();
    this.pathType.pop();
    return value;
  }

  /** A reference whose target has no item; the message shows the address it held. */
  private notFound(name: string, address: number, reason: NotCapturedReason): CapturedValue {
    return unfollowed({ type: name, notCapturedReason: reason }, { address, readFailed: false });
  }

  private onPath(address: number, typeId: number): boolean {
    for (let i = this.pathAddress.length - 1; i >= 0; i--) {
      if (this.pathAddress[i] === address && this.pathType[i] === typeId) return true;
    }
    return false;
  }

  private pointer(name: string, elem: TypeInfo, address: number, depth: number): CapturedValue {
    if (address === 0) return { type: name, isNull: true };
    const item = this.locate(elem, address);
    if (item === NOT_FOUND) return this.notFound(name, address, this.absent(elem, depth + 1));
    // In a chain like **T only the last pointer shows an address; the pointee's keys follow it.
    const shown = elem.code === KindCode.pointer ? undefined : this.address(address);
    return this.enter(name, elem, item, address, depth + 1, shown);
  }

  /** A struct's first maxFieldCount fields; a field named like a secret shows only its type. */
  private struct(name: string, t: TypeInfo, offset: number, end: number, depth: number, address?: string): CapturedValue {
    const fields: Record<string, CapturedValue> = {};
    const shown = Math.min(t.fields.length, this.maxFields);
    for (let i = 0; i < shown; i++) {
      const f = t.fields[i] as FieldInfo;
      fields[f.name] = f.redacted ? redactedIdent(f.type) : this.value(f.type, offset + f.offset, end, depth);
    }
    if (shown < t.fields.length) {
      if (address === undefined) return { type: name, fields, notCapturedReason: 'fieldCount' };
      return { type: name, address, fields, notCapturedReason: 'fieldCount' };
    }
    return address === undefined ? { type: name, fields } : { type: name, address, fields };
  }

  private array(name: string, t: TypeInfo, offset: number, end: number, depth: number): CapturedValue {
    const elem = t.elem as TypeInfo;
    const wanted = Math.min(t.count, this.maxCollection);
    const elements = this.elements(elem, offset, end, wanted, depth);
    if (elements.length === t.count) return { type: name, size: t.countText, elements };
    const reason = elements.length < wanted ? 'pruned' : 'collectionSize';
    return { type: name, size: t.countText, elements, notCapturedReason: reason };
  }

  private slice(name: string, elem: TypeInfo, offset: number, depth: number): CapturedValue {
    const address = readU64(this.view, offset);
    if (address === 0) return { type: name, isNull: true };
    const length = readU64(this.view, offset + 8);
    const size = formatUint64(this.view, offset + 8);
    const item = length === 0 ? ZERO_SIZE : this.locate(elem, address);
    if (item === NOT_FOUND) {
      return unfollowed({ type: name, size, notCapturedReason: this.absent(elem, depth + 1) }, { address, readFailed: false });
    }
    const wanted = Math.min(length, this.maxCollection);
    let elements: CapturedValue[];
    if (item === ZERO_SIZE) {
      elements = this.elements(elem, 0, 0, wanted, depth + 1);
    } else if (!this.readable(item)) {
      return unfollowed({ type: name, size, notCapturedReason: 'unavailable' }, { address, readFailed: true });
    } else if (this.onPath(address, elem.id)) {
      return { type: name, size, notCapturedReason: 'circular reference' };
    } else {
      this.pathAddress.push(address);
      this.pathType.push(elem.id);
      elements = this.elements(elem, this.start(item), this.end(item), wanted, depth + 1);
      this.pathAddress.pop();
      this.pathType.pop();
    }
    if (elements.length === length) return { type: name, size, elements };
    const reason = elements.length < wanted ? 'pruned' : 'collectionSize';
    return { type: name, size, elements, notCapturedReason: reason };
  }

  /**
   * Up to `wanted` consecutive values of type `elem` from `offset`, as many as [offset, end) holds
   * whole (zero-size ones need no bytes); the array is sized once rather than grown.
   */
  private elements(elem: TypeInfo, offset: number, end: number, wanted: number, depth: number): CapturedValue[] {
    // Zero-size elements take no bytes: the event's budget bounds how many are shown instead, so
    // that a length field alone never decides the work (a []struct{} of length 1e9).
    const fit = elem.size === 0 ? (offset <= end ? this.maxEventBytes : 0) : Math.floor((end - offset) / elem.size);
    const count = Math.max(0, Math.min(wanted, fit));
    const elements = new Array<CapturedValue>(count);
    for (let i = 0; i < count; i++) elements[i] = this.value(elem, offset + i * elem.size, end, depth);
    return elements;
  }

  private iface(name: string, t: TypeInfo, offset: number, depth: number): CapturedValue {
    const word = readU64(this.view, offset);
    if (word === 0) return { type: name, isNull: true };
    let runtimeType = word;
    if (!t.empty) {
      // An iface holds an itab; the dynamic type is a word inside it (at the interface's depth).
      const itab = this.find(word, this.types.itabType);
      if (itab === NOT_FOUND) return { type: name, notCapturedReason: this.missing(depth) };
      const at = this.start(itab) + this.types.itabTypeOffset;
      if (!this.readable(itab) || at + 8 > this.end(itab)) return { type: name, notCapturedReason: 'unavailable' };
      runtimeType = readU64(this.view, at);
    }
    return { type: name, fields: { data: this.dynamicValue(runtimeType, offset + 8, depth) } };
  }

  /** The value behind an interface: in its data word at `offset`, or boxed where that points. */
  private dynamicValue(runtimeType: number, offset: number, depth: number): CapturedValue {
    const dynamic = this.types.byRuntimeType.get(runtimeType);
    if (!dynamic) {
      const name = this.types.runtimeTypeNames.get(runtimeType) ?? `UnknownType(${hexAddress(runtimeType)})`;
      return { type: name, notCapturedReason: 'missing type information' };
    }
    // Pointer-shaped values live in the data word itself.
    if (dynamic.direct) return this.value(dynamic, offset, offset + 8, depth);
    const address = readU64(this.view, offset);
    const item = this.locate(dynamic, address);
    if (item === NOT_FOUND) return this.notFound(dynamic.name, address, this.absent(dynamic, depth + 1));
    return this.enter(dynamic.name, dynamic, item, address, depth + 1);
  }

  private map(name: string, t: TypeInfo, address: number, depth: number): CapturedValue {
    if (address === 0) return { type: name, isNull: true };
    const headerType = (t.swiss ?? t.hmap)?.headerType ?? 0;
    const header = this.find(address, headerType);
    if (header === NOT_FOUND) return this.notFound(name, address, this.absent(this.types.get(headerType), depth + 1));
    if (!this.readable(header)) {
      return unfollowed({ type: name, notCapturedReason: 'unavailable' }, { address, readFailed: true });
    }
    if (this.onPath(address, headerType)) return { type: name, notCapturedReason: 'circular reference' };
    this.pathAddress.push(address);
    this.pathType.push(headerType);
    const value = mapValue(this, name, t, this.start(header), this.end(header), depth + 1);
    this.pathAddress.pop();
    this.pathType.pop();
    return value;
  }
}


/** `inner` behind the address a pointer to it shows: `{type, address, ...inner's other keys}`. */
function withAddress(address: string | undefined, inner: CapturedValue): CapturedValue {
  return address === undefined ? inner : Object.assign({ type: inner.type, address }, inner);
}
