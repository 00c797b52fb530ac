// Builds Go programs once per content: the sha256 of the toolchain, the build settings and every
// source file names the output, so a second run with nothing changed builds nothing.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { environment, type Environment } from '../common/index.ts';

/** This repository: the engine's sources (probe/) and the build cache (.cache/) live here. */
export const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Where `scripts/setup.sh` puts the engine, and where the harness keeps it up to date. */
export const ENGINE_BINARY = join(REPOSITORY, '.cache', 'bin', 'godi-probe');

const CASE_BUILDS = join(REPOSITORY, '.cache', 'build');

/**
 * Static binaries with no build paths in them, built by the toolchain on PATH (or the release
 * GODI_GO names): a go.mod asking for a newer Go fails clearly instead of trying to download one.
 */
const BUILD_ENV = { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } as const;
const BUILD_FLAGS = ['-trimpath'] as const;

/** Files in a program folder that `go build` never reads: recording captures or editing probes must not rebuild. */
const NOT_BUILD_INPUTS = new Set(['captures', 'probes.json', 'case.json']);

export interface GoToolchain {
  /** The command run as `go`. */
  readonly go: string;
  /** GOTOOLCHAIN: `local`, or the release the go command fetches and runs (GODI_GO). */
  readonly release: string;
  /** `go env GOVERSION`, e.g. go1.26.8. */
  readonly version: string;
  /** `go env GOARCH`, e.g. amd64. */
  readonly arch: string;
}

export interface Built {
  readonly binary: string;
  /** sha256 (hex) of everything the binary is built from. */
  readonly key: string;
  /** True when an earlier build was reused and nothing ran. */
  readonly cached: boolean;
}

export class GoToolchainError extends Error {
  override readonly name = 'GoToolchainError';
}

/** `go build` failed, or the program folder cannot be read: names the folder and keeps the compiler's output. */
export class GoBuildError extends Error {
  override readonly name = 'GoBuildError';
  constructor(
    readonly dir: string,
    reason: string,
    readonly output = '',
  ) {
    super(`${dir}: ${reason}${output ? `\n${output}` : ''}`);
  }
}

/** The toolchains asked for in this process, by command and release: a run asks once. */
const toolchains = new Map<string, Promise<GoToolchain>>();

/**
 * Asks `go` (or the given command) for its version and target architecture; with a release
 * (go1.24.11), the go command fetches that toolchain the way Go fetches toolchains (module proxy,
 * module cache) and runs it. The answer is kept for the process; a failure is not.
 */
export function goToolchain(go = 'go', release = 'local'): Promise<GoToolchain> {
  const key = `${go}\0${release}`;
  let asked = toolchains.get(key);
  if (asked === undefined) {
    asked = askToolchain(go, release);
    asked.catch(() => toolchains.delete(key));
    toolchains.set(key, asked);
  }
  return asked;
}

async function askToolchain(go: string, release: string): Promise<GoToolchain> {
  const result = await execa(go, ['env', 'GOVERSION', 'GOARCH'], { reject: false, env: { ...BUILD_ENV, GOTOOLCHAIN: release } });
  const [version, arch] = result.stdout.split('\n');
  if (result.failed || !version || !arch) {
    const why = result.failed ? result.stderr || (result.shortMessage ?? '') : `unexpected output ${JSON.stringify(result.stdout)}`;
    throw new GoToolchainError(`no usable Go toolchain${release === 'local' ? '' : ` ${release}`}: \`${go} env GOVERSION GOARCH\`: ${why.split('\n')[0]}`);
  }
  return { go, release, version, arch };
}

const RELEASE = /^go1\.\d+(\.\d+)?$/;

/** Whether Go release `version` (go1.24.11) is older than `minimum` (go1.25). */
export function olderGo(version: string, minimum: string): boolean {
  const parts = (v: string) => v.replace(/^go/, '').split('.').map(Number);
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/** The toolchain that builds the cases: GODI_GO (a Go release, e.g. go1.24.11), else the local one. */
export async function casesToolchain(env: Environment = environment()): Promise<GoToolchain> {
  const release = env.GODI_GO ?? '';
  if (release === '') return goToolchain();
  if (!RELEASE.test(release)) throw new GoToolchainError(`GODI_GO=${release} is not a Go release such as go1.24.11`);
  return goToolchain('go', release);
}

/**
 * Builds the program in `dir` (a folder with go.mod) to `<cacheDir>/<name>-<key>/<name>`,
 * unless that binary already exists. Concurrent builds of the same key are safe: each builds
 * into its own temporary folder and the first rename wins.
 */
export async function buildProgram(
  dir: string,
  toolchain: GoToolchain,
  options: { cacheDir?: string; name?: string } = {},
): Promise<Built> {
  const name = options.name ?? basename(dir);
  const cacheDir = options.cacheDir ?? CASE_BUILDS;
  const key = await buildKey(toolchain, dir, isBuildInput);
  const folder = join(cacheDir, `${name}-${key.slice(0, 16)}`);
  const binary = join(folder, name);
  if (await exists(binary)) return { binary, key, cached: true };

  const temp = `${folder}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(temp, { recursive: true });
  try {
    await goBuild(toolchain, dir, '.', join(temp, name));
    await rename(temp, folder).catch(async (error: NodeJS.ErrnoException) => {
      // Another process built the same key first: its binary is as good as ours.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return { binary, key, cached: false };
}

/**
 * Builds the Go package `pkg` of the module in `moduleDir` to `output` when the binary is
 * missing or its recorded key (`<output>.key`) differs from its sources' key: after a pull
 * that changed the engine, the next test run rebuilds it without rerunning setup.
 */
export async function buildCommand(moduleDir: string, pkg: string, output: string, toolchain: GoToolchain): Promise<Built> {
  const key = await buildKey(toolchain, moduleDir, () => true);
  const stamp = `${output}.key`;
  const recorded = await readFile(stamp, 'utf8').catch(() => undefined);
  if (recorded === key && (await exists(output))) return { binary: output, key, cached: true };

  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(dirname(output), { recursive: true });
  try {
    await goBuild(toolchain, moduleDir, pkg, `${output}.${suffix}`);
    await rename(`${output}.${suffix}`, output);
    await writeFile(`${stamp}.${suffix}`, key);
    await rename(`${stamp}.${suffix}`, stamp);
  } finally {
    await rm(`${output}.${suffix}`, { force: true });
    await rm(`${stamp}.${suffix}`, { force: true });
  }
  return { binary: output, key, cached: false };
}

/** The probe engine of this repository, rebuilt when probe/ changed. */
export function buildEngine(toolchain: GoToolchain): Promise<Built> {
  return buildCommand(join(REPOSITORY, 'probe'), './cmd/godi-probe', ENGINE_BINARY, toolchain);
}

/**
 * sha256 over the toolchain, the build settings and every file under `dir` that `include`
 * keeps (paths relative to `dir`): the key a build is cached by.
 */
export async function buildKey(toolchain: GoToolchain, dir: string, include: (path: string) => boolean): Promise<string> {
  const settings = JSON.stringify({ version: toolchain.version, arch: toolchain.arch, env: buildEnv(toolchain), flags: BUILD_FLAGS });
  return contentHash(dir, include, settings);
}

/**
 * sha256 over `seed` and every file under `dir` that `include` keeps (paths relative to `dir`),
 * in path order, each as its path, its length and its bytes.
 */
export async function contentHash(dir: string, include: (path: string) => boolean, seed = ''): Promise<string> {
  const hash = createHash('sha256');
  hash.update(seed);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: Error) => {
    throw new GoBuildError(dir, `cannot read the program folder: ${error.message}`);
  });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter(include)
    .sort();
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    hash.update(`\0${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Whether a path of a program folder is something `go build` reads (not captures, probes or case settings). */
export function isBuildInput(path: string): boolean {
  return !NOT_BUILD_INPUTS.has(path.split(sep)[0] ?? '');
}

async function goBuild(toolchain: GoToolchain, dir: string, pkg: string, output: string): Promise<void> {
  const result = await execa(toolchain.go, ['build', ...BUILD_FLAGS, '-o', output, pkg], {
    cwd: dir,
    env: buildEnv(toolchain),
    all: true,
    reject: false,
  });
  if (result.failed) throw new GoBuildError(dir, `go build failed (${result.shortMessage?.split('\n')[0]})`, result.all);
}

function buildEnv(toolchain: GoToolchain): Record<string, string> {
  return { ...BUILD_ENV, GOTOOLCHAIN: toolchain.release };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
