// The module structure: a folder of harness/ is entered only through its index.ts; no test mocks a
// module. Import cycles and process.env outside harness/common/env.ts are Biome's rules
// (biome.json: noImportCycles, noProcessEnv; lint.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';
import { expect, test } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const HARNESS = path.join(REPOSITORY, 'harness');

/** Every source file of the harness, the scripts and the bin, relative to the repository. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(REPOSITORY, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'testdata' ? [] : walk(file);
      return /\.(ts|js)$/.test(entry.name) ? [file] : [];
    });
  return [...walk('harness'), ...walk('scripts'), ...walk('bin'), 'vitest.config.ts'];
}

/** What a file imports and re-exports from, type-only imports included (oxc-parser reads them). */
function importedModules(file: string, text: string): string[] {
  const { module, errors } = parseSync(file, text);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`);
  const literal = ({ start, end }: { start: number; end: number }) => text.slice(start, end).replace(/^['"`]|['"`]$/g, '');
  return [
    ...module.staticImports.map((entry) => entry.moduleRequest.value),
    ...module.staticExports.flatMap((entry) => entry.entries.flatMap((exported) => (exported.moduleRequest ? [exported.moduleRequest.value] : []))),
    ...module.dynamicImports.map((entry) => literal(entry.moduleRequest)),
  ];
}

/** The top-level folder of harness/ holding `file` (absolute), if any. */
function harnessFolder(file: string): string | undefined {
  const relative = path.relative(HARNESS, file);
  const parts = relative.split(path.sep);
  return relative.startsWith('..') || parts.length < 2 ? undefined : parts[0];
}

// bin/godi-golden.js runs the harness bundled into one file in harness/.build/: a module that
// finds files relative to its own (import.meta.url) must sit at the same depth to find them there.
test('modules that locate files from import.meta.url sit two folders below the repository, as the CLI bundle does', () => {
  const misplaced = sourceFiles().filter(
    (file) => file.startsWith(`harness${path.sep}`) && !file.endsWith('.test.ts') && file.split(path.sep).length !== 3 && readFileSync(path.join(REPOSITORY, file), 'utf8').includes('import.meta.url'),
  );
  expect(misplaced).toEqual([]);
});

test("a folder of harness/ is imported from outside only through its index.ts, never one of its files", () => {
  const bypasses: string[] = [];
  for (const file of sourceFiles()) {
    const absolute = path.join(REPOSITORY, file);
    for (const fileName of importedModules(file, readFileSync(absolute, 'utf8'))) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(absolute), fileName);
      const folder = harnessFolder(target);
      if (folder === undefined || folder === harnessFolder(absolute)) continue;
      if (target !== path.join(HARNESS, folder, 'index.ts')) bypasses.push(`${file} imports ${fileName}: import harness/${folder}/index.ts`);
    }
  }
  expect(bypasses).toEqual([]);
});

// Test files share their worker's process and modules (vitest.config.ts, isolate: false): a test
// that mocked a module or stubbed a global would change the files run after it (and one that set
// process.env: Biome's noProcessEnv keeps the environment to harness/common/env.ts).
test('no test mocks a module or stubs the environment or a global', () => {
  const mocks = sourceFiles().flatMap((file) =>
    [...readFileSync(path.join(REPOSITORY, file), 'utf8').matchAll(/\bvi\.(mock|doMock|stubEnv|stubGlobal)\(/g)].map((mock) => `${file} calls vi.${mock[1]}`),
  );
  expect(mocks).toEqual([]);
});
