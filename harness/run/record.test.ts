import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GoCase } from '../cases/index.ts';
import { captureUpdates, CaptureUpdateError, recordCapture } from './record.ts';

describe('captureUpdates', () => {
  test.each([
    [{}, false],
    [{ UPDATE_CAPTURES: '' }, false],
    [{ UPDATE_CAPTURES: '0' }, false],
    [{ UPDATE_CAPTURES: '1' }, true],
    [{ UPDATE_CAPTURES: '0', CI: 'true' }, false],
  ])('%j records: %s', (env, records) => {
    expect(captureUpdates(env)).toBe(records);
  });

  test('refuses other values and recording under CI', () => {
    expect(() => captureUpdates({ UPDATE_CAPTURES: 'yes' })).toThrow(CaptureUpdateError);
    expect(() => captureUpdates({ UPDATE_CAPTURES: 'yes' })).toThrow("UPDATE_CAPTURES=yes is not understood: use 1 (record each case's capture from its live run)");
    expect(() => captureUpdates({ UPDATE_CAPTURES: '1', CI: 'true' })).toThrow(/refused because CI is set/);
  });
});

describe('recordCapture', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'godi-record-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('puts the capture at cases/<program>/captures/<program>.godicap, replacing the old one, leaving no temporary file', async () => {
    const goCase = { name: 'demo', dir: join(dir, 'demo') } as GoCase;
    await mkdir(goCase.dir);
    const fresh = join(dir, 'fresh.godicap');

    await writeFile(fresh, 'first');
    const target = await recordCapture(fresh, goCase);
    expect(target).toBe(join(dir, 'demo', 'captures', 'demo.godicap'));
    expect(await readFile(target, 'utf8')).toBe('first');

    await writeFile(fresh, 'second');
    await recordCapture(fresh, goCase);
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(join(goCase.dir, 'captures'))).toEqual(['demo.godicap']);
  });

  test('a capture that cannot be copied leaves the recorded one as it was', async () => {
    const goCase = { name: 'kept', dir: join(dir, 'kept') } as GoCase;
    await mkdir(join(goCase.dir, 'captures'), { recursive: true });
    await writeFile(join(goCase.dir, 'captures', 'kept.godicap'), 'recorded');
    await expect(recordCapture(join(dir, 'missing.godicap'), goCase)).rejects.toThrow(/ENOENT/);
    expect(await readdir(join(goCase.dir, 'captures'))).toEqual(['kept.godicap']);
    expect(await readFile(join(goCase.dir, 'captures', 'kept.godicap'), 'utf8')).toBe('recorded');
  });
});
