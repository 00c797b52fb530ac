// Lays out Go maps in the builder's memory the way the runtime does: swiss tables (Go 1.24+:
// header, directory, tables, groups of 8 slots with control bytes) or hmap buckets (before:
// tophash, keys, elems, overflow chains, old buckets while growing).

import type { GoType, HmapLayout, SwissMapLayout } from './go-types.ts';
import { type MapOptions, MapValue, type ObjectOptions } from './go-values.ts';
import type { MemObject, Ref } from './mem-object.ts';

/** What writing a map needs of the simulated memory (memory.ts's Memory). */
interface Memory {
  allocate(type: GoType, options?: ObjectOptions, size?: number): MemObject;
  write(t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void;
}

const CTRL_EMPTY = 0x80;
const CTRL_DELETED = 0xfe;
const MIN_TOP_HASH = 5;
const EVACUATED_X = 2;
const EVACUATED_EMPTY = 4;
const SLOTS = 8;
/** Slots are taken out of order, as hashing would scatter them. */
const SLOT_ORDER = [5, 0, 3, 7, 1, 6, 2, 4];
/** Entries per swiss table before the builder adds another (7/8 of a group's 8 slots). */
const SWISS_TABLE_ENTRIES = 56;
const HMAP_LOAD_FACTOR = 6.5;

type Entry = [unknown, unknown];

function whole(target: MemObject): Ref['want'] {
  return () => target.bytes.length;
}

function link(from: MemObject, at: number, target: MemObject): void {
  from.view.setBigUint64(at, BigInt(target.address), true);
  from.refs.push({ at, target, delta: 0, want: whole(target) });
}

/** Writes a key or value into a slot, or a pointer to it when the layout stores it out of line. */
function writeSlot(mem: Memory, t: GoType, value: unknown, indirect: boolean, obj: MemObject, at: number): void {
  if (!indirect) {
    mem.write(t, value, obj.view, at, obj.refs);
    return;
  }
  const target = mem.allocate(t);
  mem.write(t, value, target.view, 0, target.refs);
  link(obj, at, target);
}

export function writeMap(mem: Memory, t: GoType, value: unknown, view: DataView, offset: number, refs: Ref[]): void {
  if (value === null) return;
  const map =
    value instanceof MapValue ? value : new MapValue(value instanceof Map ? [...value] : (value as Entry[]), {});
  const layout = t.map?.flavor === 'swiss' ? swissMap : hashMap;
  const header = layout(mem, t, map.entries, map.options);
  view.setBigUint64(offset, BigInt(header.address), true);
  refs.push({ at: offset, target: header, delta: 1, want: whole(header) });
}

function swissMap(mem: Memory, t: GoType, entries: Entry[], o: MapOptions): MemObject {
  const layout = t.map as SwissMapLayout;
  const header = mem.allocate(layout.header, o);
  const at = (name: string) => layout.header.field(name).offset;
  header.view.setBigUint64(at('used'), BigInt(entries.length), true);
  header.view.setBigUint64(at('seed'), 0x5eed0fcafen, true);
  const tables = o.tables ?? (entries.length > SLOTS ? Math.ceil(entries.length / SWISS_TABLE_ENTRIES) : 0);
  if (tables === 0) {
    // Small map: dirPtr is the one group (allocated with the first entry).
    if (entries.length > 0) link(header, at('dirPtr'), swissGroups(mem, t, layout, entries, 1, o));
    return header;
  }
  const dirLen = o.directoryLength ?? tables;
  if (dirLen % tables !== 0) throw new Error(`directoryLength ${dirLen} is not a multiple of ${tables} tables`);
  const span = dirLen / tables;
  const directory = mem.allocate(layout.directory, o.internals, dirLen * 8);
  for (let i = 0; i < tables; i++) {
    const share = entries.filter((_, k) => k % tables === i);
    const table = swissTable(mem, t, layout, share, i, Math.log2(dirLen / span), o);
    link(directory, 8 * i * span, table);
    for (let j = 1; j < span; j++) directory.view.setBigUint64(8 * (i * span + j), BigInt(table.address), true);
  }
  header.view.setBigInt64(at('dirLen'), BigInt(dirLen), true);
  header.view.setUint8(at('globalDepth'), Math.ceil(Math.log2(dirLen)));
  link(header, at('dirPtr'), directory);
  return header;
}

function swissTable(
  mem: Memory,
  t: GoType,
  layout: SwissMapLayout,
  entries: Entry[],
  index: number,
  localDepth: number,
  o: MapOptions,
): MemObject {
  let groupCount = 1;
  while (groupCount * (SLOTS - 1) < entries.length) groupCount *= 2;
  const table = mem.allocate(layout.table, o.internals);
  const at = (name: string) => layout.table.field(name).offset;
  const groups = layout.table.field('groups');
  table.view.setUint16(at('used'), entries.length, true);
  table.view.setUint16(at('capacity'), groupCount * SLOTS, true);
  table.view.setUint16(at('growthLeft'), groupCount * (SLOTS - 1) - entries.length, true);
  table.view.setUint8(at('localDepth'), localDepth);
  table.view.setBigInt64(at('index'), BigInt(index), true);
  table.view.setBigUint64(groups.offset + groups.type.field('lengthMask').offset, BigInt(groupCount - 1), true);
  link(table, groups.offset + groups.type.field('data').offset, swissGroups(mem, t, layout, entries, groupCount, o));
  return table;
}

function swissGroups(
  mem: Memory,
  t: GoType,
  layout: SwissMapLayout,
  entries: Entry[],
  count: number,
  o: MapOptions,
): MemObject {
  const size = layout.group.size;
  const obj = mem.allocate(layout.group, o.internals, size * count);
  const ctrl = layout.group.field('ctrl').offset;
  const slots = layout.group.field('slots').offset;
  for (let g = 0; g < count; g++) obj.bytes.fill(CTRL_EMPTY, g * size + ctrl, g * size + ctrl + SLOTS);
  entries.forEach(([key, value], k) => {
    const group = (k % count) * size;
    const slot = SLOT_ORDER[Math.floor(k / count)];
    if (slot === undefined) throw new Error(`${entries.length} entries do not fit ${count} groups`);
    obj.bytes[group + ctrl + slot] = (k * 37 + 11) & 0x7f; // h2: the low 7 hash bits
    const base = group + slots + slot * layout.slotSize;
    writeSlot(mem, t.key as GoType, key, layout.indirectKey, obj, base + layout.keyOffset);
    writeSlot(mem, t.value as GoType, value, layout.indirectElem, obj, base + layout.elemOffset);
  });
  let tombstones = o.tombstones ?? 0;
  for (let i = 0; i < obj.bytes.length && tombstones > 0; i += size) {
    for (let s = 0; s < SLOTS && tombstones > 0; s++) {
      if (obj.bytes[i + ctrl + s] === CTRL_EMPTY) {
        obj.bytes[i + ctrl + s] = CTRL_DELETED;
        tombstones--;
      }
    }
  }
  return obj;
}

function hashMap(mem: Memory, t: GoType, entries: Entry[], o: MapOptions): MemObject {
  const layout = t.map as HmapLayout;
  const header = mem.allocate(layout.header, o);
  const at = (name: string) => layout.header.field(name).offset;
  const old = o.growingOld ?? 0;
  let B = o.B ?? 0;
  while (o.B === undefined && entries.length > SLOTS && entries.length > HMAP_LOAD_FACTOR * 2 ** B) B++;
  if (o.growingOld !== undefined) B = Math.max(B, 1);
  header.view.setBigInt64(at('count'), BigInt(entries.length), true);
  header.view.setUint8(at('B'), B);
  header.view.setUint32(at('hash0'), 0x9e3779b9, true);
  // Buckets are allocated with the first entry unless a size hint (B) asked for them.
  if (entries.length === 0 && o.B === undefined) return header;
  link(header, at('buckets'), buckets(mem, t, layout, entries.slice(old), 2 ** B, o, []));
  if (o.growingOld !== undefined) {
    link(header, at('oldbuckets'), buckets(mem, t, layout, entries.slice(0, old), 2 ** (B - 1), o, entries.slice(old)));
  }
  return header;
}

/**
 * An array of `count` buckets holding `entries` (with overflow chains when a bucket is full).
 * For old buckets, `moved` are entries already evacuated: their stale copies stay in buckets
 * marked evacuated, which a reader must skip.
 */
function buckets(
  mem: Memory,
  t: GoType,
  layout: HmapLayout,
  entries: Entry[],
  count: number,
  o: MapOptions,
  moved: Entry[],
): MemObject {
  const size = layout.bucket.size;
  const array = mem.allocate(layout.bucket, o.internals, size * count);
  const fill = o.bucketFill ?? SLOTS;
  for (let b = 0; b < count; b++) {
    const mine = entries.filter((_, k) => k % count === b);
    if (mine.length === 0 && moved.length > 0) {
      const stale = moved.filter((_, k) => k % count === b).slice(0, SLOTS);
      writeBucket(mem, t, layout, array, b * size, stale, EVACUATED_X);
      const tophash = b * size + layout.bucket.field('tophash').offset;
      array.bytes.fill(EVACUATED_EMPTY, tophash + stale.length, tophash + SLOTS);
      continue;
    }
    let bucket = array;
    let base = b * size;
    for (let start = 0; start < mine.length; start += fill) {
      if (start > 0) {
        const overflow = mem.allocate(layout.bucket, o.internals);
        link(bucket, base + layout.overflowOffset, overflow);
        bucket = overflow;
        base = 0;
      }
      writeBucket(mem, t, layout, bucket, base, mine.slice(start, start + fill), undefined);
    }
  }
  return array;
}

function writeBucket(
  mem: Memory,
  t: GoType,
  layout: HmapLayout,
  obj: MemObject,
  base: number,
  entries: Entry[],
  tophash: number | undefined,
): void {
  const tophashAt = base + layout.bucket.field('tophash').offset;
  entries.forEach(([key, value], i) => {
    obj.bytes[tophashAt + i] = tophash ?? MIN_TOP_HASH + ((i * 29 + entries.length) % 200);
    const keyAt = base + layout.keysOffset + i * layout.keySlotSize;
    const elemAt = base + layout.elemsOffset + i * layout.elemSlotSize;
    writeSlot(mem, t.key as GoType, key, layout.indirectKey, obj, keyAt);
    writeSlot(mem, t.value as GoType, value, layout.indirectElem, obj, elemAt);
  });
}
