import { describe, expect, test } from 'vitest';
import { CaptureBuilder } from '../testing/index.ts';
import { CaptureFormatError } from './errors.ts';
import { readCapture } from './reader.ts';

// Offsets below come from docs/capture-format.md, not from the reader.
const META_LENGTH_AT = 12;
const META_AT = 16;
const RECORD_HEADER = 40;
const ITEM_HEADER = 24;

/** Two entry events of one probe (x int, s string); the second has a two-PC stack. */
function sample(): Uint8Array {
  const b = new CaptureBuilder({ name: 'sample' });
  const probe = b.probe({ id: 'f', args: [['x', b.types.int()], ['s', b.types.string()]] });
  b.entry(probe, { x: 42, s: 'hi' }, { goid: 7, timestampNs: 1_750_000_000_123_456_789n });
  b.entry(probe, { x: -1, s: 'there' }, { goid: 8, stack: [0x401000, 0x402000], callId: 99n });
  return b.build();
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const metaLength = (bytes: Uint8Array) => view(bytes).getUint32(META_LENGTH_AT, true);
const firstRecord = (bytes: Uint8Array) => META_AT + metaLength(bytes);
const secondRecord = (bytes: Uint8Array) => firstRecord(bytes) + view(bytes).getUint32(firstRecord(bytes), true);

/** The same capture with its metadata JSON replaced by `edit(meta)`. */
function withMeta(bytes: Uint8Array, edit: (meta: Record<string, any>) => unknown): Uint8Array {
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(META_AT, firstRecord(bytes))));
  const text = new TextEncoder().encode(JSON.stringify(edit(meta) ?? meta));
  const out = new Uint8Array(META_AT + text.length + bytes.length - firstRecord(bytes));
  out.set(bytes.subarray(0, META_AT));
  view(out).setUint32(META_LENGTH_AT, text.length, true);
  out.set(text, META_AT);
  out.set(bytes.subarray(firstRecord(bytes)), META_AT + text.length);
  return out;
}

function readError(bytes: Uint8Array): CaptureFormatError {
  try {
    readCapture(bytes, 'run.cap');
  } catch (e) {
    if (e instanceof CaptureFormatError) return e;
    throw e;
  }
  throw new Error('readCapture accepted the bytes');
}

describe('readCapture', () => {
  test('reads events, stacks and items as views into the file', () => {
    const bytes = sample();
    const capture = readCapture(bytes, 'run.cap');
    expect(capture.meta.program.name).toBe('sample');
    expect(capture.events.map((e) => [e.kind, e.probeIndex, e.goid, e.callId, e.stack, e.itemCount])).toEqual([
      ['entry', 0, 7, 0n, [], 3],
      ['entry', 0, 8, 99n, [0x401000, 0x402000], 3],
    ]);
    expect(capture.events[0]?.timestampNs).toBe(1_750_000_000_123_456_789n);
    // Item 0 of event 0 is the root x: its 8 bytes sit right after the record and item headers.
    const rootAt = firstRecord(bytes) + RECORD_HEADER + ITEM_HEADER;
    expect(capture.items.dataOffset[0]).toBe(rootAt);
    expect(capture.bytes.buffer).toBe(bytes.buffer);
    expect(view(bytes).getBigInt64(rootAt, true)).toBe(42n);
    // Item 2 is the string's bytes, referenced from the root s.
    const bytesOfS = capture.items.dataOffset[2] as number;
    expect(new TextDecoder().decode(bytes.subarray(bytesOfS, bytesOfS + (capture.items.length[2] as number)))).toBe('hi');
  });

  test('a file shorter than the header', () => {
    const e = readError(sample().subarray(0, 10));
    expect([e.file, e.event, e.offset]).toEqual(['run.cap', undefined, 10]);
    expect(e.message).toBe('run.cap: at byte 10: file is 10 bytes, shorter than the 16-byte header');
  });

  test('bad magic', () => {
    const bytes = sample();
    bytes[3] = 0x58;
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([undefined, 0]);
    expect(e.reason).toBe('bad magic: expected 47 4f 44 49 43 41 50 00, found 47 4f 44 58 43 41 50 00');
  });

  test('version 3 is newer than this decoder', () => {
    const bytes = sample();
    view(bytes).setUint16(8, 3, true);
    const e = readError(bytes);
    expect(e.offset).toBe(8);
    expect(e.reason).toBe('capture format version 3 is newer than this decoder (2)');
  });

  test('version 1, from before probe instances, is refused by name', () => {
    const bytes = sample();
    view(bytes).setUint16(8, 1, true);
    expect(readError(bytes).reason).toBe('unsupported capture format version 1');
  });

  test('an event naming an instance its probe does not have', () => {
    const bytes = sample();
    const record = firstRecord(bytes);
    view(bytes).setUint16(record + 6, 3, true);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([0, record + 6]);
    expect(e.reason).toMatch(/^instance 3 is not in probe \S+'s 1 instances$/);
  });

  test('metadata running past the end of the file', () => {
    const bytes = sample();
    view(bytes).setUint32(META_LENGTH_AT, bytes.length, true);
    expect(readError(bytes).offset).toBe(META_LENGTH_AT);
  });

  test('metadata that is not JSON', () => {
    const bytes = sample();
    bytes[META_AT] = '['.charCodeAt(0);
    bytes[META_AT + 1] = '}'.charCodeAt(0);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([undefined, META_AT]);
    expect(e.reason).toMatch(/^metadata is not UTF-8 JSON: /);
  });

  test('metadata naming a type id it does not define, with the JSON path', () => {
    const bytes = withMeta(sample(), (meta) => {
      meta.probes[0].instances[0].arguments[0].type = 999;
    });
    const e = readError(bytes);
    expect(e.offset).toBe(META_AT);
    expect(e.reason).toBe('metadata /probes/0/instances/0/arguments/0/type: type id 999 is not in /types');
  });

  test('metadata with a struct that contains itself by value', () => {
    const bytes = withMeta(sample(), (meta) => {
      meta.types.push({ id: 900, name: 'main.loop', kind: 'struct', size: 8, fields: [{ name: 'x', offset: 0, type: 900 }] });
    });
    expect(readError(bytes).reason).toMatch(/^metadata \/types\/\d+: type 900 contains itself by value$/);
  });

  test('metadata failing the JSON schema', () => {
    const e = readError(withMeta(sample(), (meta) => ({ ...meta, surprise: 1 })));
    expect(e.offset).toBe(META_AT);
    expect(e.reason).toMatch(/^metadata \/surprise: /);
  });

  test('the schema accepts maps with zero-size keys or values (a Go set, map[int]struct{})', () => {
    const b = new CaptureBuilder();
    const set = b.types.hashMap(b.types.int(), b.types.struct('struct {}', []));
    const swissSet = b.types.swissMap(b.types.struct('struct {}', []), b.types.struct('struct {}', []));
    b.entry(b.probe({ id: 'f', args: [['s', set], ['t', swissSet]] }), { s: new Map([[1, {}]]), t: null });
    expect(readCapture(b.build(), 'set.cap').events).toHaveLength(1);
  });

  test('a given metadata validator replaces the schema check', () => {
    const bytes = sample();
    const validateMeta = () => ({ path: '/program/name', message: 'not a known program' });
    expect(() => readCapture(bytes, 'run.cap', { validateMeta })).toThrow(
      'run.cap: at byte 16: metadata /program/name: not a known program',
    );
  });

  test('a record running past the end of the file', () => {
    const bytes = sample();
    const at = secondRecord(bytes);
    view(bytes).setUint32(at, 4096, true);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([1, at]);
    expect(e.reason).toMatch(/^record of 4096 bytes runs past the end of the file/);
  });

  test('a record length that is not a multiple of 8', () => {
    const bytes = sample();
    view(bytes).setUint32(firstRecord(bytes), 44, true);
    expect([readError(bytes).event, readError(bytes).offset]).toEqual([0, firstRecord(bytes)]);
  });

  test('a record length that disagrees with its contents', () => {
    const original = sample();
    const at = secondRecord(original);
    // Claim 8 more bytes for the last record and supply them.
    const bytes = new Uint8Array(original.length + 8);
    bytes.set(original);
    view(bytes).setUint32(at, view(original).getUint32(at, true) + 8, true);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([1, at]);
    expect(e.reason).toMatch(/disagrees with its contents/);
  });

  test('a probe index not in the metadata', () => {
    const bytes = sample();
    view(bytes).setUint32(secondRecord(bytes) + 4, 3, true);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([1, secondRecord(bytes) + 4]);
    expect(e.reason).toBe('probe index 3 is not in metadata.probes (1 probes)');
  });

  test('an item with an unknown type id', () => {
    const bytes = sample();
    const item = firstRecord(bytes) + RECORD_HEADER;
    view(bytes).setUint32(item, 77, true);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([0, item]);
    expect(e.reason).toBe('item 0 has type id 77, which is not in metadata.types');
  });

  test('an item running past its record', () => {
    const bytes = sample();
    const item = firstRecord(bytes) + RECORD_HEADER;
    view(bytes).setUint32(item + 16, 1000, true);
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([0, item + 16]);
    expect(e.reason).toMatch(/^item 0 data of 1000 bytes runs past its record/);
  });

  test('a root whose type is not the argument type', () => {
    const bytes = sample();
    const item = firstRecord(bytes) + RECORD_HEADER;
    const stringType = JSON.parse(new TextDecoder().decode(bytes.subarray(META_AT, firstRecord(bytes)))).probes[0]
      .instances[0].arguments[1].type;
    view(bytes).setUint32(item, stringType, true);
    expect(readError(bytes).reason).toMatch(/^root 0 \(x\) has type id \d+, expected \d+$/);
  });

  test('fewer records than stats.events', () => {
    const bytes = withMeta(sample(), (meta) => {
      meta.stats.events = 3;
    });
    const e = readError(bytes);
    expect([e.event, e.offset]).toEqual([2, bytes.length]);
    expect(e.reason).toBe('the file ends after 2 event records; stats.events says 3');
  });

  test('more records than stats.events', () => {
    const original = sample();
    const bytes = withMeta(original, (meta) => {
      meta.stats.events = 1;
    });
    const e = readError(bytes);
    const second = META_AT + metaLength(bytes) + view(original).getUint32(firstRecord(original), true);
    expect([e.event, e.offset]).toEqual([undefined, second]);
    expect(e.reason).toMatch(/bytes follow the last of the 1 event records of stats.events$/);
  });
});
