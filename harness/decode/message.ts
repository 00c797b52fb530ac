// Renders a probe's log template into the snapshot `message` (snapshot-format §5) from the
// values already captured: arguments, field paths, @return and @duration.

import type { TemplateSegment, TypeKind } from '../capture/index.ts';
import { evaluate, type Evaluated, type Scalar, scalarText } from './expressions.ts';
import type { CapturedValue, EvaluationError } from './snapshot.ts';

const MAX_MESSAGE_BYTES = 8192;
const MAX_ITEMS = 3;
const MAX_FIELDS = 5;
const MORE = ', ...';

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

class Renderer {
  constructor(private readonly input: MessageInput) {}

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

  render(v: CapturedValue): string {
    const kind = v.type === undefined ? 'struct' : this.input.kinds.kindOf(v.type);
    if (kind === 'chan') return '{chan}';
    if (kind === 'func') return '{func}';
    if (v.isNull) {
      // A nil slice prints as empty; a nil pointer (which shows no address) as nil.
      const nilPointer = v.type !== undefined && this.input.kinds.ownKindOf(v.type) === 'pointer' && !v.address;
      return kind === 'slice' && !nilPointer ? '[]' : 'nil';
    }
    if (
      v.notCapturedReason !== undefined &&
      v.value === undefined &&
      v.fields === undefined &&
      v.elements === undefined &&
      v.entries === undefined
    ) {
      return `{${v.notCapturedReason}}`;
    }
    switch (kind) {
      case 'unsafePointer':
        return v.address ?? '';
      case 'interface':
        return v.fields?.data ? this.render(v.fields.data) : 'nil';
      case 'string':
        return (v.value ?? '') + (v.truncated ? '...' : '');
    }
    if (v.fields) return this.struct(v.fields);
    if (v.elements) return `[${this.list(v.elements, v.size, (e) => this.render(e))}]`;
    if (v.entries) return `map[${this.list(v.entries, v.size, ([k, e]) => `${this.render(k)}: ${this.render(e)}`)}]`;
    return v.value ?? '';
  }

  // Built by concatenation, not slice/map/join: messages are rendered for every hit.
  private struct(fields: Record<string, CapturedValue>): string {
    let text = '';
    let count = 0;
    for (const name in fields) {
      if (count === MAX_FIELDS) return `{${text}${MORE}}`;
      text += `${count++ === 0 ? '' : ', '}${name}: ${this.render(fields[name] as CapturedValue)}`;
    }
    return `{${text}}`;
  }

  private list<T>(items: T[], size: string | undefined, item: (x: T) => string): string {
    const total = size === undefined ? items.length : Number(size);
    const shown = items.slice(0, MAX_ITEMS).map(item).join(', ');
    return total > Math.min(items.length, MAX_ITEMS) ? shown + MORE : shown;
  }
}

/** A computed scalar in a message; @duration keeps the agent's six decimals. */
function scalarShown(v: Scalar, json: unknown): string {
  const isDuration = typeof json === 'object' && json !== null && (json as { ref?: unknown }).ref === '@duration';
  return isDuration && typeof v === 'number' ? v.toFixed(6) : scalarText(v);
}

/** Caps text at `max` UTF-8 bytes without splitting a character. */
function capBytes(text: string, max: number): string {
  if (text.length * 3 <= max) return text;
  const bytes = Buffer.from(text);
  if (bytes.length <= max) return text;
  let end = max;
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString();
}

/** The message of a probe with a template, and an evaluation error per failed expression. */
export function renderMessage(input: MessageInput): RenderedMessage {
  const renderer = new Renderer(input);
  const errors: EvaluationError[] = [];
  let message = '';
  for (const segment of input.segments) {
    if ('str' in segment) {
      message += segment.str;
      continue;
    }
    const result = renderer.evaluate(segment.json);
    if ('error' in result) {
      message += `{error: ${result.error}}`;
      errors.push({ expr: segment.dsl, message: result.error });
    } else {
      message += 'text' in result ? result.text : 'scalar' in result ? scalarShown(result.scalar, segment.json) : renderer.render(result.value);
    }
  }
  return { message: capBytes(message, MAX_MESSAGE_BYTES), errors };
}
