import { describe, expect, test } from 'vitest';
import { findOrphans } from './orphans.ts';
import { MemoryGoldenStore } from './store.ts';
import { baseKey, overrideKey, releaseLine, VersionedGoldens } from './versions.ts';

const key = { program: 'structs', probeId: 'testBigStruct' };

describe('version goldens', () => {
  test('an override is named after the release line and belongs to its probe', () => {
    expect(releaseLine('go1.24.11')).toBe('go1.24');
    expect(overrideKey(key, 'go1.24')).toEqual({ program: 'structs', probeId: 'testBigStruct@go1.24' });
    expect(baseKey(overrideKey(key, 'go1.24'))).toEqual(key);
  });

  test('under a release line, reading an override falls back to the default; writes go to the override', async () => {
    const store = new MemoryGoldenStore();
    await store.write(key, '["default"]\n');
    const goldens = new VersionedGoldens(store, 'go1.24');
    const versioned = overrideKey(key, 'go1.24');
    expect(await goldens.read(versioned)).toBe('["default"]\n');
    expect(await goldens.hasOverride(key)).toBe(false);
    await goldens.write(versioned, '["override"]\n');
    expect(await goldens.read(versioned)).toBe('["override"]\n');
    expect(await goldens.readDefault(key)).toBe('["default"]\n');
    expect(await goldens.hasOverride(key)).toBe(true);
    expect(goldens.describe(versioned)).toBe('golden/structs/testBigStruct@go1.24.json');
  });

  test('an override of a declared probe is no orphan; one of a probe that is gone is', () => {
    const stored = [key, overrideKey(key, 'go1.24'), overrideKey({ program: 'structs', probeId: 'gone' }, 'go1.23')];
    expect(findOrphans(stored, [key])).toEqual([{ program: 'structs', probeId: 'gone@go1.23' }]);
  });
});
