// What the log message needs of a value that the snapshot JSON does not carry: the address of a
// reference the value encoder could not follow, and whether its memory was recorded but could
// not be read. The Go agent's message prints both (`{pointer: not captured at 0x…}`,
// `{pointer: read failed at 0x…}`, types.go formatPointer) while its snapshot JSON shows only a
// notCapturedReason. The facts are kept beside the value objects, in a WeakMap, so the JSON
// keeps its shape (no extra key, nothing for JSON.stringify or toEqual to see) and the facts go
// away with the values.

import type { CapturedValue } from './snapshot.ts';

export interface Unfollowed {
  /** The address the reference held: a pointer, an interface's data word, a map, a slice's array. */
  readonly address: number;
  /** The memory there was recorded with a read fault; false: it was not recorded at all. */
  readonly readFailed: boolean;
  /**
   * A swiss map whose header was read but whose first internal object was not: its single
   * group (small map) or its table directory. The agent's message names which.
   */
  readonly swissPart?: 'group' | 'tables';
}

const facts = new WeakMap<CapturedValue, Unfollowed>();

/** Records why `value` stops short and returns it; only on the rare not-captured paths. */
export function unfollowed(value: CapturedValue, fact: Unfollowed): CapturedValue {
  facts.set(value, fact);
  return value;
}

/** The reference `value` could not follow, when the value encoder recorded one. */
export function unfollowedOf(value: CapturedValue): Unfollowed | undefined {
  return facts.get(value);
}
