// The decoder benchmark's floor: what building its output costs with no decoding at all. Every
// object of a snapshot is built again by one object literal with its keys in order (as the
// decoder builds it), its strings and numbers as constants, its objects and arrays by calls of
// their own builders: a fresh copy, allocated and nothing else.

type Allocate = () => unknown;
type Part = Allocate | { readonly leaf: unknown };

/** Literal makers by shape (keys, and which values are leaves): the hits of a probe share them. */
const makers = new Map<string, (values: unknown[]) => Allocate>();

function maker(keys: string[], parts: Part[]): (values: unknown[]) => Allocate {
  const fields = keys.map((key, i) => `${JSON.stringify(key)}: ${typeof parts[i] === 'function' ? `v[${i}]()` : `v[${i}]`}`);
  const code = `return () => ({ ${fields.join(', ')} });`;
  let make = makers.get(code);
  if (make === undefined) {
    make = new Function('v', code) as (values: unknown[]) => Allocate;
    makers.set(code, make);
  }
  return make;
}

function part(value: unknown): Part {
  return (Array.isArray(value) || (value !== null && typeof value === 'object')) ? allocator(value) : { leaf: value };
}

/** A function that returns a fresh copy of `value`: its objects and arrays new, its leaves shared. */
export function allocator(value: unknown): Allocate {
  if (Array.isArray(value)) {
    const parts = value.map(part);
    return () => {
      const out = new Array<unknown>(parts.length);
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i] as Part;
        out[i] = typeof p === 'function' ? p() : p.leaf;
      }
      return out;
    };
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const parts = entries.map(([, v]) => part(v));
  return maker(entries.map(([key]) => key), parts)(parts.map((p) => (typeof p === 'function' ? p : p.leaf)));
}
