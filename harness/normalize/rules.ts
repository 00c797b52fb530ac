// The normalization table: every volatile field of a snapshot, where it is and why it varies.
// Rules run in table order, one pass each over a snapshot; only non-zero values are
// replaced (see normalize.ts), so a nil or a zero stays visible in the golden.

import { canonicalJson, isJsonObject, type JsonArray, type JsonObject, type JsonValue } from '../common/index.ts';
import { compilePathPattern, type PathPattern } from './path-pattern.ts';

/** Where a rule matched: the value's container, its key there, and per-snapshot state. */
export interface MatchContext {
  readonly parent: JsonObject | JsonArray;
  readonly key: string | number;
  readonly pointer: string;
  /** Numbers addresses by first appearance within the snapshot being normalized. */
  addressPlaceholder(address: string): string;
  /** Numbers goroutine ids by value within the probe's snapshots: [goid#1] is the lowest. */
  goroutinePlaceholder(goid: number): string;
}

export interface NormalizeRule {
  readonly name: string;
  /** One line: why this value differs between two runs of the same program. */
  readonly why: string;
  /** Path pattern (path-pattern.ts) of the values the rule rewrites. */
  readonly match: string;
  /** Further condition on the matched value or its surroundings. */
  readonly when?: (value: JsonValue, context: MatchContext) => boolean;
  readonly replace: (value: JsonValue, context: MatchContext) => JsonValue;
}

export interface CompiledRule extends NormalizeRule {
  readonly pattern: PathPattern;
}

const isRuntimeFrame = (frame: JsonValue): boolean =>
  isJsonObject(frame) && typeof frame.function === 'string' && frame.function.startsWith('runtime.');

/**
 * A frame in Go's standard library (runtime, sync, net/http, ...): its file path starts with a
 * package path without a dot (a module path has one: example.com/...), outside package main.
 */
const isStdlibFrame = (frame: JsonValue): boolean =>
  isJsonObject(frame) &&
  typeof frame.fileName === 'string' &&
  typeof frame.function === 'string' &&
  !frame.function.startsWith('main.') &&
  !(frame.fileName.split('/')[0] ?? '').includes('.');

/** A duration in nanoseconds as `{@duration}` prints it in a message: milliseconds, as the agent shows them. */
const formatDurationMs = (durationNs: number): string => (durationNs / 1e6).toFixed(6);

const ASM_FILE = /asm_[A-Za-z0-9]+\.s$/;
const HEX_ADDRESS = /0x[0-9a-f]+/;
const HEX_ADDRESS_ALL = /0x[0-9a-f]+/g;

/**
 * Orders map entries by their key with every address masked, so the order depends
 * neither on Go's random iteration order nor on where the objects live; the whole
 * entry breaks ties between keys that differ only in addresses.
 */
function sortEntries(entries: JsonValue): JsonValue {
  const maskAddress = (key: string, value: JsonValue): JsonValue =>
    key === 'address' && typeof value === 'string' ? '[addr]' : value;
  const keyed = (entries as JsonArray).map((entry) => ({
    entry,
    key: canonicalJson(Array.isArray(entry) ? (entry[0] ?? null) : entry, maskAddress),
    whole: canonicalJson(entry, maskAddress),
  }));
  keyed.sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.whole, b.whole));
  return keyed.map(({ entry }) => entry);
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const RULES: readonly CompiledRule[] = compileRules([
  {
    name: 'snapshot-id',
    why: 'every snapshot gets a fresh random uuid',
    match: '/debugger/snapshot/id',
    replace: () => '[id]',
  },
  {
    name: 'snapshot-timestamp',
    why: 'the wall-clock time of the hit',
    match: '/debugger/snapshot/timestamp',
    replace: () => '[ts]',
  },
  {
    name: 'envelope-timestamp',
    why: 'the wall-clock time of the hit, repeated on the envelope',
    match: '/timestamp',
    replace: () => '[ts]',
  },
  {
    name: 'goroutine-id',
    why: 'goroutine ids depend on the goroutines started before; numbering keeps which hits share one',
    match: '/logger/thread_id',
    when: (value) => typeof value === 'number',
    replace: (value, { goroutinePlaceholder }) => goroutinePlaceholder(value as number),
  },
  {
    // Before the duration rule, which replaces the number this rule looks for.
    name: 'message-duration',
    why: 'a {@duration} in the log template prints the entry-to-return time',
    match: '/message',
    when: (value, { parent }) => {
      const { duration } = parent as JsonObject;
      return typeof value === 'string' && typeof duration === 'number' && value.includes(formatDurationMs(duration));
    },
    replace: (value, { parent }) =>
      (value as string).replaceAll(formatDurationMs((parent as JsonObject).duration as number), '[duration]'),
  },
  {
    name: 'duration',
    why: 'entry-to-return time varies with machine load',
    match: '/duration',
    replace: () => '[duration]',
  },
  {
    name: 'capture-expression-duration',
    why: 'a capture expression of @duration holds the entry-to-return time',
    match: '/debugger/snapshot/captures/*/captureExpressions/*/value',
    when: (value, { parent }) => typeof value === 'string' && (parent as JsonObject).type === '@duration',
    replace: () => '[duration]',
  },
  {
    name: 'stdlib-frame-line',
    why: "standard-library lines (runtime, sync, ...) change with each Go release; the program's stay exact",
    match: '/debugger/snapshot/stack/*/lineNumber',
    when: (_value, { parent }) => isStdlibFrame(parent),
    replace: () => '[lineNumber]',
  },
  {
    name: 'runtime-frame-asm-file',
    why: "the runtime's assembly file is named after the machine architecture",
    match: '/debugger/snapshot/stack/*/fileName',
    when: (value, { parent }) => isRuntimeFrame(parent) && typeof value === 'string' && ASM_FILE.test(value),
    replace: (value) => (value as string).replace(ASM_FILE, 'asm_[arch].s'),
  },
  {
    // Before the address rule: address numbers follow walk order, which must not be random.
    name: 'map-entry-order',
    why: 'Go iterates maps in random order',
    match: '/debugger/snapshot/captures/**/entries',
    when: (value) => Array.isArray(value),
    replace: sortEntries,
  },
  {
    name: 'address',
    why: 'ASLR and the allocator move objects every run; numbering keeps aliasing visible',
    match: '/debugger/snapshot/captures/**/address',
    when: (value) => typeof value === 'string',
    replace: (value, { addressPlaceholder }) => addressPlaceholder(value as string),
  },
  {
    // After the address rule, so an address in the text gets the number its captured value has.
    name: 'message-address',
    why: 'a pointer or unsafe.Pointer in the log template prints its address',
    match: '/message',
    when: (value) => typeof value === 'string' && HEX_ADDRESS.test(value),
    replace: (value, { addressPlaceholder }) => (value as string).replace(HEX_ADDRESS_ALL, addressPlaceholder),
  },
  {
    name: 'runtime-only-type-address',
    why: 'a type made at run time (reflect) has no name in the binary, only its descriptor address',
    match: '/debugger/snapshot/captures/**/type',
    when: (value) => typeof value === 'string' && HEX_ADDRESS.test(value),
    replace: (value, { addressPlaceholder }) => (value as string).replace(HEX_ADDRESS_ALL, addressPlaceholder),
  },
]);

export function compileRules(rules: readonly NormalizeRule[]): CompiledRule[] {
  return rules.map((rule) => ({ ...rule, pattern: compilePathPattern(rule.match) }));
}
