// What went wrong in a run besides the snapshots, read off its capture: probes the engine could not
// install, hits it dropped, a target that did not exit 0. Nothing of it may pass unseen.

import type { CaptureMeta } from '../capture/index.ts';
import type { RunExpectations } from '../cases/index.ts';

export interface RunProblem {
  /** The probe it concerns; undefined for the whole run (how the program ended). */
  readonly probeId?: string;
  readonly message: string;
  /** What to do about it. */
  readonly next: string;
}

const FIX_PROBE = 'fix the probe in probes.json (an unknown function lists the closest names)';
const DECLARE = 'if the program is meant to, declare it in case.json (schemas/case.schema.json)';

/**
 * Every problem, each naming what and where; empty when the run went as expected. A probe that
 * could not be installed is one, unless `installErrors` is "in the golden" (the suite: the
 * golden holds the probe's ERROR status, so a probe meant to fail is checked there).
 */
export function runProblems(meta: CaptureMeta, expected: RunExpectations = {}, installErrors: 'problems' | 'in the golden' = 'problems'): RunProblem[] {
  const problems: RunProblem[] = [];
  for (const probe of meta.probes) {
    if (probe.error !== undefined && installErrors === 'problems') {
      const kind = probe.errorType === undefined ? '' : ` (${probe.errorType})`;
      problems.push({ probeId: probe.id, message: `probe ${probe.id} (${probe.method}) was not installed${kind}: ${probe.error}`, next: FIX_PROBE });
    }
    if ((probe.dropped ?? 0) > 0 && !expected.allowDrops?.includes(probe.id)) {
      problems.push({
        probeId: probe.id,
        message: `probe ${probe.id}: the engine dropped ${probe.dropped} event(s) (ring buffer full): their calls have no snapshot, or no return`,
        next: DECLARE,
      });
    }
  }
  const target = meta.target;
  if (target !== undefined && target.exitCode !== (expected.exitCode ?? 0)) {
    const tail = target.stderrTail.trim();
    problems.push({
      message:
        `the program ended with ${target.exit}${expected.exitCode === undefined ? '' : ` (expected exit code ${expected.exitCode})`}` +
        (tail ? `; the end of its stderr:\n${tail}` : ''),
      next: DECLARE,
    });
  }
  return problems;
}
