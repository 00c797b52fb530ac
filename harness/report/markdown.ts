// The pull-request comment: counts, a table of probes needing review, each diff folded in <details>.
import { codeFence, escapeMarkdown } from './escape.ts';
import type { ProbeView } from './probe-view.ts';
import { attentionOrder, countsLine, describeChange, describeState, plural, probeLabel, type RunStatus } from '../run-record/index.ts';

/** GitHub refuses issue and pull-request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65536;

export interface MarkdownOptions {
  /** Total length cap; defaults to GitHub's comment limit. */
  limit?: number;
  /** Cap of one diff, so a single huge diff cannot crowd out all others. */
  diffLimit?: number;
}

const PATHS_IN_TABLE = 3;
/** Room kept for the closing note that says what was cut. */
const FOOTER_ROOM = 400;

export function renderMarkdown(status: RunStatus, views: readonly ProbeView[], options: MarkdownOptions = {}): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  if (status.setupError !== undefined && status.probes.length === 0) {
    return `### godi-golden: the run failed before any probe ran\n\n${setupBlock(status.setupError, limit)}`;
  }
  const diffLimit = options.diffLimit ?? Math.floor(limit / 4);
  const flagged = attentionOrder(views);
  const verdict = flagged.length === 0 ? 'all probes unchanged' : `${plural(flagged.length, 'probe')} to review`;
  // A merged report may hold runs that failed before any probe ran beside runs that did not.
  const setup = status.setupError === undefined ? '' : `\nSome runs failed before any probe ran:\n\n${setupBlock(status.setupError, limit / 4)}`;
  const head = `### godi-golden: ${verdict}\n\n${countsLine(status)}\n${setup}`;
  if (flagged.length === 0) return head;

  const out = new Budget(limit - FOOTER_ROOM, head);
  let rowsCut = 0;
  out.add('\n| probe | state | changed paths |\n|---|---|---|\n');
  for (const view of flagged) {
    // The table gets at most half of the room; the diffs are what reviewers open.
    if (rowsCut > 0 || !out.addWithin(tableRow(view), (limit - FOOTER_ROOM) / 2)) rowsCut += 1;
  }
  let diffsCut = 0;
  for (const view of flagged) {
    if (!out.add(detailsBlock(view, diffLimit))) diffsCut += 1;
  }
  return out.text + footer(rowsCut, diffsCut, limit);
}

function setupBlock(message: string, limit: number): string {
  const text = message.slice(0, limit - 200);
  return `${codeFence(text)}\n${text}\n${codeFence(text)}\n`;
}

function tableRow(view: ProbeView): string {
  const paths = view.entry.changes;
  const shown = paths.slice(0, PATHS_IN_TABLE).map((c) => code(describeChange(c))).join(', ');
  const more = paths.length > PATHS_IN_TABLE ? ` and ${paths.length - PATHS_IN_TABLE} more` : '';
  return `| ${code(probeLabel(view.entry))} | ${view.entry.state} | ${shown}${more} |\n`;
}

function detailsBlock(view: ProbeView, diffLimit: number): string {
  const summary = `${code(probeLabel(view.entry))}: ${escapeMarkdown(describeState(view.entry))}`;
  const body = view.problems.length > 0 ? view.problems.join('\n') : view.entry.state === 'failed' ? (view.entry.message ?? '') : view.diff;
  const language = view.problems.length > 0 || view.entry.state === 'failed' ? 'text' : 'diff';
  const clipped = clip(body, diffLimit);
  const fence = codeFence(clipped);
  return `\n<details><summary>${summary}</summary>\n\n${fence}${language}\n${clipped}\n${fence}\n\n</details>\n`;
}

/** Cuts at a line boundary and says how many lines went. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > max - 80) break;
    kept.push(line);
    length += line.length + 1;
  }
  return `${kept.join('\n')}\n… ${lines.length - kept.length} more lines cut (diff longer than ${max} characters)`;
}

function footer(rowsCut: number, diffsCut: number, limit: number): string {
  if (rowsCut === 0 && diffsCut === 0) return '';
  const cut = [rowsCut > 0 ? `${rowsCut} table rows` : '', diffsCut > 0 ? `${diffsCut} diffs` : ''].filter(Boolean).join(' and ');
  return `\n_Cut to stay under ${limit} characters: ${cut} not shown. All of them are in the \`golden-actual\` artifact; \`npx godi-golden report --html --from DIR\` renders it in full._\n`;
}

function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** Appends pieces while they fit under a cap. */
class Budget {
  constructor(
    private readonly cap: number,
    public text: string,
  ) {}

  add(piece: string): boolean {
    return this.addWithin(piece, this.cap);
  }

  addWithin(piece: string, cap: number): boolean {
    if (this.text.length + piece.length > Math.min(cap, this.cap)) return false;
    this.text += piece;
    return true;
  }
}
