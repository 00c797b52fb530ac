// The module structure: no import circles (madge reads the imports); a folder of harness/ is
// entered only through its index.ts; the environment is read only by harness/common/env.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import ts from 'typescript';
import { expect, test } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const HARNESS = path.join(REPOSITORY, 'harness');
const ENV_MODULE = 'harness/common/env.ts';

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

/** The top-level folder of harness/ holding `file` (absolute), if any. */
function harnessFolder(file: string): string | undefined {
  const relative = path.relative(HARNESS, file);
  const parts = relative.split(path.sep);
  return relative.startsWith('..') || parts.length < 2 ? undefined : parts[0];
}

test('no module imports itself back, directly or through others', async () => {
  const graph = await madge(['harness', 'scripts'], {
    baseDir: REPOSITORY,
    fileExtensions: ['ts'],
    tsConfig: `${REPOSITORY}/tsconfig.json`,
  });
  expect(graph.circular()).toEqual([]);
}, 60_000);

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
    const { importedFiles } = ts.preProcessFile(readFileSync(absolute, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(absolute), fileName);
      const folder = harnessFolder(target);
      if (folder === undefined || folder === harnessFolder(absolute)) continue;
      if (target !== path.join(HARNESS, folder, 'index.ts')) bypasses.push(`${file} imports ${fileName}: import harness/${folder}/index.ts`);
    }
  }
  expect(bypasses).toEqual([]);
});

/** Each use of `process.env` in the code (not in comments or strings), and whether it only sets a variable. */
function processEnvUses(text: string): { line: number; sets: boolean }[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const uses: { line: number; sets: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'env' && ts.isIdentifier(node.expression) && node.expression.text === 'process') {
      // `process.env.NAME = ...` and `delete process.env.NAME` set; anything else reads.
      const variable = node.parent;
      const sets =
        ts.isPropertyAccessExpression(variable) &&
        ((ts.isBinaryExpression(variable.parent) && variable.parent.left === variable && variable.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) ||
          ts.isDeleteExpression(variable.parent));
      uses.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, sets });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

// Test files share their worker's process and modules (vitest.config.ts, isolate: false): a test
// that set a variable or mocked a module would change the files run after it.
test(`only ${ENV_MODULE} uses process.env, and no test mocks a module`, () => {
  const uses: string[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(path.join(REPOSITORY, file), 'utf8');
    if (file !== ENV_MODULE) {
      for (const { line, sets } of processEnvUses(text)) {
        uses.push(
          sets
            ? `${file}:${line} sets process.env: pass the variable to the child process that needs it`
            : `${file}:${line} reads process.env: use environment() from harness/common/index.ts`,
        );
      }
    }
    for (const mock of text.matchAll(/\bvi\.(mock|doMock|stubEnv|stubGlobal)\(/g)) uses.push(`${file} calls vi.${mock[1]}`);
  }
  expect(uses).toEqual([]);
});

test('the process.env check tells reads from sets and deletes', () => {
  const sample = 'const a = process.env.CI;\nprocess.env.CI = "1";\ndelete process.env.CI;\n// process.env in a comment\nconst b = process.env;\n';
  expect(processEnvUses(sample)).toEqual([
    { line: 1, sets: false },
    { line: 2, sets: true },
    { line: 3, sets: true },
    { line: 5, sets: false },
  ]);
});
