// JSON Schema validation of snapshots, probes.json and capture metadata
// against schemas/*.schema.json.
//
// Each validate* function returns nothing when the value matches and throws a
// SchemaError listing every problem (JSON Pointer + readable message) when it
// does not: callers that only need "valid or not" get a test failure or an exit
// with the whole list for free, and the CLI prints `problems` one per line.
import { formatProblem, toProblems, type SchemaProblem } from './problems.ts';
import { SCHEMA_FILES, validatorFor, type SchemaTarget } from './schemas.ts';

export { formatProblem, type SchemaProblem } from './problems.ts';

/** Problems shown in an error message; `problems` always holds all of them. */
const MESSAGE_PROBLEMS = 20;

export class SchemaError extends Error {
  override readonly name = 'SchemaError';

  constructor(
    /** The file (or other source) the value came from. */
    readonly source: string,
    /** The schema file, under schemas/. */
    readonly schema: string,
    readonly problems: readonly SchemaProblem[],
  ) {
    const shown = problems.slice(0, MESSAGE_PROBLEMS).map((p) => `\n  ${formatProblem(p)}`);
    const more = problems.length > MESSAGE_PROBLEMS ? `\n  ... and ${problems.length - MESSAGE_PROBLEMS} more` : '';
    super(`${source} does not match schemas/${schema}:${shown.join('')}${more}`);
  }
}

/** Snapshots: an array of envelopes (as in golden files) or a single envelope. */
export function validateSnapshots(value: unknown, source: string): void {
  check(
    value,
    source,
    Array.isArray(value) ? { file: SCHEMA_FILES.snapshots } : { file: SCHEMA_FILES.snapshots, pointer: '/$defs/entry' },
  );
}

/** A case's probes.json: an array of LOG_PROBE definitions. */
export function validateProbesConfig(value: unknown, file: string): void {
  check(value, file, { file: SCHEMA_FILES.probes });
}

/** A case's optional case.json (schemas/case.schema.json). */
export function validateCaseSettings(value: unknown, file: string): void {
  check(value, file, { file: SCHEMA_FILES.caseSettings });
}

/** The JSON metadata of a capture file (docs/capture-format.md section 2). */
export function validateCaptureMeta(value: unknown, file: string): void {
  check(value, file, { file: SCHEMA_FILES.captureMeta });
}

/** A run record, .golden-actual/last-run.json (schemas/run-status.schema.json). */
export function validateRunStatus(value: unknown, file: string): void {
  check(value, file, { file: SCHEMA_FILES.runStatus });
}

function check(value: unknown, source: string, target: SchemaTarget): void {
  const validate = validatorFor(target);
  if (!validate(value)) throw new SchemaError(source, target.file, toProblems(validate.errors ?? []));
}

/**
 * validateCaptureMeta in the shape of readCapture's `validateMeta` option,
 * which reports one problem: the first, or undefined when the metadata is valid.
 */
export function captureMetaCheck(file: string): (meta: unknown) => SchemaProblem | undefined {
  return (meta) => {
    try {
      validateCaptureMeta(meta, file);
      return undefined;
    } catch (error) {
      if (error instanceof SchemaError) return error.problems[0];
      throw error;
    }
  };
}
