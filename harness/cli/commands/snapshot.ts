// `godi-golden snapshot --program DIR --probes FILE [--raw]`: builds a Go program, runs it under
// the probe engine and prints its snapshots as a JSON array, normalized unless --raw.
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CaptureFormatError, readCapture } from '../../capture/index.ts';
import { decodeCapture } from '../../decode/index.ts';
import { normalizeByProbe } from '../../normalize/index.ts';
import { buildProgram, GoBuildError, liveCapability, liveMode, type LiveMode, LiveModeError, LiveRunError, runEngine, runProblems, withTempDir } from '../../run/index.ts';
import { SchemaError, validateProbesConfig } from '../../validate/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';

export const snapshot: Command = {
  name: 'snapshot',
  args: '--program DIR --probes FILE [--raw] [--ring-bytes N]',
  summary: 'build a Go program, run it live under the probes and print its snapshots as JSON (--raw: not normalized)',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { program: { type: 'string' }, probes: { type: 'string' }, raw: { type: 'boolean', default: false }, 'ring-bytes': { type: 'string' } },
    });
    if (values.program === undefined || values.probes === undefined) throw new UsageError('name the program folder (--program) and its probes file (--probes)');
    const dir = resolve(values.program);
    const probesFile = resolve(values.probes);

    // Cheap checks first: a typo should not wait for a build.
    const problem = (await programProblem(dir, values.program)) ?? (await probesProblem(probesFile, values.probes));
    if (problem !== undefined) {
      io.err(problem);
      return EXIT.usage;
    }
    const capability = await liveCapability(modeFromEnv());
    if (!capability.ok) {
      io.err(`live mode is unavailable: ${capability.reason}`);
      return EXIT.failed;
    }

    const name = basename(dir);
    return withTempDir(tmpdir(), 'godi-snapshot-', async (work) => {
      try {
        const { binary } = await buildProgram(dir, capability.toolchain, { name });
        const out = join(work, `${name}.godicap`);
        const ringBytes = values['ring-bytes'] === undefined ? {} : { ringBytes: Number(values['ring-bytes']) };
        await runEngine(capability.engine, { binary, probesFile, programName: name, out, ...ringBytes });
        const capture = readCapture(await readFile(out), out);
        const snapshots = decodeCapture(capture);
        io.out(JSON.stringify(values.raw ? snapshots : normalizeByProbe(snapshots), null, 2));
        // Everything is printed; what did not go as it should is named, and fails the command.
        const problems = runProblems(capture.meta);
        for (const problem of problems) io.err(problem.message);
        return problems.length > 0 ? EXIT.failed : EXIT.ok;
      } catch (error) {
        if (!(error instanceof GoBuildError || error instanceof LiveRunError || error instanceof CaptureFormatError)) throw error;
        io.err(error.message);
        return EXIT.failed;
      }
    });
  },
};

/** GODI_LIVE, its refusal shown as a usage error. */
function modeFromEnv(): LiveMode {
  try {
    return liveMode();
  } catch (error) {
    if (error instanceof LiveModeError) throw new UsageError(error.message);
    throw error;
  }
}

async function programProblem(dir: string, shown: string): Promise<string | undefined> {
  const goMod = await stat(join(dir, 'go.mod')).catch(() => undefined);
  return goMod?.isFile() ? undefined : `${shown}: not a Go program folder (no go.mod)`;
}

async function probesProblem(file: string, shown: string): Promise<string | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return `${shown}: ${error instanceof SyntaxError ? 'not JSON' : 'cannot read'}: ${(error as Error).message}`;
  }
  try {
    validateProbesConfig(value, shown);
    return undefined;
  } catch (error) {
    if (error instanceof SchemaError) return error.message;
    throw error;
  }
}
