// The capture builder's simulated target memory: typed JS values laid out as Go bytes at
// allocated addresses, with the references between objects that the engine would follow.

import { type GoType, type GoTypes, roundUp } from './go-types.ts';
import { type Complex, HeapObject, InterfaceValue, type ObjectOptions, SliceValue, StringValue } from './go-values.ts';
import { writeMap } from './map-memory.ts';
import { MemObject, type RecordLimits, type Ref } from './mem-object.ts';

export { MemObject, type RecordLimits, type Ref } from './mem-object.ts';

const HEAP_START = 0xc000010000;
/** Where Go points zero-size allocations (runtime.zerobase). */
export const ZEROBASE = 0x5a6f20;

const wholeObject = (target: MemObject) => () => target.bytes.length;

function isDirectIface(t: GoType): boolean {
  if (['pointer', 'unsafePointer', 'map', 'chan', 'func'].includes(t.kind)) return true;
  if (t.kind === 'array') return t.count === 1 && isDirectIface(t.elem as GoType);
  if (t.kind === 'struct') return t.fields.length === 1 && isDirectIface((t.fields[0] as { type: GoType }).type);
  return false;
}

export class Memory {
  private next = HEAP_START;
  /** Objects already laid out, by the marker (or value) they came from. */
  private readonly placed = new Map<object, MemObject>();
  private readonly itabs = new Map<string, MemObject>();
  private readonly encoder = new TextEncoder();

  constructor(readonly types: GoTypes) {}

  /** A fresh zeroed object of `size` bytes (default: the type's size). */
  allocate(type: GoType, options: ObjectOptions = {}, size = type.size): MemObject {
    const address = this.next;
    this.next = roundUp(this.next + Math.max(size, 1), 16);
    return new MemObject(address, type, new Uint8Array(size), options);
  }

  /** Writes `value` of type `t` at `offset` of `view`; references found go to `refs`. */
  write(t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void {
    if (value === undefined) return; // the zero value
    switch (t.kind) {
      case 'bool':
        view.setUint8(offset, value ? 1 : 0);
        return;
      case 'int8':
        view.setInt8(offset, Number(value));
        return;
      case 'int16':
        view.setInt16(offset, Number(value), true);
        return;
      case 'int32':
        view.setInt32(offset, Number(value), true);
        return;
      case 'uint8':
        view.setUint8(offset, Number(value));
        return;
      case 'uint16':
        view.setUint16(offset, Number(value), true);
        return;
      case 'uint32':
        view.setUint32(offset, Number(value), true);
        return;
      case 'int':
      case 'int64':
        view.setBigInt64(offset, BigInt(value as number | bigint), true);
        return;
      case 'uint':
      case 'uint64':
      case 'uintptr':
      case 'unsafePointer':
      case 'chan':
      case 'func':
        view.setBigUint64(offset, BigInt.asUintN(64, BigInt((value as number | bigint | null) ?? 0)), true);
        return;
      case 'float32':
        view.setFloat32(offset, value as number, true);
        return;
      case 'float64':
        view.setFloat64(offset, value as number, true);
        return;
      case 'complex64':
        view.setFloat32(offset, (value as Complex).re, true);
        view.setFloat32(offset + 4, (value as Complex).im, true);
        return;
      case 'complex128':
        view.setFloat64(offset, (value as Complex).re, true);
        view.setFloat64(offset + 8, (value as Complex).im, true);
        return;
      case 'string':
        this.writeString(value, view, offset, refs);
        return;
      case 'pointer':
        this.writePointer(t, value, view, offset, refs);
        return;
      case 'struct':
        this.writeStruct(t, value, view, offset, refs);
        return;
      case 'array':
        (value as unknown[]).forEach((v, i) => {
          if (i >= t.count) throw new Error(`${t.name} holds ${t.count} elements, got ${(value as unknown[]).length}`);
          this.write(t.elem as GoType, v, view, offset + i * (t.elem as GoType).size, refs);
        });
        return;
      case 'slice':
        this.writeSlice(t, value, view, offset, refs);
        return;
      case 'interface':
        this.writeInterface(t, value, view, offset, refs);
        return;
      case 'map':
        writeMap(this, t, value, view, offset, refs);
        return;
    }
  }

  /** The address of an object already laid out for `marker`. */
  addressOf(marker: object): number | undefined {
    return this.placed.get(marker)?.address;
  }

  /** An object holding `value`, allocated once per marker so that reuse means aliasing. */
  place(marker: object, type: GoType, value: unknown, options: ObjectOptions): MemObject {
    let obj = this.placed.get(marker);
    if (!obj) {
      obj = this.allocate(type, options);
      this.placed.set(marker, obj);
      this.write(type, value, obj.view, 0, obj.refs);
    }
    if (obj.type !== type) throw new Error(`one object used as both ${obj.type.name} and ${type.name}`);
    return obj;
  }

  private writeString(value: unknown, view: DataView, offset: number, refs: Ref[]): void {
    const marker = value instanceof StringValue ? value : undefined;
    const text = marker ? marker.text : (value as string);
    if (text === '') return;
    const utf8 = this.encoder.encode(text);
    let obj = marker && this.placed.get(marker);
    if (!obj) {
      obj = this.allocate(this.types.uint8(), marker?.options, utf8.length);
      obj.bytes.set(utf8);
      if (marker) this.placed.set(marker, obj);
    }
    view.setBigUint64(offset, BigInt(obj.address), true);
    view.setBigUint64(offset + 8, BigInt(utf8.length), true);
    const length = utf8.length;
    refs.push({ at: offset, target: obj, delta: 0, want: (limits) => Math.min(length, limits.maxLength) });
  }

  private writePointer(t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void {
    if (value === null) return;
    if (typeof value === 'number') {
      view.setBigUint64(offset, BigInt(value), true); // a dangling address: nothing to record
      return;
    }
    if (!(value instanceof HeapObject)) throw new Error(`a ${t.name} value is null, an address or ptrTo(…)`);
    const elem = t.elem as GoType;
    if (value.type && value.type !== elem) throw new Error(`${value.type.name} object used as ${elem.name}`);
    if (elem.size === 0) {
      view.setBigUint64(offset, BigInt(ZEROBASE), true);
      return;
    }
    const target = this.place(value, elem, value.value, value.options);
    view.setBigUint64(offset, BigInt(target.address), true);
    refs.push({ at: offset, target, delta: 1, want: wholeObject(target) });
  }

  private writeStruct(t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void {
    const fields = value as Record<string, unknown>;
    for (const name of Object.keys(fields)) t.field(name); // a typo in a test fails loudly
    for (const f of t.fields) this.write(f.type, fields[f.name], view, offset + f.offset, refs);
  }

  private writeSlice(t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void {
    if (value === null) return;
    const marker = value instanceof SliceValue ? value : new SliceValue(value as unknown[], {});
    const elem = t.elem as GoType;
    const length = marker.elements.length;
    view.setBigUint64(offset + 8, BigInt(length), true);
    view.setBigUint64(offset + 16, BigInt(Math.max(length, marker.options.cap ?? 0)), true);
    if (length === 0 || elem.size === 0) {
      view.setBigUint64(offset, BigInt(ZEROBASE), true);
      return;
    }
    let backing = this.placed.get(marker);
    if (!backing) {
      const fresh = this.allocate(elem, marker.options, elem.size * length);
      this.placed.set(marker, fresh);
      marker.elements.forEach((v, i) => {
        this.write(elem, v, fresh.view, i * elem.size, fresh.refs);
      });
      backing = fresh;
    }
    view.setBigUint64(offset, BigInt(backing.address), true);
    const want = (limits: RecordLimits) => Math.min(length, limits.maxCollectionSize) * elem.size;
    refs.push({ at: offset, target: backing, delta: 1, want });
  }

  private writeInterface(t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void {
    if (value === null) return;
    if (!(value instanceof InterfaceValue)) throw new Error(`a ${t.name} value is null or iface(type, value)`);
    const dynamic = value.dynamic;
    const runtimeType = this.types.runtimeTypeOf(dynamic);
    if (t.empty) {
      view.setBigUint64(offset, BigInt(runtimeType), true);
    } else {
      const itab = this.itab(t, runtimeType);
      view.setBigUint64(offset, BigInt(itab.address), true);
      refs.push({ at: offset, target: itab, delta: 0, want: wholeObject(itab) });
    }
    if (!dynamic.described) {
      if (typeof value.value === 'number') view.setBigUint64(offset + 8, BigInt(value.value), true);
    } else if (isDirectIface(dynamic)) {
      this.write(dynamic, value.value, view, offset + 8, refs);
    } else if (dynamic.size === 0) {
      view.setBigUint64(offset + 8, BigInt(ZEROBASE), true);
    } else {
      const box = this.place(value, dynamic, value.value, value.options);
      view.setBigUint64(offset + 8, BigInt(box.address), true);
      refs.push({ at: offset + 8, target: box, delta: 1, want: wholeObject(box) });
    }
  }

  private itab(iface: GoType, runtimeType: number): MemObject {
    const key = `${iface.id}/${runtimeType}`;
    let itab = this.itabs.get(key);
    if (!itab) {
      const itabType = this.types.itab();
      itab = this.allocate(itabType);
      itab.view.setBigUint64(itabType.field('_type').offset, BigInt(runtimeType), true);
      this.itabs.set(key, itab);
    }
    return itab;
  }
}
