// The golden suite: one test per (case, probe), named "<program> › <probe-id>", then the
// end-of-run checks (orphaned goldens, unused normalization rules). See golden-run.ts.

import { afterAll, test } from 'vitest';
import { GoldenRun, testName } from './golden-run.ts';

/** The first probe test of a case waits for the case's run: a Go build and a live engine run. */
const PROBE_TIMEOUT_MS = 180_000;

const run = await GoldenRun.start().catch((error: unknown) => error as Error);

if (run instanceof GoldenRun) {
  const repeats = run.settings.repeat > 1 ? `, ${run.settings.repeat} runs per case that must agree (GOLDEN_REPEAT)` : '';
  console.log(`golden suite: snapshots from ${run.source.description}${repeats}`);
  afterAll(() => run.finish());

  for (const goCase of run.cases) {
    const skipped = run.skipReason(goCase);
    for (const probe of goCase.probes) {
      if (skipped !== undefined) test.skip(`${testName(goCase.name, probe.id)} [skipped: ${skipped}]`, () => {});
      else test(testName(goCase.name, probe.id), () => run.checkProbe(goCase, probe.id), PROBE_TIMEOUT_MS);
    }
  }

  test('golden suite › no orphaned goldens', async () => {
    for (const file of await run.checkOrphans()) console.log(`deleted orphaned golden ${file}`);
  });

  test('golden suite › every normalization rule matched', (context) => {
    const skipReason = run.ruleCheckSkipReason;
    if (skipReason !== undefined) context.skip(skipReason);
    run.checkRulesUsed();
  });
} else {
  // Refused UPDATE_GOLDEN, no cases, a broken probes.json, GODI_LIVE=require without BPF: the run
  // fails with the reason, and the run record says so (not the previous run's results).
  test('golden suite › setup', async () => {
    await GoldenRun.recordSetupFailure(run);
    throw run;
  });
}
