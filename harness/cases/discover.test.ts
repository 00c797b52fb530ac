import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SchemaError } from '../validate/index.ts';
import { CaseConfigError, discoverCases } from './discover.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'godi-cases-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const probe = (id: string, method = `main.${id}`) => ({ id, version: 0, type: 'LOG_PROBE', where: { methodName: method } });

async function writeCase(name: string, files: Record<string, string | object>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const path = join(root, 'cases', name, file);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  }
}

test('finds cases sorted by name, with their probes and sorted captures', async () => {
  await writeCase('zeta', { 'main.go': 'package main', 'probes.json': [probe('b'), probe('a')] });
  await writeCase('alpha', {
    'main.go': 'package main',
    'probes.json': [probe('f')],
    'captures/2.godicap': '',
    'captures/1.godicap': '',
    'captures/notes.txt': '',
  });
  await mkdir(join(root, 'cases', '.hidden'));
  const cases = await discoverCases(root);
  expect(cases.map((c) => [c.name, c.probes.map((p) => p.id)])).toEqual([
    ['alpha', ['f']],
    ['zeta', ['b', 'a']],
  ]);
  expect(cases[0]).toMatchObject({
    dir: join(root, 'cases', 'alpha'),
    probesFile: join(root, 'cases', 'alpha', 'probes.json'),
    captures: [join(root, 'cases', 'alpha', 'captures', '1.godicap'), join(root, 'cases', 'alpha', 'captures', '2.godicap')],
  });
  expect(cases[1]?.captures).toEqual([]);
});

test('limits the cases to the named ones; an unknown name is an error listing the cases', async () => {
  await writeCase('a', { 'main.go': '', 'probes.json': [probe('x')] });
  await writeCase('b', { 'main.go': '', 'probes.json': [probe('y')] });
  expect((await discoverCases(root, ['b'])).map((c) => c.name)).toEqual(['b']);
  await expect(discoverCases(root, ['b', 'nope'])).rejects.toThrow('cases: GODI_CASES names "nope", not a case here; cases: a, b');
});

test('zero cases is an error', async () => {
  await expect(discoverCases(root)).rejects.toThrow(new CaseConfigError('cases', 'no cases: add a folder with a Go program and its probes.json'));
});

test.each([
  [{ 'probes.json': [probe('x')] }, 'cases/c: no Go source files (*.go)'],
  [{ 'main.go': '' }, 'cases/c/probes.json: missing: every case declares its probes there'],
  [{ 'main.go': '', 'probes.json': '[{' }, /^cases\/c\/probes\.json: not JSON \(/],
  [{ 'main.go': '', 'probes.json': [probe('x'), probe('y'), probe('x')] }, 'cases/c/probes.json: /2/id: probe id "x" is already used at /0/id'],
])('a broken case names its file: %o', async (files, message) => {
  await writeCase('c', files);
  await expect(discoverCases(root)).rejects.toThrow(CaseConfigError);
  await expect(discoverCases(root)).rejects.toThrow(message);
});

test('probes.json is checked against the schema, with the JSON path of the problem', async () => {
  await writeCase('c', { 'main.go': '', 'probes.json': [probe('ok'), { ...probe('bad'), where: {} }] });
  const error = await discoverCases(root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SchemaError);
  expect((error as SchemaError).message).toMatch(/^cases\/c\/probes\.json does not match schemas\/probes\.schema\.json:\n {2}\/1\/where: /);
});
