// What a capture was produced from: the case's program sources, its probes.json, the engine's
// sources and the Go version. The engine writes it into the capture (`--fingerprint`); a replay
// compares it with what the case would be produced from now, so a stale capture cannot pass.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { execa } from 'execa';
import type { GoCase } from '../cases/index.ts';
import { contentHash, isBuildInput, REPOSITORY, type GoToolchain } from './build.ts';

export type Fingerprint = Readonly<Record<string, string>>;

/** What each component is, for messages. */
const COMPONENTS: Readonly<Record<string, string>> = {
  program: 'the program sources',
  probes: 'probes.json',
  engine: 'the probe engine (probe/)',
  go: 'the Go version',
};

const ENGINE = join(REPOSITORY, 'probe');

/**
 * The engine's sources: go.mod, go.sum and the non-test Go files of the packages the godi-probe
 * command is built from (`go list -deps`; without Go, of every package: test helpers included).
 */
async function engineSources(): Promise<(path: string) => boolean> {
  const listed = await execa('go', ['list', '-deps', '-f', '{{if not .Standard}}{{.Dir}}{{end}}', './cmd/godi-probe'], { cwd: ENGINE, reject: false });
  const dirs = listed.failed ? undefined : new Set(listed.stdout.split('\n').filter(Boolean).map((dir) => relative(ENGINE, dir)));
  return (path) =>
    path === 'go.mod' ||
    path === 'go.sum' ||
    (path.endsWith('.go') && !path.endsWith('_test.go') && !path.split('/').includes('testdata') && (dirs === undefined || dirs.has(dirname(path))));
}

/** The engine's hash: the same for every case, so computed once a process. */
let engineHash: Promise<string> | undefined;
function engineFingerprint(): Promise<string> {
  engineHash ??= engineSources().then((sources) => contentHash(ENGINE, sources));
  return engineHash;
}

/** The fingerprint a run of the case would record now; without a toolchain, no `go` component. */
export async function caseFingerprint(goCase: Pick<GoCase, 'dir' | 'probesFile'>, toolchain?: GoToolchain): Promise<Fingerprint> {
  const probes = createHash('sha256').update(await readFile(goCase.probesFile)).digest('hex');
  return {
    program: await contentHash(goCase.dir, isBuildInput),
    probes,
    engine: await engineFingerprint(),
    ...(toolchain ? { go: toolchain.version } : {}),
  };
}

/** `--fingerprint key=value` arguments of godi-probe run. */
export function fingerprintArgs(fingerprint: Fingerprint): string[] {
  return Object.entries(fingerprint).flatMap(([key, value]) => ['--fingerprint', `${key}=${value}`]);
}

/**
 * What differs between a capture's recorded fingerprint and the current one, one phrase per
 * component (a component the current one lacks, like `go` without a toolchain, is not compared).
 */
export function fingerprintChanges(recorded: Fingerprint | undefined, current: Fingerprint): string[] {
  if (recorded === undefined) return ['it carries no fingerprint (recorded before captures had one)'];
  return Object.entries(current)
    .filter(([key, value]) => recorded[key] !== value)
    .map(([key, value]) => {
      const what = COMPONENTS[key] ?? key;
      return key === 'go' ? `${what} (recorded with ${recorded[key] ?? 'none'}, now ${value})` : `${what} changed`;
    });
}
