// Replay mode: a case's checked-in captures, read and decoded into its snapshots, by probe.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { readCapture } from '../capture/index.ts';
import type { GoCase } from '../cases/discover.ts';
import { decodeCapture } from '../decode/index.ts';

export interface CaseSnapshots {
  /**
   * Decoded snapshots by probe id, in hit order (capture files in name order). A probe has an
   * entry, maybe empty, when some capture recorded it; no entry when none did.
   */
  readonly byProbe: ReadonlyMap<string, readonly unknown[]>;
  /** Why the engine could not install a probe, by probe id (docs/capture-format.md §2.2). */
  readonly probeErrors: ReadonlyMap<string, string>;
}

/** A case whose captures cannot stand for its probes.json. */
export class ReplayError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ReplayError';
  }
}

/**
 * Reads and decodes every capture of the case. Throws CaptureFormatError for a broken
 * capture and ReplayError for one recorded with probes that probes.json no longer declares.
 * `root` is the project root, from which file names in messages are given.
 */
export async function replayCase(goCase: GoCase, root: string): Promise<CaseSnapshots> {
  if (goCase.captures.length === 0) {
    throw new ReplayError(relative(root, goCase.dir), `no captures/*.godicap to replay: record them with \`npm run capture -- ${goCase.name}\` on a machine with BPF`);
  }
  const declared = new Set(goCase.probes.map((probe) => probe.id));
  const byProbe = new Map<string, unknown[]>();
  const probeErrors = new Map<string, string>();
  for (const path of goCase.captures) {
    const file = relative(root, path);
    const capture = readCapture(await readFile(path), file);
    for (const [index, probe] of capture.meta.probes.entries()) {
      if (!declared.has(probe.id)) {
        throw new ReplayError(file, `metadata /probes/${index} is probe "${probe.id}", which ${relative(root, goCase.probesFile)} no longer declares: record the case again`);
      }
      if (!byProbe.has(probe.id)) byProbe.set(probe.id, []);
      if (probe.error !== undefined) probeErrors.set(probe.id, `${file}: ${probe.error}`);
    }
    for (const snapshot of decodeCapture(capture)) byProbe.get(snapshot.debugger.snapshot.probe.id)?.push(snapshot);
  }
  return { byProbe, probeErrors };
}
