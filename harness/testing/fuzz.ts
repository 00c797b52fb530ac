// The capture fuzzer: random typed captures (testing/typed-values.ts), damaged at random, read and
// decoded. Reading or decoding may only ever fail with a CaptureFormatError, and what decodes must
// validate against the snapshot schema. Run by a property test on every `npm test` and, for long
// runs, by `npm run fuzz -- --runs N`.
import fc from 'fast-check';
import { CaptureFormatError, readCapture } from '../capture/index.ts';
import { decodeCapture } from '../decode/index.ts';
import { validateSnapshots } from '../validate/index.ts';
import { buildTypedCapture, damageArb, damaged, typedValue } from './typed-values.ts';

export interface FuzzResult {
  readonly runs: number;
  /** Damaged captures refused with a CaptureFormatError. */
  readonly refused: number;
  /** Damaged captures that decoded (to schema-valid snapshots). */
  readonly decoded: number;
  /** The first failing case, shrunk, with the seed that replays it; undefined when none failed. */
  readonly failure?: string;
}

export function fuzzCaptures(runs: number, seed?: number): FuzzResult {
  let refused = 0;
  let decoded = 0;
  const property = fc.property(typedValue, damageArb, ({ shape, value }, damage) => {
    const bytes = damaged(buildTypedCapture(shape, value).bytes, damage);
    let snapshots: unknown[];
    try {
      snapshots = decodeCapture(readCapture(bytes, 'fuzzed.godicap'));
    } catch (error) {
      if (!(error instanceof CaptureFormatError)) throw error; // an untyped error: a bug
      refused++;
      return;
    }
    validateSnapshots(snapshots, 'decoded fuzzed capture');
    decoded++;
  });
  const details = fc.check(property, { numRuns: runs, ...(seed === undefined ? {} : { seed }) });
  const failure = details.failed ? fc.defaultReportMessage(details) : undefined;
  return { runs: details.numRuns, refused, decoded, ...(failure === undefined ? {} : { failure }) };
}
