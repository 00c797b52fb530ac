// The review page: one self-contained HTML file (inline CSS and JS, no network) showing each
// changed snapshot as two collapsible trees side by side, golden left and actual right.
import { pointerSegment } from '../common/index.ts';
import { escapeHtml } from './escape.ts';
import type { ProbeView } from './probe-view.ts';
import { attentionOrder, countsLine, describeChange, describeState, probeLabel, type ProbeStatus, type RunStatus } from '../run-record/index.ts';

export function renderHtml(status: RunStatus, views: readonly ProbeView[]): string {
  const flagged = attentionOrder(views);
  // A merged report may hold runs that failed before any probe ran beside runs that did not.
  const setup = status.setupError === undefined ? [] : [`<p>The run failed before any probe ran:</p>\n<pre>${escapeHtml(status.setupError)}</pre>`];
  const probes =
    flagged.length > 0
      ? [index(flagged), ...flagged.map(probeSection)]
      : setup.length === 0
        ? ['<p class="all-clear">Every probe matches its golden.</p>']
        : [];
  const content = [...setup, ...probes].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>godi-golden report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>godi-golden report</h1>
<p class="counts">${escapeHtml(countsLine(status))}</p>
<nav class="toolbar"><button type="button" data-action="expand">Expand all</button> <button type="button" data-action="collapse">Collapse to changes</button></nav>
</header>
${content}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const sectionId = (index: number): string => `probe-${index}`;

function index(views: readonly ProbeView[]): string {
  const items = views.map(({ entry }, i) => `<li><a href="#${sectionId(i)}"><code>${escapeHtml(probeLabel(entry))}</code></a> ${badge(entry)}</li>`);
  return `<ol class="index">\n${items.join('\n')}\n</ol>`;
}

function badge(entry: ProbeStatus): string {
  return `<span class="badge ${entry.state}">${entry.state}</span>`;
}

function probeSection(view: ProbeView, index: number): string {
  const { entry } = view;
  const problems = view.problems.length === 0 ? '' : `<ul class="problems">${view.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>\n`;
  const body =
    entry.state === 'failed'
      ? `<pre class="message">${escapeHtml(entry.message ?? '')}</pre>`
      : `<p class="state">${escapeHtml(describeState(entry))}</p>\n${changedPaths(entry)}${sides(view)}`;
  return `<section class="probe ${entry.state}" id="${sectionId(index)}">
<h2><code>${escapeHtml(probeLabel(entry))}</code> ${badge(entry)}</h2>
${problems}${body}
</section>`;
}

function changedPaths(entry: ProbeStatus): string {
  if (entry.changes.length === 0) return '';
  const items = entry.changes.map(
    (c) => `<li class="${c.kind}"><a href="#" data-pointer="${escapeHtml(c.pointer)}"><code>${escapeHtml(describeChange(c))}</code></a></li>`,
  );
  return `<details class="paths" open><summary>changed paths</summary><ul>${items.join('')}</ul></details>\n`;
}

function sides({ entry, golden, actual }: ProbeView): string {
  // `removed` pointers point into the golden, `added` ones into the actual output.
  const goldenMarks = new Set(entry.changes.filter((c) => c.kind !== 'added').map((c) => c.pointer));
  const actualMarks = new Set(entry.changes.filter((c) => c.kind !== 'removed').map((c) => c.pointer));
  return `<div class="sides">
<div class="side golden"><h3>golden <small>${escapeHtml(entry.golden)}</small></h3>${tree(golden, goldenMarks, 'no golden')}</div>
<div class="side actual"><h3>actual <small>${escapeHtml(entry.actual ?? '')}</small></h3>${tree(actual, actualMarks, 'no actual output kept')}</div>
</div>`;
}

function tree(value: unknown, changed: ReadonlySet<string>, absent: string): string {
  if (value === undefined) return `<p class="absent">${absent}</p>`;
  return `<div class="tree">${node('', null, value, changed, ancestorsOf(changed))}</div>`;
}

/** Every proper prefix of every changed pointer: the nodes that hold a change somewhere below. */
function ancestorsOf(changed: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const pointer of changed) {
    for (let i = pointer.lastIndexOf('/'); i >= 0; i = pointer.lastIndexOf('/', i - 1)) {
      out.add(pointer.slice(0, i));
      if (i === 0) break;
    }
  }
  return out;
}

function node(pointer: string, key: string | null, value: unknown, changed: ReadonlySet<string>, holders: ReadonlySet<string>): string {
  const mark = changed.has(pointer) ? ' changed' : holders.has(pointer) ? ' holds-change' : '';
  const label = key === null ? '' : `<span class="key">${escapeHtml(key)}</span>: `;
  const attrs = `class="node${mark}" data-pointer="${escapeHtml(pointer)}"`;
  if (value === null || typeof value !== 'object') {
    return `<div ${attrs}>${label}<span class="value ${value === null ? 'null' : typeof value}">${escapeHtml(JSON.stringify(value))}</span></div>`;
  }
  const children = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const shape = Array.isArray(value) ? `[${children.length}]` : `{${children.length}}`;
  const open = pointer === '' || mark !== '' ? ' open' : '';
  const items = children.map(([k, v]) => `<li>${node(`${pointer}/${pointerSegment(k)}`, k, v, changed, holders)}</li>`).join('');
  return `<details ${attrs}${open}><summary>${label}<span class="shape">${shape}</span></summary><ul>${items}</ul></details>`;
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 1.5rem 3rem; color: #1f2328; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #d0d7de; padding: .5rem 0; z-index: 1; }
h1 { font-size: 1.3rem; margin: .2rem 0; } h2 { font-size: 1.1rem; margin: 0 0 .3rem; } h3 { font-size: .95rem; margin: 0 0 .3rem; }
h3 small { color: #59636e; font-weight: normal; }
.counts { margin: .2rem 0; color: #59636e; }
html:not([data-js]) .toolbar { display: none; }
.badge { font-size: .75rem; padding: .05rem .45rem; border-radius: 1rem; background: #eaeef2; vertical-align: middle; }
.badge.changed { background: #fff1c2; } .badge.new { background: #d1f0d8; } .badge.orphaned { background: #eaeef2; } .badge.failed { background: #ffd6d3; }
section.probe { border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem; margin: 1rem 0; }
.state { margin: 0 0 .4rem; } .problems { color: #b42318; }
.paths ul { margin: .2rem 0; } .paths code { font-size: .8rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { min-width: 0; overflow-x: auto; }
.tree, .tree ul { font: 12px/1.5 ui-monospace, monospace; }
.tree ul { list-style: none; margin: 0; padding-left: 1.1rem; border-left: 1px dotted #d0d7de; }
.tree summary { cursor: pointer; }
.key { color: #0550ae; } .shape { color: #59636e; } .value.string { color: #0a3069; } .value.null { color: #8250df; }
.node.holds-change > summary { font-weight: 600; }
.golden .node.changed > summary, .golden div.node.changed { background: #ffebe9; outline: 1px solid #ff818266; }
.actual .node.changed > summary, .actual div.node.changed { background: #dafbe1; outline: 1px solid #4ac26b66; }
.golden details.node.changed > ul { background: #fff5f4; } .actual details.node.changed > ul { background: #f0fcf3; }
.node.flash > summary, div.node.flash { box-shadow: 0 0 0 2px #0969da; }
.absent { color: #59636e; font-style: italic; }
`;

// Toolbar, toggles mirrored between the two trees of a probe, and changed paths that jump to both nodes.
const SCRIPT = `
(() => {
  const nodes = (root, pointer) =>
    [...root.querySelectorAll('.side [data-pointer]')].filter((n) => n.dataset.pointer === pointer);
  document.querySelector('.toolbar').addEventListener('click', (event) => {
    const action = event.target.dataset && event.target.dataset.action;
    if (!action) return;
    for (const d of document.querySelectorAll('details.node')) {
      d.open = action === 'expand' || d.dataset.pointer === '' || d.classList.contains('changed') || d.classList.contains('holds-change');
    }
  });
  for (const section of document.querySelectorAll('section.probe')) {
    section.addEventListener('toggle', (event) => {
      const d = event.target;
      if (!d.matches || !d.matches('details.node')) return;
      for (const twin of nodes(section, d.dataset.pointer)) if (twin !== d && twin.open !== d.open) twin.open = d.open;
    }, true);
    section.addEventListener('click', (event) => {
      const link = event.target.closest && event.target.closest('.paths a[data-pointer]');
      if (!link) return;
      event.preventDefault();
      for (const target of nodes(section, link.dataset.pointer)) {
        for (let d = target; d; d = d.parentElement && d.parentElement.closest('details.node')) if (d.tagName === 'DETAILS') d.open = true;
        target.classList.add('flash');
        setTimeout(() => target.classList.remove('flash'), 1200);
        target.scrollIntoView({ block: 'center' });
      }
    });
  }
  // Last, so it says the whole script ran: the toolbar shows only then.
  document.documentElement.dataset.js = 'ready';
})();
`;
