// For test files: `liveTest` declares a test that needs the live engine. On a capable machine it
// runs; elsewhere it is skipped with the reason in its title, or fails naming the reason under
// GODI_LIVE=require, so a skip cannot hide a machine that lost its BPF support.

import { test } from 'vitest';
import { environment, type Environment } from '../common/index.ts';
import { liveCapability, liveMode, liveVerdict, LiveUnavailableError, type LiveSetup, type LiveVerdict } from '../run/index.ts';

/** Decides once per test file (building the engine when needed). */
export async function liveVerdictFor(env: Environment = environment()): Promise<LiveVerdict> {
  const mode = liveMode(env);
  return liveVerdict(mode, await liveCapability(mode));
}

export function liveTest(verdict: LiveVerdict, name: string, body: (live: LiveSetup) => Promise<void>, timeoutMs?: number): void {
  switch (verdict.action) {
    case 'run':
      test(name, () => body(verdict.live), timeoutMs);
      return;
    case 'skip':
      test.skip(`${name} [skipped: ${verdict.reason}]`, () => {});
      return;
    case 'fail':
      test(name, () => {
        throw new LiveUnavailableError(verdict.reason);
      });
  }
}
