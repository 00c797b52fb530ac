// The subcommands of godi-golden, in the order the usage text lists them: add one file and one entry here.
import type { Command } from '../command.ts';
import { accept } from './accept.ts';
import { decode } from './decode.ts';
import { parity } from './parity.ts';
import { report } from './report.ts';
import { review } from './review.ts';
import { snapshot } from './snapshot.ts';
import { status } from './status.ts';
import { validate } from './validate.ts';

export const COMMANDS: readonly Command[] = [validate, decode, snapshot, parity, status, review, accept, report];
