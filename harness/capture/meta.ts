// The checks of capture metadata that its JSON Schema (schemas/capture.schema.json) cannot
// express: cross references. Run on metadata the schema accepted, they guarantee that every type
// id resolves, every offset lies inside the type it indexes and no type contains itself, so the
// decoder can index without fear.

import type { CaptureMeta, CaptureType, HmapLayout, SwissLayout } from './types.ts';

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

function fail(path: string, message: string): never {
  throw new ProblemFound({ path, message });
}

/** The type table by id, and checks of references into it. */
class TypeRefs {
  private readonly byId = new Map<number, CaptureType>();

  constructor(types: readonly CaptureType[]) {
    types.forEach((t, i) => {
      if (this.byId.has(t.id)) fail(`/types/${i}/id`, `duplicate type id ${t.id}`);
      this.byId.set(t.id, t);
    });
  }

  /** The type `id` at `path` names; fails when it is not in the table. */
  ref(id: number, path: string): CaptureType {
    const target = this.byId.get(id);
    if (!target) fail(path, `type id ${id} is not in /types`);
    return target;
  }

  /** Fails when `width` bytes at `offset` (found at `path`) run past `size`. */
  within(offset: number, path: string, width: number, size: number): void {
    if (offset + width > size) fail(path, `offset ${offset} + ${width} exceeds the size ${size}`);
  }

  has(kind: CaptureType['kind']): boolean {
    for (const t of this.byId.values()) if (t.kind === kind) return true;
    return false;
  }
}

function checkTypes(meta: CaptureMeta, refs: TypeRefs): void {
  meta.types.forEach((t, i) => {
    const path = `/types/${i}`;
    if (t.opaque) return; // only the common keys
    switch (t.kind) {
      case 'pointer':
      case 'slice':
        refs.ref(t.elem, `${path}/elem`);
        break;
      case 'array': {
        const elem = refs.ref(t.elem, `${path}/elem`);
        if (elem.size * t.count !== t.size) fail(`${path}/size`, `${t.count} × ${elem.size} is not ${t.size}`);
        break;
      }
      case 'struct':
        t.fields.forEach((field, j) => {
          const fpath = `${path}/fields/${j}`;
          refs.within(field.offset, `${fpath}/offset`, refs.ref(field.type, `${fpath}/type`).size, t.size);
        });
        break;
      case 'map':
        refs.ref(t.key, `${path}/key`);
        refs.ref(t.value, `${path}/value`);
        if (t.swiss !== undefined) checkSwiss(t.swiss, `${path}/swiss`, refs);
        if (t.hmap !== undefined) checkHmap(t.hmap, `${path}/hmap`, refs);
        break;
      case 'string':
        if (!refs.has('uint8')) fail(path, 'a string needs a uint8 type for its bytes');
        break;
    }
  });
  checkNoValueCycles(meta.types);
  if (meta.runtime !== undefined) {
    const itab = refs.ref(meta.runtime.itabType, '/runtime/itabType');
    refs.within(meta.runtime.itabTypeOffset, '/runtime/itabTypeOffset', 8, itab.size);
  }
}

/** A struct or array cannot contain itself by value: decoding it would never end. */
function checkNoValueCycles(types: readonly CaptureType[]): void {
  const byId = new Map(types.map((t, i) => [t.id, { t, i }]));
  const done = new Set<number>();
  const open = new Set<number>();
  const visit = (id: number): void => {
    if (done.has(id)) return;
    const { t, i } = byId.get(id) as { t: CaptureType; i: number };
    if (open.has(id)) fail(`/types/${i}`, `type ${id} contains itself by value`);
    open.add(id);
    if (!t.opaque && t.kind === 'struct') for (const f of t.fields) visit(f.type);
    if (!t.opaque && t.kind === 'array') visit(t.elem);
    open.delete(id);
    done.add(id);
  };
  for (const id of byId.keys()) visit(id);
}

function checkSwiss(s: SwissLayout, path: string, refs: TypeRefs): void {
  const header = refs.ref(s.headerType, `${path}/headerType`).size;
  refs.within(s.usedOffset, `${path}/usedOffset`, 8, header);
  refs.within(s.dirPtrOffset, `${path}/dirPtrOffset`, 8, header);
  refs.within(s.dirLenOffset, `${path}/dirLenOffset`, 8, header);
  const table = refs.ref(s.tableType, `${path}/tableType`).size;
  refs.within(s.tableGroupsDataOffset, `${path}/tableGroupsDataOffset`, 8, table);
  refs.within(s.tableGroupsLengthMaskOffset, `${path}/tableGroupsLengthMaskOffset`, 8, table);
  refs.ref(s.directoryType, `${path}/directoryType`);
  refs.ref(s.groupType, `${path}/groupType`);
  refs.within(s.ctrlOffset, `${path}/ctrlOffset`, 8, s.groupSize);
  // slotSize is 0 for map[struct{}]struct{}.
  refs.within(s.slotsOffset, `${path}/slotsOffset`, s.slotSize * s.slotsPerGroup, s.groupSize);
}

function checkHmap(h: HmapLayout, path: string, refs: TypeRefs): void {
  const header = refs.ref(h.headerType, `${path}/headerType`).size;
  refs.within(h.countOffset, `${path}/countOffset`, 8, header);
  refs.within(h.bOffset, `${path}/bOffset`, 1, header);
  refs.within(h.bucketsOffset, `${path}/bucketsOffset`, 8, header);
  refs.within(h.oldbucketsOffset, `${path}/oldbucketsOffset`, 8, header);
  refs.ref(h.bucketType, `${path}/bucketType`);
  refs.within(h.tophashOffset, `${path}/tophashOffset`, h.bucketCount, h.bucketSize);
  refs.within(h.keysOffset, `${path}/keysOffset`, h.bucketCount * h.keySlotSize, h.bucketSize);
  refs.within(h.elemsOffset, `${path}/elemsOffset`, h.bucketCount * h.elemSlotSize, h.bucketSize);
  refs.within(h.overflowOffset, `${path}/overflowOffset`, 8, h.bucketSize);
}

function checkProbes(meta: CaptureMeta, refs: TypeRefs): void {
  meta.probes.forEach((probe, i) => {
    probe.instances.forEach((instance, k) => {
      for (const list of ['arguments', 'results', 'locals', 'returnLocals'] as const) {
        instance[list]?.forEach((variable, j) => {
          refs.ref(variable.type, `/probes/${i}/instances/${k}/${list}/${j}/type`);
        });
      }
    });
  });
}

/**
 * The first cross-reference problem of metadata that matches schemas/capture.schema.json, or
 * undefined when the decoder can rely on it.
 */
export function checkCaptureMeta(meta: CaptureMeta): MetaProblem | undefined {
  try {
    const refs = new TypeRefs(meta.types);
    checkTypes(meta, refs);
    checkProbes(meta, refs);
    return undefined;
  } catch (e) {
    if (e instanceof ProblemFound) return e.problem;
    throw e;
  }
}
