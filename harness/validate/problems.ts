// Turns ajv's raw errors into one readable problem per mistake, at the JSON
// Pointer of the offending value.
import type { ErrorObject } from 'ajv/dist/2020.js';

export interface SchemaProblem {
  /** JSON Pointer into the validated document; '' is the document itself. */
  path: string;
  message: string;
}

/** `path: message`, the root shown as `/`. */
export function formatProblem(problem: SchemaProblem): string {
  return `${problem.path || '/'}: ${problem.message}`;
}

/**
 * Readable problems from ajv errors (compiled with allErrors and verbose):
 * - an unknown key is reported at its own path, with the keys that are allowed;
 * - a failed anyOf/oneOf becomes one problem listing the alternatives
 *   ("must be integer or "[ts]"") instead of one error per branch;
 * - a failed if/then rule quotes the `description` the schema gives the rule.
 */
export function toProblems(errors: readonly ErrorObject[]): SchemaProblem[] {
  const branchErrors = collectBranches(errors);
  const rules = errors.filter((e) => e.keyword === 'if').map(ruleOf);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // propertyNames: the error of the name itself says what is wrong.
    if (error.keyword === 'if' || error.keyword === 'propertyNames' || isBranch(error, branchErrors)) continue;
    if (isFailedKnownKey(error, errors)) continue;
    const branches = branchErrors.get(error);
    const problem = branches === undefined ? describe(error) : describeAlternatives(error, branches);
    if (error.propertyName !== undefined) {
      problem.path = child(problem.path, error.propertyName);
      problem.message = `invalid key: ${problem.message}`;
    }
    const why = ownRuleDescription(error) ?? enclosingRule(error, rules)?.description;
    if (why !== undefined) problem.message += ` (${why})`;
    const key = formatProblem(problem);
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

/**
 * ajv reports the errors of the failed branches of an anyOf/oneOf just before
 * the anyOf/oneOf error itself. Branch schemas reached through $ref carry the
 * referenced schema's path, so branches are found by position: the run of
 * errors on the same value right before it.
 */
function collectBranches(errors: readonly ErrorObject[]): Map<ErrorObject, ErrorObject[]> {
  const branches = new Map<ErrorObject, ErrorObject[]>();
  errors.forEach((error, index) => {
    if (error.keyword !== 'anyOf' && !(error.keyword === 'oneOf' && error.params.passingSchemas === null)) return;
    const run: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const before = errors[i]!;
      if (before.instancePath !== error.instancePath || branches.has(before)) break;
      run.unshift(before);
    }
    branches.set(error, run);
  });
  return branches;
}

/**
 * A key checked by a then-branch that failed counts as unevaluated for ajv;
 * when the key has errors of its own, those say what is wrong, not "unknown key".
 */
function isFailedKnownKey(error: ErrorObject, errors: readonly ErrorObject[]): boolean {
  if (error.keyword !== 'unevaluatedProperties') return false;
  const key = child(error.instancePath, String(error.params.unevaluatedProperty));
  return errors.some((e) => e.instancePath === key || e.instancePath.startsWith(`${key}/`));
}

function isBranch(error: ErrorObject, branches: Map<ErrorObject, ErrorObject[]>): boolean {
  for (const run of branches.values()) if (run.includes(error)) return true;
  return false;
}

function describe(error: ErrorObject): SchemaProblem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: child(at, String(params.additionalProperty)), message: unknownKey(error) };
    case 'unevaluatedProperties':
      return { path: child(at, String(params.unevaluatedProperty)), message: 'unknown key, or not allowed here' };
    case 'required':
      return { path: at, message: `missing key "${String(params.missingProperty)}"` };
    case 'dependentRequired':
      return {
        path: at,
        message: `missing key "${String(params.missingProperty)}" (required with "${String(params.property)}")`,
      };
    case 'false schema':
      return { path: at, message: 'must not be present' };
    case 'type':
      return { path: at, message: `must be ${String(params.type).split(',').join(' or ')}` };
    case 'const':
      return { path: at, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'enum':
      return {
        path: at,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'format':
      return { path: at, message: `must be a ${String(params.format)}` };
    case 'pattern':
      return { path: at, message: `must match ${String(params.pattern)}` };
    case 'oneOf':
      return { path: at, message: 'matches more than one alternative' };
    default:
      return { path: at, message: error.message ?? `fails "${error.keyword}"` };
  }
}

function unknownKey(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const allowed = Object.keys(properties ?? {});
  return allowed.length === 0 ? 'unknown key' : `unknown key; expected one of: ${allowed.join(', ')}`;
}

function describeAlternatives(error: ErrorObject, branches: readonly ErrorObject[]): SchemaProblem {
  const messages = [...new Set(branches.map((b) => describe(b).message))];
  if (messages.length === 0) return describe(error);
  const message = messages.every((m) => m.startsWith('must be '))
    ? `must be ${messages.map((m) => m.slice('must be '.length)).join(' or ')}`
    : messages.join(' or ');
  return { path: error.instancePath, message };
}

/** A failed anyOf/oneOf explains itself with the description of the schema holding it. */
function ownRuleDescription(error: ErrorObject): string | undefined {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf' ? descriptionOf(error.parentSchema) : undefined;
}

interface Rule {
  instancePath: string;
  /** schemaPath of the schema holding the if/then/else. */
  schemaPath: string;
  description: string | undefined;
}

function ruleOf(error: ErrorObject): Rule {
  return {
    instancePath: error.instancePath,
    schemaPath: error.schemaPath.slice(0, -'/if'.length),
    description: descriptionOf(error.parentSchema),
  };
}

/** The innermost failed if/then rule whose then/else branch produced this error. */
function enclosingRule(error: ErrorObject, rules: readonly Rule[]): Rule | undefined {
  let best: Rule | undefined;
  for (const rule of rules) {
    const underValue = error.instancePath === rule.instancePath || error.instancePath.startsWith(`${rule.instancePath}/`);
    const underBranch = [`${rule.schemaPath}/then/`, `${rule.schemaPath}/else/`].some((p) => error.schemaPath.startsWith(p));
    if (underValue && underBranch && (best === undefined || rule.instancePath.length > best.instancePath.length)) {
      best = rule;
    }
  }
  return best;
}

function descriptionOf(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}

function child(pointer: string, key: string): string {
  return `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
