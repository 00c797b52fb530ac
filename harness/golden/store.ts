// Where golden files live: `<dir>/<program>/<probe-id>.json`, behind an interface so the
// golden logic is tested in memory. The same layout serves `.golden-actual/`.

import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../common/index.ts';

export interface GoldenKey {
  readonly program: string;
  readonly probeId: string;
}

export interface GoldenStore {
  /** The file's text, or undefined when there is none. */
  read(key: GoldenKey): Promise<string | undefined>;
  /** Replaces the file atomically. */
  write(key: GoldenKey, text: string): Promise<void>;
  /** Deletes the file if it exists. */
  remove(key: GoldenKey): Promise<void>;
  /** Every stored key, sorted by program then probe id. */
  list(): Promise<GoldenKey[]>;
  /** How to name the file in a message: its path from the project root, e.g. golden/sample/f.json. */
  describe(key: GoldenKey): string;
}

const EXTENSION = '.json';

export class GoldenKeyError extends Error {
  constructor(key: GoldenKey, part: 'program' | 'probeId') {
    super(`${part} ${JSON.stringify(key[part])} cannot name a golden file: use no "/", "\\", NUL, and not "." or ".."`);
    this.name = 'GoldenKeyError';
  }
}

function checkKey(key: GoldenKey): void {
  for (const part of ['program', 'probeId'] as const) {
    const name = key[part];
    if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) throw new GoldenKeyError(key, part);
  }
}

export function compareKeys(a: GoldenKey, b: GoldenKey): number {
  return a.program === b.program ? compare(a.probeId, b.probeId) : compare(a.program, b.program);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Files under `<root>/<folder>/`; messages name them from the project root, wherever the run started. */
export class FsGoldenStore implements GoldenStore {
  readonly dir: string;

  constructor(
    readonly root: string,
    readonly folder: string,
  ) {
    this.dir = join(root, folder);
  }

  #path(key: GoldenKey): string {
    checkKey(key);
    return join(this.dir, key.program, key.probeId + EXTENSION);
  }

  async read(key: GoldenKey): Promise<string | undefined> {
    const path = this.#path(key);
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(`${this.describe(key)}: cannot read the golden (${code === 'EISDIR' ? 'it is a folder: remove it' : (error as Error).message})`);
    }
  }

  async write(key: GoldenKey, text: string): Promise<void> {
    await writeFileAtomic(this.#path(key), text);
  }

  async remove(key: GoldenKey): Promise<void> {
    await rm(this.#path(key), { force: true });
    // A program folder whose last golden went away goes too.
    await rmdir(join(this.dir, key.program)).catch(() => {});
  }

  async list(): Promise<GoldenKey[]> {
    const keys: GoldenKey[] = [];
    for (const program of await readdirOrEmpty(this.dir)) {
      if (!program.isDirectory()) continue;
      for (const file of await readdirOrEmpty(join(this.dir, program.name))) {
        if (file.isFile() && file.name.endsWith(EXTENSION) && !file.name.startsWith('.')) {
          keys.push({ program: program.name, probeId: file.name.slice(0, -EXTENSION.length) });
        }
      }
    }
    return keys.sort(compareKeys);
  }

  describe(key: GoldenKey): string {
    return relative(this.root, this.#path(key));
  }
}

/** Keeps files in a Map; the store of the golden logic's unit tests. */
export class MemoryGoldenStore implements GoldenStore {
  readonly files = new Map<string, string>();

  constructor(readonly name = 'golden') {}

  #id(key: GoldenKey): string {
    checkKey(key);
    return `${key.program}/${key.probeId}${EXTENSION}`;
  }

  async read(key: GoldenKey): Promise<string | undefined> {
    return this.files.get(this.#id(key));
  }

  async write(key: GoldenKey, text: string): Promise<void> {
    this.files.set(this.#id(key), text);
  }

  async remove(key: GoldenKey): Promise<void> {
    this.files.delete(this.#id(key));
  }

  async list(): Promise<GoldenKey[]> {
    return [...this.files.keys()]
      .map((id) => {
        const [program = '', file = ''] = id.split('/');
        return { program, probeId: file.slice(0, -EXTENSION.length) };
      })
      .sort(compareKeys);
  }

  describe(key: GoldenKey): string {
    return `${this.name}/${this.#id(key)}`;
  }
}

async function readdirOrEmpty(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
