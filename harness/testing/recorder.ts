// What the probe engine records for one event, simulated: roots first, then every object
// reachable within maxReferenceDepth (capture-format §3.3), once per (address, type), cut to
// the collection and string limits, until the event's byte budget runs out.

import type { RecordLimits, Ref } from './memory.ts';

export interface RecordedItem {
  typeId: number;
  status: 0 | 1 | 2;
  address: number;
  data: Uint8Array;
}

export interface RecordedRoot {
  typeId: number;
  /** 0: assembled; 1: read failed; 2: no location at this PC. */
  status: 0 | 1 | 2;
  bytes: Uint8Array;
  refs: Ref[];
}

const ITEM_HEADER = 24;

function itemSize(dataLength: number): number {
  return ITEM_HEADER + Math.ceil(dataLength / 8) * 8;
}

export function recordItems(
  roots: RecordedRoot[],
  limits: RecordLimits,
  budget: number,
): { items: RecordedItem[]; truncated: boolean } {
  const items: RecordedItem[] = roots.map((r) => ({
    typeId: r.typeId,
    status: r.status,
    address: 0,
    data: r.status === 0 ? r.bytes : new Uint8Array(0),
  }));
  let used = items.reduce((sum, item) => sum + itemSize(item.data.length), 0);
  let truncated = false;
  const recorded = new Map<string, { item: RecordedItem; depth: number }>();

  const follow = (refs: Ref[], depth: number, available: number): void => {
    for (const ref of refs) {
      if (ref.at + 8 > available) continue; // the reference lies in bytes that were not read
      const target = ref.target;
      const at = depth + ref.delta;
      if (at > limits.maxReferenceDepth || target.options.omit || target.bytes.length === 0) continue;
      const { fault, readBytes = Infinity } = target.options;
      const want = fault ? 0 : Math.min(target.bytes.length, ref.want(limits), readBytes);
      const key = `${target.address}/${target.type.id}`;
      const seen = recorded.get(key);
      if (seen) {
        // Another path wants more of the object (a longer string over the same bytes) or
        // reaches it closer to the root: record more, and follow its references again.
        let grown = false;
        if (want > seen.item.data.length) {
          const extra = itemSize(want) - itemSize(seen.item.data.length);
          grown = used + extra <= budget;
          if (grown) {
            used += extra;
            seen.item.data = target.bytes.subarray(0, want);
          } else {
            truncated = true;
          }
        }
        if (grown || at < seen.depth) {
          seen.depth = Math.min(seen.depth, at);
          follow(target.refs, seen.depth, seen.item.data.length);
        }
        continue;
      }
      if (used + itemSize(want) > budget) {
        truncated = true;
        continue;
      }
      const item: RecordedItem = {
        typeId: target.type.id,
        status: target.options.fault ? 1 : 0,
        address: target.address,
        data: target.bytes.subarray(0, want),
      };
      used += itemSize(want);
      items.push(item);
      recorded.set(key, { item, depth: at });
      follow(target.refs, at, want);
    }
  };
  for (const root of roots) if (root.status === 0) follow(root.refs, 0, root.bytes.length);
  return { items, truncated };
}
