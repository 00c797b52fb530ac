import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CaptureFormatError } from '../capture/index.ts';
import type { GoCase } from '../cases/discover.ts';
import { CaptureBuilder } from '../testing/capture-builder.ts';
import { replayCase, ReplayError } from './replay.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'godi-replay-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A case `demo` declaring `probeIds`, with the given capture files. */
async function demoCase(probeIds: string[], captures: Record<string, Uint8Array>): Promise<GoCase> {
  const dir = join(root, 'cases', 'demo');
  await mkdir(join(dir, 'captures'), { recursive: true });
  for (const [name, bytes] of Object.entries(captures)) await writeFile(join(dir, 'captures', name), bytes);
  return {
    name: 'demo',
    dir,
    probesFile: join(dir, 'probes.json'),
    probes: probeIds.map((id) => ({ id, where: { methodName: `main.${id}` } })),
    captures: Object.keys(captures)
      .sort()
      .map((name) => join(dir, 'captures', name)),
  };
}

/** A capture of probes `ids` where `hits` lists, in order, which probe fired with which int. */
function capture(ids: string[], hits: [string, number][]): Uint8Array {
  const b = new CaptureBuilder({ name: 'demo' });
  const probes = new Map(ids.map((id) => [id, b.probe({ id, args: [['n', b.types.int()]] })]));
  for (const [id, n] of hits) b.entry(probes.get(id)!, { n });
  return b.build();
}

const argValues = (snapshots: readonly unknown[] | undefined) =>
  (snapshots as { debugger: { snapshot: { captures: { entry: { arguments: { n: { value: string } } } } } } }[]).map(
    (s) => s.debugger.snapshot.captures.entry.arguments.n.value,
  );

test('groups snapshots by probe in hit order, capture files in name order', async () => {
  const goCase = await demoCase(['a', 'b', 'quiet', 'unrecorded'], {
    '2-second.godicap': capture(['a'], [['a', 3]]),
    '1-first.godicap': capture(['a', 'b', 'quiet'], [['b', 10], ['a', 1], ['a', 2], ['b', 11]]),
  });
  const { byProbe } = await replayCase(goCase, root);
  expect(argValues(byProbe.get('a'))).toEqual(['1', '2', '3']);
  expect(argValues(byProbe.get('b'))).toEqual(['10', '11']);
  // Recorded but never hit: an empty golden. Never recorded: no entry at all.
  expect(byProbe.get('quiet')).toEqual([]);
  expect(byProbe.has('unrecorded')).toBe(false);
});

test('a case without captures cannot be replayed', async () => {
  const goCase = await demoCase(['a'], {});
  await expect(replayCase(goCase, root)).rejects.toThrow(new ReplayError('cases/demo', 'no captures/*.godicap to replay: record them with `npm run capture -- demo` on a machine with BPF'));
});

test('a capture recorded with a probe probes.json no longer declares is stale', async () => {
  const goCase = await demoCase(['a'], { 'run.godicap': capture(['a', 'old'], [['a', 1]]) });
  await expect(replayCase(goCase, root)).rejects.toThrow(
    'cases/demo/captures/run.godicap: metadata /probes/1 is probe "old", which cases/demo/probes.json no longer declares: record the case again',
  );
});

test('a broken capture raises CaptureFormatError naming the file from the project root', async () => {
  const bytes = capture(['a'], [['a', 1]]);
  const goCase = await demoCase(['a'], { 'run.godicap': bytes.subarray(0, bytes.length - 8) });
  const error = await replayCase(goCase, root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CaptureFormatError);
  expect((error as CaptureFormatError).file).toBe('cases/demo/captures/run.godicap');
});
