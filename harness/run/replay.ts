// Replay mode: a case's checked-in captures, read and decoded into its snapshots, by probe.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { type CaptureProbe, readCapture } from '../capture/index.ts';
import type { GoCase } from '../cases/index.ts';
import { decodeCapture, probeStatuses } from '../decode/index.ts';
import { fingerprintChanges, type Fingerprint } from './fingerprint.ts';
import { runProblems, type RunProblem } from './run-problems.ts';

export interface CaseSnapshots {
  /**
   * Decoded snapshots by probe id, in hit order (capture files in name order); for a probe that
   * could not be installed, its ERROR diagnostic. A probe has an entry, maybe empty, when some
   * capture recorded it; no entry when none did.
   */
  readonly byProbe: ReadonlyMap<string, readonly unknown[]>;
  /**
   * What went wrong besides the snapshots (run/run-problems.ts): probes not installed, dropped
   * hits not declared in case.json, an exit code other than the declared one; each message
   * starts with the capture file.
   */
  readonly problems: readonly RunProblem[];
}

/** A case whose captures cannot stand for its probes.json. */
export class ReplayError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ReplayError';
    this.stack = `${this.name}: ${this.message}`; // the message says everything: no code frame under it
  }
}

/**
 * Reads and decodes every capture of the case. Throws CaptureFormatError for a broken
 * capture and ReplayError for one recorded with probes that probes.json no longer declares,
 * or, given the fingerprint the case would be recorded with now, for one whose fingerprint
 * differs (a stale capture). `root` is the project root, from which file names in messages
 * are given.
 */
export async function replayCase(goCase: GoCase, root: string, current?: Fingerprint): Promise<CaseSnapshots> {
  if (goCase.captures.length === 0) {
    throw new ReplayError(relative(root, goCase.dir), `no captures/*.godicap to replay: record them with \`npm run capture -- ${goCase.name}\` on a machine with BPF`);
  }
  const declared = new Set(goCase.probes.map((probe) => probe.id));
  const byProbe = new Map<string, unknown[]>();
  const problems: RunProblem[] = [];
  // Each probe's statuses come once, from its first capture; EMITTING from any.
  const recorded = new Map<string, CaptureProbe>();
  const emitted = new Set<string>();
  let service = goCase.name;
  for (const path of goCase.captures) {
    const file = relative(root, path);
    const capture = readCapture(await readFile(path), file);
    const changes = current === undefined ? [] : fingerprintChanges(capture.meta.fingerprint, current);
    if (changes.length > 0) {
      throw new ReplayError(
        file,
        `stale: ${changes.join('; ')} since it was recorded. Record it again on a machine with BPF: \`npm run capture -- ${goCase.name}\` (or \`UPDATE_CAPTURES=1 npm test\`)`,
      );
    }
    for (const [index, probe] of capture.meta.probes.entries()) {
      if (probe.internal) continue; // the engine's own: its events complete other probes' snapshots
      if (!declared.has(probe.id)) {
        throw new ReplayError(file, `metadata /probes/${index} is probe "${probe.id}", which ${relative(root, goCase.probesFile)} no longer declares: record the case again`);
      }
      if (!byProbe.has(probe.id)) byProbe.set(probe.id, []);
      if (!recorded.has(probe.id)) recorded.set(probe.id, probe);
    }
    service = capture.meta.program.service;
    for (const problem of runProblems(capture.meta, goCase.expect, 'in the golden')) problems.push({ ...problem, message: `${file}: ${problem.message}` });
    for (const snapshot of decodeCapture(capture)) {
      byProbe.get(snapshot.debugger.snapshot.probe.id)?.push(snapshot);
      emitted.add(snapshot.debugger.snapshot.probe.id);
    }
  }
  // Each probe's golden starts with its statuses (its ERROR alone when it could not be installed).
  for (const [id, statuses] of probeStatuses(service, recorded.values(), emitted)) byProbe.get(id)?.unshift(...statuses);
  return { byProbe, problems };
}
