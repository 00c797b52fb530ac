// The module structure: no import circles in the harness and scripts (madge reads the imports).
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { expect, test } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));

test('no module imports itself back, directly or through others', async () => {
  const graph = await madge(['harness', 'scripts'], {
    baseDir: REPOSITORY,
    fileExtensions: ['ts'],
    tsConfig: `${REPOSITORY}/tsconfig.json`,
  });
  expect(graph.circular()).toEqual([]);
}, 60_000);
