// The environment variables the harness reads, what each one means, and the one place that reads
// them from the process (Biome's noProcessEnv keeps it so, biome.json). Each setting is interpreted by the module
// whose job it concerns (UPDATE_GOLDEN by golden/policy.ts, GODI_LIVE by run/capability.ts, ...);
// they take an `Environment` so tests can pass their own, and can read no undeclared name.

/** Every variable the harness reads, with its meaning (README.md, "The local loop"). */
export const VARIABLES = {
  GODI_LIVE: 'auto (default): live engine runs where the machine can; require: fail where it cannot; off: never live',
  GODI_CASES: 'a comma-separated list of case names: the golden suite runs only these',
  GODI_GO: 'a Go release (go1.24.11) that builds the cases instead of the local Go; the engine is always built by the local Go',
  GODI_ROOT: 'the project folder holding cases/, golden/ and .golden-actual/; default: this repository',
  GODI_SHARD: 'k/n: the golden suite runs the k-th of n parts of the cases (CI machines); the run record names it',
  UPDATE_GOLDEN: '1: rewrite changed and missing goldens and delete orphans; new: create missing goldens only',
  UPDATE_CAPTURES: "1: live runs record each case's checked-in capture",
  GOLDEN_REPEAT: 'N: run each case N times; the normalized outputs must agree',
  CI: 'set (and not 0 or false): a CI run, which never writes goldens or captures',
  NO_COLOR: 'set and not empty: no colours',
  FORCE_COLOR: 'set: colours even through a pipe (0 or false: none)',
  CHROMIUM: 'the Chromium binary the HTML report tests drive (default: /usr/bin/chromium)',
} as const;

export type VariableName = keyof typeof VARIABLES;

/** The harness's view of an environment: the declared variables only. */
export type Environment = Readonly<Partial<Record<VariableName, string>>>;

/** This process's environment, as the harness reads it. */
export function environment(): Environment {
  return process.env;
}

/** This process's whole environment (PATH, HOME, ...), for a child process that needs it. */
export function fullEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/** CI set to anything but empty, 0 or false: goldens and captures change only in reviewed commits. */
export function isCI(env: Environment = environment()): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * Colours when FORCE_COLOR asks for them, never with NO_COLOR, else when stdout is a terminal.
 * (Test workers write through pipes: vitest.config.ts passes the terminal's answer on as FORCE_COLOR.)
 */
export function colorWanted(env: Environment = environment(), isTTY = process.stdout.isTTY === true): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
