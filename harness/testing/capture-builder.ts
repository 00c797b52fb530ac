// CaptureBuilder: the inverse of the decoder for unit tests. Declare Go types, probes and
// symbols, describe events by typed JS values, and get capture-file bytes (capture-format v1)
// laid out and recorded as the engine would. It shares no code with harness/capture or
// harness/decode, so a test built with it can catch their bugs.

import { CAPTURE_FORMAT_VERSION } from '../capture/index.ts';
import { type GoType, GoTypes } from './go-types.ts';
import { HeapObject, type ObjectOptions, UnavailableRoot } from './go-values.ts';
import { Memory, type Ref } from './memory.ts';
import { type RecordedItem, type RecordedRoot, recordItems } from './recorder.ts';

export interface CaptureLimitsSpec {
  maxReferenceDepth?: number;
  maxCollectionSize?: number;
  maxLength?: number;
  maxFieldCount?: number;
}

export interface ProbeSpec {
  id: string;
  /** Default `main.<id>`. */
  method?: string;
  /** The instance's function; default: the method. */
  function?: string;
  version?: number;
  args?: [name: string, type: GoType][];
  results?: [name: string, type: GoType][];
  /** A line probe: where it sits, and its locals (entries carry them after the arguments). */
  line?: { file: string; line: number };
  locals?: [name: string, type: GoType][];
  /** Locals at the RETs: return events carry them after the results. */
  returnLocals?: [name: string, type: GoType][];
  capture?: CaptureLimitsSpec;
  maxEventBytes?: number;
  /** Default: true when the probe has results. */
  captureReturn?: boolean;
  template?: string;
  segments?: unknown[];
  /** The probe's one instance is an inlined copy, or a function whose entry is its only RET. */
  inlined?: boolean;
  noBody?: boolean;
  /** The probe could not be installed: no instance, no events. */
  error?: string;
  /** Events the engine dropped. */
  dropped?: number;
  /** Default true; false makes a log probe (message only). */
  captureSnapshot?: boolean;
  when?: { dsl: string; json: unknown };
  /** Default: a budget no test reaches. */
  throttle?: { periodNs: number; budget: number };
  /** The engine evaluated `when` (and sampled after it). */
  engineCondition?: boolean;
  /** The engine's own probe (runtime.gopanic), not one of probes.json. */
  internal?: boolean;
  captureExpressions?: { name: string; expr: { dsl: string; json: unknown } }[];
}

export interface Probe {
  readonly index: number;
  readonly id: string;
  readonly args: [string, GoType][];
  readonly results: [string, GoType][];
  readonly locals: [string, GoType][];
  readonly returnLocals: [string, GoType][];
  readonly limits: Required<CaptureLimitsSpec>;
  readonly maxEventBytes: number;
  readonly captureReturn: boolean;
  readonly json: Record<string, unknown>;
}

export interface EventOptions {
  goid?: number;
  timestampNs?: bigint;
  /** Entry default: a fresh id when the probe captures returns, else 0 (unpaired). */
  callId?: bigint;
  /** PCs, innermost first. */
  stack?: number[];
  stackTruncated?: boolean;
  /** Sets the truncated flag even when everything fit the budget. */
  truncated?: boolean;
}

// As the engine fills them in (probe/internal/plan, the Go agent's defaults): depth 2^32-1 and
// maxFieldCount 0 are "no limit".
const DEFAULT_LIMITS = { maxReferenceDepth: 4294967295, maxCollectionSize: 256, maxLength: 512, maxFieldCount: 0 };
const DEFAULT_EVENT_BYTES = 32768;
const UNTHROTTLED = { periodNs: 100_000_000, budget: 2 ** 31 - 1 };
const START_NS = 1_750_000_000_000_000_000n;
const TICK_NS = 1_000_000n;
const ITABTYPE_OFFSET_FIELD = '_type';

/** Little-endian byte sink. */
class Bytes {
  private buffer = new Uint8Array(1024);
  private view = new DataView(this.buffer.buffer);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
    bigger.set(this.buffer);
    this.buffer = bigger;
    this.view = new DataView(bigger.buffer);
  }

  u8(v: number): void {
    this.room(1);
    this.view.setUint8(this.length, v);
    this.length += 1;
  }

  u16(v: number): void {
    this.room(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }

  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }

  u64(v: number | bigint): void {
    this.room(8);
    this.view.setBigUint64(this.length, BigInt(v), true);
    this.length += 8;
  }

  raw(data: Uint8Array): void {
    this.room(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  pad8(): void {
    while (this.length % 8 !== 0) this.u8(0);
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

interface BuiltEvent {
  probe: Probe;
  kind: 0 | 1;
  flags: number;
  goid: number;
  timestampNs: bigint;
  callId: bigint;
  stack: number[];
  items: RecordedItem[];
}

export class CaptureBuilder {
  readonly types = new GoTypes();
  private readonly memory = new Memory(this.types);
  private readonly probes: Probe[] = [];
  private readonly symbols: { pc: string; frames: { function: string; file: string; line: number }[] }[] = [];
  private readonly events: BuiltEvent[] = [];
  private clock = START_NS;
  private nextCallId = 1n;

  constructor(
    private readonly program: {
      name?: string;
      service?: string;
      goVersion?: string;
      /** How the program ended (metadata `target`). */
      target?: { exit: string; exitCode: number; stderrTail: string };
      fingerprint?: Record<string, string>;
    } = {},
  ) {}

  probe(spec: ProbeSpec): Probe {
    const args = spec.args ?? [];
    const results = spec.results ?? [];
    const locals = spec.locals ?? [];
    const returnLocals = spec.returnLocals ?? [];
    const given = Object.entries(spec.capture ?? {}).filter(([, v]) => v !== undefined);
    const limits = { ...DEFAULT_LIMITS, ...Object.fromEntries(given) };
    const captureReturn = spec.captureReturn ?? results.length > 0;
    const maxEventBytes = spec.maxEventBytes ?? DEFAULT_EVENT_BYTES;
    const json: Record<string, unknown> = {
      id: spec.id,
      version: spec.version ?? 0,
      method: spec.method ?? `main.${spec.id}`,
      capture: limits,
      maxEventBytes,
      captureReturn,
      captureSnapshot: spec.captureSnapshot ?? true,
      throttle: spec.throttle ?? UNTHROTTLED,
    };
    if (spec.when !== undefined) json.when = spec.when;
    if (spec.engineCondition) json.engineCondition = true;
    if (spec.internal) json.internal = true;
    if (spec.captureExpressions !== undefined) json.captureExpressions = spec.captureExpressions;
    if (spec.template !== undefined) json.template = spec.template;
    if (spec.segments !== undefined) json.segments = spec.segments;
    if (spec.line !== undefined) json.line = spec.line;
    const instance: Record<string, unknown> = { function: spec.function ?? json.method };
    if (spec.inlined) instance.inlined = true;
    if (spec.noBody) instance.noBody = true;
    instance.arguments = args.map(([name, t]) => ({ name, type: t.id }));
    instance.results = results.map(([name, t]) => ({ name, type: t.id }));
    if (spec.locals !== undefined) instance.locals = locals.map(([name, t]) => ({ name, type: t.id }));
    if (spec.returnLocals !== undefined) instance.returnLocals = returnLocals.map(([name, t]) => ({ name, type: t.id }));
    json.instances = spec.error === undefined ? [instance] : [];
    if (spec.error !== undefined) json.error = spec.error;
    if (spec.dropped !== undefined) json.dropped = spec.dropped;
    const probe = { index: this.probes.length, id: spec.id, args, results, locals, returnLocals, limits, maxEventBytes, captureReturn, json };
    this.probes.push(probe);
    return probe;
  }

  /** Symbolication of one PC: frames innermost first, as [function, file, line]. */
  symbol(pc: number, frames: [fn: string, file: string, line: number][]): void {
    const symbolized = frames.map(([fn, file, line]) => ({ function: fn, file, line }));
    this.symbols.push({ pc: `0x${pc.toString(16)}`, frames: symbolized });
  }

  /** A named object in memory, for aliasing and cycles: point at it with the object itself. */
  object(type: GoType, value?: unknown, options: ObjectOptions = {}): HeapObject {
    return new HeapObject(type, value, options);
  }

  /** `"0x…"`: where an object (or slice, string, interface box) used by an event was laid out. */
  addressOf(marker: object): string {
    const address = this.memory.addressOf(marker);
    if (address === undefined) throw new Error('this value has not been laid out by an event yet');
    return `0x${address.toString(16)}`;
  }

  /** An entry event (a line probe's hit: arguments and locals by name); returns its callId for pairing with `returns`. */
  entry(probe: Probe, args: Record<string, unknown>, options: EventOptions = {}): bigint {
    const callId = options.callId ?? (probe.captureReturn ? this.nextCallId++ : 0n);
    this.event(probe, 0, [...probe.args, ...probe.locals], args, { ...options, callId });
    return callId;
  }

  /** A return event: results and locals at the RETs, by name; pass the entry's callId to pair them (0n or none: unpaired). */
  returns(probe: Probe, results: Record<string, unknown>, options: EventOptions = {}): void {
    this.event(probe, 1, [...probe.results, ...probe.returnLocals], results, { callId: 0n, ...options });
  }

  /** An entry and its return, `durationNs` apart. */
  call(
    probe: Probe,
    args: Record<string, unknown>,
    results: Record<string, unknown>,
    options: EventOptions & { durationNs?: bigint } = {},
  ): void {
    const timestampNs = options.timestampNs ?? this.tick();
    const callId = this.entry(probe, args, { ...options, timestampNs });
    this.returns(probe, results, { ...options, callId, timestampNs: timestampNs + (options.durationNs ?? 1000n) });
  }

  private tick(): bigint {
    this.clock += TICK_NS;
    return this.clock;
  }

  private event(
    probe: Probe,
    kind: 0 | 1,
    declared: [string, GoType][],
    values: Record<string, unknown>,
    options: EventOptions,
  ): void {
    for (const name of Object.keys(values)) {
      if (!declared.some(([n]) => n === name)) throw new Error(`probe ${probe.id} has no ${name}`);
    }
    const roots: RecordedRoot[] = declared.map(([name, t]) => {
      const value = values[name];
      const bytes = new Uint8Array(t.size);
      const refs: Ref[] = [];
      if (value instanceof UnavailableRoot) return { typeId: t.id, status: value.status, bytes, refs };
      this.memory.write(t, value, new DataView(bytes.buffer), 0, refs);
      return { typeId: t.id, status: 0, bytes, refs };
    });
    const { items, truncated } = recordItems(roots, probe.limits, probe.maxEventBytes);
    this.events.push({
      probe,
      kind,
      flags: (truncated || options.truncated ? 1 : 0) | (options.stackTruncated ? 2 : 0),
      goid: options.goid ?? 1,
      timestampNs: options.timestampNs ?? this.tick(),
      callId: options.callId ?? 0n,
      stack: options.stack ?? [],
      items,
    });
  }

  /** The capture file bytes. */
  build(): Uint8Array {
    const metadata = new TextEncoder().encode(JSON.stringify(this.metadata()));
    const out = new Bytes();
    out.raw(new TextEncoder().encode('GODICAP\0'));
    out.u16(CAPTURE_FORMAT_VERSION);
    out.u16(0);
    out.u32(metadata.length);
    out.raw(metadata);
    for (const e of this.events) {
      const record = new Bytes();
      record.u32(0); // length, patched below
      record.u16(e.probe.index);
      record.u16(0); // the probe's one instance
      record.u8(e.kind);
      record.u8(e.flags);
      record.u16(e.stack.length);
      record.u32(e.items.length);
      record.u64(e.goid);
      record.u64(e.timestampNs);
      record.u64(e.callId);
      for (const pc of e.stack) record.u64(pc);
      for (const item of e.items) {
        record.u32(item.typeId);
        record.u8(item.status);
        record.raw(new Uint8Array(3));
        record.u64(item.address);
        record.u32(item.data.length);
        record.u32(0);
        record.raw(item.data);
        record.pad8();
      }
      const bytes = record.done();
      new DataView(bytes.buffer).setUint32(0, bytes.length, true);
      out.raw(bytes);
    }
    return out.done();
  }

  private metadata(): Record<string, unknown> {
    const name = this.program.name ?? 'sample';
    const itab = this.types.usedItab;
    const named = this.types.undescribedTypes.filter((t) => t.nameKnown && t.runtimeType !== undefined);
    return {
      program: {
        name,
        service: this.program.service ?? name,
        goVersion: this.program.goVersion ?? 'go1.26.0',
        arch: 'amd64',
        buildId: 'capture-builder',
      },
      clock: { source: 'ktime_boot', unixOffsetNs: '0' },
      ...(itab && { runtime: { itabType: itab.id, itabTypeOffset: itab.field(ITABTYPE_OFFSET_FIELD).offset } }),
      types: this.types.all.map(typeJson),
      probes: this.probes.map((p) => p.json),
      symbols: this.symbols,
      stats: {
        events: this.events.length,
        dropped: this.probes.reduce((sum, p) => sum + ((p.json.dropped as number | undefined) ?? 0), 0),
        engine: 'capture-builder',
      },
      ...(this.program.target && { target: this.program.target }),
      ...(this.program.fingerprint && { fingerprint: this.program.fingerprint }),
      ...(named.length > 0 && {
        runtimeTypeNames: Object.fromEntries(named.map((t) => [`0x${(t.runtimeType as number).toString(16)}`, t.name])),
      }),
    };
  }
}

function typeJson(t: GoType): Record<string, unknown> {
  const json: Record<string, unknown> = { id: t.id, name: t.name, kind: t.kind, size: t.size };
  if (t.runtimeType !== undefined) json.goRuntimeType = `0x${t.runtimeType.toString(16)}`;
  switch (t.kind) {
    case 'pointer':
    case 'slice':
      json.elem = (t.elem as GoType).id;
      break;
    case 'array':
      json.elem = (t.elem as GoType).id;
      json.count = t.count;
      break;
    case 'struct':
      json.fields = t.fields.map((f) => ({ name: f.name, offset: f.offset, type: f.type.id }));
      break;
    case 'interface':
      json.empty = t.empty;
      break;
    case 'map':
      json.key = (t.key as GoType).id;
      json.value = (t.value as GoType).id;
      if (t.map?.flavor === 'swiss') json.swiss = swissJson(t);
      else json.hmap = hmapJson(t);
      break;
  }
  return json;
}

function swissJson(t: GoType): Record<string, unknown> {
  const m = t.map as Extract<GoType['map'], { flavor: 'swiss' }>;
  const groups = m.table.field('groups');
  return {
    headerType: m.header.id,
    usedOffset: m.header.field('used').offset,
    dirPtrOffset: m.header.field('dirPtr').offset,
    dirLenOffset: m.header.field('dirLen').offset,
    tableType: m.table.id,
    directoryType: m.directory.id,
    tableGroupsDataOffset: groups.offset + groups.type.field('data').offset,
    tableGroupsLengthMaskOffset: groups.offset + groups.type.field('lengthMask').offset,
    groupType: m.group.id,
    groupSize: m.group.size,
    ctrlOffset: m.group.field('ctrl').offset,
    slotsOffset: m.group.field('slots').offset,
    slotSize: m.slotSize,
    slotsPerGroup: 8,
    keyOffset: m.keyOffset,
    elemOffset: m.elemOffset,
    indirectKey: m.indirectKey,
    indirectElem: m.indirectElem,
  };
}

function hmapJson(t: GoType): Record<string, unknown> {
  const m = t.map as Extract<GoType['map'], { flavor: 'hmap' }>;
  return {
    headerType: m.header.id,
    countOffset: m.header.field('count').offset,
    bOffset: m.header.field('B').offset,
    bucketsOffset: m.header.field('buckets').offset,
    oldbucketsOffset: m.header.field('oldbuckets').offset,
    bucketType: m.bucket.id,
    bucketSize: m.bucket.size,
    tophashOffset: m.bucket.field('tophash').offset,
    keysOffset: m.keysOffset,
    elemsOffset: m.elemsOffset,
    overflowOffset: m.overflowOffset,
    bucketCount: 8,
    keySlotSize: m.keySlotSize,
    elemSlotSize: m.elemSlotSize,
    indirectKey: m.indirectKey,
    indirectElem: m.indirectElem,
  };
}

export * from './go-values.ts';
export type { GoType } from './go-types.ts';
