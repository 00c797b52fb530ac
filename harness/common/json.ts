// JSON value types, the one canonical serialization (sorted keys) used to order and compare
// values, and JSON Pointer (RFC 6901) segments: the shapes every stage after decoding works on.

export type JsonValue = null | boolean | number | string | JsonArray | JsonObject;
export type JsonArray = JsonValue[];
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON text with object keys sorted at every level, so two values that differ only
 * in key order serialize alike. `mask` may substitute values (by their key) on the way.
 */
export function canonicalJson(value: JsonValue, mask?: (key: string, value: JsonValue) => JsonValue): string {
  const sortKeys = (key: string, v: JsonValue): JsonValue => {
    const masked = mask ? mask(key, v) : v;
    if (!isJsonObject(masked)) return masked;
    const sorted: JsonObject = {};
    for (const k of Object.keys(masked).sort()) sorted[k] = masked[k] as JsonValue;
    return sorted;
  };
  return JSON.stringify(value, sortKeys);
}

/** The JSON Pointer segment for an object key or array index (`~` and `/` escaped). */
export function pointerSegment(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}
