// Conditions the engine evaluates: every hit it sent is one whose condition held (or could not
// be read), so the decoder, which evaluates the whole expression again, drops none of them. Checked
// on the engine's checked-in records of every case (a live run must reproduce them).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readCapture } from '../capture/index.ts';
import { decodeCapture } from '../decode/index.ts';

const CASES = fileURLToPath(new URL('../../cases/', import.meta.url));

async function captures(): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(CASES)) {
    const dir = join(CASES, name, 'captures');
    const files = await readdir(dir).catch(() => [] as string[]);
    out.push(...files.filter((f) => f.endsWith('.godicap')).map((f) => join(dir, f)));
  }
  return out;
}

test('the engine sends only the hits where a condition it evaluates held', async () => {
  let probes = 0;
  for (const path of await captures()) {
    const capture = readCapture(await readFile(path), path);
    const snapshots = decodeCapture(capture);
    capture.meta.probes.forEach((probe, index) => {
      if (!probe.engineCondition) return;
      probes++;
      const sent = capture.events.filter((e) => e.probeIndex === index && e.kind === 'entry').length;
      const kept = snapshots.filter((s) => s.debugger.snapshot.probe.id === probe.id).length;
      expect(kept, `${path}: probe ${probe.id}: ${sent} hits sent, ${kept} whose condition held`).toBe(sent);
    });
  }
  // The conditions case has comparisons of scalar arguments: the engine must take some of them.
  expect(probes).toBeGreaterThanOrEqual(8);
});
