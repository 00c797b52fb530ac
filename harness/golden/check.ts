// One golden check: compare a probe's normalized snapshots with its golden, then write,
// keep or fail as the update policy says. All I/O goes through the two stores.

import type { JsonValue } from '../common/index.ts';
import { compareGolden, type JsonChange } from './compare.ts';
import { renderChanges, renderDiff } from './diff.ts';
import type { UpdatePolicy } from './policy.ts';
import { parseGolden, serializeGolden } from './serialize.ts';
import type { GoldenKey, GoldenStore } from './store.ts';

export interface GoldenCheck {
  readonly key: GoldenKey;
  /** The probe's normalized snapshots, in hit order. */
  readonly actual: readonly JsonValue[];
  /** The vitest test name, for the commands the messages suggest. */
  readonly testName: string;
}

export interface GoldenEnvironment {
  readonly goldens: GoldenStore;
  /** Where the actual output of a failing check is saved for review (`.golden-actual/`). */
  readonly actuals: GoldenStore;
  readonly policy: UpdatePolicy;
  readonly ci: boolean;
  readonly color: boolean;
  /** Checks a stored golden against the snapshot schema; throws with the instance paths. */
  readonly validate?: (value: unknown, source: string) => void;
  readonly maxDiffLines?: number;
  readonly maxPaths?: number;
}

export interface GoldenResult {
  /** new: there was no golden; changed: there was one and it differed (or was not valid). */
  readonly state: 'unchanged' | 'changed' | 'new';
  /** True when this check wrote the golden. */
  readonly written: boolean;
  /** Where golden and actual differ; empty for a golden that was missing or not a valid snapshot file. */
  readonly changes: readonly JsonChange[];
  /** Where the actual output was saved; only when the check failed. */
  readonly actualFile?: string;
  /** Why the test fails, and what to do about it; absent when it passes. */
  readonly failure?: string;
}

export async function checkGolden(check: GoldenCheck, env: GoldenEnvironment): Promise<GoldenResult> {
  const { key, actual } = check;
  const file = env.goldens.describe(key);
  const text = await env.goldens.read(key);
  const actualText = serializeGolden(actual);

  if (text === undefined) {
    if (env.policy !== 'none') return accept(env, key, actualText, 'new', []);
    const how = `create it with \`${updateCommand('new', check.testName)}\``;
    return reject(env, key, actualText, 'new', [], `missing golden ${file}: ${how}${env.ci ? ' on your machine, then commit it (CI never writes goldens)' : ''}`);
  }

  let expected: JsonValue[];
  try {
    expected = parseGolden(text, file);
    env.validate?.(expected, file);
  } catch (error) {
    // No changed paths: the golden itself was not a valid snapshot file.
    if (env.policy === 'all') return accept(env, key, actualText, 'changed', []);
    return reject(env, key, actualText, 'changed', [], (error as Error).message);
  }

  const { equal, changes } = compareGolden(expected, actual as JsonValue[]);
  if (equal) {
    await env.actuals.remove(key);
    return { state: 'unchanged', written: false, changes: [] };
  }
  if (env.policy === 'all') return accept(env, key, actualText, 'changed', changes);
  const message = [
    `golden mismatch: ${file} (${changes.length} changed path${changes.length === 1 ? '' : 's'})`,
    renderChanges(changes, env.maxPaths ?? 20),
    'diff (- golden, + actual):',
    renderDiff(expected, actual as JsonValue[], { color: env.color, maxLines: env.maxDiffLines ?? 80 }),
    `accept it with \`${updateCommand('all', check.testName)}\`${env.ci ? ' on your machine (CI never writes goldens)' : ''}`,
  ].join('\n');
  return reject(env, key, actualText, 'changed', changes, message);
}

/**
 * The command that lets one test write its golden: that test only (`-t` takes a regular
 * expression: anchored and escaped, "interfaces › testAnyInt" does not also run
 * testAnyIntPointer), and only its case.
 */
export function updateCommand(policy: Exclude<UpdatePolicy, 'none'>, testName: string): string {
  const program = testName.split(' › ')[0] ?? '';
  const exact = `^${testName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
  return `GODI_CASES=${program} UPDATE_GOLDEN=${policy === 'all' ? '1' : 'new'} npm test -- -t "${exact}"`;
}

async function accept(
  env: GoldenEnvironment,
  key: GoldenKey,
  text: string,
  state: GoldenResult['state'],
  changes: readonly JsonChange[],
): Promise<GoldenResult> {
  await env.goldens.write(key, text);
  await env.actuals.remove(key);
  return { state, written: true, changes };
}

async function reject(
  env: GoldenEnvironment,
  key: GoldenKey,
  text: string,
  state: GoldenResult['state'],
  changes: readonly JsonChange[],
  failure: string,
): Promise<GoldenResult> {
  await env.actuals.write(key, text);
  const actualFile = env.actuals.describe(key);
  return { state, written: false, changes, actualFile, failure: `${failure}\nactual output saved to ${actualFile}` };
}
