import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './markdown.ts';
import { loadProbeViews } from './probe-view.ts';
import { makeRunStatus, mergeRuns, type RunStatus } from '../run-record/index.ts';
import { type ProbeRun, projectPerTest, recordMixedRun, snapshot, type TestProject } from '../testing/index.ts';

let project: TestProject;
projectPerTest((created) => {
  project = created;
});

async function markdownOf(status: RunStatus, options = {}): Promise<string> {
  return renderMarkdown(status, await loadProbeViews(status, project), options);
}

/** The <details> blocks of a comment, by the probe named in their summary. */
function detailsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/<details><summary>([\s\S]*?)<\/details>/g)].map((m) => m[1] as string);
}

describe('the markdown report', () => {
  test('sums up, tables every probe to review and folds each diff', async () => {
    const md = await markdownOf(await recordMixedRun(project));
    const lines = md.split('\n');
    expect(lines[0]).toBe('### godi-golden: 4 probes to review');
    expect(md).toContain('1 changed, 1 new, 1 orphaned, 1 failed, 1 unchanged (5 probes)');
    const rows = lines.filter((l) => l.startsWith('| <code>'));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['failed', 'changed', 'new', 'orphaned']);
    expect(rows[1]).toContain('<code>changed /0/debugger/snapshot/captures/entry/arguments/sku/value</code>');
    expect(md).not.toContain('checkout');

    const blocks = detailsBlocks(md);
    expect(blocks).toHaveLength(4);
    const changed = blocks.find((b) => b.includes('addItem')) as string;
    expect(changed).toMatch(/```diff\n/);
    expect(changed).toMatch(/^-\s+value: "A-1"$/m);
    expect(changed).toMatch(/^\+\s+value: "B-2"$/m);
    expect(changed).toMatch(/^\+\s+qty: \{$/m);
    expect(blocks.find((b) => b.includes('refund'))).toMatch(/^\+\s+value: "o-9"$/m);
    expect(blocks.find((b) => b.includes('legacy'))).toMatch(/^-\s+value: "yes"$/m);
    expect(blocks.find((b) => b.includes('broken'))).toContain('event 3 at byte 412');
  });

  test('is one line of counts when every probe is unchanged', async () => {
    await project.writeGolden({ program: 'shop', probeId: 'a' }, [snapshot('a', { x: '1' })]);
    const md = await markdownOf(await project.run([{ program: 'shop', probeId: 'a', snapshots: [snapshot('a', { x: '1' })] }]));
    expect(md).toBe('### godi-golden: all probes unchanged\n\n0 changed, 0 new, 0 orphaned, 0 failed, 1 unchanged (1 probe)\n');
  });

  test('stays under the length limit and says what it cut', async () => {
    const probes: ProbeRun[] = [];
    for (let i = 0; i < 40; i++) {
      const probeId = `p${String(i).padStart(2, '0')}`;
      probes.push({ program: 'big', probeId, snapshots: [snapshot(probeId, { text: 'x'.repeat(3000) + i })] });
    }
    const status = await project.run(probes);
    expect(status.counts.new).toBe(40);
    for (const limit of [65536, 20000, 6000]) {
      const md = await markdownOf(status, { limit });
      expect(md.length).toBeLessThanOrEqual(limit);
      const shown = detailsBlocks(md).length;
      expect(shown).toBeLessThan(40);
      expect(md).toContain(`${40 - shown} diffs not shown`);
      expect(md).toContain(`under ${limit} characters`);
    }
  });

  test('clips one huge diff instead of dropping every other one', async () => {
    const probes: ProbeRun[] = [
      { program: 'big', probeId: 'huge', snapshots: Array.from({ length: 400 }, (_, i) => snapshot('huge', { n: String(i) })) },
      { program: 'big', probeId: 'small', snapshots: [snapshot('small', { n: '1' })] },
    ];
    const md = await markdownOf(await project.run(probes), { limit: 20000 });
    expect(md.length).toBeLessThanOrEqual(20000);
    expect(detailsBlocks(md)).toHaveLength(2);
    expect(md).toMatch(/… \d+ more lines cut \(diff longer than 5000 characters\)/);
  });

  test('shows hostile names and values as text', async () => {
    const probeId = '<img src=x onerror=alert(1)>|@team #1 *x*';
    const status = await project.run([{ program: 'shop', probeId, snapshots: [snapshot('p', { s: '```\n</details>' })] }]);
    const md = await markdownOf(status);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@team');
    expect(md).toContain('&#60;img src=x onerror=alert(1)&#62;&#124;&#64;team &#35;1 &#42;x&#42;');
    // The value's backticks cannot close the fence around the diff.
    expect(md).toContain('````diff\n');
    expect(detailsBlocks(md)).toHaveLength(1);
  });
});

describe('a report merged from several runs', () => {
  test('names the run of each probe, and shows the runs that failed before any probe ran above the rest', async () => {
    const ran = await project.run([{ program: 'shop', probeId: 'a', snapshots: [snapshot('a', { x: '1' })] }], 'none', { goVersion: 'go1.25.5', shard: '1/2' });
    const failed = { ...makeRunStatus('none', [], { goVersion: 'go1.25.5', shard: '2/2' }), setupError: 'no cases' };
    const md = await markdownOf(mergeRuns([{ name: 'a', status: ran }, { name: 'b', status: failed }]));
    expect(md.split('\n').slice(0, 9)).toEqual([
      '### godi-golden: 1 probe to review',
      '',
      '0 changed, 1 new, 0 orphaned, 0 failed, 0 unchanged (1 probe)',
      '',
      'Some runs failed before any probe ran:',
      '',
      '```',
      'go1.25.5, shard 2/2: no cases',
      '```',
    ]);
    expect(md).toContain('| <code>shop/a (go1.25.5, shard 1/2)</code> | new |');
  });
});

test('a run that failed before any probe ran shows why, fenced', async () => {
  const md = await markdownOf({ ...makeRunStatus('none', []), setupError: 'cases: no cases ```' });
  expect(md).toBe('### godi-golden: the run failed before any probe ran\n\n````\ncases: no cases ```\n````\n');
});
