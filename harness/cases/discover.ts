// Finds the cases under `<root>/cases/`: one folder per Go program with its probes.json and
// optional checked-in captures; probes.json is schema-checked and its probe ids must be unique.

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RunExpectations } from './expectations.ts';
import { validateCaseSettings, validateProbesConfig } from '../validate/index.ts';

/** One probe as probes.json defines it; the schema pins the rest of its keys. */
export interface ProbeDefinition {
  readonly id: string;
  readonly where: { readonly methodName: string };
  readonly [key: string]: unknown;
}

export interface GoCase {
  /** The folder name: the program name and the golden folder's name. */
  readonly name: string;
  readonly dir: string;
  readonly probesFile: string;
  readonly probes: readonly ProbeDefinition[];
  /** `captures/*.godicap`, sorted by name; empty when none are checked in. */
  readonly captures: readonly string[];
  /** case.json: what the run is expected to do besides giving the goldens (exit code, drops). */
  readonly expect: RunExpectations;
}

export class CaseConfigError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'CaseConfigError';
  }
}

const CAPTURE_EXTENSION = '.godicap';

/**
 * The cases of the project at `root` (the folder holding `cases/`), sorted by name.
 * Messages name files from `root` (cases/<name>/probes.json).
 * `only` limits them to the named ones (GODI_CASES); naming an unknown case is an error.
 */
export async function discoverCases(root: string, only?: readonly string[]): Promise<GoCase[]> {
  const casesDir = join(root, 'cases');
  const shown = (path: string) => relative(root, path);
  const folders = (await readdir(casesDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  if (folders.length === 0) {
    throw new CaseConfigError(shown(casesDir), 'no cases: add a folder with a Go program and its probes.json');
  }
  const unknown = (only ?? []).filter((name) => !folders.includes(name));
  if (unknown.length > 0) {
    throw new CaseConfigError(shown(casesDir), `GODI_CASES names ${unknown.map((n) => `"${n}"`).join(', ')}, not a case here; cases: ${folders.join(', ')}`);
  }
  const chosen = only && only.length > 0 ? folders.filter((name) => only.includes(name)) : folders;
  return Promise.all(chosen.map((name) => loadCase(join(casesDir, name), name, shown)));
}

async function loadCase(dir: string, name: string, shown: (path: string) => string): Promise<GoCase> {
  const files = await readdir(dir);
  if (!files.some((file) => file.endsWith('.go'))) throw new CaseConfigError(shown(dir), 'no Go source files (*.go)');
  const probesFile = join(dir, 'probes.json');
  if (!files.includes('probes.json')) throw new CaseConfigError(shown(probesFile), 'missing: every case declares its probes there');
  const probes = await loadProbes(probesFile, shown(probesFile));
  const expect = files.includes('case.json') ? await loadSettings(join(dir, 'case.json'), shown(join(dir, 'case.json'))) : {};
  const captures = (await readdir(join(dir, 'captures')).catch(() => []))
    .filter((file) => file.endsWith(CAPTURE_EXTENSION))
    .sort()
    .map((file) => join(dir, 'captures', file));
  return { name, dir, probesFile, probes, captures, expect };
}

async function loadSettings(file: string, shownFile: string): Promise<RunExpectations> {
  const value = await readJson(file, shownFile);
  validateCaseSettings(value, shownFile);
  return value as RunExpectations;
}

async function readJson(file: string, shownFile: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CaseConfigError(shownFile, `not JSON (${(error as Error).message})`);
  }
}

async function loadProbes(file: string, shownFile: string): Promise<ProbeDefinition[]> {
  const value = await readJson(file, shownFile);
  validateProbesConfig(value, shownFile);
  const probes = value as ProbeDefinition[];
  const firstIndex = new Map<string, number>();
  probes.forEach((probe, index) => {
    const first = firstIndex.get(probe.id);
    if (first !== undefined) {
      throw new CaseConfigError(shownFile, `/${index}/id: probe id "${probe.id}" is already used at /${first}/id`);
    }
    firstIndex.set(probe.id, index);
  });
  return probes;
}
