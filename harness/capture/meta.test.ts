import { describe, expect, test } from 'vitest';
import { checkCaptureMeta } from './meta.ts';
import type { CaptureMeta } from './types.ts';

/** Metadata the schema accepts, whose references all resolve. */
function meta(): CaptureMeta {
  return {
    program: { name: 'p', service: 'p', goVersion: 'go1.26.0', arch: 'amd64', buildId: '' },
    clock: { source: 'ktime_boot', unixOffsetNs: '0' },
    runtime: { itabType: 5, itabTypeOffset: 8 },
    types: [
      { id: 1, name: 'int', kind: 'int', size: 8 },
      { id: 2, name: 'uint8', kind: 'uint8', size: 1 },
      { id: 3, name: 'string', kind: 'string', size: 16 },
      { id: 4, name: '[2]int', kind: 'array', size: 16, elem: 1, count: 2 },
      { id: 5, name: 'runtime.itab', kind: 'struct', size: 32, fields: [{ name: '_type', offset: 8, type: 1 }] },
    ],
    probes: [
      {
        id: 'f',
        version: 0,
        method: 'main.f',
        capture: { maxReferenceDepth: 3, maxCollectionSize: 100, maxLength: 255, maxFieldCount: 20 },
        maxEventBytes: 4096,
        captureReturn: true,
        captureSnapshot: true,
        throttle: { periodNs: 1_000_000_000, budget: 1 },
        instances: [{ function: 'main.f', arguments: [{ name: 'a', type: 4 }], results: [], locals: [{ name: 's', type: 3 }] }],
      },
    ],
    symbols: [],
    stats: { events: 0, dropped: 0, engine: 'test' },
  };
}

describe('cross references of capture metadata', () => {
  test('all resolve', () => {
    expect(checkCaptureMeta(meta())).toBeUndefined();
  });

  test.each<[string, (m: CaptureMeta) => void, { path: string; message: string }]>([
    ['a duplicate type id', (m) => m.types.push({ id: 1, name: 'bool', kind: 'bool', size: 1 }), { path: '/types/5/id', message: 'duplicate type id 1' }],
    ['an element type not in the table', (m) => Object.assign(m.types[3] as object, { elem: 9 }), { path: '/types/3/elem', message: 'type id 9 is not in /types' }],
    ['an array whose size is not count × element size', (m) => Object.assign(m.types[3] as object, { count: 3 }), { path: '/types/3/size', message: '3 × 8 is not 16' }],
    ['a field past the end of its struct', (m) => Object.assign(m.types[4] as object, { size: 12 }), { path: '/types/4/fields/0/offset', message: 'offset 8 + 8 exceeds the size 12' }],
    ['a string without a uint8 type for its bytes', (m) => m.types.splice(1, 1), { path: '/types/1', message: 'a string needs a uint8 type for its bytes' }],
    ['an itab type offset past the itab', (m) => Object.assign(m.runtime as object, { itabTypeOffset: 28 }), { path: '/runtime/itabTypeOffset', message: 'offset 28 + 8 exceeds the size 32' }],
    ['a local of a type not in the table', (m) => Object.assign(m.probes[0]?.instances[0]?.locals?.[0] as object, { type: 7 }), { path: '/probes/0/instances/0/locals/0/type', message: 'type id 7 is not in /types' }],
  ])('%s', (_name, mutate, expected) => {
    const value = meta();
    mutate(value);
    expect(checkCaptureMeta(value)).toEqual(expected);
  });
});
