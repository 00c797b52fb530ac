// The probe engine's own Go tests and checks (gofmt, go vet, staticcheck), run from `npm test`
// so the one test command covers both halves. Their live tests follow GODI_LIVE themselves
// (skip with the reason, or fail under GODI_LIVE=require); without a Go toolchain this test
// skips, or fails under require.

import { join } from 'node:path';
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { goToolchain, REPOSITORY, type GoToolchain } from './build.ts';
import { liveMode } from './capability.ts';

const toolchain: GoToolchain | Error = await goToolchain().catch((error: Error) => error);
const mode = liveMode();
/**
 * Go's test cache keys a result on the test binary and the files and variables the tests read, not
 * on the kernel: results are cached only where no test runs live (GODI_LIVE=off), and taken again
 * wherever the kernel is part of what is tested.
 */
const GO_TEST = ['test', ...(mode === 'off' ? [] : ['-count=1']), './...'];

/**
 * The Go modules: the engine, and the check of its capture metadata against the JSON Schema,
 * a module of its own so that its schema library stays out of the engine's go.mod (which the
 * captures' fingerprint hashes).
 */
const ENGINE_MODULE = join(REPOSITORY, 'probe');
const SCHEMA_CHECK_MODULE = join(ENGINE_MODULE, 'internal', 'capfile', 'schemacheck');
/** staticcheck, pinned: `go run` fetches and caches this version. */
const STATICCHECK = 'honnef.co/go/tools/cmd/staticcheck@v0.8.2';

if (toolchain instanceof Error && mode !== 'require') {
  test.skip(`probe/: go test ./... [skipped: ${toolchain.message.split('\n')[0]}]`, () => {});
} else {
  test('probe/: go test ./... passes', async () => {
    if (toolchain instanceof Error) throw toolchain;
    const run = await execa(toolchain.go, GO_TEST, {
      cwd: ENGINE_MODULE,
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
  test('probe/: the metadata capfile writes matches schemas/capture.schema.json', async () => {
    const run = await execa(toolchain.go, GO_TEST, { cwd: SCHEMA_CHECK_MODULE, all: true, reject: false, env: { CGO_ENABLED: '0' } });
    expect(run.exitCode, run.all).toBe(0);
  }, 300_000);

  test('probe/: gofmt, go vet and staticcheck find nothing', async () => {
    const gofmt = await execa(join(await goRoot(toolchain), 'bin', 'gofmt'), ['-l', '.'], { cwd: ENGINE_MODULE, reject: false, all: true });
    expect(gofmt.all, 'files gofmt would change (run gofmt -w on them)').toBe('');
    for (const cwd of [ENGINE_MODULE, SCHEMA_CHECK_MODULE]) {
      const vet = await execa(toolchain.go, ['vet', './...'], { cwd, reject: false, all: true, env: { CGO_ENABLED: '0' } });
      expect(vet.exitCode, vet.all).toBe(0);
      const staticcheck = await execa(toolchain.go, ['run', STATICCHECK, './...'], { cwd, reject: false, all: true, env: { CGO_ENABLED: '0' } });
      expect(staticcheck.exitCode, staticcheck.all).toBe(0);
    }
  }, 300_000);
}

async function goRoot(go: GoToolchain): Promise<string> {
  return (await execa(go.go, ['env', 'GOROOT'])).stdout.trim();
}
