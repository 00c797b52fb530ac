// The reports of a recorded run: the PR comment (markdown), the review page (HTML), JUnit XML,
// what each shows of a probe, and headless Chromium to look at the page.
export { findChromium, screenshot } from './chromium.ts';
export { renderHtml } from './html.ts';
export { renderJunit } from './junit.ts';
export { GITHUB_COMMENT_LIMIT, type MarkdownOptions, renderMarkdown } from './markdown.ts';
export { loadReport, type NamedOpenRun, type ReportInput } from './merged.ts';
export { loadProbeView, loadProbeViews, type ProbeView } from './probe-view.ts';
