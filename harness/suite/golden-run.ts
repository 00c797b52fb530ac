// The golden suite's state for one run: settings read once, the discovered cases, each
// probe's pipeline (captured live or replayed -> decoded -> normalized -> validated -> compared),
// and the end-of-run checks.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverCases, type GoCase } from '../cases/index.ts';
import { colorWanted, environment, type Environment, isCI, type JsonValue } from '../common/index.ts';
import {
  compareGolden,
  FsGoldenStore,
  type GoldenKey,
  overrideKey,
  parseGolden,
  updatePolicy,
  type UpdatePolicy,
  VersionedGoldens,
} from '../golden/index.ts';
import { normalizeSnapshots, RULES, RuleTracker } from '../normalize/index.ts';
import { ACTUAL_FOLDER, makeRunStatus, type RunOrigin, RunRecording, writeRunStatus } from '../run-record/index.ts';
import { type CaseSnapshots, type CaseSource, caseSourceFromEnv, casesToolchain, olderGo } from '../run/index.ts';
import { validateSnapshots } from '../validate/index.ts';
import { assertRepeatable, repeatCount } from './repeatable.ts';
import { casesOfShard, parseShard, type Shard, shardLabel } from './shard.ts';

/** A failure whose message says everything: no stack trace under it. */
export class GoldenSuiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldenSuiteError';
    this.stack = `${this.name}: ${message}`;
  }
}

export interface SuiteSettings {
  /** The project: cases/, golden/ and .golden-actual/ live here (GODI_ROOT, else this repository). */
  readonly root: string;
  readonly policy: UpdatePolicy;
  readonly ci: boolean;
  readonly color: boolean;
  /** GODI_CASES=a,b: only these cases. */
  readonly onlyCases?: readonly string[];
  /** GODI_SHARD=k/n: only the k-th of n parts of the cases. */
  readonly shard?: Shard;
  /** GOLDEN_REPEAT=N: each case runs N times and the normalized outputs must be identical. */
  readonly repeat: number;
}

const REPOSITORY = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Several settings were refused at once: each one's error, one per line. */
export class SuiteSettingsError extends Error {
  override name = 'SuiteSettingsError';
  constructor(readonly errors: readonly Error[]) {
    super(errors.map((error) => `${error.name}: ${error.message}`).join('\n'));
  }
}

/**
 * Reads the environment once. A refused setting (UPDATE_GOLDEN under CI, a bad GOLDEN_REPEAT or
 * GODI_SHARD) throws its error; several throw a SuiteSettingsError naming them all, so that one
 * run tells everything to fix.
 */
export function readSettings(env: Environment): SuiteSettings {
  const policy = attempt(() => updatePolicy(env));
  const repeat = attempt(() => repeatCount(env));
  const shard = attempt(() => parseShard(env.GODI_SHARD));
  if (policy instanceof Error || repeat instanceof Error || shard instanceof Error) {
    const errors = [policy, repeat, shard].filter((value) => value instanceof Error);
    throw errors.length === 1 ? errors[0] : new SuiteSettingsError(errors);
  }
  const onlyCases = env.GODI_CASES?.split(',').map((name) => name.trim()).filter(Boolean);
  return {
    root: projectRoot(env),
    policy,
    ci: isCI(env),
    color: colorWanted(env),
    repeat,
    ...(onlyCases && onlyCases.length > 0 ? { onlyCases } : {}),
    ...(shard ? { shard } : {}),
  };
}

/** What parse returns, or the error it throws. */
function attempt<T>(parse: () => T): T | Error {
  try {
    return parse();
  } catch (error) {
    return error as Error;
  }
}

const projectRoot = (env: Environment): string => (env.GODI_ROOT ? resolve(env.GODI_ROOT) : REPOSITORY);

/** GODI_SHARD, for the record of a run that failed at setup: none when it is not a shard. */
function shardOrNone(env: Environment): Shard | undefined {
  const shard = attempt(() => parseShard(env.GODI_SHARD));
  return shard instanceof Error ? undefined : shard;
}

/**
 * What the run record names the run by: its shard, and the Go that built the cases (a replay
 * builds nothing: then the Go they would be built with, GODI_GO or the local one, if there is one).
 */
async function runOrigin(env: Environment, built: string | undefined, shard: Shard | undefined): Promise<RunOrigin> {
  const goVersion = built ?? (await casesToolchain(env).catch(() => undefined))?.version;
  return { ...(goVersion ? { goVersion } : {}), ...(shard ? { shard: shardLabel(shard) } : {}) };
}

export const testName = (program: string, probeId: string): string => `${program} › ${probeId}`;

/**
 * How a run knows it is filtered (and so must delete nothing and skip the dead-rule check):
 * GODI_CASES or GODI_SHARD is set, or fewer probe tests started than were declared (vitest `-t`, `.only`).
 * A file filter that leaves out golden.test.ts runs none of this at all. The end-of-run
 * tests are declared last, and vitest runs the tests of a file in declaration order.
 */
export class GoldenRun {
  readonly #tracker = new RuleTracker();
  readonly #started = new Set<string>();
  #normalized = 0;
  readonly #runs = new Map<string, Promise<(CaseSnapshots & { readonly checkedIn?: CaseSnapshots })[]>>();
  readonly #recording: RunRecording;
  readonly #declared: readonly GoldenKey[];

  private constructor(
    readonly settings: SuiteSettings,
    readonly cases: readonly GoCase[],
    /** Live runs of the engine, or the checked-in captures (GODI_LIVE; run/case-source.ts). */
    readonly source: CaseSource,
    origin: RunOrigin,
  ) {
    const goldens = {
      goldens: new FsGoldenStore(settings.root, 'golden'),
      actuals: new FsGoldenStore(settings.root, ACTUAL_FOLDER),
      policy: settings.policy,
      ci: settings.ci,
      color: settings.color,
      validate: validateSnapshots,
    };
    this.#recording = new RunRecording(goldens, origin);
    this.#declared = cases.flatMap((goCase) => goCase.probes.map((probe) => ({ program: goCase.name, probeId: probe.id })));
  }

  /**
   * Records a run that failed before any probe ran, so that `status` and the reports show this
   * run's failure, not the previous run's results.
   */
  static async recordSetupFailure(error: Error, env: Environment = environment()): Promise<void> {
    const actuals = new FsGoldenStore(projectRoot(env), ACTUAL_FOLDER);
    await writeRunStatus(actuals.dir, { ...makeRunStatus('none', [], await runOrigin(env, undefined, shardOrNone(env))), setupError: error.message });
  }

  static async start(env: Environment = environment()): Promise<GoldenRun> {
    const settings = readSettings(env);
    const cases = casesOfShard(await discoverCases(settings.root, settings.onlyCases), settings.shard);
    const source = await caseSourceFromEnv(settings.root, env);
    return new GoldenRun(settings, cases, source, await runOrigin(env, source.goVersion, settings.shard));
  }

  /** Why a case is skipped: its program needs a newer Go than the run builds with (case.json minGo). */
  skipReason(goCase: GoCase): string | undefined {
    const { minGo } = goCase.expect;
    const built = this.source.goVersion;
    if (minGo === undefined || built === undefined || !olderGo(built, minGo)) return undefined;
    return `cases/${goCase.name} needs ${minGo} or later (case.json minGo); this run builds with ${built}`;
  }

  get filtered(): boolean {
    return this.settings.onlyCases !== undefined || this.settings.shard !== undefined || this.#started.size < this.#declared.length;
  }

  /** The pipeline of one probe test; throws what makes the test fail. */
  async checkProbe(goCase: GoCase, probeId: string): Promise<void> {
    const name = testName(goCase.name, probeId);
    const key = { program: goCase.name, probeId };
    this.#started.add(name);
    let actual: JsonValue[];
    try {
      actual = await this.#snapshots(goCase, probeId);
      validateSnapshots(actual, `${name} (normalized snapshots)`);
    } catch (error) {
      this.#recording.fail(key, (error as Error).message);
      throw error;
    }
    const line = this.source.versionLine;
    if (line === undefined) {
      const result = await this.#recording.check(key, actual, name);
      if (result.failure !== undefined) throw new GoldenSuiteError(result.failure);
      return;
    }
    // Built with another Go (GODI_GO): the override of that release line, else the default golden.
    const goldens = new VersionedGoldens(this.#recording.env.goldens, line);
    const versioned = overrideKey(key, line);
    const hadOverride = await goldens.hasOverride(key);
    const result = await this.#recording.check(versioned, actual, name, goldens);
    if (hadOverride && this.settings.policy === 'all' && (await this.#equalsDefault(goldens, key, actual))) {
      await goldens.remove(versioned); // the release gives the default now: no override needed
    }
    if (result.failure !== undefined) throw new GoldenSuiteError(result.failure);
  }

  async #equalsDefault(goldens: VersionedGoldens, key: GoldenKey, actual: JsonValue[]): Promise<boolean> {
    const text = await goldens.readDefault(key);
    return text !== undefined && compareGolden(parseGolden(text, goldens.describe(key)), actual).equal;
  }

  /** Writes `.golden-actual/last-run.json`, the record the CLI reads. */
  async finish(): Promise<void> {
    await this.#recording.finish();
  }

  async #snapshots(goCase: GoCase, probeId: string): Promise<JsonValue[]> {
    const runs = await this.#caseSnapshots(goCase);
    // Nothing lost silently: a probe not installed, dropped hits, a program that did not end as
    // declared fail the probe (the last one, each probe of the case).
    const problems = runs.flatMap((run) => run.problems).filter((p) => p.probeId === undefined || p.probeId === probeId);
    if (problems.length > 0) {
      const next = [...new Set(problems.map((p) => p.next))].join('; ');
      throw new GoldenSuiteError(`${problems.map((p) => p.message).join('\n')}\nnext (cases/${goCase.name}/): ${next}`);
    }
    const decoded = runs.map((run) => run.byProbe.get(probeId));
    if (decoded[0] === undefined) {
      throw new GoldenSuiteError(`no capture of cases/${goCase.name} (${this.source.description}) recorded probe "${probeId}"`);
    }
    // A repeat that lost the probe compares as no snapshots: the difference names what went missing.
    const normalized = decoded.map((snapshots) => normalizeSnapshots(snapshots ?? [], this.#tracker));
    this.#normalized++;
    assertRepeatable(normalized, `${testName(goCase.name, probeId)} (GOLDEN_REPEAT=${normalized.length})`);
    const live = normalized[0] as JsonValue[];
    const checkedIn = runs[0]?.checkedIn;
    if (checkedIn !== undefined) {
      const replayed = normalizeSnapshots(checkedIn.byProbe.get(probeId) ?? [], new RuleTracker());
      const { equal, changes } = compareGolden(live, replayed);
      if (!equal) {
        const paths = changes.slice(0, 5).map((c) => `${c.kind} ${c.pointer}`).join(', ');
        throw new GoldenSuiteError(
          `the checked-in capture of cases/${goCase.name} no longer gives what the live run gives for probe "${probeId}" ` +
            `(${changes.length} path(s): ${paths}): record it again with \`UPDATE_CAPTURES=1 npm test\``,
        );
      }
    }
    return live;
  }

  /** Fails on goldens no probe declares; an unfiltered UPDATE_GOLDEN=1 run deletes them instead. */
  async checkOrphans(): Promise<string[]> {
    // A run of some cases (GODI_CASES, GODI_SHARD) judges the goldens of those cases only.
    const some = this.settings.onlyCases !== undefined || this.settings.shard !== undefined;
    const programs = some ? new Set(this.cases.map((goCase) => goCase.name)) : undefined;
    const { deleted, kept: orphans } = await this.#recording.settleOrphans(this.#declared, { programs, filtered: this.filtered });
    const goldens = this.#recording.env.goldens;
    if (orphans.length === 0) return deleted.map((key) => goldens.describe(key));
    const files = orphans.map((key) => goldens.describe(key));
    const cases = new Set(this.cases.map((goCase) => goCase.name));
    const lines = orphans.map(
      (key, i) => `  ${files[i]}: ${cases.has(key.program) ? `cases/${key.program}/probes.json has no probe "${key.probeId}"` : `there is no case cases/${key.program}`}`,
    );
    const fix = this.filtered
      ? 'delete them, or run the whole suite with `UPDATE_GOLDEN=1 npm test` (a filtered run deletes nothing)'
      : 'delete them, or run `UPDATE_GOLDEN=1 npm test` to delete them';
    throw new GoldenSuiteError(`${orphans.length} orphaned golden file(s), no probe produces them:\n${lines.join('\n')}\n${fix}`);
  }

  /** Why the dead-rule check cannot judge this run, if it cannot. */
  get ruleCheckSkipReason(): string | undefined {
    if (this.filtered) return 'filtered run: the rules are checked when every probe runs';
    const missing = this.#declared.length - this.#normalized;
    if (missing > 0) return `${missing} probe(s) failed before normalization: the rules are checked when every probe gets there`;
    return undefined;
  }

  /** Fails when a normalization rule replaced nothing in the whole run: it could hide a future change unseen. */
  checkRulesUsed(): void {
    const dead = RULES.filter((rule) => this.#tracker.unmatched().includes(rule.name));
    if (dead.length === 0) return;
    const lines = dead.map((rule) => `  ${rule.name} (${rule.match}): ${rule.why}`);
    throw new GoldenSuiteError(
      `${dead.length} normalization rule(s) matched nothing in ${this.#declared.length} probe(s):\n${lines.join('\n')}\n` +
        'add a case that exercises the rule, or delete the rule from harness/normalize/rules.ts',
    );
  }

  /** The runs (live or replayed, GOLDEN_REPEAT of them) of a case, shared by its probe tests: a failure fails each of them. */
  #caseSnapshots(goCase: GoCase): Promise<(CaseSnapshots & { readonly checkedIn?: CaseSnapshots })[]> {
    let runs = this.#runs.get(goCase.name);
    if (runs === undefined) {
      runs = oneAfterAnother(this.settings.repeat, () => this.source.snapshots(goCase));
      this.#runs.set(goCase.name, runs);
    }
    return runs;
  }
}

/** `times` results of `run`, each started when the previous one ended (live runs must not overlap). */
async function oneAfterAnother<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run());
  return results;
}
