import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateSnapshots } from '../validate/index.ts';
import { acceptEntries } from './accept.ts';
import type { ProbeView } from '../report/index.ts';
import { pendingReview, REVIEW_PROMPT, runReview } from './review.ts';
import { readRunStatus } from '../run-record/index.ts';
import { projectPerTest, recordMixedRun, type TestProject } from '../testing/index.ts';

let project: TestProject;
projectPerTest(async (created) => {
  project = created;
  await recordMixedRun(project);
});

/** Plays `keys` one per prompt and keeps the transcript; running out of keys is a test bug. */
function scriptedTerminal(keys: string[]) {
  const pending = [...keys];
  let transcript = '';
  return {
    get transcript() {
      return transcript;
    },
    readKey: async () => {
      const key = pending.shift();
      if (key === undefined) throw new Error(`review asked for more keys than scripted; transcript:\n${transcript}`);
      return key;
    },
    write: (text: string) => {
      transcript += text;
    },
  };
}

async function review(keys: string[]) {
  const views = await pendingReview(await readRunStatus(project.actualDir), project);
  const terminal = scriptedTerminal(keys);
  const accept = async (view: ProbeView) => {
    await acceptEntries([view.entry], project, validateSnapshots);
  };
  const decisions = await runReview(views, terminal, { accept, color: false, maxDiffLines: 40 });
  return { decisions: Object.fromEntries(decisions), transcript: terminal.transcript };
}

const golden = (probeId: string) => project.goldens.read({ program: 'shop', probeId });
const actual = (probeId: string) => project.actuals.read({ program: 'shop', probeId });

describe('the review loop', () => {
  test('offers changed, new and orphaned probes in that order, with paths and diff', async () => {
    const { transcript } = await review(['s', 's', 's']);
    const headers = transcript.split('\n').filter((line) => /^\[\d\/3\]/.test(line));
    expect(headers).toEqual([
      '[1/3] shop/addItem: changed at 2 paths',
      '[2/3] shop/refund: new: no golden yet',
      '[3/3] shop/legacy: orphaned: golden of a probe no case declares',
    ]);
    expect(transcript).toContain('  changed /0/debugger/snapshot/captures/entry/arguments/sku/value');
    expect(transcript).toMatch(/^-\s+value: "A-1"$/m);
    expect(transcript).toContain('accepting deletes golden/shop/legacy.json');
    expect(transcript.split(REVIEW_PROMPT)).toHaveLength(4);
  });

  test('a accepts, r rejects, s skips, and only accepts touch goldens', async () => {
    const before = { refund: await golden('refund'), legacy: await golden('legacy') };
    const { decisions, transcript } = await review(['a', 'r', 's']);
    expect(decisions).toEqual({ 'shop/addItem': 'accepted', 'shop/refund': 'rejected', 'shop/legacy': 'skipped' });
    expect(await golden('addItem')).toBe(await actual('addItem'));
    expect(await golden('refund')).toBe(before.refund);
    expect(await golden('legacy')).toBe(before.legacy);
    expect(transcript).toContain('  wrote golden/shop/addItem.json');
    expect(transcript).toContain('review summary:\n  accepted 1: shop/addItem\n  rejected 1: shop/refund\n  skipped 1: shop/legacy\n');
  });

  test('A accepts the current probe and all the rest without asking again', async () => {
    const { decisions, transcript } = await review(['s', 'A']);
    expect(decisions).toEqual({ 'shop/addItem': 'skipped', 'shop/refund': 'accepted', 'shop/legacy': 'accepted' });
    expect(await golden('refund')).toBe(await actual('refund'));
    expect(await golden('legacy')).toBeUndefined();
    expect(transcript.split(REVIEW_PROMPT)).toHaveLength(3);
  });

  test('R rejects the rest; q and Ctrl-C leave the rest unreviewed', async () => {
    expect((await review(['a', 'R'])).decisions).toEqual({ 'shop/addItem': 'accepted', 'shop/refund': 'rejected', 'shop/legacy': 'rejected' });
    expect(await golden('legacy')).toBeDefined();
    expect((await review(['q'])).decisions).toEqual({ 'shop/refund': 'unreviewed', 'shop/legacy': 'unreviewed' });
    expect((await review(['s', '\u0003'])).decisions).toEqual({ 'shop/refund': 'skipped', 'shop/legacy': 'unreviewed' });
  });

  test('a key that is not a choice decides nothing and asks again', async () => {
    const { decisions, transcript } = await review(['x', '\r', 'a', 'q']);
    expect(decisions['shop/addItem']).toBe('accepted');
    expect(transcript).toContain(`"x" is not a choice. ${REVIEW_PROMPT}`);
    expect(transcript).toContain(`"\\r" is not a choice.`);
  });

  test('an accept that fails is reported and the review goes on', async () => {
    await writeFile(path.join(project.actualDir, 'shop', 'addItem.json'), '[{"service": 1}]');
    const { decisions, transcript } = await review(['a', 'a', 'q']);
    expect(decisions).toEqual({ 'shop/addItem': 'error', 'shop/refund': 'accepted', 'shop/legacy': 'unreviewed' });
    expect(transcript).toMatch(/not accepted: shop\/addItem: not accepted, no golden was written: .*does not match/);
  });
});
