// The decoder's figures: decoding a realistic capture, next to what serializing its output,
// parsing that JSON back and allocating the same objects alone cost in the same process. Run
// directly (`tsx scripts/bench-decoder.ts`), it prints them as JSON: bench.ts runs it so under
// other V8 flags.

import { pathToFileURL } from 'node:url';
import { readCapture } from '../harness/capture/index.ts';
import { Decoder } from '../harness/decode/index.ts';
import { allocator } from './bench-allocation.ts';
import { benchCapture } from './bench-corpus.ts';
import { medianMs } from './bench-timing.ts';

export interface DecoderTimes {
  events: number;
  snapshots: number;
  /** Bytes of the snapshots' JSON. */
  bytes: number;
  decodeMs: number;
  stringifyMs: number;
  parseMs: number;
  allocateMs: number;
}

/** Median CPU milliseconds of each phase, each in rounds of its own so that none pays for another's garbage. */
export function decoderTimes(): DecoderTimes {
  const capture = readCapture(benchCapture(3000), 'bench.cap');
  let snapshots: unknown[] = [];
  const decodeMs = medianMs(() => {
    snapshots = new Decoder(capture).decodeAll();
  });
  let bytes = 0;
  const stringifyMs = medianMs(() => {
    bytes = snapshots.reduce((sum: number, s) => sum + JSON.stringify(s).length, 0);
  });
  // The same objects built by V8's own JSON parser: a floor for any code that builds them.
  const texts = snapshots.map((s) => JSON.stringify(s));
  let parsed: unknown[] = [];
  const parseMs = medianMs(() => {
    parsed = texts.map((text) => JSON.parse(text)); // kept, like the decoder's output
  });
  // The same objects built by literals from constants: allocating the output and nothing else.
  const allocators = snapshots.map(allocator);
  let copies: unknown[] = [];
  const allocateMs = medianMs(() => {
    copies = allocators.map((allocate) => allocate());
  });
  if (copies.some((copy, i) => JSON.stringify(copy) !== texts[i])) throw new Error('the allocation floor built other snapshots than the decoder');
  return { events: capture.events.length, snapshots: parsed.length, bytes, decodeMs, stringifyMs, parseMs, allocateMs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(`${JSON.stringify(decoderTimes())}\n`);
