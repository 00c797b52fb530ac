// Reads a capture file (docs/capture-format.md, version 2) into typed metadata, events and items,
// stopping at the first inconsistency with a CaptureFormatError that names file, event and offset.

import { captureMetaCheck } from '../validate/index.ts';
import { CaptureFormatError } from './errors.ts';
import { checkCaptureMeta, type MetaProblem } from './meta.ts';
import type { Capture, CaptureEvent, CaptureItems, CaptureMeta } from './types.ts';

export const CAPTURE_FORMAT_VERSION = 2;

// Layout constants of docs/capture-format.md sections 1 and 3.
const MAGIC = [0x47, 0x4f, 0x44, 0x49, 0x43, 0x41, 0x50, 0x00]; // "GODICAP\0"
const FILE_HEADER_SIZE = 16;
const RECORD_HEADER_SIZE = 40;
const ITEM_HEADER_SIZE = 24;
const FLAG_TRUNCATED = 1;
const FLAG_STACK_TRUNCATED = 2;
const MAX_ITEM_STATUS = 2;

/** The check of the metadata's shape, run before the cross references; default: schemas/capture.schema.json. */
export type MetaValidator = (meta: unknown) => MetaProblem | undefined;

export interface ReadCaptureOptions {
  validateMeta?: MetaValidator;
}

const TWO_32 = 4294967296;

type Fail = (offset: number, reason: string) => never;

function u64AsNumber(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * TWO_32;
}

function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

function readMeta(bytes: Uint8Array, view: DataView, file: string, options: ReadCaptureOptions): CaptureMeta {
  const fail: Fail = (offset, reason) => {
    throw new CaptureFormatError(file, undefined, offset, reason);
  };
  if (bytes.length < FILE_HEADER_SIZE) {
    fail(bytes.length, `file is ${bytes.length} bytes, shorter than the ${FILE_HEADER_SIZE}-byte header`);
  }
  if (MAGIC.some((b, i) => bytes[i] !== b)) {
    fail(0, `bad magic: expected ${hexBytes(Uint8Array.from(MAGIC))}, found ${hexBytes(bytes.subarray(0, 8))}`);
  }
  const version = view.getUint16(8, true);
  if (version > CAPTURE_FORMAT_VERSION) {
    fail(8, `capture format version ${version} is newer than this decoder (${CAPTURE_FORMAT_VERSION})`);
  }
  if (version !== CAPTURE_FORMAT_VERSION) fail(8, `unsupported capture format version ${version}`);
  const metaLength = view.getUint32(12, true);
  if (FILE_HEADER_SIZE + metaLength > bytes.length) {
    fail(12, `metadata of ${metaLength} bytes runs past the end of the file (${bytes.length} bytes)`);
  }
  let meta: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      bytes.subarray(FILE_HEADER_SIZE, FILE_HEADER_SIZE + metaLength),
    );
    meta = JSON.parse(text);
  } catch (e) {
    fail(FILE_HEADER_SIZE, `metadata is not UTF-8 JSON: ${(e as Error).message}`);
  }
  // The schema first: the cross-reference checks read metadata of its shape.
  const problem = (options.validateMeta ?? captureMetaCheck(file))(meta) ?? checkCaptureMeta(meta as CaptureMeta);
  if (problem) fail(FILE_HEADER_SIZE, `metadata ${problem.path || '/'}: ${problem.message}`);
  return meta as CaptureMeta;
}

function allocateItems(capacity: number): CaptureItems {
  return {
    count: 0,
    typeId: new Uint32Array(capacity),
    status: new Uint8Array(capacity),
    address: new Float64Array(capacity),
    length: new Uint32Array(capacity),
    dataOffset: new Uint32Array(capacity),
  };
}

function trimItems(items: CaptureItems): CaptureItems {
  const n = items.count;
  return {
    count: n,
    typeId: items.typeId.slice(0, n),
    status: items.status.slice(0, n),
    address: items.address.slice(0, n),
    length: items.length.slice(0, n),
    dataOffset: items.dataOffset.slice(0, n),
  };
}

export function readCapture(bytes: Uint8Array, file: string, options: ReadCaptureOptions = {}): Capture {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const meta = readMeta(bytes, view, file, options);
  const typeIds = new Set(meta.types.map((t) => t.id));
  const expected = meta.stats.events;
  const end = bytes.length;
  let pos = FILE_HEADER_SIZE + view.getUint32(12, true);
  // Every item takes at least its header, which bounds how many the rest of the file can hold.
  const items = allocateItems(Math.floor((end - pos) / ITEM_HEADER_SIZE));
  const events: CaptureEvent[] = [];

  for (let index = 0; index < expected; index++) {
    const fail: Fail = (offset, reason) => {
      throw new CaptureFormatError(file, index, offset, reason);
    };
    if (pos === end) fail(pos, `the file ends after ${index} event records; stats.events says ${expected}`);
    if (pos + RECORD_HEADER_SIZE > end) fail(pos, `record header runs past the end of the file`);
    const recordLength = view.getUint32(pos, true);
    if (recordLength < RECORD_HEADER_SIZE || recordLength % 8 !== 0) {
      fail(pos, `record length ${recordLength} is not a multiple of 8 of at least ${RECORD_HEADER_SIZE}`);
    }
    const recordEnd = pos + recordLength;
    if (recordEnd > end) {
      fail(pos, `record of ${recordLength} bytes runs past the end of the file (${end - pos} bytes left)`);
    }
    const probeIndex = view.getUint16(pos + 4, true);
    const probe = meta.probes[probeIndex];
    if (!probe) fail(pos + 4, `probe index ${probeIndex} is not in metadata.probes (${meta.probes.length} probes)`);
    const instance = view.getUint16(pos + 6, true);
    const code = probe.instances[instance];
    if (!code) fail(pos + 6, `instance ${instance} is not in probe ${probe.id}'s ${probe.instances.length} instances`);
    const kindByte = view.getUint8(pos + 8);
    if (kindByte > 1) fail(pos + 8, `event kind ${kindByte} is neither 0 (entry) nor 1 (return)`);
    const flags = view.getUint8(pos + 9);
    const stackDepth = view.getUint16(pos + 10, true);
    const itemCount = view.getUint32(pos + 12, true);
    let cursor = pos + RECORD_HEADER_SIZE;
    if (cursor + 8 * stackDepth > recordEnd) fail(pos + 10, `stack of ${stackDepth} PCs runs past its record`);
    const stack = new Array<number>(stackDepth);
    for (let s = 0; s < stackDepth; s++, cursor += 8) stack[s] = u64AsNumber(view, cursor);

    const firstItem = items.count;
    for (let j = 0; j < itemCount; j++) {
      if (cursor + ITEM_HEADER_SIZE > recordEnd) fail(cursor, `item ${j} header runs past its record`);
      const typeId = view.getUint32(cursor, true);
      if (!typeIds.has(typeId)) fail(cursor, `item ${j} has type id ${typeId}, which is not in metadata.types`);
      const status = view.getUint8(cursor + 4);
      if (status > MAX_ITEM_STATUS) fail(cursor + 4, `item ${j} has unknown status ${status}`);
      const length = view.getUint32(cursor + 16, true);
      if (status !== 0 && length !== 0) fail(cursor + 16, `item ${j} has status ${status} but ${length} data bytes`);
      const dataOffset = cursor + ITEM_HEADER_SIZE;
      const next = dataOffset + Math.ceil(length / 8) * 8;
      if (next > recordEnd) {
        fail(cursor + 16, `item ${j} data of ${length} bytes runs past its record (ends at byte ${recordEnd})`);
      }
      const n = items.count++;
      items.typeId[n] = typeId;
      items.status[n] = status;
      items.address[n] = u64AsNumber(view, cursor + 8);
      items.length[n] = length;
      items.dataOffset[n] = dataOffset;
      cursor = next;
    }
    if (cursor !== recordEnd) {
      fail(pos, `record length ${recordLength} disagrees with its contents (${cursor - pos} bytes)`);
    }
    const kind = kindByte === 0 ? 'entry' : 'return';
    const roots = kind === 'entry' ? code.arguments : code.results;
    if (itemCount < roots.length) fail(pos + 12, `${itemCount} items are fewer than the ${roots.length} roots`);
    roots.forEach((root, r) => {
      const item = firstItem + r;
      const at = (items.dataOffset[item] ?? 0) - ITEM_HEADER_SIZE;
      if (items.typeId[item] !== root.type) {
        fail(at, `root ${r} (${root.name}) has type id ${items.typeId[item]}, expected ${root.type}`);
      }
      if (items.address[item] !== 0) fail(at + 8, `root ${r} (${root.name}) has a non-zero address`);
    });

    events.push({
      index,
      offset: pos,
      probeIndex,
      instance,
      kind,
      truncated: (flags & FLAG_TRUNCATED) !== 0,
      stackTruncated: (flags & FLAG_STACK_TRUNCATED) !== 0,
      goid: u64AsNumber(view, pos + 16),
      timestampNs: view.getBigUint64(pos + 24, true),
      callId: view.getBigUint64(pos + 32, true),
      stack,
      firstItem,
      itemCount,
    });
    pos = recordEnd;
  }
  if (pos !== end) {
    throw new CaptureFormatError(
      file,
      undefined,
      pos,
      `${end - pos} bytes follow the last of the ${expected} event records of stats.events`,
    );
  }
  return { file, meta, bytes, view, events, items: trimItems(items) };
}
