// Interactive review, one probe at a time: the loop and its decisions, with keys and output injected.
import { renderChanges, renderDiff } from '../golden/index.ts';
import { loadProbeView, type ProbeView } from '../report/index.ts';
import { attentionOrder, describeState, probeKey, type ProbeStatus, type RunStatus, type RunStores } from '../run-record/index.ts';
import { acceptAction } from './accept.ts';

export type Decision = 'accepted' | 'rejected' | 'skipped' | 'unreviewed' | 'error';

export interface ReviewTerminal {
  /** Resolves with the next key pressed (one character; Ctrl-C and Ctrl-D arrive as "\u0003", "\u0004"). */
  readKey(): Promise<string>;
  write(text: string): void;
}

export interface ReviewOptions {
  /** Carries out an accept (write or delete the golden); throws to report why it could not. */
  accept(view: ProbeView): Promise<void>;
  color: boolean;
  /** Lines of diff shown per probe. */
  maxDiffLines: number;
}

export const REVIEW_PROMPT = '[a]ccept  [r]eject  [s]kip  [A]ccept all remaining  [R]eject all remaining  [q]uit > ';

const QUIT_KEYS = new Set(['q', '\u0003', '\u0004']);

/**
 * What is left to review in a run, changed first, then new, then orphaned: each probe whose golden is
 * not yet what accepting would make it (so a second review, after some accepts, shows only the rest).
 */
export async function pendingReview(status: RunStatus, stores: RunStores): Promise<ProbeView[]> {
  const pending: ProbeView[] = [];
  for (const entry of status.probes) {
    if (await isPending(entry, stores)) pending.push(await loadProbeView(entry, stores));
  }
  return attentionOrder(pending);
}

async function isPending(entry: ProbeStatus, stores: RunStores): Promise<boolean> {
  const action = acceptAction(entry);
  if (action === undefined) return false;
  const golden = await stores.goldens.read(entry);
  return action === 'delete' ? golden !== undefined : golden !== (await stores.actuals.read(entry));
}

/** Walks the views in order and returns each one's decision, keyed by `program/probeId`. */
export async function runReview(views: readonly ProbeView[], term: ReviewTerminal, options: ReviewOptions): Promise<Map<string, Decision>> {
  const decisions = new Map<string, Decision>(views.map((v) => [probeKey(v.entry), 'unreviewed']));
  let bulk: 'accept' | 'reject' | undefined;
  for (const [index, view] of views.entries()) {
    const key = probeKey(view.entry);
    if (bulk === 'reject') {
      decisions.set(key, 'rejected');
      continue;
    }
    if (bulk === undefined) term.write(renderProbe(view, index, views.length, options));
    const choice = bulk === 'accept' ? 'a' : await askChoice(term);
    if (choice === 'q') break;
    if (choice === 'A') bulk = 'accept';
    if (choice === 'R') bulk = 'reject';
    if (choice === 'a' || choice === 'A') decisions.set(key, await tryAccept(view, term, options));
    else decisions.set(key, choice === 's' ? 'skipped' : 'rejected');
  }
  term.write(renderSummary(decisions));
  return decisions;
}

async function askChoice(term: ReviewTerminal): Promise<'a' | 'r' | 's' | 'A' | 'R' | 'q'> {
  term.write(REVIEW_PROMPT);
  for (;;) {
    const key = await term.readKey();
    if (QUIT_KEYS.has(key)) {
      term.write('q\n');
      return 'q';
    }
    if (key === 'a' || key === 'r' || key === 's' || key === 'A' || key === 'R') {
      term.write(`${key}\n`);
      return key;
    }
    // Anything else: say so and keep the prompt, so a stray key never decides.
    term.write(`\n${JSON.stringify(key)} is not a choice. ${REVIEW_PROMPT}`);
  }
}

async function tryAccept(view: ProbeView, term: ReviewTerminal, options: ReviewOptions): Promise<Decision> {
  try {
    await options.accept(view);
    term.write(`  ${view.entry.state === 'orphaned' ? 'deleted' : 'wrote'} ${view.entry.golden}\n`);
    return 'accepted';
  } catch (err) {
    term.write(`  not accepted: ${(err as Error).message}\n`);
    return 'error';
  }
}

function renderProbe(view: ProbeView, index: number, total: number, options: ReviewOptions): string {
  const { entry } = view;
  const lines = [`\n[${index + 1}/${total}] ${probeKey(entry)}: ${describeState(entry)}`];
  if (entry.state === 'orphaned') lines.push(`  accepting deletes ${entry.golden}`);
  if (entry.changes.length > 0) lines.push('changed paths:', renderChanges(entry.changes, 20));
  lines.push(...view.problems.map((p) => `  problem: ${p}`));
  if (view.diff) {
    const diff = renderDiff(view.golden ?? [], view.actual ?? [], { color: options.color, maxLines: options.maxDiffLines });
    lines.push('diff (- golden, + actual):', diff);
  }
  return `${lines.join('\n')}\n`;
}

export function renderSummary(decisions: ReadonlyMap<string, Decision>): string {
  const order: Decision[] = ['accepted', 'rejected', 'skipped', 'unreviewed', 'error'];
  const lines = ['\nreview summary:'];
  for (const decision of order) {
    const keys = [...decisions].filter(([, d]) => d === decision).map(([k]) => k);
    if (keys.length > 0) lines.push(`  ${decision} ${keys.length}: ${keys.join(', ')}`);
  }
  if (lines.length === 1) lines.push('  nothing to review');
  return `${lines.join('\n')}\n`;
}
