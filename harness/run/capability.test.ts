import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GoToolchain } from './build.ts';
import { engineCheck, liveCapability, liveMode, LiveModeError, liveVerdict, type CapabilityProbes } from './capability.ts';

const TOOLCHAIN: GoToolchain = { go: 'go', release: 'local', version: 'go1.26.8', arch: 'amd64' };

/** A machine that answers yes to everything, with the questions asked recorded in `asked`. */
function machine(overrides: Partial<CapabilityProbes> = {}): CapabilityProbes & { asked: string[] } {
  const asked: string[] = [];
  const yes: CapabilityProbes = {
    uid: () => 0,
    toolchain: async () => TOOLCHAIN,
    casesToolchain: async (local) => local,
    engine: async () => '/cache/bin/godi-probe',
    check: async () => undefined,
  };
  const probes = { ...yes, ...overrides };
  return {
    asked,
    uid: () => (asked.push('uid'), probes.uid()),
    toolchain: () => (asked.push('toolchain'), probes.toolchain()),
    engine: (toolchain) => (asked.push('engine'), probes.engine(toolchain)),
    check: (engine) => (asked.push(`check ${engine}`), probes.check(engine)),
    casesToolchain: (local) => (asked.push('cases toolchain'), probes.casesToolchain(local)),
  };
}

describe('liveCapability', () => {
  test('root, a toolchain, an engine that builds and passes its check: capable, with the engine and toolchain', async () => {
    const probes = machine();
    expect(await liveCapability('auto', probes)).toEqual({ ok: true, engine: '/cache/bin/godi-probe', toolchain: TOOLCHAIN });
    expect(probes.asked).toEqual(['uid', 'toolchain', 'engine', 'check /cache/bin/godi-probe', 'cases toolchain']);
  });

  test('GODI_GO: the engine is built by the local toolchain, the cases by the named release; one that cannot be had says why', async () => {
    const older: GoToolchain = { ...TOOLCHAIN, release: 'go1.24.11', version: 'go1.24.11' };
    expect(await liveCapability('auto', machine({ casesToolchain: async () => older }))).toEqual({ ok: true, engine: '/cache/bin/godi-probe', toolchain: older });
    const missing = machine({
      casesToolchain: async () => {
        throw new Error('no usable Go toolchain go1.99.0: `go env GOVERSION GOARCH`: go: downloading go1.99.0: not found');
      },
    });
    expect(await liveCapability('auto', missing)).toEqual({ ok: false, reason: 'no usable Go toolchain go1.99.0: `go env GOVERSION GOARCH`: go: downloading go1.99.0: not found' });
  });

  test('not root: says so and builds nothing', async () => {
    const probes = machine({ uid: () => 1000 });
    expect(await liveCapability('auto', probes)).toEqual({ ok: false, reason: 'not root (uid 1000): loading BPF programs needs root' });
    expect(probes.asked).toEqual(['uid']);
  });

  test('no Go toolchain: the toolchain error, first line', async () => {
    const probes = machine({
      toolchain: async () => {
        throw new Error('no usable Go toolchain: `go env GOVERSION GOARCH`: spawn go ENOENT\nmore detail');
      },
    });
    expect(await liveCapability('auto', probes)).toEqual({ ok: false, reason: 'no usable Go toolchain: `go env GOVERSION GOARCH`: spawn go ENOENT' });
    expect(probes.asked).toEqual(['uid', 'toolchain']);
  });

  test('an engine that does not build is a reason, not a crash', async () => {
    const probes = machine({
      engine: async () => {
        throw new Error('/work/probe: go build failed (exit code 1)\n./main.go:3: undefined: x');
      },
    });
    expect(await liveCapability('auto', probes)).toEqual({
      ok: false,
      reason: 'the probe engine does not build: /work/probe: go build failed (exit code 1)',
    });
  });

  test("the engine's check refusing: its reason", async () => {
    const probes = machine({ check: async () => 'cannot load BPF: operation not permitted' });
    expect(await liveCapability('require', probes)).toEqual({ ok: false, reason: 'godi-probe check: cannot load BPF: operation not permitted' });
  });

  test('GODI_LIVE=off asks the machine nothing', async () => {
    const probes = machine();
    expect(await liveCapability('off', probes)).toEqual({ ok: false, reason: 'GODI_LIVE=off' });
    expect(probes.asked).toEqual([]);
  });
});

describe('liveMode', () => {
  test.each([
    [undefined, 'auto'],
    ['', 'auto'],
    ['auto', 'auto'],
    ['require', 'require'],
    ['off', 'off'],
  ])('GODI_LIVE=%s is %s', (value, mode) => {
    expect(liveMode(value === undefined ? {} : { GODI_LIVE: value })).toBe(mode);
  });

  test('refuses other values, listing the known ones', () => {
    expect(() => liveMode({ GODI_LIVE: '1' })).toThrow(LiveModeError);
    expect(() => liveMode({ GODI_LIVE: '1' })).toThrow('GODI_LIVE=1 is not understood: use auto (the default), require (fail when live mode is unavailable) or off');
  });
});

describe('liveVerdict', () => {
  const capable = { ok: true, engine: '/e', toolchain: TOOLCHAIN } as const;
  const incapable = { ok: false, reason: 'not root (uid 1000)' } as const;

  test('capable: run, whatever the mode asks', () => {
    expect(liveVerdict('auto', capable)).toEqual({ action: 'run', live: { engine: '/e', toolchain: TOOLCHAIN } });
    expect(liveVerdict('require', capable)).toEqual({ action: 'run', live: { engine: '/e', toolchain: TOOLCHAIN } });
  });

  test('not capable: skip with the reason, or fail with it when live runs are required', () => {
    expect(liveVerdict('auto', incapable)).toEqual({ action: 'skip', reason: 'not root (uid 1000)' });
    expect(liveVerdict('off', { ok: false, reason: 'GODI_LIVE=off' })).toEqual({ action: 'skip', reason: 'GODI_LIVE=off' });
    expect(liveVerdict('require', incapable)).toEqual({ action: 'fail', reason: 'not root (uid 1000)' });
  });
});

describe('engineCheck', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'godi-check-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A stand-in engine: a shell script answering `check` the way godi-probe does. */
  async function fakeEngine(name: string, script: string): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, `#!/bin/sh\n[ "$1" = check ] || exit 64\n${script}\n`);
    await chmod(file, 0o755);
    return file;
  }

  test('exit 0: capable', async () => {
    expect(await engineCheck(await fakeEngine('yes', 'exit 0'))).toBeUndefined();
  });

  test("exit 1: the engine's last stderr line is the reason", async () => {
    const engine = await fakeEngine('no', 'echo "probing BPF" >&2; echo "uprobes unsupported: no tracefs" >&2; exit 1');
    expect(await engineCheck(engine)).toBe('uprobes unsupported: no tracefs');
  });

  test('a silent failure still has a reason', async () => {
    expect(await engineCheck(await fakeEngine('silent', 'exit 3'))).toMatch(/exit code 3/);
  });
});
