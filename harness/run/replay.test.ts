import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CaptureFormatError } from '../capture/index.ts';
import type { GoCase } from '../cases/index.ts';
import { CaptureBuilder } from '../testing/index.ts';
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
    expect: {},
  };
}

/** A capture of probes `ids` where `hits` lists, in order, which probe fired with which int. */
function capture(ids: string[], hits: [string, number][]): Uint8Array {
  const b = new CaptureBuilder({ name: 'demo' });
  const probes = new Map(ids.map((id) => [id, b.probe({ id, args: [['n', b.types.int()]] })]));
  for (const [id, n] of hits) b.entry(probes.get(id)!, { n });
  return b.build();
}

/** The n of each snapshot (statuses left out). */
const argValues = (entries: readonly unknown[] | undefined) =>
  (entries as { debugger: { snapshot?: { captures: { entry: { arguments: { n: { value: string } } } } } } }[]).flatMap((s) =>
    s.debugger.snapshot ? [s.debugger.snapshot.captures.entry.arguments.n.value] : [],
  );

test('groups snapshots by probe in hit order, capture files in name order', async () => {
  const goCase = await demoCase(['a', 'b', 'quiet', 'unrecorded'], {
    '2-second.godicap': capture(['a'], [['a', 3]]),
    '1-first.godicap': capture(['a', 'b', 'quiet'], [['b', 10], ['a', 1], ['a', 2], ['b', 11]]),
  });
  const { byProbe } = await replayCase(goCase, root);
  expect(argValues(byProbe.get('a'))).toEqual(['1', '2', '3']);
  expect(argValues(byProbe.get('b'))).toEqual(['10', '11']);
  // Recorded but never hit: its statuses only. Never recorded: no entry at all.
  expect(byProbe.get('quiet')).toHaveLength(2);
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

test('a capture whose fingerprint differs from what the case would be recorded with now is stale, saying what changed', async () => {
  const recorded = { program: 'p1', probes: 'q1', engine: 'e1', go: 'go1.26.8' };
  const b = new CaptureBuilder({ name: 'demo', fingerprint: recorded });
  b.entry(b.probe({ id: 'a', args: [['n', b.types.int()]] }), { n: 1 });
  const goCase = await demoCase(['a'], { 'run.godicap': b.build() });
  await expect(replayCase(goCase, root, recorded)).resolves.toBeDefined();
  await expect(replayCase(goCase, root, { ...recorded, probes: 'q2', go: 'go1.26.9' })).rejects.toThrow(
    'cases/demo/captures/run.godicap: stale: probes.json changed; the Go version (recorded with go1.26.8, now go1.26.9) since it was recorded. Record it again on a machine with BPF: `npm run capture -- demo` (or `UPDATE_CAPTURES=1 npm test`)',
  );
  const old = await demoCase(['a'], { 'run.godicap': capture(['a'], [['a', 1]]) });
  await expect(replayCase(old, root, recorded)).rejects.toThrow('stale: it carries no fingerprint (recorded before captures had one)');
});

test('each probe starts with its statuses: RECEIVED, INSTALLED, EMITTING once it sent a snapshot', async () => {
  const b = new CaptureBuilder({ name: 'demo' });
  b.entry(b.probe({ id: 'a', args: [['n', b.types.int()]] }), { n: 1 });
  b.probe({ id: 'quiet' });
  const { byProbe } = await replayCase(await demoCase(['a', 'quiet'], { 'run.godicap': b.build() }), root);
  const statuses = (id: string) => byProbe.get(id)?.map((entry) => (entry as { debugger: { diagnostics?: { status: string } } }).debugger.diagnostics?.status ?? 'snapshot');
  expect(statuses('a')).toEqual(['RECEIVED', 'INSTALLED', 'EMITTING', 'snapshot']);
  expect(statuses('quiet')).toEqual(['RECEIVED', 'INSTALLED']);
});

test('a probe not installed gives its ERROR status as its snapshots; dropped events and an unexpected exit are problems, unless case.json declares them', async () => {
  const b = new CaptureBuilder({ name: 'demo', target: { exit: 'exit status 2', exitCode: 2, stderrTail: 'panic: boom\n' } });
  b.probe({ id: 'bad', error: 'function "main.bad" not found in the binary; closest: main.a' });
  b.entry(b.probe({ id: 'a', args: [['n', b.types.int()]], dropped: 3 }), { n: 1 });
  const goCase = await demoCase(['bad', 'a'], { 'run.godicap': b.build() });
  const { problems, byProbe } = await replayCase(goCase, root);
  expect(byProbe.get('bad')).toEqual([
    {
      service: 'demo',
      ddsource: 'dd_debugger',
      debugger: {
        diagnostics: {
          probeId: 'bad',
          probeVersion: 0,
          status: 'ERROR',
          exception: { type: 'InvalidProbeDefinition', message: 'function "main.bad" not found in the binary; closest: main.a' },
        },
        type: 'diagnostic',
      },
    },
  ]);
  expect(problems.map(({ probeId, message }) => ({ probeId, message }))).toEqual([
    { probeId: 'a', message: 'cases/demo/captures/run.godicap: probe a: the engine dropped 3 event(s) (ring buffer full): their calls have no snapshot, or no return' },
    { probeId: undefined, message: 'cases/demo/captures/run.godicap: the program ended with exit status 2; the end of its stderr:\npanic: boom' },
  ]);
  expect(problems.every((p) => p.next.length > 0)).toBe(true);
  const declared = await replayCase({ ...goCase, expect: { exitCode: 2, allowDrops: ['a'] } }, root);
  expect(declared.problems).toEqual([]);
});
