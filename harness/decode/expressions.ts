// The Datadog expression language (probe conditions, template segments, capture expressions),
// evaluated on the values a hit captured: references, members, indexes, lengths, comparisons,
// string and collection predicates. An expression that cannot be evaluated gives an error in the
// agent's words (nil pointer dereference, index out of bounds, ...), never an exception.

import type { TypeKind } from '../capture/index.ts';
import type { CapturedValue } from './snapshot.ts';

/**
 * What an expression evaluates to: a captured value, a computed scalar (with its Go type when the
 * agent gives it one of its own: a map's length is a uint64), literal text, or an error. An error
 * `atInstall` is one the agent finds when it builds the probe (an unknown name, len of an int): it
 * renders in the message but is no evaluation error of the hit.
 */
export type Evaluated = { value: CapturedValue } | { scalar: Scalar; type?: string } | { text: string } | { error: string; atInstall?: boolean };
export type Scalar = boolean | number | bigint | string | null;

export interface Scope {
  arguments: Record<string, CapturedValue> | undefined;
  /** Return locals (`@return`), when a return was captured. */
  locals: Record<string, CapturedValue> | undefined;
  durationNs: number | undefined;
  /** Why there is no duration, when a return was awaited and there is none. */
  durationMissing: string | undefined;
  /** Kind of a value of the named type, pointers followed. */
  kindOf(typeName: string): TypeKind | undefined;
}

class ExpressionError extends Error {
  constructor(
    message: string,
    readonly atInstall = false,
  ) {
    super(message);
  }
}

const fail = (message: string): never => {
  throw new ExpressionError(message);
};

/** An error the agent reports when it builds the probe, not when a hit evaluates it. */
const refuse = (message: string): never => {
  throw new ExpressionError(message, true);
};

/** Rethrows an evaluated error, keeping when it is found. */
const failWith = (error: { error: string; atInstall?: boolean }): never => {
  throw new ExpressionError(error.error, error.atInstall);
};

type Bindings = ReadonlyMap<string, CapturedValue | Scalar>;

/** Evaluates the JSON tree of an expression in `scope`. */
export function evaluate(json: unknown, scope: Scope): Evaluated {
  try {
    return new Evaluator(scope).eval(json, new Map());
  } catch (error) {
    if (error instanceof ExpressionError) return error.atInstall ? { error: error.message, atInstall: true } : { error: error.message };
    throw error;
  }
}

/** A condition's truth; an error when it does not evaluate to a boolean. */
export function evaluateCondition(json: unknown, scope: Scope): { holds: boolean } | { error: string } {
  const result = evaluate(json, scope);
  if ('error' in result) return result;
  if ('scalar' in result && typeof result.scalar === 'boolean') return { holds: result.scalar };
  return { error: 'the condition is not a boolean' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const INTEGER_TYPE = /^(u?int(8|16|32|64)?|uintptr)$/;
const FLOAT_TYPE = /^float(32|64)$/;
const HEX = /^0x[0-9a-f]+$/i;

class Evaluator {
  constructor(private readonly scope: Scope) {}

  eval(json: unknown, bindings: Bindings): Evaluated {
    if (json === null || typeof json === 'boolean' || typeof json === 'number' || typeof json === 'string') return { scalar: json };
    if (!isObject(json)) return fail('not an expression');
    const [op, arg] = Object.entries(json)[0] ?? fail('empty expression');
    const args = Array.isArray(arg) ? arg : [arg];
    switch (op) {
      case 'ref':
        return this.ref(String(arg), bindings);
      case 'getmember':
        return this.member(this.value(args[0], bindings), String(args[1]));
      case 'index':
        return this.index(this.value(args[0], bindings), this.scalar(args[1], bindings));
      case 'len':
      case 'count': {
        const collection = this.value(args[0], bindings);
        // The agent types a map's length uint64 (its count field differs across Go versions).
        return this.isMap(collection) ? { scalar: this.length(collection), type: 'uint64' } : { scalar: this.length(collection) };
      }
      case 'isEmpty':
        return { scalar: this.length(this.value(args[0], bindings)) === 0 };
      case 'isDefined':
      case 'isUndefined': {
        const name = isObject(args[0]) && typeof args[0].ref === 'string' ? args[0].ref : String(args[0]);
        const defined = bindings.has(name) || this.scope.arguments?.[name] !== undefined || (name === '@return' && this.scope.locals !== undefined);
        return { scalar: op === 'isDefined' ? defined : !defined };
      }
      case 'not':
        return { scalar: !this.bool(args[0], bindings) };
      case 'and':
        return { scalar: args.every((a) => this.bool(a, bindings)) };
      case 'or':
        return { scalar: args.some((a) => this.bool(a, bindings)) };
      case 'eq':
      case 'ne': {
        const equal = this.equal(this.scalar(args[0], bindings), this.scalar(args[1], bindings));
        return { scalar: op === 'eq' ? equal : !equal };
      }
      case 'lt':
      case 'le':
      case 'gt':
      case 'ge':
        return { scalar: this.order(op, this.scalar(args[0], bindings), this.scalar(args[1], bindings)) };
      case 'startsWith':
      case 'endsWith':
      case 'matches': {
        const text = this.text(args[0], bindings);
        const other = this.text(args[1], bindings);
        if (op === 'startsWith') return { scalar: text.startsWith(other) };
        if (op === 'endsWith') return { scalar: text.endsWith(other) };
        return { scalar: this.regex(other).test(text) };
      }
      case 'contains':
        return { scalar: this.contains(args[0], args[1], bindings) };
      case 'instanceof': {
        const v = this.value(args[0], bindings);
        return { scalar: v.type === String(args[1]) || v.fields?.data?.type === String(args[1]) };
      }
      case 'any':
      case 'all':
      case 'filter':
        return this.quantify(op, this.value(args[0], bindings), args[1], bindings);
      default:
        // The agent's parser makes it an UnsupportedExpr, refused when it builds the probe.
        return refuse(`unsupported operation: ${op}`);
    }
  }

  private ref(name: string, bindings: Bindings): Evaluated {
    const bound = bindings.get(name);
    if (bound !== undefined) return isObject(bound) ? { value: bound as CapturedValue } : { scalar: bound as Scalar };
    if (name === '@duration') {
      if (this.scope.durationNs !== undefined) return { scalar: this.scope.durationNs / 1e6 };
      if (this.scope.durationMissing !== undefined) return { text: `@duration is not available: ${this.scope.durationMissing}` };
      return fail('@duration is not available');
    }
    if (name === '@return') {
      const value = this.scope.locals?.['@return'];
      return value ? { value } : fail('@return is not available');
    }
    const value = this.scope.arguments?.[name];
    return value ? { value } : refuse(`failed to resolve reference "${name}"`);
  }

  private value(json: unknown, bindings: Bindings): CapturedValue {
    const result = this.eval(json, bindings);
    if ('value' in result) return result.value;
    if ('error' in result) return failWith(result);
    return fail('a value was expected');
  }

  private member(value: CapturedValue, name: string): Evaluated {
    if (value.isNull) return fail('nil pointer dereference');
    this.captured(value);
    if (value.type !== undefined && this.scope.kindOf(value.type) === 'interface' && value.fields?.data && name !== 'data') {
      return this.member(value.fields.data, name);
    }
    const field = value.fields?.[name];
    return field ? { value: field } : fail(`failed to resolve field "${name}" of ${value.type ?? 'value'}`);
  }

  private index(value: CapturedValue, key: Scalar): Evaluated {
    if (value.isNull) return fail('nil pointer dereference');
    this.captured(value);
    if (value.entries) {
      const entry = value.entries.find(([k]) => this.equal(this.toScalar(k), key));
      return entry ? { value: entry[1] } : fail('no such key');
    }
    const elements = value.elements ?? fail(`${value.type ?? 'value'} cannot be indexed`);
    const i = Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= Number(value.size ?? elements.length)) return fail('index out of bounds');
    return i < elements.length ? { value: elements[i] as CapturedValue } : fail('index out of bounds (not captured)');
  }

  /** A value that was not captured cannot be looked into. */
  private captured(value: CapturedValue): void {
    if (value.notCapturedReason !== undefined && !value.fields && !value.elements && !value.entries && value.value === undefined) {
      fail(`${value.type ?? 'value'} was not captured (${value.notCapturedReason})`);
    }
  }

  /**
   * len as Go and the agent take it: of a string (bytes), slice, array or map, nil being empty;
   * through one pointer to a string or slice, a nil pointer being a nil dereference.
   */
  private length(value: CapturedValue): number {
    const pointer = value.type?.startsWith('*') ?? false;
    if (value.isNull) return pointer ? fail('nil pointer dereference') : 0;
    if (value.size !== undefined) return Number(value.size);
    if (typeof value.value === 'string' && (value.type === 'string' || value.type === '*string')) return Buffer.byteLength(value.value);
    if (value.elements) return value.elements.length;
    if (value.entries) return value.entries.length;
    this.captured(value);
    const kind = value.type === undefined ? undefined : this.scope.kindOf(value.type);
    // The agent refuses len of any other type when it builds the probe (lenFieldInfo).
    return refuse(`len/isEmpty not supported on type "${value.type ?? ''}" (${kind === 'pointer' ? 'ptr' : (kind ?? 'unknown')})`);
  }

  private isMap(value: CapturedValue): boolean {
    return value.entries !== undefined || (value.type !== undefined && !value.type.startsWith('*') && this.scope.kindOf(value.type) === 'map');
  }

  private scalar(json: unknown, bindings: Bindings): Scalar {
    const result = this.eval(json, bindings);
    if ('scalar' in result) return result.scalar;
    if ('text' in result) return result.text;
    if ('error' in result) return failWith(result);
    return this.toScalar(result.value);
  }

  /** A captured bool, number, string or nil as a scalar: integers exact (bigint), floats as numbers. */
  private toScalar(v: CapturedValue): Scalar {
    if (v.isNull) return null;
    if (v.type !== undefined && this.scope.kindOf(v.type) === 'interface' && v.fields?.data) return this.toScalar(v.fields.data);
    this.captured(v);
    if (v.value === undefined) return fail(`${v.type ?? 'value'} is not a scalar`);
    const type = (v.type ?? '').replace(/^\*+/, '');
    const kind = v.type === undefined ? undefined : this.scope.kindOf(v.type);
    if (kind === 'bool') return v.value === 'true';
    if (INTEGER_TYPE.test(type) || (kind?.startsWith('int')) || (kind?.startsWith('uint'))) {
      return BigInt(v.value);
    }
    if (FLOAT_TYPE.test(type) || kind === 'float32' || kind === 'float64') return Number(v.value);
    return v.value;
  }

  private bool(json: unknown, bindings: Bindings): boolean {
    const v = this.scalar(json, bindings);
    return typeof v === 'boolean' ? v : fail('a boolean was expected');
  }

  private text(json: unknown, bindings: Bindings): string {
    const v = this.scalar(json, bindings);
    return typeof v === 'string' ? v : fail('a string was expected');
  }

  private regex(pattern: string): RegExp {
    try {
      return new RegExp(pattern);
    } catch {
      return fail(`invalid regular expression ${JSON.stringify(pattern)}`);
    }
  }

  /** Equality with the agent's coercions: integers and floats compare by value, a hex string literal is a number. */
  private equal(a: Scalar, b: Scalar): boolean {
    const [x, y] = coerce(a, b);
    return x === y;
  }

  private order(op: string, a: Scalar, b: Scalar): boolean {
    const [x, y] = coerce(a, b);
    if (!((typeof x === 'number' || typeof x === 'bigint') && (typeof y === 'number' || typeof y === 'bigint')) && !(typeof x === 'string' && typeof y === 'string')) {
      return fail(`cannot order ${describe(a)} and ${describe(b)}`);
    }
    switch (op) {
      case 'lt':
        return x < y;
      case 'le':
        return x <= y;
      case 'gt':
        return x > y;
      default:
        return x >= y;
    }
  }

  private contains(haystack: unknown, needle: unknown, bindings: Bindings): boolean {
    const result = this.eval(haystack, bindings);
    if ('value' in result && result.value.isNull) return false; // a nil collection holds nothing
    if ('value' in result && (result.value.elements || result.value.entries)) {
      const target = this.scalar(needle, bindings);
      if (result.value.entries) return result.value.entries.some(([k]) => this.equal(this.toScalar(k), target));
      return (result.value.elements ?? []).some((e) => this.equal(this.toScalar(e), target));
    }
    return this.text(haystack, bindings).includes(this.text(needle, bindings));
  }

  private quantify(op: string, collection: CapturedValue, predicate: unknown, bindings: Bindings): Evaluated {
    if (collection.isNull) return op === 'filter' ? { value: { ...collection } } : { scalar: op === 'all' };
    this.captured(collection);
    const holds = (bound: Map<string, CapturedValue | Scalar>) => {
      const inner = new Map([...bindings, ...bound]);
      return this.bool(predicate, inner);
    };
    if (collection.entries) {
      const test = ([k, v]: [CapturedValue, CapturedValue]) => holds(new Map([['@key', k], ['@value', v], ['@it', v]]));
      if (op === 'filter') {
        const entries = collection.entries.filter(test);
        return { value: { type: collection.type, size: String(entries.length), entries } as CapturedValue };
      }
      return { scalar: op === 'any' ? collection.entries.some(test) : collection.entries.every(test) };
    }
    const elements = collection.elements ?? fail(`${collection.type ?? 'value'} is not a collection`);
    const test = (e: CapturedValue) => holds(new Map([['@it', e]]));
    if (op === 'filter') {
      const kept = elements.filter(test);
      return { value: { type: collection.type, size: String(kept.length), elements: kept } as CapturedValue };
    }
    return { scalar: op === 'any' ? elements.some(test) : elements.every(test) };
  }
}

/** Puts two scalars in comparable forms: bigint with an integral number, number with a float, a hex string as a number. */
function coerce(a: Scalar, b: Scalar): [Scalar, Scalar] {
  const numeric = (x: Scalar) => typeof x === 'number' || typeof x === 'bigint';
  if (typeof a === 'string' && HEX.test(a) && numeric(b)) a = BigInt(a);
  if (typeof b === 'string' && HEX.test(b) && numeric(a)) b = BigInt(b);
  if (typeof a === 'bigint' && typeof b === 'number') return Number.isInteger(b) ? [a, BigInt(b)] : [Number(a), b];
  if (typeof a === 'number' && typeof b === 'bigint') return Number.isInteger(a) ? [BigInt(a), b] : [a, Number(b)];
  return [a, b];
}

function describe(v: Scalar): string {
  return v === null ? 'nil' : typeof v;
}

/** The text a computed scalar shows in a message. */
export function scalarText(v: Scalar): string {
  return v === null ? 'nil' : String(v);
}

/** A computed scalar as a captured value (a capture expression's result), of `type` when it has its own. */
export function scalarValue(v: Scalar, type?: string): CapturedValue {
  if (v === null) return { isNull: true } as CapturedValue;
  const inferred = typeof v === 'boolean' ? 'bool' : typeof v === 'bigint' ? 'int' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float64') : 'string';
  return { type: type ?? inferred, value: String(v) };
}
