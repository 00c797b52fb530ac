// What a capture was produced from: the case's program sources, its probes.json, the engine's
// sources and the Go version. The engine writes it into the capture (`--fingerprint`); a replay
// compares it with what the case would be produced from now, so a stale capture cannot pass.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoCase } from '../cases/discover.ts';
import { contentHash, isBuildInput, REPOSITORY, type GoToolchain } from './build.ts';

export type Fingerprint = Readonly<Record<string, string>>;

/** What each component is, for messages. */
const COMPONENTS: Readonly<Record<string, string>> = {
  program: 'the program sources',
  probes: 'probes.json',
  engine: 'the probe engine (probe/)',
  go: 'the Go version',
};

/** The engine's sources: what its behaviour depends on (not its tests). */
const isEngineSource = (path: string): boolean =>
  (path.endsWith('.go') && !path.endsWith('_test.go') && !path.split('/').includes('testdata')) || path === 'go.mod' || path === 'go.sum';

/** The fingerprint a run of the case would record now; without a toolchain, no `go` component. */
export async function caseFingerprint(goCase: Pick<GoCase, 'dir' | 'probesFile'>, toolchain?: GoToolchain): Promise<Fingerprint> {
  const probes = createHash('sha256').update(await readFile(goCase.probesFile)).digest('hex');
  return {
    program: await contentHash(goCase.dir, isBuildInput),
    probes,
    engine: await contentHash(join(REPOSITORY, 'probe'), isEngineSource),
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
