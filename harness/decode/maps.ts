// Map entries from the runtime's own structures: swiss tables (Go 1.24+) and hmap buckets
// (before), as laid out in capture-format §2.1 and recorded as items per §3.2.

import type { HmapLayout, SwissLayout } from '../capture/index.ts';
import { formatUint64, readU64 } from './numbers.ts';
import type { CapturedValue, NotCapturedReason } from './snapshot.ts';
import { isRedactedIdentifier, redactedIdent } from './redaction.ts';
import { KindCode, type TypeInfo } from './type-table.ts';
import { type Unfollowed, unfollowed } from './unfollowed.ts';

/** What decoding a map needs of the value encoder (values.ts's ValueEncoder). */
export interface ValueEncoder {
  readonly view: DataView;
  readonly bytes: Uint8Array;
  readonly maxCollection: number;
  readonly itemLimit: number;
  find(address: number, typeId: number): number;
  readable(item: number): boolean;
  start(item: number): number;
  end(item: number): number;
  missing(depth: number): NotCapturedReason;
  value(t: TypeInfo, offset: number, end: number, depth: number): CapturedValue;
  referenced(t: TypeInfo, address: number, depth: number): CapturedValue;
}

/** Swiss control byte: the high bit is set for empty and deleted slots. */
const CTRL_EMPTY_OR_DELETED = 0x80;
/** hmap tophash values below this mark empty or evacuated slots (runtime.minTopHash). */
const MIN_TOP_HASH = 5;
const EVACUATED_X = 2;
const EVACUATED_EMPTY = 4;

/** Collects entries up to the collection limit and remembers why any were lost. */
class Entries {
  readonly list: [CapturedValue, CapturedValue][] = [];
  lost: NotCapturedReason | undefined = undefined;
  /** A swiss map's single group or table directory, when it was missing (the message names it). */
  firstMissing: Unfollowed | undefined = undefined;

  constructor(
    private readonly enc: ValueEncoder,
    private readonly key: TypeInfo,
    private readonly value: TypeInfo,
    private readonly depth: number,
  ) {}

  get full(): boolean {
    return this.list.length >= this.enc.maxCollection;
  }

  add(keyAt: number, indirectKey: boolean, elemAt: number, indirectElem: boolean, end: number): void {
    const key = this.slot(this.key, keyAt, indirectKey, end);
    // Like the tracers' map serializers: a string key naming a secret hides its value.
    const redacted =
      this.key.code === KindCode.string && key.value !== undefined && !key.truncated && isRedactedIdentifier(key.value);
    this.list.push([key, redacted ? redactedIdent(this.value) : this.slot(this.value, elemAt, indirectElem, end)]);
  }

  /**
   * Notes why an internal object (directory, table, group, bucket) could not be walked; `first`
   * names a swiss map's first internal object and where it is.
   */
  lose(item: number, first?: { part: 'group' | 'tables'; address: number }): void {
    this.lost ??= item < 0 ? this.enc.missing(this.depth) : this.enc.readable(item) ? 'pruned' : 'unavailable';
    if (first) this.firstMissing ??= { address: first.address, readFailed: item >= 0, swissPart: first.part };
  }

  private slot(t: TypeInfo, at: number, indirect: boolean, end: number): CapturedValue {
    if (!indirect) return this.enc.value(t, at, end, this.depth);
    if (at + 8 > end) return { type: t.name, notCapturedReason: 'length' };
    return this.enc.referenced(t, readU64(this.enc.view, at), this.depth);
  }
}

/** A map's `size`, `entries` and, when entries are missing, why (its header in [offset, end)). */
export function mapValue(
  enc: ValueEncoder,
  name: string,
  t: TypeInfo,
  offset: number,
  end: number,
  depth: number,
): CapturedValue {
  const countAt = offset + (t.swiss ? t.swiss.usedOffset : (t.hmap as HmapLayout).countOffset);
  if (countAt + 8 > end) return { type: name, notCapturedReason: 'length' };
  const count = readU64(enc.view, countAt);
  const entries = new Entries(enc, t.key as TypeInfo, t.value as TypeInfo, depth);
  if (count > 0) {
    if (t.swiss) swissEntries(enc, t.swiss, offset, end, entries);
    else hmapEntries(enc, t.hmap as HmapLayout, offset, end, entries);
  }
  const size = formatUint64(enc.view, countAt);
  if (entries.list.length >= count) return { type: name, size, entries: entries.list };
  const reason = entries.full ? 'collectionSize' : (entries.lost ?? 'pruned');
  const value: CapturedValue = { type: name, size, entries: entries.list, notCapturedReason: reason };
  return entries.firstMissing ? unfollowed(value, entries.firstMissing) : value;
}

function swissEntries(enc: ValueEncoder, s: SwissLayout, offset: number, end: number, entries: Entries): void {
  if (offset + s.dirPtrOffset + 8 > end || offset + s.dirLenOffset + 8 > end) {
    entries.lost = 'length';
    return;
  }
  const dirPtr = readU64(enc.view, offset + s.dirPtrOffset);
  const dirLen = readU64(enc.view, offset + s.dirLenOffset);
  if (dirLen === 0) {
    swissGroups(enc, s, dirPtr, 1, entries, 'group');
    return;
  }
  const directory = enc.find(dirPtr, s.directoryType);
  if (directory < 0 || !enc.readable(directory)) {
    entries.lose(directory, { part: 'tables', address: dirPtr });
    return;
  }
  const tables = Math.min(dirLen, Math.floor((enc.end(directory) - enc.start(directory)) / 8));
  let previous = 0;
  for (let i = 0; i < tables && !entries.full; i++) {
    const table = readU64(enc.view, enc.start(directory) + 8 * i);
    // A table spans several directory slots when its local depth is below the global depth.
    if (table === previous) continue;
    previous = table;
    const item = enc.find(table, s.tableType);
    if (item < 0 || !enc.readable(item)) {
      entries.lose(item);
      continue;
    }
    const at = enc.start(item);
    if (at + s.tableGroupsDataOffset + 8 > enc.end(item) || at + s.tableGroupsLengthMaskOffset + 8 > enc.end(item)) {
      entries.lose(item);
      continue;
    }
    const groups = readU64(enc.view, at + s.tableGroupsLengthMaskOffset) + 1;
    swissGroups(enc, s, readU64(enc.view, at + s.tableGroupsDataOffset), groups, entries);
  }
}

/** `part` is set for a small map's single group, the map's first internal object. */
function swissGroups(enc: ValueEncoder, s: SwissLayout, address: number, groups: number, entries: Entries, part?: 'group'): void {
  const item = enc.find(address, s.groupType);
  if (item < 0 || !enc.readable(item)) {
    entries.lose(item, part && { part, address });
    return;
  }
  const end = enc.end(item);
  const bytes = enc.bytes;
  // The event budget may cut the last group read: its slots wholly present still count.
  let group = enc.start(item);
  for (let g = 0; g < groups && group + s.ctrlOffset + s.slotsPerGroup <= end; g++, group += s.groupSize) {
    for (let i = 0; i < s.slotsPerGroup; i++) {
      if (((bytes[group + s.ctrlOffset + i] as number) & CTRL_EMPTY_OR_DELETED) !== 0) continue;
      if (entries.full) return;
      const slot = group + s.slotsOffset + i * s.slotSize;
      if (slot + s.slotSize > end) return; // cut by the budget: mapValue reports "pruned"
      entries.add(slot + s.keyOffset, s.indirectKey, slot + s.elemOffset, s.indirectElem, end);
    }
  }
}

function hmapEntries(enc: ValueEncoder, h: HmapLayout, offset: number, end: number, entries: Entries): void {
  if (offset + h.bucketsOffset + 8 > end || offset + h.oldbucketsOffset + 8 > end) {
    entries.lost = 'length';
    return;
  }
  hmapBuckets(enc, h, readU64(enc.view, offset + h.bucketsOffset), false, entries);
  const old = readU64(enc.view, offset + h.oldbucketsOffset);
  // While the map grows, entries of old buckets not yet evacuated are only there.
  if (old !== 0) hmapBuckets(enc, h, old, true, entries);
}

function hmapBuckets(enc: ValueEncoder, h: HmapLayout, address: number, old: boolean, entries: Entries): void {
  const item = enc.find(address, h.bucketType);
  if (item < 0 || !enc.readable(item)) {
    entries.lose(item);
    return;
  }
  const end = enc.end(item);
  // The event budget may cut the last bucket read: its slots wholly present still count.
  for (let bucket = enc.start(item); hasTophash(h, bucket, end) && !entries.full; bucket += h.bucketSize) {
    const first = enc.bytes[bucket + h.tophashOffset] as number;
    if (old && first >= EVACUATED_X && first <= EVACUATED_EMPTY) continue;
    hmapChain(enc, h, bucket, end, entries);
  }
}

function hasTophash(h: HmapLayout, bucket: number, end: number): boolean {
  return bucket + h.tophashOffset + h.bucketCount <= end;
}

/** One bucket and its overflow buckets; a bucket cut short yields the slots wholly present. */
function hmapChain(enc: ValueEncoder, h: HmapLayout, bucket: number, end: number, entries: Entries): void {
  for (let hops = 0; hops <= enc.itemLimit; hops++) {
    for (let i = 0; i < h.bucketCount; i++) {
      if ((enc.bytes[bucket + h.tophashOffset + i] as number) < MIN_TOP_HASH) continue;
      if (entries.full) return;
      const keyAt = bucket + h.keysOffset + i * h.keySlotSize;
      const elemAt = bucket + h.elemsOffset + i * h.elemSlotSize;
      if (keyAt + h.keySlotSize > end || elemAt + h.elemSlotSize > end) return; // cut: "pruned"
      entries.add(keyAt, h.indirectKey, elemAt, h.indirectElem, end);
    }
    if (bucket + h.overflowOffset + 8 > end) return; // cut: "pruned"
    const overflow = readU64(enc.view, bucket + h.overflowOffset);
    if (overflow === 0) return;
    const item = enc.find(overflow, h.bucketType);
    if (item < 0 || !enc.readable(item) || !hasTophash(h, enc.start(item), enc.end(item))) {
      entries.lose(item);
      return;
    }
    bucket = enc.start(item);
    end = enc.end(item);
  }
}
