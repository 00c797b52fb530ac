import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../common/index.ts';
import { FsGoldenStore, GoldenKeyError, MemoryGoldenStore, type GoldenStore } from './store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'godi-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const key = { program: 'sample', probeId: 'testStruct' };

describe.each([
  ['FsGoldenStore', () => new FsGoldenStore(dir, 'golden')],
  ['MemoryGoldenStore', () => new MemoryGoldenStore()],
] as [string, () => GoldenStore][])('%s', (_name, makeStore) => {
  test('reads back what it wrote, undefined for what it never had', async () => {
    const store = makeStore();
    expect(await store.read(key)).toBeUndefined();
    await store.write(key, '[]\n');
    expect(await store.read(key)).toBe('[]\n');
    await store.write(key, '[1]\n');
    expect(await store.read(key)).toBe('[1]\n');
  });

  test('lists keys sorted by program then probe, and forgets removed ones', async () => {
    const store = makeStore();
    for (const k of [
      { program: 'simple', probeId: 'b' },
      { program: 'sample', probeId: 'z' },
      { program: 'simple', probeId: 'a' },
    ]) {
      await store.write(k, '[]\n');
    }
    await store.remove({ program: 'simple', probeId: 'b' });
    await store.remove({ program: 'none', probeId: 'never' });
    expect(await store.list()).toEqual([
      { program: 'sample', probeId: 'z' },
      { program: 'simple', probeId: 'a' },
    ]);
  });

  test.each([
    [{ program: '..', probeId: 'x' }, 'program ".."'],
    [{ program: 'p', probeId: 'a/b' }, 'probeId "a/b"'],
    [{ program: 'p', probeId: '' }, 'probeId ""'],
  ])('refuses key %o that would escape its folder', async (bad, what) => {
    await expect(makeStore().write(bad, '[]')).rejects.toThrow(GoldenKeyError);
    await expect(makeStore().read(bad)).rejects.toThrow(`${what} cannot name a golden file`);
  });
});

describe('FsGoldenStore on disk', () => {
  test('a golden path that is a folder is an error naming the file and what to do', async () => {
    await mkdir(join(dir, 'golden', 'sample', 'testStruct.json'), { recursive: true });
    await expect(new FsGoldenStore(dir, 'golden').read(key)).rejects.toThrow('golden/sample/testStruct.json: cannot read the golden (it is a folder: remove it)');
  });

  test('lays files out as <root>/<folder>/<program>/<probe-id>.json and names them from the root', async () => {
    const store = new FsGoldenStore(dir, 'golden');
    await store.write(key, '[]\n');
    expect(await readFile(join(dir, 'golden', 'sample', 'testStruct.json'), 'utf8')).toBe('[]\n');
    expect(store.describe(key)).toBe('golden/sample/testStruct.json');
  });

  test('list ignores stray files and temp files; remove drops an emptied program folder', async () => {
    const store = new FsGoldenStore(dir, 'golden');
    await store.write(key, '[]\n');
    await writeFile(join(dir, 'golden', 'sample', 'notes.txt'), 'x');
    await writeFile(join(dir, 'golden', 'sample', '.testStruct.json.1.ab.tmp'), 'x');
    await writeFile(join(dir, 'golden', 'README.json'), 'x');
    expect(await store.list()).toEqual([key]);

    await mkdir(join(dir, 'golden', 'other'));
    await store.write({ program: 'other', probeId: 'p' }, '[]\n');
    await store.remove({ program: 'other', probeId: 'p' });
    expect(await readdir(join(dir, 'golden'))).toEqual(expect.not.arrayContaining(['other']));
    await store.remove(key); // folder still holds notes.txt: kept
    expect(await readdir(join(dir, 'golden', 'sample'))).toContain('notes.txt');
  });
});

describe('writeFileAtomic', () => {
  test('replaces the file by rename: a reader holding the old inode still sees the old text', async () => {
    const path = join(dir, 'nested', 'f.json');
    await writeFileAtomic(path, 'old');
    const before = await stat(path);
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await stat(path)).ino).not.toBe(before.ino);
    expect(await readdir(join(dir, 'nested'))).toEqual(['f.json']);
  });

  test('leaves no temp file behind when the rename fails', async () => {
    const path = join(dir, 'target');
    await mkdir(join(path, 'occupied'), { recursive: true }); // a non-empty folder cannot be renamed over
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
  });
});
