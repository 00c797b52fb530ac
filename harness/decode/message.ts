// Renders a probe's log template into the snapshot `message` (snapshot-format §5) from the
// values already captured: arguments, field paths, @return and @duration. Values are written
// as the Go agent's formatValueFields writes them (pkg/dyninst/decode/types.go), with its
// texts for what is missing; its byte accounting is in message-output.ts.

import type { TemplateSegment, TypeKind } from '../capture/index.ts';
import { evaluate, type Evaluated, type Scalar, scalarText } from './expressions.ts';
import { cutUtf8, MessageOutput } from './message-output.ts';
import { formatFloatG, hexAddress } from './numbers.ts';
import type { CapturedValue, EvaluationError } from './snapshot.ts';
import { type Unfollowed, unfollowedOf } from './unfollowed.ts';

/** maxLogCollectionItems, maxLogFieldCount (types.go). */
const MAX_ITEMS = 3;
const MAX_FIELDS = 5;
// The agent's format* constants (types.go).
const NIL = 'nil';
const CYCLE = '{cycle}';
const TRUNCATED = '{truncated}';
const REDACTED = '{redacted}';
const ELLIPSIS = '...';
const MORE = ', ...';
/**
 * What replaces a struct's sixth field. The agent then closes the struct once more, so a struct
 * of more than five fields ends in `, ...}}` (structureType.formatValueFields).
 */
const MORE_FIELDS = ', ...}';
/** reflect.Kind of the base types whose formatValueFields has no case: the agent names the kind. */
const UNFORMATTED_KINDS: Partial<Record<TypeKind, number>> = { uintptr: 12, complex64: 15, complex128: 16 };

/** What the renderer needs to know of the capture's types, by type name. */
export interface TypeKinds {
  /** Kind of a value of the named type, following pointers to the pointee (`*T` -> kind of T). */
  kindOf(typeName: string): TypeKind | undefined;
  /** Kind of the named type itself. */
  ownKindOf(typeName: string): TypeKind | undefined;
}

export interface MessageInput {
  /** The probe's segments, or its template parsed by parseTemplate. */
  segments: TemplateSegment[];
  kinds: TypeKinds;
  arguments: Record<string, CapturedValue> | undefined;
  /** Return locals (`@return`), when a return was captured. */
  locals: Record<string, CapturedValue> | undefined;
  durationNs: number | undefined;
  /**
   * Why there is no duration, when the probe awaits returns and this call has none: `{@duration}`
   * then renders as the agent's text, not as an error. Undefined: `@duration` is an error.
   */
  durationMissing: string | undefined;
}

export interface RenderedMessage {
  message: string;
  errors: EvaluationError[];
}


const PATH = /^\s*(@?[A-Za-z_~][\w~]*(?:\.[A-Za-z_]\w*)*)\s*$/;

/** Segments of a template given as text: `{expr}` is an expression, the rest literal. */

export function parseTemplate(template: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    if (match.index > last) segments.push({ str: template.slice(last, match.index) });
    const dsl = match[1] as string;
    segments.push({ dsl, json: pathToJson(dsl) });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ str: template.slice(last) });
  return segments;
}

/** `a.b.c` as the JSON expression `{getmember: [{getmember: [{ref: a}, b]}, c]}`. */
function pathToJson(dsl: string): unknown {
  const path = PATH.exec(dsl)?.[1];
  if (path === undefined) return undefined;
  const [head, ...members] = path.split('.');
  return members.reduce<unknown>((inner, member) => ({ getmember: [inner, member] }), { ref: head });
}

/** What stands in for a value with nothing to show: a text, or an error in braces. */
type Placeholder = string | { prefix: string; error: string };

function hasContent(v: CapturedValue): boolean {
  return v.value !== undefined || v.fields !== undefined || v.elements !== undefined || v.entries !== undefined;
}

/** `{pointer: …}` of a reference the encoder could not follow (types.go formatPointer). */
function pointerError(ref: Unfollowed): Placeholder {
  const what = ref.readFailed ? 'read failed' : 'not captured';
  return { prefix: 'pointer', error: `${what} at ${hexAddress(ref.address)}` };
}

/** A slice whose backing array was not captured (goSliceHeaderType.formatValueFields). */
function sliceError(v: CapturedValue, ref: Unfollowed): Placeholder {
  if (ref.readFailed) return { prefix: 'failed to capture slice data', error: 'read failed' };
  return { prefix: '', error: `failed to capture slice: ${v.size} elements` };
}

class Renderer {
  constructor(
    private readonly input: MessageInput,
    private readonly out: MessageOutput,
  ) {}

  evaluate(json: unknown): Evaluated {
    const { input } = this;
    return evaluate(json, {
      arguments: input.arguments,
      locals: input.locals,
      durationNs: input.durationNs,
      durationMissing: input.durationMissing,
      kindOf: input.kinds.kindOf,
    });
  }

  value(v: CapturedValue): void {
    const own = v.type === undefined ? 'struct' : this.input.kinds.ownKindOf(v.type);
    // Pointers show their pointee: the JSON merges it into the pointer's value.
    const kind = v.type === undefined ? 'struct' : this.input.kinds.kindOf(v.type);
    const placeholder = this.placeholder(v, own, kind);
    if (placeholder === undefined) this.content(v, kind);
    else if (typeof placeholder === 'string') this.out.write(placeholder);
    else this.out.writeError(placeholder.prefix, placeholder.error);
  }

  /** The agent's text for a value that is nil, cut short or not captured; undefined otherwise. */
  private placeholder(v: CapturedValue, own: TypeKind | undefined, kind: TypeKind | undefined): Placeholder | undefined {
    if (v.notCapturedReason === 'circular reference') return CYCLE;
    const ref = unfollowedOf(v);
    if (ref && kind === 'slice' && v.size !== undefined) return sliceError(v, ref);
    if (ref && !ref.swissPart) return pointerError(ref);
    if (v.isNull) {
      // A nil pointer is nil; a pointer to a nil slice shows the slice (it has an address).
      const nilPointer = own === 'pointer' && v.address === undefined;
      return kind === 'slice' && !nilPointer ? '[]' : NIL;
    }
    // Whatever was captured of them (goChannelType, goSubroutineType), also behind a pointer.
    if (kind === 'chan' || kind === 'func') return `{${kind}}`;
    if (v.notCapturedReason === 'redactedIdent') return REDACTED;
    if (v.notCapturedReason === undefined || hasContent(v)) return undefined;
    if (kind === 'string' && v.size !== undefined) return { prefix: 'string', error: 'failed to capture string data' };
    if (v.notCapturedReason === 'length') return TRUNCATED;
    return `{${v.notCapturedReason}}`;
  }

  private content(v: CapturedValue, kind: TypeKind | undefined): void {
    switch (kind) {
      case 'unsafePointer':
        this.out.write(v.address ?? '0x0');
        return;
      case 'interface':
        this.iface(v);
        return;
      case 'string':
        this.string(v);
        return;
    }
    if (v.fields) this.struct(v);
    else if (v.elements) this.list(v);
    else if (v.entries) this.map(v);
    else this.scalar(v, kind);
  }

  /** A bool or number; floats as Go's %g prints them (baseType.formatValueFields). */
  private scalar(v: CapturedValue, kind: TypeKind | undefined): void {
    const unformatted = kind === undefined ? undefined : UNFORMATTED_KINDS[kind];
    if (unformatted !== undefined) {
      this.out.writeError('', `unsupported kind ${unformatted} for type ${v.type}`);
    } else if ((kind === 'float32' || kind === 'float64') && v.value !== undefined) {
      this.out.write(formatFloatG(Number(v.value)));
    } else {
      this.out.write(v.value ?? '');
    }
  }

  /** The dynamic value, or why there is none (formatInterface). */
  private iface(v: CapturedValue): void {
    const data = v.fields?.data;
    if (data === undefined) this.out.write(NIL);
    else if (data.notCapturedReason === 'missing type information') this.out.writeError('interface', `unknown type ${data.type}`);
    else this.value(data);
  }

  /** Whole, or cut with ... when it was captured in part or does not fit (goStringHeaderType). */
  private string(v: CapturedValue): void {
    const text = v.value ?? '';
    if (text === '') return;
    const captured = Buffer.byteLength(text);
    const length = v.size === undefined ? captured : Number(v.size);
    const shown = Math.min(length, captured, this.out.left);
    if (shown === length) this.out.write(text);
    else if (this.out.left > ELLIPSIS.length) this.out.write(cutUtf8(text, Math.min(shown, this.out.left - ELLIPSIS.length)) + ELLIPSIS);
  }

  /** `{name: value, …}`, five fields at most (structureType.formatValueFields). */
  private struct(v: CapturedValue): void {
    const { out } = this;
    const start = out.mark();
    if (!out.fits(5)) return;
    out.appendUnbudgeted('{');
    if (!this.fields(v) || !out.write('}')) out.truncate(start);
  }

  /** The fields and, when there are more, the ellipsis; false when the struct must be taken back. */
  private fields(v: CapturedValue): boolean {
    const { out } = this;
    const fields = v.fields as Record<string, CapturedValue>;
    let count = 0;
    for (const name in fields) {
      if (count === MAX_FIELDS) break;
      if (count > 0 && !out.write(', ')) return false;
      if (!out.write(`${name}: `) || !this.field(fields[name] as CapturedValue)) return false;
      count++;
    }
    // More fields than shown: the engine's own field limit (fieldCount) counts as more too.
    if (Object.keys(fields).length > count || v.notCapturedReason === 'fieldCount') out.write(MORE_FIELDS);
    return true;
  }

  /** A field's value; false when the struct must be taken back. */
  private field(v: CapturedValue): boolean {
    if (v.notCapturedReason === 'redactedIdent') {
      this.out.write(REDACTED);
      return true;
    }
    if (v.notCapturedReason === 'length' && !hasContent(v)) return this.out.write(TRUNCATED);
    this.out.item(() => this.value(v));
    return true;
  }

  /** `[a, b, c, ...]`, three items at most (arrayType, goSliceHeaderType). */
  private list(v: CapturedValue): void {
    const { out } = this;
    const elements = v.elements as CapturedValue[];
    const size = v.size === undefined ? elements.length : Number(v.size);
    const shown = Math.min(size, MAX_ITEMS);
    const start = out.mark();
    if (!out.write('[')) return;
    if (!this.items(elements, shown)) {
      out.truncate(start);
      return;
    }
    if (size > shown) out.write(MORE);
    if (!out.write(']')) out.truncate(start);
  }

  /** The first `shown` items, `...` for the first one not captured; false: take the list back. */
  private items(elements: CapturedValue[], shown: number): boolean {
    const { out } = this;
    for (let i = 0; i < shown; i++) {
      if (i > 0 && !out.write(', ')) return false;
      if (i >= elements.length) return out.write(ELLIPSIS);
      out.item(() => this.value(elements[i] as CapturedValue));
    }
    return true;
  }

  /** `map[k: v, ...]`, three entries at most (formatMapEntries). */
  private map(v: CapturedValue): void {
    const { out } = this;
    const entries = v.entries as [CapturedValue, CapturedValue][];
    const size = v.size === undefined ? entries.length : Number(v.size);
    if (size === 0) {
      out.write('map[]');
      return;
    }
    const start = out.mark();
    if (!out.write('map[')) return;
    const missing = unfollowedOf(v);
    const shown = missing?.swissPart ? this.swissPartMissing(missing) : this.entries(entries);
    if (shown < size) out.write(MORE);
    if (!out.write(']')) out.truncate(start);
  }

  /** A swiss map's group or table directory missing: the agent says which, and shows no entry. */
  private swissPartMissing(missing: Unfollowed): number {
    this.out.writeError('swiss map', `failed to ${missing.readFailed ? 'read' : 'capture'} ${missing.swissPart}`);
    return 0;
  }

  /** Writes up to three entries; how many were written whole. */
  private entries(entries: [CapturedValue, CapturedValue][]): number {
    const { out } = this;
    let shown = 0;
    for (const [key, value] of entries) {
      if (shown === MAX_ITEMS || (shown > 0 && !out.write(', '))) break;
      out.item(() => this.value(key));
      if (!out.write(': ')) break;
      if (value.notCapturedReason === 'redactedIdent') {
        if (!out.write(REDACTED)) break;
      } else {
        out.item(() => this.value(value));
      }
      shown++;
    }
    return shown;
  }
}

/** A computed scalar in a message; @duration keeps the agent's six decimals. */
function scalarShown(v: Scalar, json: unknown): string {
  const isDuration = typeof json === 'object' && json !== null && (json as { ref?: unknown }).ref === '@duration';
  return isDuration && typeof v === 'number' ? v.toFixed(6) : scalarText(v);
}

/** The message of a probe with a template, and an evaluation error per failed expression. */
export function renderMessage(input: MessageInput): RenderedMessage {
  const out = new MessageOutput();
  const renderer = new Renderer(input, out);
  const errors: EvaluationError[] = [];
  // As marshal.go's messageData: segments until the line is full, each expression with the
  // budget the line has left.
  for (const segment of input.segments) {
    if (out.full) break;
    if ('str' in segment) {
      out.appendLiteral(segment.str);
      continue;
    }
    out.resetBudget();
    const result = renderer.evaluate(segment.json);
    if ('error' in result) {
      out.writeError('error', result.error);
      // What the agent refuses when it builds the probe shows in the message alone.
      if (!result.atInstall) errors.push({ expr: segment.dsl, message: result.error });
    } else if ('value' in result) {
      renderer.value(result.value);
    } else {
      out.write('text' in result ? result.text : scalarShown(result.scalar, segment.json));
    }
  }
  return { message: out.text, errors };
}
