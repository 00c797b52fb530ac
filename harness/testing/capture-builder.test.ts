// The builder against the facts it imitates: Go's layouts (offsets of Go 1.26 swiss maps and
// Go 1.23 hmaps, struct padding), the file framing of capture-format v1, and the engine's
// recording rules (depth, dedup, limits, budget). Parsed here by hand, not by harness/capture.
import { describe, expect, test } from 'vitest';
import { CaptureBuilder, ptrTo, sliceOf } from './capture-builder.ts';

interface ParsedItem {
  typeId: number;
  status: number;
  address: number;
  length: number;
}

function parse(bytes: Uint8Array) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  const metaLength = v.getUint32(12, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + metaLength)));
  const events: { length: number; flags: number; items: ParsedItem[] }[] = [];
  for (let at = 16 + metaLength; at < bytes.length; ) {
    const length = v.getUint32(at, true);
    let cursor = at + 40 + 8 * v.getUint16(at + 10, true);
    const items: ParsedItem[] = [];
    for (let i = 0; i < v.getUint32(at + 12, true); i++) {
      const itemLength = v.getUint32(cursor + 16, true);
      items.push({
        typeId: v.getUint32(cursor, true),
        status: v.getUint8(cursor + 4),
        address: Number(v.getBigUint64(cursor + 8, true)),
        length: itemLength,
      });
      cursor += 24 + Math.ceil(itemLength / 8) * 8;
    }
    expect(cursor - at).toBe(length);
    events.push({ length, flags: v.getUint8(at + 9), items });
    at += length;
  }
  return { magic, version: v.getUint16(8, true), meta, events };
}

describe('Go layouts', () => {
  test('struct fields are aligned; a trailing zero-size field gets a byte', () => {
    const b = new CaptureBuilder();
    const T = b.types;
    const s = T.struct('main.s', [
      ['a', T.bool()],
      ['b', T.int64()],
      ['c', T.int16()],
    ]);
    const z = T.struct('main.z', [
      ['a', T.int64()],
      ['z', T.struct('struct {}', [])],
    ]);
    expect([s.fields.map((f) => f.offset), s.size, z.size]).toEqual([[0, 8, 16], 24, 16]);
  });

  test('swiss map internals as in Go 1.24+ (map[string]int)', () => {
    const b = new CaptureBuilder();
    b.types.swissMap(b.types.string(), b.types.int());
    const { meta } = parse(b.build());
    const map = meta.types.find((t: { kind: string }) => t.kind === 'map');
    const size = (id: number) => meta.types.find((t: { id: number }) => t.id === id).size;
    expect(map.swiss).toMatchObject({
      usedOffset: 0,
      dirPtrOffset: 16,
      dirLenOffset: 24,
      tableGroupsDataOffset: 16,
      tableGroupsLengthMaskOffset: 24,
      groupSize: 200,
      ctrlOffset: 0,
      slotsOffset: 8,
      slotSize: 24,
      slotsPerGroup: 8,
      keyOffset: 0,
      elemOffset: 16,
      indirectKey: false,
      indirectElem: false,
    });
    expect([size(map.swiss.headerType), size(map.swiss.tableType), size(map.swiss.directoryType)]).toEqual([48, 32, 8]);
  });

  test('hmap internals as in Go 1.23 (map[string]int), and indirect values over 128 bytes', () => {
    const b = new CaptureBuilder();
    b.types.hashMap(b.types.string(), b.types.int());
    b.types.hashMap(b.types.int(), b.types.array(b.types.uint8(), 129));
    const maps = parse(b.build()).meta.types.filter((t: { kind: string }) => t.kind === 'map');
    expect(maps[0].hmap).toMatchObject({
      countOffset: 0,
      bOffset: 9,
      bucketsOffset: 16,
      oldbucketsOffset: 24,
      bucketSize: 208,
      tophashOffset: 0,
      keysOffset: 8,
      elemsOffset: 136,
      overflowOffset: 200,
      bucketCount: 8,
      keySlotSize: 16,
      elemSlotSize: 8,
    });
    expect(maps[1].hmap).toMatchObject({ elemSlotSize: 8, indirectElem: true, indirectKey: false, bucketSize: 144 });
  });
});

describe('file framing', () => {
  test('header, metadata and 8-aligned records', () => {
    const b = new CaptureBuilder({ name: 'shop' });
    const p = b.probe({ id: 'f', args: [['s', b.types.string()]] });
    b.entry(p, { s: 'abc' }, { stack: [0x401000] });
    const parsed = parse(b.build());
    expect([parsed.magic, parsed.version, parsed.meta.program.name, parsed.meta.stats.events]).toEqual([
      'GODICAP\0',
      2,
      'shop',
      1,
    ]);
    const [event] = parsed.events;
    // 40-byte header, one PC, the root (24 + 16) and the string bytes (24 + 3 padded to 8).
    expect(event?.length).toBe(40 + 8 + 40 + 32);
    expect(event?.items.map((i) => [i.address === 0, i.length])).toEqual([
      [true, 16],
      [false, 3],
    ]);
  });
});

describe('recording, as the engine does', () => {
  test('objects deeper than maxReferenceDepth are not recorded', () => {
    const b = new CaptureBuilder();
    const int = b.types.int();
    const chain = b.types.pointer(b.types.pointer(b.types.pointer(int)));
    b.entry(b.probe({ id: 'f', args: [['p', chain]], capture: { maxReferenceDepth: 2 } }), {
      p: ptrTo(ptrTo(ptrTo(1))),
    });
    // The root, then the targets at depth 1 and 2; the int at depth 3 is left out.
    expect(parse(b.build()).events[0]?.items).toHaveLength(3);
  });

  test('an object reached twice is recorded once', () => {
    const b = new CaptureBuilder();
    const ptr = b.types.pointer(b.types.int());
    const shared = ptrTo(5);
    b.entry(b.probe({ id: 'f', args: [['p', ptr], ['q', ptr]] }), { p: shared, q: shared });
    expect(parse(b.build()).events[0]?.items).toHaveLength(3);
  });

  test('strings and slice elements are cut at the probe limits', () => {
    const b = new CaptureBuilder();
    const probe = b.probe({
      id: 'f',
      args: [['s', b.types.string()], ['xs', b.types.slice(b.types.int())]],
      capture: { maxLength: 4, maxCollectionSize: 2 },
    });
    b.entry(probe, { s: 'abcdefgh', xs: [1, 2, 3, 4, 5] });
    expect(parse(b.build()).events[0]?.items.slice(2).map((i) => i.length)).toEqual([4, 16]);
  });

  test('what does not fit the event budget is left out and the event flagged truncated', () => {
    const b = new CaptureBuilder();
    const probe = b.probe({ id: 'f', args: [['xs', b.types.slice(b.types.int())]], maxEventBytes: 100 });
    b.entry(probe, { xs: sliceOf([1, 2, 3, 4, 5, 6, 7, 8]) });
    const [event] = parse(b.build()).events;
    expect([(event?.flags ?? 0) & 1, event?.items.length]).toEqual([1, 1]);
  });

  test('faulted objects are recorded with status 1 and no bytes', () => {
    const b = new CaptureBuilder();
    b.entry(b.probe({ id: 'f', args: [['p', b.types.pointer(b.types.int())]] }), { p: ptrTo(1, { fault: true }) });
    expect(parse(b.build()).events[0]?.items[1]).toMatchObject({ status: 1, length: 0 });
  });
});
