// The JSON Schemas of schemas/, compiled by ajv into one module of standalone validators (ajv's
// own code generation) and cached in harness/.build/ under a hash of the schemas and the
// installed packages: loading it takes about 10 ms where compiling took 150, paid by every test
// worker, suite run and CLI start that validates.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _, Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { writeFileAtomicSync } from '../common/index.ts';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const LOCKFILE = new URL('../../package-lock.json', import.meta.url);
const BUILD = fileURLToPath(new URL('../.build/', import.meta.url));
const ID_BASE = 'https://godi-golden.dev/schemas/';

/** The schema files, by what they describe. */
export const SCHEMA_FILES = {
  snapshots: 'snapshot.schema.json',
  probes: 'probes.schema.json',
  captureMeta: 'capture.schema.json',
  caseSettings: 'case.schema.json',
  runStatus: 'run-status.schema.json',
} as const;

/** Which part of a schema file a validator checks: the whole file or one of its `$defs`. */
export interface SchemaTarget {
  file: (typeof SCHEMA_FILES)[keyof typeof SCHEMA_FILES];
  pointer?: string;
}

/** Every target the harness validates against: each file, and a single snapshot envelope. */
const TARGETS: readonly SchemaTarget[] = [
  ...Object.values(SCHEMA_FILES).map((file) => ({ file })),
  { file: SCHEMA_FILES.snapshots, pointer: '/$defs/entry' },
];

const refOf = (target: SchemaTarget) => `${ID_BASE}${target.file}${target.pointer === undefined ? '' : `#${target.pointer}`}`;

// verbose: messages list the allowed keys and quote rule descriptions (see problems.ts).
const AJV_OPTIONS = { strict: true, allErrors: true, verbose: true } as const;
const FORMATS_MODULE = 'ajv-formats/dist/formats';

let validators: Record<string, ValidateFunction> | undefined;

/** The compiled validator of a target. */
export function validatorFor(target: SchemaTarget): ValidateFunction {
  validators ??= loadValidators(BUILD);
  const validate = validators[refOf(target)];
  if (validate === undefined) throw new Error(`no compiled validator for ${refOf(target)}: add it to TARGETS in harness/validate/schemas.ts`);
  return validate;
}

/**
 * The validators cached in folder `build` for this version of everything that compiles them (the
 * schemas, the installed packages, ajv's options, the targets), compiled when missing; older
 * versions are removed.
 */
export function loadValidators(build: string): Record<string, ValidateFunction> {
  const schemas = Object.values(SCHEMA_FILES).map((file) => readFileSync(new URL(file, SCHEMA_DIR), 'utf8'));
  const hash = createHash('sha256');
  for (const text of schemas) hash.update(text).update('\0');
  hash.update(readFileSync(LOCKFILE)).update(JSON.stringify([AJV_OPTIONS, FORMATS_MODULE, TARGETS]));
  const file = join(build, `schemas-${hash.digest('hex').slice(0, 16)}.cjs`);
  if (!existsSync(file)) {
    writeFileAtomicSync(file, compile(schemas)); // a concurrent reader sees no half-written module
    for (const old of readdirSync(build)) if (old.startsWith('schemas-') && join(build, old) !== file) rmSync(join(build, old), { force: true });
  }
  return createRequire(import.meta.url)(file) as Record<string, ValidateFunction>;
}

/** Standalone code of every target, from one ajv instance (the capture schema refers to the probes schema). */
function compile(schemas: readonly string[]): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, formats: _`require(${FORMATS_MODULE}).fullFormats` } });
  formats.default(ajv);
  for (const text of schemas) ajv.addSchema(JSON.parse(text));
  return standaloneCode.default(ajv, Object.fromEntries(TARGETS.map((target) => [refOf(target), refOf(target)])));
}
