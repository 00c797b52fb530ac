// Builds real Go programs with the real toolchain into temporary caches.
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCommand, buildKey, buildProgram, GoBuildError, goToolchain, GoToolchainError, type GoToolchain } from './build.ts';

const SLEEPER = fileURLToPath(new URL('./testdata/sleeper', import.meta.url));

let work: string;
let toolchain: GoToolchain;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'godi-build-'));
  toolchain = await goToolchain();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A fresh copy of the sleeper program and an empty cache. */
async function freshProgram(name: string): Promise<{ dir: string; cacheDir: string }> {
  const dir = join(work, name, 'program');
  await cp(SLEEPER, dir, { recursive: true });
  return { dir, cacheDir: join(work, name, 'cache') };
}

describe('goToolchain', () => {
  test('reports the version and architecture of the go on PATH', async () => {
    const { stdout } = await execa('go', ['version']);
    expect(stdout).toContain(`${toolchain.version} linux/${toolchain.arch}`);
  });

  test('names the command when there is no toolchain, and asks again next time', async () => {
    const first = goToolchain('/nonexistent/go');
    await expect(first).rejects.toThrow(GoToolchainError);
    const again = goToolchain('/nonexistent/go');
    expect(again).not.toBe(first);
    await expect(again).rejects.toThrow(/no usable Go toolchain: `\/nonexistent\/go env GOVERSION GOARCH`/);
  });

  test('asks a toolchain once per process', () => {
    expect(goToolchain()).toBe(goToolchain());
  });
});

describe('buildProgram', () => {
  test('builds once: a second run reuses the binary without touching it', async () => {
    const { dir, cacheDir } = await freshProgram('once');
    const first = await buildProgram(dir, toolchain, { cacheDir, name: 'sleeper' });
    expect(first.cached).toBe(false);
    expect(first.binary).toBe(join(cacheDir, `sleeper-${first.key.slice(0, 16)}`, 'sleeper'));
    const builtAt = (await stat(first.binary)).mtimeMs;

    const second = await buildProgram(dir, toolchain, { cacheDir, name: 'sleeper' });
    expect(second).toEqual({ ...first, cached: true });
    expect((await stat(second.binary)).mtimeMs).toBe(builtAt);
  });

  test('the binary is static (CGO_ENABLED=0) and has no build paths (-trimpath)', async () => {
    const { dir, cacheDir } = await freshProgram('flags');
    const { binary } = await buildProgram(dir, toolchain, { cacheDir });
    const { stdout } = await execa('go', ['version', '-m', binary]);
    expect(stdout).toMatch(/build\s+CGO_ENABLED=0/);
    expect(stdout).toMatch(/build\s+-trimpath=true/);
    expect(await readFile(binary)).not.toContain(Buffer.from(work));
  });

  test('a changed source file rebuilds; probes.json and captures/ do not', async () => {
    const { dir, cacheDir } = await freshProgram('inputs');
    const first = await buildProgram(dir, toolchain, { cacheDir });

    await writeFile(join(dir, 'probes.json'), '[]');
    await mkdir(join(dir, 'captures'));
    await writeFile(join(dir, 'captures', 'program.godicap'), 'recorded');
    expect(await buildProgram(dir, toolchain, { cacheDir })).toEqual({ ...first, cached: true });

    await appendFile(join(dir, 'main.go'), '\n// changed\n');
    const changed = await buildProgram(dir, toolchain, { cacheDir });
    expect(changed.cached).toBe(false);
    expect(changed.key).not.toBe(first.key);
    expect(changed.binary).not.toBe(first.binary);
  });

  test('the key covers go.mod, file names and the toolchain', async () => {
    const { dir } = await freshProgram('key');
    const everything = () => true;
    const base = await buildKey(toolchain, dir, everything);
    expect(await buildKey(toolchain, dir, everything)).toBe(base);
    expect(await buildKey({ ...toolchain, version: 'go1.25.0' }, dir, everything)).not.toBe(base);
    expect(await buildKey({ ...toolchain, arch: 'arm64' }, dir, everything)).not.toBe(base);

    await appendFile(join(dir, 'go.mod'), '\n');
    const withGoMod = await buildKey(toolchain, dir, everything);
    expect(withGoMod).not.toBe(base);

    await writeFile(join(dir, 'extra.go'), 'package main\n');
    expect(await buildKey(toolchain, dir, everything)).not.toBe(withGoMod);
  });

  test('a compile error names the folder and keeps the compiler output', async () => {
    const { dir, cacheDir } = await freshProgram('broken');
    await writeFile(join(dir, 'broken.go'), 'package main\n\nfunc broken() int { return "x" }\n');
    const failure = await buildProgram(dir, toolchain, { cacheDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GoBuildError);
    expect((failure as GoBuildError).message).toMatch(new RegExp(`^${dir}: go build failed`));
    expect((failure as GoBuildError).output).toMatch(/broken\.go:3:\d+: cannot use "x"/);
  });
});

describe('buildCommand (the engine)', () => {
  test('rebuilds when the binary is missing or its sources changed, else reuses it', async () => {
    const module = join(work, 'engine', 'src');
    await mkdir(join(module, 'cmd', 'tool'), { recursive: true });
    await writeFile(join(module, 'go.mod'), 'module example.com/tool\n\ngo 1.26\n');
    await writeFile(join(module, 'cmd', 'tool', 'main.go'), 'package main\n\nfunc main() { println("v1") }\n');
    const output = join(work, 'engine', 'bin', 'tool');

    const first = await buildCommand(module, './cmd/tool', output, toolchain);
    expect(first).toMatchObject({ binary: output, cached: false });
    expect(await readFile(`${output}.key`, 'utf8')).toBe(first.key);
    expect((await execa(output)).stderr).toBe('v1');

    expect(await buildCommand(module, './cmd/tool', output, toolchain)).toEqual({ ...first, cached: true });

    await writeFile(join(module, 'cmd', 'tool', 'main.go'), 'package main\n\nfunc main() { println("v2") }\n');
    const changed = await buildCommand(module, './cmd/tool', output, toolchain);
    expect(changed.cached).toBe(false);
    expect((await execa(output)).stderr).toBe('v2');

    await rm(output);
    expect(await buildCommand(module, './cmd/tool', output, toolchain)).toEqual({ ...changed, cached: false });
    expect((await execa(output)).stderr).toBe('v2');
  });
});
