// Determinism check: GOLDEN_REPEAT=N runs a case N times, and the normalized outputs must be identical.
import { type Environment, environment, type JsonValue } from '../common/index.ts';
import { compareGolden, type JsonChange } from '../golden/index.ts';
import { describeChange, plural } from '../run-record/index.ts';

export class RepeatSettingError extends Error {
  override name = 'RepeatSettingError';
}

/** GOLDEN_REPEAT as a run count: 1 when unset. */
export function repeatCount(env: Environment = environment()): number {
  const raw = env.GOLDEN_REPEAT;
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9][0-9]*$/.test(raw)) throw new RepeatSettingError(`GOLDEN_REPEAT=${raw} is not a run count: use a whole number from 1 up`);
  return Number(raw);
}

/** The first run that differs from run 1, with what differs. */
export class NondeterminismError extends Error {
  override name = 'NondeterminismError';
  constructor(
    readonly subject: string,
    /** 1-based: run 1 is the reference. */
    readonly run: number,
    readonly runs: number,
    readonly changes: readonly JsonChange[],
  ) {
    const shown = changes.slice(0, 20).map((c) => `  ${describeChange(c)}`);
    if (changes.length > shown.length) shown.push(`  … and ${changes.length - shown.length} more`);
    super(
      [
        `${subject}: run ${run} of ${runs} differs from run 1 at ${plural(changes.length, 'path')}:`,
        ...shown,
        'These values change from run to run: add a rule to harness/normalize/rules.ts if they are volatile by nature, else fix the nondeterminism.',
      ].join('\n'),
    );
  }
}

/** Throws NondeterminismError naming the differing JSON Pointers unless every run equals the first. */
export function assertRepeatable(runs: readonly (readonly JsonValue[])[], subject = 'normalized output'): void {
  const [first, ...rest] = runs;
  if (first === undefined) throw new RepeatSettingError(`${subject}: no runs to compare`);
  rest.forEach((run, index) => {
    const { equal, changes } = compareGolden(first as JsonValue[], run as JsonValue[]);
    if (!equal) throw new NondeterminismError(subject, index + 2, runs.length, changes);
  });
}
