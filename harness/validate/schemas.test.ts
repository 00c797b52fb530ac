// The cache of compiled validators: one module per version of what compiles them.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadValidators } from './schemas.ts';

const PROBES = 'https://godi-golden.dev/schemas/probes.schema.json';
const ENTRY = 'https://godi-golden.dev/schemas/snapshot.schema.json#/$defs/entry';

/** Beside the real cache: the compiled module requires ajv's runtime from the repository's node_modules. */
const BUILD = fileURLToPath(new URL('../.build/', import.meta.url));

let build: string;
beforeEach(async () => {
  await mkdir(BUILD, { recursive: true });
  build = await mkdtemp(join(BUILD, 'test-schemas-'));
});
afterEach(async () => {
  await rm(build, { recursive: true, force: true });
});

test('compiles into the folder once, replacing an older version of the module (other files stay), then loads the module it wrote', async () => {
  await writeFile(join(build, 'schemas-0000000000000000.cjs'), 'module.exports = {};');
  await writeFile(join(build, 'cli-0000000000000000.mjs'), '');
  const first = loadValidators(build);
  const [cli, module] = (await readdir(build)).sort();
  expect(cli).toBe('cli-0000000000000000.mjs');
  expect(module).toMatch(/^schemas-[0-9a-f]{16}\.cjs$/);
  const written = (await stat(join(build, module as string))).mtimeMs;

  const second = loadValidators(build);
  expect((await readdir(build)).sort()).toEqual([cli, module]);
  expect((await stat(join(build, module as string))).mtimeMs).toBe(written);
  expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
  expect(Object.keys(first)).toEqual(expect.arrayContaining([PROBES, ENTRY]));
});

test('the validators the harness loads judge as the schemas say, with verbose errors', () => {
  const probes = loadValidators(BUILD)[PROBES];
  expect(probes?.([{ id: 'p', type: 'LOG_PROBE', where: { methodName: 'main.f' } }])).toBe(true);
  expect(probes?.([{ id: 'p' }])).toBe(false);
  // problems.ts quotes rule descriptions from parentSchema: the standalone code keeps it.
  expect(probes?.errors?.[0]).toMatchObject({ keyword: 'required', instancePath: '/0', parentSchema: expect.any(Object) });
});
