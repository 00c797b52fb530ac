#!/usr/bin/env node
// Entry point of the `godi-golden` command. The TypeScript CLI is bundled by esbuild into
// harness/.build/, once per version of its sources (a hash of their contents), and run from
// there: a start takes about 0.2 s, against 0.55 s loading every module through tsx's hooks.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const HARNESS = fileURLToPath(new URL('../harness/', import.meta.url));
// Two levels below the repository, like every harness module: their `new URL('../..', import.meta.url)` still finds it.
const BUILD = join(HARNESS, '.build');

/** A hash of the CLI's possible sources: every TypeScript file of harness/ but the tests. */
function sourcesHash() {
  const hash = createHash('sha256');
  const files = readdirSync(HARNESS, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(join(HARNESS, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The bundle of this version of the sources, built (and older ones removed) when missing. */
function bundle() {
  const file = join(BUILD, `cli-${sourcesHash()}.mjs`);
  if (existsSync(file)) return file;
  mkdirSync(BUILD, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  buildSync({ entryPoints: [join(HARNESS, 'cli', 'index.ts')], outfile: partial, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  renameSync(partial, file); // atomic: a concurrent start sees no half-written bundle
  for (const old of readdirSync(BUILD)) if (join(BUILD, old) !== file && !old.endsWith('.tmp')) rmSync(join(BUILD, old), { force: true });
  return file;
}

const { main } = await import(pathToFileURL(bundle()).href);
process.exitCode = await main(process.argv.slice(2));
