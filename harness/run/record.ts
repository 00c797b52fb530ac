// Recording captures: whether a run records (UPDATE_CAPTURES), and putting a live capture in
// place as the case's checked-in one, for replay where the engine cannot run.

import { join } from 'node:path';
import type { GoCase } from '../cases/index.ts';
import { copyFileAtomic, environment, type Environment, isCI } from '../common/index.ts';

export class CaptureUpdateError extends Error {
  override readonly name = 'CaptureUpdateError';
}

/** UPDATE_CAPTURES=1: live runs record their captures. Refused under CI: captures change in a reviewed commit. */
export function captureUpdates(env: Environment = environment()): boolean {
  const raw = env.UPDATE_CAPTURES ?? '';
  if (raw === '' || raw === '0') return false;
  if (raw !== '1') throw new CaptureUpdateError(`UPDATE_CAPTURES=${raw} is not understood: use 1 (record each case's capture from its live run)`);
  if (isCI(env)) {
    throw new CaptureUpdateError('UPDATE_CAPTURES=1 is refused because CI is set: record captures locally (npm run capture), review and commit them.');
  }
  return true;
}

/** The checked-in capture of a case: `cases/<program>/captures/<program>.godicap`. */
export function capturePath(goCase: GoCase): string {
  return join(goCase.dir, 'captures', `${goCase.name}.godicap`);
}

/** Copies `capture` to the case's capture path atomically: never half-written. */
export async function recordCapture(capture: string, goCase: GoCase): Promise<string> {
  const target = capturePath(goCase);
  await copyFileAtomic(capture, target);
  return target;
}
