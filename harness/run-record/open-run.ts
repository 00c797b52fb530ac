// Opens the recorded run a command works on: the project's goldens and the run's actual-output folder.
import path from 'node:path';
import { environment, type Environment } from '../common/index.ts';
import { FsGoldenStore, type GoldenStore } from '../golden/index.ts';
import { readRunStatus, type RunStatus } from './run-status.ts';

/** The folder, under the project root, where the suite saves actual outputs and last-run.json. */
export const ACTUAL_FOLDER = '.golden-actual';

/** The golden folder of the project and the actual-output folder of the run (a CI artifact, maybe). */
export interface RunStores {
  readonly goldens: GoldenStore;
  readonly actuals: GoldenStore;
}

export interface OpenRun extends RunStores {
  readonly root: string;
  readonly status: RunStatus;
}

/**
 * The project root is GODI_ROOT (as for the suite), else the working directory. `from` names
 * another actual-output folder, such as the `golden-actual` artifact downloaded from a CI run.
 */
export async function openRun(options: { from?: string | undefined; env?: Environment; cwd?: string } = {}): Promise<OpenRun> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, (options.env ?? environment()).GODI_ROOT || '.');
  const actualFolder = options.from === undefined ? ACTUAL_FOLDER : path.relative(root, path.resolve(cwd, options.from)) || '.';
  const actuals = new FsGoldenStore(root, actualFolder);
  return { root, status: await readRunStatus(actuals.dir), goldens: new FsGoldenStore(root, 'golden'), actuals };
}
