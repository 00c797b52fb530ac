// `npm run fuzz [-- --runs N] [--seed S]`: the capture fuzzer (harness/testing/fuzz.ts) for long
// runs. Prints what it did and how long it took; exits 1 with the shrunk failing case and its seed.
import { parseArgs } from 'node:util';
import { fuzzCaptures } from '../harness/testing/index.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (!Number.isInteger(runs) || runs <= 0 || (seed !== undefined && !Number.isInteger(seed))) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}
const started = performance.now();
const result = fuzzCaptures(runs, seed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${result.runs} damaged captures in ${seconds} s: ${result.refused} refused with CaptureFormatError, ${result.decoded} decoded to schema-valid snapshots`);
if (result.failure !== undefined) {
  console.error(result.failure);
  process.exit(1);
}
