import { execa } from 'execa';
import { expect, test } from 'vitest';
import { renderJunit } from './junit.ts';
import { loadProbeViews } from './probe-view.ts';
import { makeRunStatus, mergeRuns, type RunStatus } from '../run-record/index.ts';
import { projectPerTest, recordMixedRun, snapshot, type TestProject } from '../testing/index.ts';

let project: TestProject;
projectPerTest((created) => {
  project = created;
});

interface ParsedCase {
  classname: string;
  name: string;
  outcome: { tag: string; type: string; message: string; text: string } | null;
}

/** Parses the XML with a real XML parser (Python's), so escaping mistakes fail the test. */
async function parseJunit(xml: string): Promise<{ totals: Record<string, string>; cases: ParsedCase[] }> {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
cases = []
for c in root.iter('testcase'):
    o = next(iter(c), None)
    cases.append({'classname': c.get('classname'), 'name': c.get('name'),
                  'outcome': None if o is None else {'tag': o.tag, 'type': o.get('type'), 'message': o.get('message'), 'text': o.text or ''}})
print(json.dumps({'totals': dict(root.attrib), 'cases': cases}))
`;
  const { stdout } = await execa('python3', ['-c', script], { input: xml });
  return JSON.parse(stdout);
}

async function junitOf(status: RunStatus): Promise<string> {
  return renderJunit(status, await loadProbeViews(status, project));
}

test('has one testcase per probe, classname = program, failures carrying the changed paths and diff', async () => {
  const parsed = await parseJunit(await junitOf(await recordMixedRun(project)));
  expect(parsed.totals).toEqual({ name: 'godi-golden', tests: '5', failures: '3', errors: '1', skipped: '0' });
  const byName = Object.fromEntries(parsed.cases.map((c) => [c.name, c]));
  expect(parsed.cases.every((c) => c.classname === 'shop')).toBe(true);
  expect(byName.checkout?.outcome).toBeNull();
  expect(byName.addItem?.outcome).toMatchObject({ tag: 'failure', type: 'changed', message: 'changed at 2 paths' });
  expect(byName.addItem?.outcome?.text).toContain('changed /0/debugger/snapshot/captures/entry/arguments/sku/value\n');
  expect(byName.addItem?.outcome?.text).toMatch(/^\+\s+value: "B-2"$/m);
  expect(byName.refund?.outcome).toMatchObject({ tag: 'failure', type: 'new' });
  expect(byName.legacy?.outcome).toMatchObject({ tag: 'failure', type: 'orphaned' });
  expect(byName.broken?.outcome).toMatchObject({ tag: 'error', type: 'failed' });
  expect(byName.broken?.outcome?.text).toContain('event 3 at byte 412');
});

test('passes probes whose golden the run was allowed to write', async () => {
  const status = await project.run([{ program: 'shop', probeId: 'fresh', snapshots: [snapshot('fresh', {})] }], 'new');
  const parsed = await parseJunit(await junitOf(status));
  expect(parsed.totals.failures).toBe('0');
  expect(parsed.cases).toEqual([{ classname: 'shop', name: 'fresh', outcome: null }]);
});

test('escapes markup, quotes and characters XML cannot carry', async () => {
  const hostile = 'a"<b>&\'x]]>';
  const status = await project.run([
    { program: 'shop', probeId: hostile, error: `line one\nline two \u0001\u001b[31m "quoted" <tag> ]]>` },
    { program: 'shop', probeId: 'val', snapshots: [snapshot('val', { s: '\u0000</failure>' })] },
  ]);
  const parsed = await parseJunit(await junitOf(status));
  const failed = parsed.cases.find((c) => c.outcome?.tag === 'error');
  expect(failed?.name).toBe(hostile);
  expect(failed?.outcome?.text).toBe('line one\nline two \\u0001\\u001b[31m "quoted" <tag> ]]>');
  expect(failed?.outcome?.message).toBe('failed: line one');
  const value = parsed.cases.find((c) => c.name === 'val');
  expect(value?.outcome?.text).toContain('"\\u0000</failure>"');
});

test('a merged report names the run of each probe, and a run that failed before any probe ran is one error beside them', async () => {
  const ran = await project.run([{ program: 'shop', probeId: 'fresh', snapshots: [snapshot('fresh', {})] }], 'new', { goVersion: 'go1.24.11', shard: '1/2' });
  const failed = { ...makeRunStatus('none', [], { goVersion: 'go1.24.11', shard: '2/2' }), setupError: 'no cases' };
  const parsed = await parseJunit(await junitOf(mergeRuns([{ name: 'a', status: ran }, { name: 'b', status: failed }])));
  expect(parsed.totals).toEqual({ name: 'godi-golden', tests: '2', failures: '0', errors: '1', skipped: '0' });
  expect(parsed.cases).toEqual([
    { classname: 'golden suite', name: 'setup', outcome: { tag: 'error', type: 'setup', message: 'the run failed before any probe ran', text: 'go1.24.11, shard 2/2: no cases' } },
    { classname: 'shop', name: 'fresh (go1.24.11, shard 1/2)', outcome: null },
  ]);
});
