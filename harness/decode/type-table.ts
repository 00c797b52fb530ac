// Capture metadata types compiled once per capture into linked TypeInfo objects, with the
// lookups decoding needs: by id, by runtime type address, and the kind of a type name.

import type { CaptureMeta, CaptureType, HmapLayout, SwissLayout, TypeKind } from '../capture/index.ts';
import { isRedactedIdentifier } from './redaction.ts';

/** Numeric kind codes: the decoder's hot switch compares small integers, not strings. */
export const KindCode = {
  // Scalars first: the decoder tests `code <= KindCode.complex128` for "has a value text".
  bool: 0,
  int: 1,
  int8: 2,
  int16: 3,
  int32: 4,
  int64: 5,
  uint: 6,
  uint8: 7,
  uint16: 8,
  uint32: 9,
  uint64: 10,
  uintptr: 11,
  float32: 12,
  float64: 13,
  complex64: 14,
  complex128: 15,
  string: 16,
  pointer: 17,
  unsafePointer: 18,
  struct: 19,
  array: 20,
  slice: 21,
  interface: 22,
  map: 23,
  chan: 24,
  func: 25,
} as const satisfies Record<TypeKind, number>;

export interface FieldInfo {
  name: string;
  offset: number;
  type: TypeInfo;
  /** The field's name is on the redaction list. */
  redacted: boolean;
}

export class TypeInfo {
  /** KindCode of kind: a number the hot paths compare cheaply. */
  readonly code: number;
  elem: TypeInfo | undefined = undefined;
  key: TypeInfo | undefined = undefined;
  value: TypeInfo | undefined = undefined;
  fields: FieldInfo[] = [];
  count = 0;
  /** `count` as the decimal string an array's `size` shows. */
  countText = '0';
  empty = false;
  swiss: SwissLayout | undefined = undefined;
  hmap: HmapLayout | undefined = undefined;
  /** Stored in an interface's data word itself rather than boxed (Go's IsDirectIface). */
  direct = false;
  /** Described by name only: the engine never reads memory of this type. */
  opaque = false;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly kind: TypeKind,
    readonly size: number,
  ) {
    this.code = KindCode[kind];
  }
}

function isDirect(t: TypeInfo): boolean {
  switch (t.code) {
    case KindCode.pointer:
    case KindCode.unsafePointer:
    case KindCode.map:
    case KindCode.chan:
    case KindCode.func:
      return true;
    case KindCode.array:
      return t.count === 1 && t.elem !== undefined && isDirect(t.elem);
    case KindCode.struct:
      return t.fields.length === 1 && isDirect((t.fields[0] as FieldInfo).type);
    default:
      return false;
  }
}

export class TypeTable {
  readonly byId = new Map<number, TypeInfo>();
  readonly byRuntimeType = new Map<number, TypeInfo>();
  /** Names of runtime types the capture knows by name only (metadata.runtimeTypeNames). */
  readonly runtimeTypeNames = new Map<number, string>();
  readonly kindByName = new Map<string, TypeKind>();
  /** The type whose items hold string bytes. */
  readonly uint8: TypeInfo | undefined;
  readonly itabType: number;
  readonly itabTypeOffset: number;

  constructor(meta: CaptureMeta) {
    for (const t of meta.types) {
      this.byId.set(t.id, new TypeInfo(t.id, t.name, t.kind, t.size));
      if (!this.kindByName.has(t.name)) this.kindByName.set(t.name, t.kind);
    }
    for (const t of meta.types) this.link(t, this.get(t.id));
    for (const info of this.byId.values()) info.direct = isDirect(info);
    for (const t of meta.types) {
      if (t.goRuntimeType !== undefined) this.byRuntimeType.set(Number(t.goRuntimeType), this.get(t.id));
    }
    for (const [address, name] of Object.entries(meta.runtimeTypeNames ?? {})) {
      this.runtimeTypeNames.set(Number(address), name);
    }
    this.uint8 = [...this.byId.values()].find((t) => t.code === KindCode.uint8);
    this.itabType = meta.runtime?.itabType ?? 0;
    this.itabTypeOffset = meta.runtime?.itabTypeOffset ?? 0;
  }

  get(id: number): TypeInfo {
    const t = this.byId.get(id);
    if (!t) throw new Error(`type id ${id} is not in the capture metadata`);
    return t;
  }

  private link(t: CaptureType, info: TypeInfo): void {
    if (t.opaque) {
      info.opaque = true;
      return;
    }
    switch (t.kind) {
      case 'pointer':
      case 'slice':
        info.elem = this.get(t.elem);
        break;
      case 'array':
        info.elem = this.get(t.elem);
        info.count = t.count;
        info.countText = String(t.count);
        break;
      case 'struct':
        info.fields = t.fields.map((f) => ({
          name: f.name,
          offset: f.offset,
          type: this.get(f.type),
          redacted: isRedactedIdentifier(f.name),
        }));
        break;
      case 'interface':
        info.empty = t.empty;
        break;
      case 'map':
        info.key = this.get(t.key);
        info.value = this.get(t.value);
        info.swiss = t.swiss;
        info.hmap = t.hmap;
        break;
    }
  }
}
