// Go types for the capture builder, laid out as the Go compiler does on 64-bit targets
// (field alignment, padding, swiss-map and hmap runtime structures), independent of the decoder.
import type { TypeKind } from '../capture/index.ts';

/** The kinds of the capture format, as schemas/capture.schema.json names them. */
export type GoKind = TypeKind;

/** Size and alignment of the kinds whose layout does not depend on other types. */
const BASIC: Partial<Record<GoKind, [size: number, align: number]>> = {
  bool: [1, 1],
  int: [8, 8],
  int8: [1, 1],
  int16: [2, 2],
  int32: [4, 4],
  int64: [8, 8],
  uint: [8, 8],
  uint8: [1, 1],
  uint16: [2, 2],
  uint32: [4, 4],
  uint64: [8, 8],
  uintptr: [8, 8],
  float32: [4, 4],
  float64: [8, 8],
  complex64: [8, 4],
  complex128: [16, 8],
  string: [16, 8],
  pointer: [8, 8],
  unsafePointer: [8, 8],
  slice: [24, 8],
  interface: [16, 8],
  map: [8, 8],
  chan: [8, 8],
  func: [8, 8],
};

export interface GoField {
  name: string;
  offset: number;
  type: GoType;
}

/** Go 1.24+ swiss map internals of one map type. */
export interface SwissMapLayout {
  flavor: 'swiss';
  header: GoType;
  table: GoType;
  directory: GoType;
  group: GoType;
  slotSize: number;
  keyOffset: number;
  elemOffset: number;
  indirectKey: boolean;
  indirectElem: boolean;
}

/** Pre-1.24 hmap internals of one map type. */
export interface HmapLayout {
  flavor: 'hmap';
  header: GoType;
  bucket: GoType;
  keySlotSize: number;
  elemSlotSize: number;
  keysOffset: number;
  elemsOffset: number;
  overflowOffset: number;
  indirectKey: boolean;
  indirectElem: boolean;
}

export class GoType {
  size = 0;
  align = 1;
  elem: GoType | undefined = undefined;
  key: GoType | undefined = undefined;
  value: GoType | undefined = undefined;
  count = 0;
  fields: GoField[] = [];
  empty = true;
  map: SwissMapLayout | HmapLayout | undefined = undefined;
  /** Address of the runtime type descriptor, once the type has been used behind an interface. */
  runtimeType: number | undefined = undefined;
  /** False for a type the engine saw only as a runtime type (not in metadata.types). */
  described = true;
  /** For an undescribed type: whether metadata.runtimeTypeNames names it. */
  nameKnown = false;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly kind: GoKind,
  ) {
    const basic = BASIC[kind];
    if (basic) [this.size, this.align] = basic;
  }

  /** Lays out a struct's fields in declaration order, as the compiler does. */
  define(fields: [name: string, type: GoType][]): this {
    let offset = 0;
    let align = 1;
    this.fields = fields.map(([name, type]) => {
      offset = roundUp(offset, type.align);
      const field = { name, offset, type };
      offset += type.size;
      align = Math.max(align, type.align);
      return field;
    });
    // A trailing zero-size field gets a byte, so its address stays inside the struct.
    const last = this.fields[this.fields.length - 1];
    if (last && last.type.size === 0 && offset > 0) offset++;
    this.size = roundUp(offset, align);
    this.align = align;
    return this;
  }

  field(name: string): GoField {
    const f = this.fields.find((x) => x.name === name);
    if (!f) throw new Error(`${this.name} has no field ${name}`);
    return f;
  }
}

export function roundUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** Map keys and values over 128 bytes are stored out of line (both map implementations). */
const MAX_INLINE = 128;
const RUNTIME_TYPE_BASE = 0x4a0000;
const RUNTIME_TYPE_STRIDE = 0x60;

/** The types of one capture, with helpers for every kind. Ids follow creation order. */
export class GoTypes {
  readonly all: GoType[] = [];
  readonly undescribedTypes: GoType[] = [];
  private readonly basics = new Map<string, GoType>();
  private runtimeTypes = 0;
  private itabType: GoType | undefined;

  private add(name: string, kind: GoKind): GoType {
    const t = new GoType(this.all.length + 1, name, kind);
    this.all.push(t);
    return t;
  }

  /** A predeclared kind (`int`, `string`, …), or a named type of that kind (`main.MyInt`). */
  basic(kind: GoKind, name: string = kind): GoType {
    const key = `${kind} ${name}`;
    let t = this.basics.get(key);
    if (!t) {
      if (kind === 'string') this.basic('uint8');
      t = this.add(name, kind);
      this.basics.set(key, t);
    }
    return t;
  }

  bool = () => this.basic('bool');
  int = () => this.basic('int');
  int8 = () => this.basic('int8');
  int16 = () => this.basic('int16');
  int32 = () => this.basic('int32');
  int64 = () => this.basic('int64');
  uint = () => this.basic('uint');
  uint8 = () => this.basic('uint8');
  uint16 = () => this.basic('uint16');
  uint32 = () => this.basic('uint32');
  uint64 = () => this.basic('uint64');
  uintptr = () => this.basic('uintptr');
  float32 = () => this.basic('float32');
  float64 = () => this.basic('float64');
  complex64 = () => this.basic('complex64');
  complex128 = () => this.basic('complex128');
  string = () => this.basic('string');
  unsafePointer = () => this.basic('unsafePointer', 'unsafe.Pointer');

  pointer(elem: GoType, name = `*${elem.name}`): GoType {
    const t = this.add(name, 'pointer');
    t.elem = elem;
    return t;
  }

  /** A struct; pass fields now, or later through `define` (for self-referencing types). */
  struct(name: string, fields?: [string, GoType][]): GoType {
    const t = this.add(name, 'struct');
    return fields ? t.define(fields) : t;
  }

  array(elem: GoType, count: number, name = `[${count}]${elem.name}`): GoType {
    const t = this.add(name, 'array');
    t.elem = elem;
    t.count = count;
    t.size = elem.size * count;
    t.align = elem.align;
    return t;
  }

  slice(elem: GoType, name = `[]${elem.name}`): GoType {
    const t = this.add(name, 'slice');
    t.elem = elem;
    return t;
  }

  /** `any` (empty) or an interface with methods such as `error`. */
  iface(name = 'interface {}', empty = name === 'interface {}'): GoType {
    const t = this.add(name, 'interface');
    t.empty = empty;
    if (!empty) this.itab();
    return t;
  }

  chan(name: string): GoType {
    return this.add(name, 'chan');
  }

  func(name: string): GoType {
    return this.add(name, 'func');
  }

  /** runtime.itab (Go 1.22+): inter, _type, hash, fun[1]; the dynamic type sits at offset 8. */
  itab(): GoType {
    this.itabType ??= this.struct('runtime.itab', [
      ['inter', this.unsafePointer()],
      ['_type', this.unsafePointer()],
      ['hash', this.uint32()],
      ['fun', this.array(this.uintptr(), 1)],
    ]);
    return this.itabType;
  }

  /**
   * A type behind an interface that metadata.types does not describe; with `nameKnown` the
   * capture still names it in metadata.runtimeTypeNames.
   */
  undescribed(name: string, kind: GoKind, nameKnown = true): GoType {
    const t = new GoType(0, name, kind);
    t.described = false;
    t.nameKnown = nameKnown;
    this.undescribedTypes.push(t);
    return t;
  }

  /** The address an interface's type word holds for `t`, assigned on first use. */
  runtimeTypeOf(t: GoType): number {
    t.runtimeType ??= RUNTIME_TYPE_BASE + RUNTIME_TYPE_STRIDE * ++this.runtimeTypes;
    return t.runtimeType;
  }

  /** A Go 1.24+ map: internal/runtime/maps.Map, table, directory and group types. */
  swissMap(key: GoType, value: GoType, name = `map[${key.name}]${value.name}`): GoType {
    const indirectKey = key.size > MAX_INLINE;
    const indirectElem = value.size > MAX_INLINE;
    const slotKey = indirectKey ? this.pointer(key) : key;
    const slotElem = indirectElem ? this.pointer(value) : value;
    const slot = this.struct(`noalg.struct { key ${slotKey.name}; elem ${slotElem.name} }`, [
      ['key', slotKey],
      ['elem', slotElem],
    ]);
    const group = this.struct(`noalg.map.group[${key.name}]${value.name}`, [
      ['ctrl', this.uint64()],
      ['slots', this.array(slot, 8)],
    ]);
    const groupsReference = this.struct('internal/runtime/maps.groupsReference', [
      ['data', this.unsafePointer()],
      ['lengthMask', this.uint64()],
    ]);
    const table = this.struct('internal/runtime/maps.table', [
      ['used', this.uint16()],
      ['capacity', this.uint16()],
      ['growthLeft', this.uint16()],
      ['localDepth', this.uint8()],
      ['index', this.int()],
      ['groups', groupsReference],
    ]);
    const header = this.struct('internal/runtime/maps.Map', [
      ['used', this.uint64()],
      ['seed', this.uintptr()],
      ['dirPtr', this.unsafePointer()],
      ['dirLen', this.int()],
      ['globalDepth', this.uint8()],
      ['globalShift', this.uint8()],
      ['writing', this.uint8()],
      ['tombstonePossible', this.bool()],
      ['clearSeq', this.uint64()],
    ]);
    const t = this.add(name, 'map');
    t.key = key;
    t.value = value;
    t.map = {
      flavor: 'swiss',
      header,
      table,
      directory: this.pointer(table),
      group,
      slotSize: slot.size,
      keyOffset: slot.field('key').offset,
      elemOffset: slot.field('elem').offset,
      indirectKey,
      indirectElem,
    };
    return t;
  }

  /** A map before Go 1.24: runtime.hmap and its bucket type. */
  hashMap(key: GoType, value: GoType, name = `map[${key.name}]${value.name}`): GoType {
    const indirectKey = key.size > MAX_INLINE;
    const indirectElem = value.size > MAX_INLINE;
    const slotKey = indirectKey ? this.pointer(key) : key;
    const slotElem = indirectElem ? this.pointer(value) : value;
    const bucket = this.struct(`map.bucket[${key.name}]${value.name}`);
    bucket.define([
      ['tophash', this.array(this.uint8(), 8)],
      ['keys', this.array(slotKey, 8)],
      ['elems', this.array(slotElem, 8)],
      ['overflow', this.pointer(bucket)],
    ]);
    const header = this.struct('runtime.hmap', [
      ['count', this.int()],
      ['flags', this.uint8()],
      ['B', this.uint8()],
      ['noverflow', this.uint16()],
      ['hash0', this.uint32()],
      ['buckets', this.unsafePointer()],
      ['oldbuckets', this.unsafePointer()],
      ['nevacuate', this.uintptr()],
      ['extra', this.unsafePointer()],
    ]);
    const t = this.add(name, 'map');
    t.key = key;
    t.value = value;
    t.map = {
      flavor: 'hmap',
      header,
      bucket,
      keySlotSize: slotKey.size,
      elemSlotSize: slotElem.size,
      keysOffset: bucket.field('keys').offset,
      elemsOffset: bucket.field('elems').offset,
      overflowOffset: bucket.field('overflow').offset,
      indirectKey,
      indirectElem,
    };
    return t;
  }

  /** runtime.itab, when some interface with methods needed it. */
  get usedItab(): GoType | undefined {
    return this.itabType;
  }
}
