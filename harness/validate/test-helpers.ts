// Test helpers: the problems a validator reports, and JSON Pointer edits for mutation tests.
import { SchemaError, type SchemaProblem } from './index.ts';

/** The problems `validate` throws for `value`; [] when it accepts it. */
export function problemsOf(validate: (value: unknown, source: string) => void, value: unknown): readonly SchemaProblem[] {
  try {
    validate(value, 'test.json');
    return [];
  } catch (error) {
    if (error instanceof SchemaError) return error.problems;
    throw error;
  }
}

type Container = Record<string, unknown> | unknown[];

function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The parent container and last key of a JSON Pointer; throws when the path does not exist. */
function locate(doc: unknown, pointer: string): [Container, string] {
  const tokens = pointer.split('/').slice(1).map(unescapeToken);
  const last = tokens.pop();
  if (last === undefined) throw new Error('cannot edit the document root');
  let node = doc;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !(token in node)) throw new Error(`no ${token} on the way to ${pointer}`);
    node = (node as Record<string, unknown>)[token];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`${pointer}: parent is not a container`);
  return [node as Container, last];
}

/** Replaces the value at `pointer`, which must exist (a typo in a path fails loudly). */
export function setAt(doc: unknown, pointer: string, value: unknown): void {
  const [parent, key] = locate(doc, pointer);
  if (!(key in parent)) throw new Error(`nothing to replace at ${pointer}`);
  (parent as Record<string, unknown>)[key] = value;
}

/** Adds a key that must not exist yet. */
export function addAt(doc: unknown, pointer: string, value: unknown): void {
  const [parent, key] = locate(doc, pointer);
  if (key in parent) throw new Error(`${pointer} already exists`);
  (parent as Record<string, unknown>)[key] = value;
}

export function deleteAt(doc: unknown, pointer: string): void {
  const [parent, key] = locate(doc, pointer);
  if (Array.isArray(parent)) throw new Error(`${pointer}: deleting an array element would leave a hole`);
  if (!(key in parent)) throw new Error(`nothing to delete at ${pointer}`);
  delete (parent as Record<string, unknown>)[key];
}
