// The probe engine's own Go tests, run from `npm test` so the one test command covers both
// halves. Their live tests follow GODI_LIVE themselves (skip with the reason, or fail under
// GODI_LIVE=require); without a Go toolchain this test skips, or fails under require.

import { join } from 'node:path';
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { goToolchain, REPOSITORY, type GoToolchain } from './build.ts';
import { liveMode } from './capability.ts';

const toolchain: GoToolchain | Error = await goToolchain().catch((error: Error) => error);
const mode = liveMode();

if (toolchain instanceof Error && mode !== 'require') {
  test.skip(`probe/: go test ./... [skipped: ${toolchain.message.split('\n')[0]}]`, () => {});
} else {
  test('probe/: go test ./... passes', async () => {
    if (toolchain instanceof Error) throw toolchain;
    const run = await execa(toolchain.go, ['test', '-count=1', './...'], {
      cwd: join(REPOSITORY, 'probe'),
      all: true,
      reject: false,
      env: { CGO_ENABLED: '0' },
    });
    // On failure the Go output is the message a DI engineer needs, so it is the assertion's subject.
    expect(run.exitCode, run.all).toBe(0);
    expect(run.all).toMatch(/^ok\s+github\.com\/godi-golden\/probe\/internal\/plan/m);
  }, 300_000);
}

if (!(toolchain instanceof Error)) {
  test('probe/: gofmt and go vet find nothing', async () => {
    const cwd = join(REPOSITORY, 'probe');
    const gofmt = await execa(join(await goRoot(toolchain), 'bin', 'gofmt'), ['-l', '.'], { cwd, reject: false, all: true });
    expect(gofmt.all, 'files gofmt would change (run gofmt -w on them)').toBe('');
    const vet = await execa(toolchain.go, ['vet', './...'], { cwd, reject: false, all: true, env: { CGO_ENABLED: '0' } });
    expect(vet.exitCode, vet.all).toBe(0);
  }, 300_000);
}

async function goRoot(go: GoToolchain): Promise<string> {
  return (await execa(go.go, ['env', 'GOROOT'])).stdout.trim();
}
