// The golden file format: a JSON array of normalized snapshots, 2-space indent, trailing newline.

import type { JsonValue } from '../common/index.ts';

/**
 * Keys keep the order they were emitted in (the decoder's order), which is deterministic;
 * JSON.stringify adds no randomness of its own.
 */
export function serializeGolden(snapshots: readonly JsonValue[]): string {
  return `${JSON.stringify(snapshots, null, 2)}\n`;
}

export class GoldenFormatError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}; fix it by hand or rewrite it with \`UPDATE_GOLDEN=1 npm test\``);
    this.name = 'GoldenFormatError';
  }
}

export function parseGolden(text: string, file: string): JsonValue[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GoldenFormatError(file, `not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new GoldenFormatError(file, 'expected a JSON array of snapshots');
  return value as JsonValue[];
}
