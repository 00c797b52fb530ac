// Structural check of capture metadata: the shapes and cross references the decoder relies on.
// The JSON Schema (schemas/capture.schema.json) pins the full contract; this check guarantees
// that every type id resolves and every size is consistent, so decoding can index without fear.

import { SCALAR_KINDS } from './types.ts';

export interface MetaProblem {
  /** JSON Pointer of the offending value, e.g. `/types/3/elem`. */
  path: string;
  message: string;
}

class ProblemFound extends Error {
  constructor(readonly problem: MetaProblem) {
    super(problem.message);
  }
}

type Obj = Record<string, unknown>;

function fail(path: string, message: string): never {
  throw new ProblemFound({ path, message });
}

function object(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
  return value as Obj;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected an array');
  return value;
}

function string(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`${path}/${key}`, 'expected a string');
  return v;
}

function integer(o: Obj, key: string, path: string, min = 0): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
    fail(`${path}/${key}`, `expected an integer >= ${min}`);
  }
  return v;
}

function boolean(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(`${path}/${key}`, 'expected a boolean');
  return v;
}

const HEX_ADDRESS = /^0x[0-9a-f]+$/;

function hexAddress(o: Obj, key: string, path: string): void {
  if (!HEX_ADDRESS.test(string(o, key, path))) fail(`${path}/${key}`, 'expected a lowercase "0x…" address');
}

/** Sizes fixed by the Go ABI on 64-bit targets; a type claiming another size would be misread. */
const FIXED_SIZES: Record<string, number> = {
  bool: 1,
  int: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  uintptr: 8,
  float32: 4,
  float64: 8,
  complex64: 8,
  complex128: 16,
  string: 16,
  pointer: 8,
  unsafePointer: 8,
  slice: 24,
  interface: 16,
  map: 8,
  chan: 8,
  func: 8,
};
const KINDS = new Set<string>([
  ...SCALAR_KINDS,
  ...['string', 'pointer', 'unsafePointer', 'struct', 'array', 'slice', 'interface', 'map', 'chan', 'func'],
]);

function checkTypes(meta: Obj): void {
  const types = array(meta.types, '/types');
  const sizes = new Map<number, { size: number; kind: string }>();
  let hasUint8 = false;
  types.forEach((value, i) => {
    const path = `/types/${i}`;
    const t = object(value, path);
    const id = integer(t, 'id', path, 1);
    if (sizes.has(id)) fail(`${path}/id`, `duplicate type id ${id}`);
    string(t, 'name', path);
    const kind = string(t, 'kind', path);
    if (!KINDS.has(kind)) fail(`${path}/kind`, `unknown kind "${kind}"`);
    const size = integer(t, 'size', path);
    const fixed = FIXED_SIZES[kind];
    if (fixed !== undefined && size !== fixed) fail(`${path}/size`, `a ${kind} has size ${fixed}, not ${size}`);
    if (t.goRuntimeType !== undefined) hexAddress(t, 'goRuntimeType', path);
    sizes.set(id, { size, kind });
    hasUint8 ||= kind === 'uint8';
  });

  const ref = (o: Obj, key: string, path: string): { size: number; kind: string } => {
    const id = integer(o, key, path, 1);
    const target = sizes.get(id);
    if (!target) fail(`${path}/${key}`, `type id ${id} is not in /types`);
    return target;
  };
  const within = (o: Obj, key: string, path: string, width: number, size: number): void => {
    const at = integer(o, key, path);
    if (at + width > size) fail(`${path}/${key}`, `offset ${at} + ${width} exceeds the size ${size}`);
  };

  types.forEach((value, i) => {
    const path = `/types/${i}`;
    const t = value as Obj;
    const size = t.size as number;
    if (t.opaque !== undefined && boolean(t, 'opaque', path)) return; // only the common keys
    switch (t.kind) {
      case 'pointer':
      case 'slice':
        ref(t, 'elem', path);
        break;
      case 'array': {
        const elem = ref(t, 'elem', path);
        const count = integer(t, 'count', path);
        if (elem.size * count !== size) fail(`${path}/size`, `${count} × ${elem.size} is not ${size}`);
        break;
      }
      case 'struct':
        array(t.fields, `${path}/fields`).forEach((f, j) => {
          const fpath = `${path}/fields/${j}`;
          const field = object(f, fpath);
          string(field, 'name', fpath);
          within(field, 'offset', fpath, ref(field, 'type', fpath).size, size);
        });
        break;
      case 'interface':
        if (!boolean(t, 'empty', path) && meta.runtime === undefined) {
          fail('/runtime', 'an interface with methods needs runtime.itabType');
        }
        break;
      case 'map':
        ref(t, 'key', path);
        ref(t, 'value', path);
        if ((t.swiss === undefined) === (t.hmap === undefined)) fail(path, 'a map has exactly one of swiss or hmap');
        if (t.swiss !== undefined) checkSwiss(object(t.swiss, `${path}/swiss`), `${path}/swiss`, ref, within);
        else checkHmap(object(t.hmap, `${path}/hmap`), `${path}/hmap`, ref, within);
        break;
      case 'string':
        if (!hasUint8) fail(path, 'a string needs a uint8 type for its bytes');
        break;
    }
  });

  checkNoValueCycles(types as Obj[]);

  if (meta.runtime !== undefined) {
    const runtime = object(meta.runtime, '/runtime');
    const itab = ref(runtime, 'itabType', '/runtime');
    within(runtime, 'itabTypeOffset', '/runtime', 8, itab.size);
  }
}

/** A struct or array cannot contain itself by value: decoding it would never end. */
function checkNoValueCycles(types: Obj[]): void {
  const byId = new Map(types.map((t, i) => [t.id as number, { t, i }]));
  const done = new Set<number>();
  const open = new Set<number>();
  const visit = (id: number): void => {
    if (done.has(id)) return;
    const entry = byId.get(id) as { t: Obj; i: number };
    if (open.has(id)) fail(`/types/${entry.i}`, `type ${id} contains itself by value`);
    open.add(id);
    if (entry.t.opaque !== true && entry.t.kind === 'struct') {
      for (const f of entry.t.fields as Obj[]) visit(f.type as number);
    }
    if (entry.t.opaque !== true && entry.t.kind === 'array') visit(entry.t.elem as number);
    open.delete(id);
    done.add(id);
  };
  for (const id of byId.keys()) visit(id);
}

type Ref = (o: Obj, key: string, path: string) => { size: number; kind: string };
type Within = (o: Obj, key: string, path: string, width: number, size: number) => void;

function checkSwiss(s: Obj, path: string, ref: Ref, within: Within): void {
  const header = ref(s, 'headerType', path).size;
  within(s, 'usedOffset', path, 8, header);
  within(s, 'dirPtrOffset', path, 8, header);
  within(s, 'dirLenOffset', path, 8, header);
  const table = ref(s, 'tableType', path).size;
  within(s, 'tableGroupsDataOffset', path, 8, table);
  within(s, 'tableGroupsLengthMaskOffset', path, 8, table);
  ref(s, 'directoryType', path);
  ref(s, 'groupType', path);
  const groupSize = integer(s, 'groupSize', path, 1);
  within(s, 'ctrlOffset', path, 8, groupSize);
  const slotSize = integer(s, 'slotSize', path); // 0 for map[struct{}]struct{}
  const slots = integer(s, 'slotsPerGroup', path, 1);
  if (slots > 8) fail(`${path}/slotsPerGroup`, 'a group has at most 8 control bytes');
  within(s, 'slotsOffset', path, slotSize * slots, groupSize);
  integer(s, 'keyOffset', path);
  integer(s, 'elemOffset', path);
  boolean(s, 'indirectKey', path);
  boolean(s, 'indirectElem', path);
}

function checkHmap(h: Obj, path: string, ref: Ref, within: Within): void {
  const header = ref(h, 'headerType', path).size;
  within(h, 'countOffset', path, 8, header);
  within(h, 'bOffset', path, 1, header);
  within(h, 'bucketsOffset', path, 8, header);
  within(h, 'oldbucketsOffset', path, 8, header);
  ref(h, 'bucketType', path);
  const bucketSize = integer(h, 'bucketSize', path, 1);
  const count = integer(h, 'bucketCount', path, 1);
  if (count > 8) fail(`${path}/bucketCount`, 'a bucket has at most 8 tophash bytes');
  within(h, 'tophashOffset', path, count, bucketSize);
  within(h, 'keysOffset', path, count * integer(h, 'keySlotSize', path), bucketSize);
  within(h, 'elemsOffset', path, count * integer(h, 'elemSlotSize', path), bucketSize);
  within(h, 'overflowOffset', path, 8, bucketSize);
  boolean(h, 'indirectKey', path);
  boolean(h, 'indirectElem', path);
}

function checkProbes(meta: Obj, typeIds: Set<number>): void {
  array(meta.probes, '/probes').forEach((value, i) => {
    const path = `/probes/${i}`;
    const p = object(value, path);
    string(p, 'id', path);
    integer(p, 'version', path);
    string(p, 'method', path);
    const capture = object(p.capture, `${path}/capture`);
    for (const key of ['maxReferenceDepth', 'maxCollectionSize', 'maxLength', 'maxFieldCount']) {
      integer(capture, key, `${path}/capture`);
    }
    integer(p, 'maxEventBytes', path);
    boolean(p, 'captureReturn', path);
    if (p.template !== undefined) string(p, 'template', path);
    if (p.segments !== undefined) {
      array(p.segments, `${path}/segments`).forEach((s, j) => {
        const spath = `${path}/segments/${j}`;
        const segment = object(s, spath);
        if (segment.str === undefined) string(segment, 'dsl', spath);
        else string(segment, 'str', spath);
      });
    }
    if (p.error !== undefined) string(p, 'error', path);
    const throttle = object(p.throttle, `${path}/throttle`);
    integer(throttle, 'periodNs', `${path}/throttle`, 1);
    integer(throttle, 'budget', `${path}/throttle`, 1);
    if (p.sampled !== undefined) integer(p, 'sampled', path);
    if (p.engineCondition !== undefined && p.when === undefined) fail(`${path}/engineCondition`, 'set on a probe without a condition');
    if (p.line !== undefined) {
      const line = object(p.line, `${path}/line`);
      string(line, 'file', `${path}/line`);
      integer(line, 'line', `${path}/line`, 1);
    }
    const instances = array(p.instances, `${path}/instances`);
    if ((p.error === undefined) !== instances.length > 0) {
      fail(`${path}/instances`, 'a probe has instances exactly when it has no error');
    }
    instances.forEach((value, k) => {
      const ipath = `${path}/instances/${k}`;
      const instance = object(value, ipath);
      string(instance, 'function', ipath);
      for (const list of ['arguments', 'results', 'locals']) {
        if (list === 'locals' && instance.locals === undefined) continue;
        array(instance[list], `${ipath}/${list}`).forEach((v, j) => {
          const vpath = `${ipath}/${list}/${j}`;
          const variable = object(v, vpath);
          string(variable, 'name', vpath);
          const type = integer(variable, 'type', vpath, 1);
          if (!typeIds.has(type)) fail(`${vpath}/type`, `type id ${type} is not in /types`);
        });
      }
    });
  });
}

function checkSymbols(meta: Obj): void {
  array(meta.symbols, '/symbols').forEach((value, i) => {
    const path = `/symbols/${i}`;
    const s = object(value, path);
    hexAddress(s, 'pc', path);
    array(s.frames, `${path}/frames`).forEach((f, j) => {
      const fpath = `${path}/frames/${j}`;
      const frame = object(f, fpath);
      string(frame, 'function', fpath);
      string(frame, 'file', fpath);
      integer(frame, 'line', fpath);
    });
  });
}

/** The first structural problem of the metadata, or undefined when the decoder can rely on it. */
export function checkCaptureMeta(value: unknown): MetaProblem | undefined {
  try {
    const meta = object(value, '');
    const program = object(meta.program, '/program');
    for (const key of ['name', 'service', 'goVersion', 'arch', 'buildId']) string(program, key, '/program');
    checkTypes(meta);
    checkProbes(meta, new Set((meta.types as Obj[]).map((t) => t.id as number)));
    checkSymbols(meta);
    const stats = object(meta.stats, '/stats');
    integer(stats, 'events', '/stats');
    integer(stats, 'dropped', '/stats');
    string(stats, 'engine', '/stats');
    if (meta.runtimeTypeNames !== undefined) {
      const names = object(meta.runtimeTypeNames, '/runtimeTypeNames');
      for (const [address, name] of Object.entries(names)) {
        if (!HEX_ADDRESS.test(address) || typeof name !== 'string') {
          fail(`/runtimeTypeNames/${address}`, 'expected "0x…" address keys with type name values');
        }
      }
    }
    return undefined;
  } catch (e) {
    if (e instanceof ProblemFound) return e.problem;
    throw e;
  }
}
