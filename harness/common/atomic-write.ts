// Writes a file so that readers see the old content or the new one, never a torn mix.

import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `text` to `path` through a temporary file and a rename. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await replaceFile(path, (temp) => writeFile(temp, text, { flush: true }));
}

/** writeFileAtomic for callers that cannot wait: a cache filled on first use. */
export function writeFileAtomicSync(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    writeFileSync(temp, text, { flush: true });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Copies `source` to `path` through a temporary file and a rename. */
export async function copyFileAtomic(source: string, path: string): Promise<void> {
  await replaceFile(path, (temp) => copyFile(source, temp));
}

/**
 * Fills a temporary file in the same folder (same file system, so the rename is atomic) and
 * renames it into place; on failure the temporary file goes and `path` stays as it was.
 */
async function replaceFile(path: string, fill: (temp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    await fill(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A temporary file beside `path` (same file system, so the rename is atomic), named for no other writer. */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
