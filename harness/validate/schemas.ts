// The JSON Schemas of schemas/, compiled once on first use into one ajv
// instance (the capture schema refers to the probes schema).
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const ID_BASE = 'https://godi-golden.dev/schemas/';

/** The schema files, by what they describe. */
export const SCHEMA_FILES = {
  snapshots: 'snapshot.schema.json',
  probes: 'probes.schema.json',
  captureMeta: 'capture.schema.json',
  caseSettings: 'case.schema.json',
} as const;

/** Which part of a schema file a validator checks: the whole file or one of its `$defs`. */
export interface SchemaTarget {
  file: (typeof SCHEMA_FILES)[keyof typeof SCHEMA_FILES];
  pointer?: string;
}

let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (ajv === undefined) {
    // verbose: messages list the allowed keys and quote rule descriptions (see problems.ts).
    ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    formats.default(ajv);
    for (const file of Object.values(SCHEMA_FILES)) {
      ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')));
    }
  }
  return ajv;
}

/** The compiled validator of a target; ajv caches it after the first call. */
export function validatorFor(target: SchemaTarget): ValidateFunction {
  const ref = `${ID_BASE}${target.file}${target.pointer === undefined ? '' : `#${target.pointer}`}`;
  const validate = instance().getSchema(ref);
  if (validate === undefined) throw new Error(`no schema at ${ref}`);
  return validate;
}
