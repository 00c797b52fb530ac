// The update policy: UPDATE_GOLDEN mapped once to what a run may write, and never on CI.

import { environment, type Environment, isCI } from '../common/index.ts';

/** none: compare only; new: also create missing goldens; all: also rewrite mismatched ones (and delete orphans). */
export type UpdatePolicy = 'none' | 'new' | 'all';

export class UpdatePolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpdatePolicyError';
  }
}

const VALUES: Readonly<Record<string, UpdatePolicy>> = { '': 'none', '0': 'none', '1': 'all', new: 'new' };

/** Reads UPDATE_GOLDEN (and CI) from `env`; the suite calls it once per run. */
export function updatePolicy(env: Environment = environment()): UpdatePolicy {
  const raw = env.UPDATE_GOLDEN ?? '';
  const policy = VALUES[raw];
  if (policy === undefined) {
    throw new UpdatePolicyError(`UPDATE_GOLDEN=${raw} is not understood: use 1 (rewrite changed and missing goldens) or new (create missing ones only)`);
  }
  if (policy !== 'none' && isCI(env)) {
    throw new UpdatePolicyError(
      `UPDATE_GOLDEN=${raw} is refused because CI is set: goldens change only in a reviewed commit. Run it locally, review the diff and commit the goldens.`,
    );
  }
  return policy;
}
