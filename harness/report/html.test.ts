import { describe, expect, test } from 'vitest';
import { renderHtml } from './html.ts';
import { loadProbeViews } from './probe-view.ts';
import type { RunStatus } from '../run-record/index.ts';
import { projectPerTest, recordMixedRun, snapshot, type TestProject } from '../testing/index.ts';

let project: TestProject;
projectPerTest((created) => {
  project = created;
});

async function htmlOf(status: RunStatus): Promise<string> {
  return renderHtml(status, await loadProbeViews(status, project));
}

/** The markup of one probe's section, and of its golden and actual sides. */
function section(html: string, probeKey: string): { all: string; golden: string; actual: string } {
  const all = html.split('<section ').find((s) => s.includes(`<h2><code>${probeKey}</code>`));
  if (all === undefined) throw new Error(`no section for ${probeKey}`);
  const [, golden = '', actual = ''] = all.split(/<div class="side (?:golden|actual)">/);
  return { all, golden, actual };
}

/** The class attribute of the node at `pointer`, or undefined when the side has no such node. */
function nodeClass(side: string, pointer: string): string | undefined {
  return new RegExp(`class="([^"]*)" data-pointer="${pointer}"`).exec(side)?.[1];
}

const ARGS = '/0/debugger/snapshot/captures/entry/arguments';

describe('the HTML report', () => {
  test('shows each probe to review once, with golden and actual trees side by side', async () => {
    const html = await htmlOf(await recordMixedRun(project));
    expect(html).toContain('1 changed, 1 new, 1 orphaned, 1 failed, 1 unchanged (5 probes)');
    expect([...html.matchAll(/<section class="probe (\w+)"/g)].map((m) => m[1])).toEqual(['failed', 'changed', 'new', 'orphaned']);
    expect(html).not.toContain('shop/checkout');
    expect(section(html, 'shop/broken').all).toContain('<pre class="message">shop.cap: event 3 at byte 412');
    expect(section(html, 'shop/refund').golden).toContain('<p class="absent">no golden</p>');
    expect(section(html, 'shop/legacy').actual).toContain('<p class="absent">no actual output kept</p>');
  });

  test('highlights changed values on both sides, added nodes on the actual side, and opens their ancestors', async () => {
    const { golden, actual } = section(await htmlOf(await recordMixedRun(project)), 'shop/addItem');
    expect(nodeClass(golden, `${ARGS}/sku/value`)).toBe('node changed');
    expect(nodeClass(actual, `${ARGS}/sku/value`)).toBe('node changed');
    expect(nodeClass(actual, `${ARGS}/qty`)).toBe('node changed');
    expect(nodeClass(golden, `${ARGS}/qty`)).toBeUndefined();
    expect(nodeClass(actual, `${ARGS}/sku/type`)).toBe('node');
    for (const ancestor of ['/0', '/0/debugger', `${ARGS}`, `${ARGS}/sku`]) {
      expect(actual).toMatch(new RegExp(`class="node holds-change" data-pointer="${ancestor}" open>`));
    }
    // Unchanged branches start folded.
    expect(actual).toMatch(/class="node" data-pointer="\/0\/logger"><summary>/);
  });

  test('escapes names and values, and needs no network', async () => {
    const probeId = '<img src=x onerror=alert(1)>';
    const status = await project.run([{ program: 'shop', probeId, snapshots: [snapshot('p', { '<b>k</b>': '</script><script>alert(2)</script>' })] }]);
    const html = await htmlOf(status);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('alert(2)</script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
  });

  test('says so when nothing needs review', async () => {
    await project.writeGolden({ program: 'shop', probeId: 'a' }, [snapshot('a', {})]);
    const html = await htmlOf(await project.run([{ program: 'shop', probeId: 'a', snapshots: [snapshot('a', {})] }]));
    expect(html).toContain('Every probe matches its golden.');
    expect(html).not.toContain('<section');
  });
});
