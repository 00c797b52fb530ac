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

test(`only ${ENV_MODULE} reads process.env (tests may set variables)`, () => {
  const readers: string[] = [];
  for (const file of sourceFiles()) {
    if (file === ENV_MODULE) continue;
    for (const { line, sets } of processEnvUses(readFileSync(path.join(REPOSITORY, file), 'utf8'))) {
      if (!(sets && file.endsWith('.test.ts'))) readers.push(`${file}:${line} reads process.env: use environment() from harness/common/index.ts`);
    }
  }
  expect(readers).toEqual([]);
});

test('the process.env check sees reads, and lets tests set and delete variables', () => {
  const sample = 'const a = process.env.CI;\nprocess.env.CI = "1";\ndelete process.env.CI;\n// process.env in a comment\nconst b = process.env;\n';
  expect(processEnvUses(sample)).toEqual([
    { line: 1, sets: false },
    { line: 2, sets: true },
    { line: 3, sets: true },
    { line: 5, sets: false },
  ]);
});
