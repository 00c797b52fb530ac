// The HTML report as headless Chromium shows it: what is visible, highlighted, and what clicks do.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isCI } from '../common/index.ts';
import { findChromium, screenshot } from './chromium.ts';
import { renderHtml } from './html.ts';
import { loadProbeViews } from './probe-view.ts';
import { recordMixedRun, snapshot, TestProject } from '../testing/index.ts';

const HOSTILE_ID = '<img src=x onerror=alert(1)>';
const ARGS = '/0/debugger/snapshot/captures/entry/arguments';

const chromiumPath = await findChromium();
// On CI scripts/setup.sh installs Chromium, so a missing one is a failure there, not a skip.
if (chromiumPath === undefined && isCI()) throw new Error('chromium is not installed: scripts/setup.sh installs it (apt-get install chromium)');
const reason = 'Chromium not installed (scripts/setup.sh installs it as root)';

describe.skipIf(chromiumPath === undefined)(`the HTML report in headless Chromium${chromiumPath ? '' : ` (skipped: ${reason})`}`, () => {
  let project: TestProject;
  let htmlFile: string;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    project = await TestProject.create();
    const hostile = { program: 'shop', probeId: HOSTILE_ID, snapshots: [snapshot('p', { s: '</script><script>alert(2)</script>' })] };
    const status = await recordMixedRun(project, [hostile]);
    htmlFile = path.join(project.root, 'report.html');
    await writeFile(htmlFile, renderHtml(status, await loadProbeViews(status, project)));
    browser = await playwright.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
    });
    await page.goto(`file://${htmlFile}`);
  });

  afterAll(async () => {
    await browser?.close();
    await project?.remove();
  });

  const node = (side: 'golden' | 'actual', pointer: string, probe = 'changed') =>
    page.locator(`section.probe.${probe} .side.${side} [data-pointer="${pointer}"]`);
  const isOpen = (side: 'golden' | 'actual', pointer: string) => node(side, pointer).evaluate((d) => (d as HTMLDetailsElement).open);
  const background = (side: 'golden' | 'actual', pointer: string) =>
    node(side, pointer).evaluate((n) => getComputedStyle(n.tagName === 'DETAILS' ? (n.querySelector(':scope > summary') as Element) : n).backgroundColor);

  test('runs its script under its own Content-Security-Policy, loading nothing from outside', async () => {
    // Playwright keeps the page's CSP (no bypassCSP): the script ran under it.
    expect(await page.locator('html').getAttribute('data-js')).toBe('ready');
    expect(cspViolations).toEqual([]);
    expect(await page.locator('.toolbar').isVisible()).toBe(true);
    expect(requested.every((url) => url.startsWith('file://'))).toBe(true);
  });

  test('lists the probes to review and shows hostile names as text', async () => {
    await expect(page.locator('header .counts').textContent()).resolves.toBe('1 changed, 2 new, 1 orphaned, 1 failed, 1 unchanged (6 probes)');
    expect(await page.locator('section.probe h2 code').allTextContents()).toEqual([
      'shop/broken',
      'shop/addItem',
      `shop/${HOSTILE_ID}`,
      'shop/refund',
      'shop/legacy',
    ]);
    expect(await page.locator('img').count()).toBe(0);
  });

  test('shows changed values highlighted, red on the golden side and green on the actual side', async () => {
    expect(await node('golden', `${ARGS}/sku/value`).isVisible()).toBe(true);
    expect(await node('actual', `${ARGS}/sku/value`).textContent()).toBe('value: "B-2"');
    expect(await background('golden', `${ARGS}/sku/value`)).toBe('rgb(255, 235, 233)');
    expect(await background('actual', `${ARGS}/sku/value`)).toBe('rgb(218, 251, 225)');
    expect(await background('actual', `${ARGS}/qty`)).toBe('rgb(218, 251, 225)');
    expect(await background('actual', `${ARGS}/sku/type`)).toBe('rgba(0, 0, 0, 0)');
    // Unchanged branches are folded away.
    expect(await node('actual', '/0/logger/method').isVisible()).toBe(false);
  });

  test('opens and folds a branch on both sides at once', async () => {
    expect([await isOpen('golden', '/0/logger'), await isOpen('actual', '/0/logger')]).toEqual([false, false]);
    await node('golden', '/0/logger').locator(':scope > summary').click();
    await expect.poll(() => isOpen('actual', '/0/logger')).toBe(true);
    expect(await node('actual', '/0/logger/method').isVisible()).toBe(true);
    await node('actual', '/0/logger').locator(':scope > summary').click();
    await expect.poll(() => isOpen('golden', '/0/logger')).toBe(false);
  });

  test('expands everything, then collapses back to the changes', async () => {
    await page.getByRole('button', { name: 'Expand all' }).click();
    expect(await page.locator('details.node:not([open])').count()).toBe(0);
    await page.getByRole('button', { name: 'Collapse to changes' }).click();
    expect(await isOpen('actual', '/0/logger')).toBe(false);
    expect(await node('actual', `${ARGS}/qty`).isVisible()).toBe(true);
  });

  test('jumps to a changed path on both sides when it is clicked', async () => {
    await node('actual', `${ARGS}/sku`).locator(':scope > summary').click();
    await expect.poll(() => node('golden', `${ARGS}/sku/value`).isVisible()).toBe(false);
    await page.locator('section.probe.changed .paths a').first().click();
    expect(await node('golden', `${ARGS}/sku/value`).isVisible()).toBe(true);
    expect(await node('actual', `${ARGS}/sku/value`).getAttribute('class')).toContain('flash');
  });

  test('takes a screenshot of the page', async () => {
    const png = path.join(project.root, 'report.png');
    await screenshot(chromiumPath as string, htmlFile, png, 1200, 800);
    const bytes = await readFile(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 800]);
  });
});
