import { execa } from 'execa';
import { expect, test } from 'vitest';

// Biome's recommended rules over the harness: a warning fails as an error does.
test('biome lint finds nothing', async () => {
  const result = await execa('npm', ['run', '--silent', 'lint'], { reject: false, all: true });
  expect(result.exitCode, result.all).toBe(0);
}, 60_000);
