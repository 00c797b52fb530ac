// Regenerates docs/report-screenshot.png: the HTML report of a small demo run, as headless Chromium shows it.
// Usage: npx tsx scripts/report-screenshot.ts
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { findChromium, loadProbeViews, renderHtml, screenshot } from '../harness/report/index.ts';
import { recordMixedRun, TestProject } from '../harness/testing/index.ts';

const chromium = await findChromium();
if (chromium === undefined) throw new Error('chromium is not installed: run scripts/setup.sh as root');
const project = await TestProject.create();
try {
  const status = await recordMixedRun(project);
  const html = path.join(project.root, 'report.html');
  await writeFile(html, renderHtml(status, await loadProbeViews(status, project)));
  const out = new URL('../docs/report-screenshot.png', import.meta.url).pathname;
  await screenshot(chromium, html, out, 1400, 900);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await project.remove();
}
