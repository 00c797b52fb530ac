// `npm run bench [-- --json]`: performance figures, one measured section after another.
// Each section reports named figures; --json prints them all as one flat JSON object.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type DecoderTimes, decoderTimes } from './bench-decoder.ts';
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

/** `(ms + stringify) / stringify`: the cost of building the snapshots next to serializing them. */
function vsStringify(ms: number, t: DecoderTimes): number {
  return (ms + t.stringifyMs) / t.stringifyMs;
}

/** The decoder's times in a Node of its own, under `v8Flags`. */
function decoderTimesUnder(v8Flags: string[]): DecoderTimes {
  const script = fileURLToPath(new URL('./bench-decoder.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...v8Flags, '--import', import.meta.resolve('tsx'), script], { encoding: 'utf8' });
  return JSON.parse(out) as DecoderTimes;
}

/** Decoding a realistic capture: throughput, and its cost next to serializing the output and parsing it back. */
function decoderSection(): BenchSection {
  return {
    name: 'decoder',
    measure() {
      const t = decoderTimes();
      // V8 allocates objects in the old generation at the sites it finds long-lived (allocation-site
      // pretenuring); where it does not, the young generation's scavenges copy the output.
      const untenured = decoderTimesUnder(['--no-allocation-site-pretenuring']);
      return [
        { key: 'events', label: 'events in the capture', value: t.events, unit: '' },
        { key: 'snapshots', label: 'snapshots', value: t.snapshots, unit: '' },
        { key: 'snapshotBytes', label: 'snapshot JSON', value: t.bytes, unit: 'bytes' },
        { key: 'decodeMs', label: 'decode (median)', value: t.decodeMs, unit: 'ms CPU' },
        { key: 'stringifyMs', label: 'JSON.stringify (median)', value: t.stringifyMs, unit: 'ms CPU' },
        { key: 'eventsPerSecond', label: 'decode throughput', value: Math.round(t.events / (t.decodeMs / 1000)), unit: 'events/s of CPU' },
        { key: 'decodeVsStringify', label: '(decode + stringify) / stringify', value: vsStringify(t.decodeMs, t), unit: 'x (target <= 2)' },
        { key: 'parseMs', label: 'JSON.parse of that JSON (median)', value: t.parseMs, unit: 'ms CPU' },
        { key: 'decodeVsParse', label: 'decode / JSON.parse of its output', value: t.decodeMs / t.parseMs, unit: 'x' },
        { key: 'parseVsStringify', label: '(JSON.parse + stringify) / stringify: decodeVsStringify of a decoder as fast as JSON.parse', value: vsStringify(t.parseMs, t), unit: 'x' },
        { key: 'allocateMs', label: 'allocating the same objects alone (median)', value: t.allocateMs, unit: 'ms CPU' },
        { key: 'allocateVsStringify', label: '(allocating alone + stringify) / stringify: decodeVsStringify of a decoder with no decoding to do', value: vsStringify(t.allocateMs, t), unit: 'x' },
        { key: 'untenuredDecodeVsStringify', label: 'decodeVsStringify, V8 pretenuring nothing (--no-allocation-site-pretenuring)', value: vsStringify(untenured.decodeMs, untenured), unit: 'x' },
        { key: 'untenuredAllocateVsStringify', label: 'allocateVsStringify, V8 pretenuring nothing (--no-allocation-site-pretenuring)', value: vsStringify(untenured.allocateMs, untenured), unit: 'x' },
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
