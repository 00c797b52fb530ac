// `npm run bench [-- --json]`: performance figures, one measured section after another.
// Each section reports named figures; --json prints them all as one flat JSON object.

import { execFileSync } from 'node:child_process';
import { readCapture } from '../harness/capture/index.ts';
import { Decoder } from '../harness/decode/index.ts';
import { allocator } from './bench-allocation.ts';
import { benchCapture } from './bench-corpus.ts';
import { buildEngine, buildProgram, goToolchain } from '../harness/run/index.ts';

interface Figure {
  /** Key in the --json output. */
  key: string;
  label: string;
  value: number;
  unit: string;
}

interface BenchSection {
  name: string;
  measure(): Figure[];
}

const WARMUP_ROUNDS = 3;
const ROUNDS = 15;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Milliseconds of CPU time of this process (GC helper threads included) spent in `run`:
 * unlike wall time, it holds steady when other jobs share the machine.
 */
function cpuTime(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** CPU milliseconds of each of ROUNDS runs of `run`, after WARMUP_ROUNDS untimed ones. */
function rounds(run: () => void): number[] {
  for (let round = 0; round < WARMUP_ROUNDS; round++) run();
  return Array.from({ length: ROUNDS }, () => cpuTime(run));
}

/** Decoding a realistic capture: throughput, and its cost next to serializing the output and parsing it back. */
function decoderSection(): BenchSection {
  return {
    name: 'decoder',
    measure() {
      const capture = readCapture(benchCapture(3000), 'bench.cap');
      const events = capture.events.length;
      // Each phase in rounds of its own, so that neither pays for the garbage the other leaves.
      let snapshots: unknown[] = [];
      const decodeMs = rounds(() => {
        snapshots = new Decoder(capture).decodeAll();
      });
      let bytes = 0;
      const stringifyMs = rounds(() => {
        bytes = snapshots.reduce((sum: number, s) => sum + JSON.stringify(s).length, 0);
      });
      // The same objects built by V8's own JSON parser: a floor for any code that builds them.
      const texts = snapshots.map((s) => JSON.stringify(s));
      let parsed: unknown[] = [];
      const parseMs = rounds(() => {
        parsed = texts.map((text) => JSON.parse(text)); // kept, like the decoder's output
      });
      // The same objects built by literals from constants: allocating the output and nothing else.
      const allocators = snapshots.map(allocator);
      let copies: unknown[] = [];
      const allocateMs = rounds(() => {
        copies = allocators.map((allocate) => allocate());
      });
      if (copies.some((copy, i) => JSON.stringify(copy) !== texts[i])) throw new Error('the allocation floor built other snapshots than the decoder');
      const perSecond = Math.round(events / (median(decodeMs) / 1000));
      return [
        { key: 'events', label: 'events in the capture', value: events, unit: '' },
        { key: 'snapshots', label: 'snapshots', value: parsed.length, unit: '' },
        { key: 'snapshotBytes', label: 'snapshot JSON', value: bytes, unit: 'bytes' },
        { key: 'decodeMs', label: 'decode (median)', value: median(decodeMs), unit: 'ms CPU' },
        { key: 'stringifyMs', label: 'JSON.stringify (median)', value: median(stringifyMs), unit: 'ms CPU' },
        { key: 'eventsPerSecond', label: 'decode throughput', value: perSecond, unit: 'events/s of CPU' },
        { key: 'decodeVsStringify', label: '(decode + stringify) / stringify', value: (median(decodeMs) + median(stringifyMs)) / median(stringifyMs), unit: 'x (target <= 2)' },
        { key: 'parseMs', label: 'JSON.parse of that JSON (median)', value: median(parseMs), unit: 'ms CPU' },
        { key: 'decodeVsParse', label: 'decode / JSON.parse of its output', value: median(decodeMs) / median(parseMs), unit: 'x' },
        { key: 'parseVsStringify', label: '(JSON.parse + stringify) / stringify: decodeVsStringify of a decoder as fast as JSON.parse', value: (median(parseMs) + median(stringifyMs)) / median(stringifyMs), unit: 'x' },
        { key: 'allocateMs', label: 'allocating the same objects alone (median)', value: median(allocateMs), unit: 'ms CPU' },
        { key: 'allocateVsStringify', label: '(allocating alone + stringify) / stringify: decodeVsStringify of a decoder with no decoding to do', value: (median(allocateMs) + median(stringifyMs)) / median(stringifyMs), unit: 'x' },
      ];
    },
  };
}

interface Spread {
  min: number;
  median: number;
}

interface ShapeFigures {
  unprobedNsPerCall: Spread;
  bareUprobeNsPerHit: Spread;
  probeNsPerHit: Spread;
  probeOverBare: number;
  programNsPerHit: number;
  recordBytes: number;
}

/** The shapes `godi-probe bench` measures, with the key prefix and the target of each. */
const SHAPES = [
  { shape: 'noArgs', prefix: 'noArgs', label: 'no arguments (stack only)', target: '' },
  { shape: 'scalars', prefix: 'scalars', label: 'scalars', target: '' },
  { shape: 'scalarString', prefix: '', label: 'scalars + heap string (the pointer not followed)', target: 'target <= 1.9' },
  { shape: 'scalarStringDeref', prefix: 'scalarStringDeref', label: 'scalars + heap string, the pointer followed', target: '' },
  { shape: 'struct', prefix: 'struct', label: 'struct with string, slice, map (depth 3)', target: 'target <= 2.5' },
  { shape: 'scalarStringReturn', prefix: 'scalarStringReturn', label: 'scalars + heap string and the return (per call: its entry, and a RET the kernel single-steps)', target: '' },
  { shape: 'conditionFalse', prefix: 'conditionFalse', label: 'a hit whose condition the engine finds false', target: 'target <= 1.15' },
  { shape: 'sampled', prefix: 'sampled', label: 'a hit sampling skips', target: 'target <= 1.15' },
] as const;

/**
 * Per-hit cost of probes of several shapes against a bare uprobe at the same site, all measured
 * by `godi-probe bench` in one run (thread CPU clock, min over rounds). Needs root and BPF.
 */
async function probeSection(): Promise<BenchSection> {
  const toolchain = await goToolchain();
  const engine = (await buildEngine(toolchain)).binary;
  const target = (await buildProgram(`${ROOT}/probe/testdata/target`, toolchain)).binary;
  return {
    name: 'probe (godi-probe bench, target probe/testdata/target; ns of the calling thread\'s CPU)',
    measure() {
      const r = JSON.parse(execFileSync(engine, ['bench', '--', target], { encoding: 'utf8' })) as { shapes: Record<string, ShapeFigures> };
      return SHAPES.flatMap(({ shape, prefix, label, target: goal }) => {
        const s = r.shapes[shape];
        if (s === undefined) throw new Error(`godi-probe bench printed no figures for ${shape}`);
        const key = (name: string) => (prefix === '' ? name : `${prefix}${name[0]?.toUpperCase()}${name.slice(1)}`);
        return [
          { key: key('bareUprobeNsPerHit'), label: `${label}: bare uprobe (min)`, value: s.bareUprobeNsPerHit.min, unit: 'ns/hit' },
          { key: key('probeNsPerHit'), label: `${label}: probe (min)`, value: s.probeNsPerHit.min, unit: 'ns/hit' },
          { key: key('probeNsPerHitMedian'), label: `${label}: probe (median)`, value: s.probeNsPerHit.median, unit: 'ns/hit' },
          { key: key('programNsPerHit'), label: `${label}: BPF program alone`, value: s.programNsPerHit, unit: 'ns/hit' },
          { key: key('recordBytes'), label: `${label}: record`, value: s.recordBytes, unit: 'bytes' },
          { key: key('probeVsBareUprobe'), label: `${label}: probe / bare uprobe`, value: s.probeOverBare, unit: goal === '' ? 'x' : `x (${goal})` },
        ];
      });
    },
  };
}

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const SECTIONS: BenchSection[] = [decoderSection(), ...(process.getuid?.() === 0 ? [await probeSection()] : [])];

function main(argv: string[]): void {
  const results = SECTIONS.map((section) => ({ section, figures: section.measure() }));
  if (argv.includes('--json')) {
    const flat = Object.fromEntries(results.flatMap(({ figures }) => figures.map((f) => [f.key, round(f.value)])));
    process.stdout.write(`${JSON.stringify(flat)}\n`);
    return;
  }
  for (const { section, figures } of results) {
    process.stdout.write(`${section.name}\n`);
    const width = Math.max(...figures.map((f) => f.label.length));
    for (const f of figures) process.stdout.write(`  ${f.label.padEnd(width)}  ${round(f.value)} ${f.unit}\n`);
  }
}

function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toFixed(2));
}

main(process.argv.slice(2));
