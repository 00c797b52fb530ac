// A capture expression's own `capture` limits, applied to its value: what the engine captured
// under the probe's limits, cut further where the expression asks for less (it cannot show more
// than was captured). The cuts read as the encoder's own: a string cut to maxLength bytes marked
// truncated with its size, a collection cut to maxCollectionSize items (collectionSize), a
// struct to maxFieldCount fields (fieldCount), and a value past maxReferenceDepth references
// (pointers, slices, maps and interfaces each take one, as when capturing) not captured (depth).

import type { TypeKind } from '../capture/index.ts';
import type { CapturedValue } from './snapshot.ts';

export interface ExpressionLimits {
  maxReferenceDepth?: number;
  maxCollectionSize?: number;
  maxLength?: number;
  maxFieldCount?: number;
}

/** The limits a capture expression's `capture` gives, or undefined when it gives none. */
export function expressionLimits(capture: unknown): ExpressionLimits | undefined {
  if (typeof capture !== 'object' || capture === null) return undefined;
  const limits: ExpressionLimits = {};
  for (const key of ['maxReferenceDepth', 'maxCollectionSize', 'maxLength', 'maxFieldCount'] as const) {
    const v = (capture as Record<string, unknown>)[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) limits[key] = v;
  }
  return Object.keys(limits).length > 0 ? limits : undefined;
}

const REFERENCE_KINDS: ReadonlySet<TypeKind> = new Set(['pointer', 'slice', 'map', 'interface'] as TypeKind[]);

/** value with limits applied; kindOf gives a type name's own kind. */
export function applyLimits(value: CapturedValue, limits: ExpressionLimits, kindOf: (type: string) => TypeKind | undefined, depth = 0): CapturedValue {
  if (value.notCapturedReason !== undefined && !value.fields && !value.elements && !value.entries) return value;
  const kind = value.type === undefined ? undefined : kindOf(value.type);
  const reference = kind !== undefined && REFERENCE_KINDS.has(kind);
  if (reference && limits.maxReferenceDepth !== undefined && depth >= limits.maxReferenceDepth && (value.fields || value.elements || value.entries)) {
    // What it refers to is one reference too deep: not captured, as the encoder says it.
    return value.size === undefined ? { type: value.type, notCapturedReason: 'depth' } : { type: value.type, size: value.size, notCapturedReason: 'depth' };
  }
  const inner = reference ? depth + 1 : depth;
  const deeper = (v: CapturedValue): CapturedValue => applyLimits(v, limits, kindOf, inner);
  const out: CapturedValue = { ...value };
  if (kind === 'string' && value.value !== undefined && limits.maxLength !== undefined) cutString(out, limits.maxLength);
  if (value.fields) {
    const names = Object.keys(value.fields);
    const kept = limits.maxFieldCount ? names.slice(0, limits.maxFieldCount) : names;
    out.fields = Object.fromEntries(kept.map((name) => [name, deeper(value.fields?.[name] as CapturedValue)]));
    if (kept.length < names.length) out.notCapturedReason = 'fieldCount';
  }
  const max = limits.maxCollectionSize;
  if (value.elements) {
    out.elements = value.elements.slice(0, max).map(deeper);
    if (out.elements.length < value.elements.length) out.notCapturedReason = 'collectionSize';
  }
  if (value.entries) {
    out.entries = value.entries.slice(0, max).map(([k, v]) => [deeper(k), deeper(v)]);
    if (out.entries.length < value.entries.length) out.notCapturedReason = 'collectionSize';
  }
  return out;
}

/** Cuts out's string value to at most max bytes, never inside a character, marking it truncated. */
function cutString(out: CapturedValue, max: number): void {
  const bytes = Buffer.from(out.value ?? '');
  if (bytes.length <= max) return;
  let end = max;
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--; // not inside a UTF-8 sequence
  out.size ??= String(bytes.length);
  out.value = bytes.subarray(0, end).toString();
  out.truncated = true;
}
