// The local loop end to end on a throwaway project: the real golden suite (GODI_ROOT, replayed
// captures from the CaptureBuilder) records its runs, then status, report and accept act on them.
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Fingerprint } from '../run/index.ts';
import { probeStates, WorkflowProject } from './workflow-project.ts';
import { CaptureBuilder, godiGolden } from '../testing/index.ts';
import { readRunStatus, type RunStatus } from '../run-record/index.ts';

/** A capture of one program whose probes each take one string argument, called once with `calls[probe]`. */
const stringCapture = (program: string, calls: Record<string, string>) => (fingerprint: Fingerprint): Uint8Array => {
  const builder = new CaptureBuilder({ name: program, fingerprint });
  builder.symbol(0x401000, [['main.main', `example.com/${program}/main.go`, 3]]);
  for (const [id, value] of Object.entries(calls)) {
    builder.entry(builder.probe({ id, args: [['arg', builder.types.string()]] }), { arg: value }, { goid: 1, stack: [0x401000] });
  }
  return builder.build();
};

let project: WorkflowProject;
beforeAll(async () => {
  project = await WorkflowProject.create();
  await project.writeCase('till', ['open'], stringCapture('till', { open: 'drawer' }));
});
afterAll(async () => {
  await project.remove();
});

async function record(env: Record<string, string> = {}): Promise<RunStatus> {
  await project.runSuite(env);
  return readRunStatus(project.path('.golden-actual'));
}

test('change a golden, add a probe, remove a probe, break a capture: status, reports and accept', async () => {
  const first = await record({ UPDATE_GOLDEN: 'new' });
  expect(probeStates(first)).toEqual({ 'demo/count': 'new', 'demo/scale': 'new', 'other/greet': 'new', 'till/open': 'new' });
  expect(first.probes.every((p) => p.goldenWritten)).toBe(true);

  // A hand edit of scale's golden; `other` swaps probe greet for wave; till's capture is cut short.
  const scale = JSON.parse(await project.read(project.golden('demo', 'scale')));
  scale[3].debugger.snapshot.captures.entry.arguments.k.value = '4'; // after its three statuses
  await project.write(project.golden('demo', 'scale'), `${JSON.stringify(scale, null, 2)}\n`);
  await project.writeCase('other', ['wave'], stringCapture('other', { wave: 'hello' }));
  const till = project.path('cases', 'till', 'captures', 'run.godicap');
  await writeFile(till, (await readFile(till)).subarray(0, -5));

  const second = await record();
  expect(probeStates(second)).toEqual({ 'demo/count': 'unchanged', 'demo/scale': 'changed', 'other/greet': 'orphaned', 'other/wave': 'new', 'till/open': 'failed' });
  const byKey = Object.fromEntries(second.probes.map((p) => [`${p.program}/${p.probeId}`, p]));
  expect(byKey['demo/scale']?.changes).toEqual([{ kind: 'changed', pointer: '/3/debugger/snapshot/captures/entry/arguments/k/value' }]);
  expect(byKey['till/open']?.message).toContain('cases/till/captures/run.godicap');

  const status = await godiGolden(project, ['status']);
  expect(status.exitCode).toBe(1);
  expect(status.stdout).toContain('  changed    demo/scale   changed at 1 path\n               changed /3/debugger/snapshot/captures/entry/arguments/k/value');
  const markdown = await godiGolden(project, ['report', '--markdown']);
  expect(markdown.stdout).toContain('1 changed, 1 new, 1 orphaned, 1 failed, 1 unchanged (5 probes)');
  expect(markdown.stdout).toMatch(/^-\s+value: "4"\n\+\s+value: "3"$/m);
  const junit = await godiGolden(project, ['report', '--junit']);
  expect(junit.stdout.match(/<testcase /g)).toHaveLength(5);
  expect(junit.stdout).toContain('<testcase classname="till" name="open" file="golden/till/open.json">\n<error type="failed"');

  const accepted = await godiGolden(project, ['accept', '--all']);
  expect(accepted.stdout.split('\n').slice(0, 3)).toEqual(['wrote   golden/demo/scale.json', 'wrote   golden/other/wave.json', 'deleted golden/other/greet.json']);
  const third = await record();
  expect(probeStates(third)).toEqual({ 'demo/count': 'unchanged', 'demo/scale': 'unchanged', 'other/wave': 'unchanged', 'till/open': 'failed' });
}, 300_000);
