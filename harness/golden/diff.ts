// Renders a golden mismatch for a person: the changed paths, then a json-diff capped in length.

import { colorizeToCallback, diff } from 'json-diff';
import type { JsonValue } from '../common/index.ts';
import type { JsonChange } from './compare.ts';

export interface DiffOptions {
  /** ANSI colours (red removed, green added, grey unchanged). */
  readonly color: boolean;
  /** Lines of diff shown before "… N more lines". */
  readonly maxLines: number;
}

// Unchanged lines grey rather than plain: vitest prints error messages in red.
const ANSI = { '-': '\x1b[31m', '+': '\x1b[32m', ' ': '\x1b[90m' } as const;
const RESET = '\x1b[39m';

/** One line per changed path, `maxPaths` of them before "… and N more". */
export function renderChanges(changes: readonly JsonChange[], maxPaths: number): string {
  const lines = changes.slice(0, maxPaths).map(({ kind, pointer }) => `  ${kind.padEnd(7)} ${pointer || '(root)'}`);
  if (changes.length > maxPaths) lines.push(`  … and ${changes.length - maxPaths} more`);
  return lines.join('\n');
}

/** json-diff's rendering of expected (-) against actual (+), unchanged array items elided. */
export function renderDiff(expected: JsonValue, actual: JsonValue, { color, maxLines }: DiffOptions): string {
  const delta: object | string | undefined = diff(expected, actual);
  if (delta === undefined) return '';
  const lines: string[] = [];
  // maxElisions: 1 folds each run of unchanged array items into one "... (N entries)" line.
  const options = { maxElisions: 1 } as Parameters<typeof colorizeToCallback>[1];
  colorizeToCallback(delta, options, (op, line) => {
    lines.push(color ? `${ANSI[op]}${op}${line}${RESET}` : `${op}${line}`);
  });
  if (lines.length <= maxLines) return lines.join('\n');
  return [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more lines`].join('\n');
}
