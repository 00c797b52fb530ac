// The TypeScript types of the capture metadata, generated from schemas/capture.schema.json by
// json-schema-to-typescript (`npm run generate` writes them; harness/capture/meta-types.test.ts
// fails when the checked-in file is out of date).
//
// json-schema-to-typescript reads shapes (properties, items, anyOf), not conditionals, so the
// schema is first rewritten into the same shapes without them:
// - an if/then/else choosing between two whole shapes ($refs) becomes their union;
// - `$defs/type`'s rules ("if kind is K then these keys"), which ajv checks one by one with
//   readable messages, become one union member per rule, one for the kinds no rule names, and
//   one for the types the rules exclude (opaque);
// - the other conditionals only constrain values and are dropped.
import { readFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const SCHEMAS = new URL('../schemas/', import.meta.url);

/** The generated file, checked in. */
export const CAPTURE_META_TYPES_FILE = new URL('../harness/capture/meta-types.generated.ts', import.meta.url);

/** The names of the generated types, by `$defs` key (both schemas'): the names the decoder uses. */
const NAMES: Record<string, string> = {
  type: 'CaptureType',
  structField: 'StructField',
  swissLayout: 'SwissLayout',
  hmapLayout: 'HmapLayout',
  probe: 'CaptureProbe',
  instance: 'CaptureInstance',
  variable: 'ProbeVariable',
  symbol: 'CaptureSymbol',
  captureLimits: 'CaptureLimits',
  segments: 'TemplateSegments',
  textSegment: 'TextSegment',
  expressionSegment: 'ExpressionSegment',
  expression: 'ProbeExpression',
};

type Schema = { [key: string]: unknown };

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

function readSchema(file: string): Schema {
  return JSON.parse(readFileSync(new URL(file, SCHEMAS), 'utf8')) as Schema;
}

/**
 * `schema` without its conditionals; a choice between two whole shapes becomes their union. An
 * object with no declared keys (an expression tree) stays `unknown`, as the decoder reads it.
 */
function withoutConditionals(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutConditionals);
  if (!isSchema(schema)) return schema;
  const shaped = ['properties', 'additionalProperties', '$ref', 'then'].some((key) => key in schema);
  if (schema.type === 'object' && !shaped) return { description: schema.description, tsType: 'unknown' };
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'if' || key === 'then' || key === 'else') continue;
    out[key] = withoutConditionals(value);
  }
  const { then: yes, else: no } = schema;
  if (isSchema(yes) && isSchema(no) && typeof yes.$ref === 'string' && typeof no.$ref === 'string') {
    out.anyOf = [withoutConditionals(yes), withoutConditionals(no)];
  }
  if (Array.isArray(out.allOf)) {
    const shapes = (out.allOf as Schema[]).filter((s) => Object.keys(s).some((k) => k !== 'description'));
    if (shapes.length > 0) out.allOf = shapes;
    else delete out.allOf;
  }
  return out;
}

interface KindRule {
  description?: string;
  if: { properties: Record<string, unknown> };
  then: { properties: Record<string, unknown>; required?: string[] };
}

/** The kinds a rule's `if` names. */
function kindsOf(rule: KindRule): string[] {
  const condition = rule.if.properties.kind as { const?: string; enum?: string[] };
  return condition.enum ?? [condition.const as string];
}

const typeName = (kinds: string[]): string =>
  `${kinds.map((k) => k[0]?.toUpperCase() + k.slice(1)).join('Or')}Type`;

/**
 * `$defs/type` as a union: each rule "if kind is K (and the keys set to false are absent) then
 * these keys" is a member; the kinds no rule names share one member with the common keys only;
 * the keys the rules require absent (opaque) make the last member, common keys only.
 */
function typeUnion(type: Schema): Schema {
  const rules = type.allOf as KindRule[];
  const common = type.properties as Record<string, unknown>;
  const required = type.required as string[];
  const allKinds = (common.kind as { enum: string[] }).enum;
  // Keys every rule's `if` requires absent (`"opaque": false`): their presence makes the last member.
  const excluding = Object.keys(rules[0]?.if.properties ?? {}).filter((k) => rules[0]?.if.properties[k] === false);
  const excludingDescription = (common[excluding[0] ?? ''] as Schema | undefined)?.description as string | undefined;
  const commonOnly: Record<string, unknown> = { ...common };
  for (const key of excluding) commonOnly[key] = false;
  const member = (title: string, properties: Record<string, unknown>, more: string[] = [], description?: string): Schema => ({
    title,
    ...(description === undefined ? {} : { description }),
    type: 'object',
    properties,
    required: [...required, ...more],
    additionalProperties: false,
  });
  const named = new Set(rules.flatMap((rule) => kindsOf(rule)));
  const plainKinds = allKinds.filter((k) => !named.has(k));
  return {
    description: type.description,
    anyOf: [
      ...rules.map((rule) => {
        const kinds = kindsOf(rule);
        const properties = { ...commonOnly, kind: { enum: kinds }, ...rule.then.properties };
        return member(typeName(kinds), properties, rule.then.required, rule.description);
      }),
      member('PlainType', { ...commonOnly, kind: { enum: plainKinds } }, [], 'a type of a kind with no keys of its own'),
      member('OpaqueType', common, excluding, excludingDescription),
    ],
  };
}

/**
 * A description beside a `$ref` to a named definition would make a second type of the same name
 * (ProbeExpression1): the definition's own description is kept.
 */
function withoutRefDescriptions(schema: unknown, named: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withoutRefDescriptions(s, named));
  if (!isSchema(schema)) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withoutRefDescriptions(value, named);
  if (typeof schema.$ref === 'string' && named.has(schema.$ref)) delete out.description;
  return out;
}

/** The capture schema with the probes schema's definitions it refers to, in shapes json-schema-to-typescript reads. */
function typeScriptView(): JSONSchema {
  const capture = readSchema('capture.schema.json');
  const probes = readSchema('probes.schema.json');
  const defs: Schema = { ...(capture.$defs as Schema), ...(probes.$defs as Schema) };
  defs.type = typeUnion(defs.type as Schema);
  for (const [key, title] of Object.entries(NAMES)) defs[key] = { ...(defs[key] as Schema), title };
  const local = JSON.parse(JSON.stringify({ ...capture, $defs: defs }).replaceAll('"probes.schema.json#/', '"#/'));
  const named = new Set(Object.keys(NAMES).map((key) => `#/$defs/${key}`));
  return { ...(withoutConditionals(withoutRefDescriptions(local, named)) as JSONSchema), title: 'CaptureMeta' };
}

/** The generated TypeScript module. */
export async function captureMetaTypes(): Promise<string> {
  return compile(typeScriptView(), 'CaptureMeta', {
    bannerComment:
      '// Generated from schemas/capture.schema.json by scripts/capture-types.ts (`npm run generate`): do not edit.',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}
