// Applies the rule table to decoded snapshots and counts, across a run, what each rule replaced.

import { type JsonArray, type JsonObject, type JsonValue, pointerSegment } from '../common/index.ts';
import { RULES, type CompiledRule, type MatchContext } from './rules.ts';

/** Counts replacements per rule over a whole run, so a rule that never fires is reported. */
export class RuleTracker {
  readonly #counts: Map<string, number>;

  constructor(rules: readonly CompiledRule[] = RULES) {
    this.#counts = new Map(rules.map((rule) => [rule.name, 0]));
  }

  record(rule: CompiledRule): void {
    this.#counts.set(rule.name, (this.#counts.get(rule.name) ?? 0) + 1);
  }

  count(name: string): number {
    return this.#counts.get(name) ?? 0;
  }

  /** Names of the rules that replaced nothing, in table order. */
  unmatched(): string[] {
    return [...this.#counts].filter(([, count]) => count === 0).map(([name]) => name);
  }
}

/**
 * Normalized copies of one probe's snapshots (the input is left untouched). Goroutines are
 * numbered by id ([goid#1] the lowest: the first created), and the hits are ordered goroutine by
 * goroutine, each goroutine's in its own hit order: how the hits of goroutines running at once
 * interleave changes from run to run, what each goroutine did does not.
 */
export function normalizeSnapshots(
  snapshots: readonly unknown[],
  tracker?: RuleTracker,
  rules: readonly CompiledRule[] = RULES,
): JsonValue[] {
  const goids = snapshots.map(goidOf);
  // Entries of no goroutine (probe statuses) are numbered 0: first, and no goroutine's number shifts.
  const numbers = new Map([...new Set(goids.filter((goid) => goid !== NO_GOROUTINE))].sort((a, b) => a - b).map((goid, i) => [goid, i + 1]));
  const goroutinePlaceholder = (goid: number): string => `[goid#${numbers.get(goid) ?? 0}]`;
  const order = snapshots.map((_, i) => i).sort((a, b) => (numbers.get(goids[a]!) ?? 0) - (numbers.get(goids[b]!) ?? 0) || a - b);
  return order.map((i) => normalizeOne(structuredClone(snapshots[i]) as JsonValue, rules, goroutinePlaceholder, tracker));
}

/**
 * The snapshots of a whole run normalized as goldens hold them: probe by probe (in the order the
 * probes first appear), each probe's normalized on its own.
 */
export function normalizeByProbe(snapshots: readonly unknown[], tracker?: RuleTracker): JsonValue[] {
  const byProbe = new Map<unknown, unknown[]>();
  for (const snapshot of snapshots) {
    const id = (snapshot as { debugger?: { snapshot?: { probe?: { id?: unknown } } } } | null)?.debugger?.snapshot?.probe?.id;
    const list = byProbe.get(id);
    if (list) list.push(snapshot);
    else byProbe.set(id, [snapshot]);
  }
  return [...byProbe.values()].flatMap((list) => normalizeSnapshots(list, tracker));
}

const NO_GOROUTINE = -1;

/** The goroutine id of a raw snapshot; NO_GOROUTINE where there is none (already normalized, or not a snapshot). */
function goidOf(snapshot: unknown): number {
  const goid = (snapshot as { logger?: { thread_id?: unknown } } | null)?.logger?.thread_id;
  return typeof goid === 'number' ? goid : NO_GOROUTINE;
}

function normalizeOne(
  snapshot: JsonValue,
  rules: readonly CompiledRule[],
  goroutinePlaceholder: (goid: number) => string,
  tracker?: RuleTracker,
): JsonValue {
  const addresses = new Map<string, string>();
  const addressPlaceholder = (address: string): string => {
    let placeholder = addresses.get(address);
    if (placeholder === undefined) {
      placeholder = `[addr#${addresses.size + 1}]`;
      addresses.set(address, placeholder);
    }
    return placeholder;
  };
  const root: JsonArray = [snapshot];
  for (const rule of rules) {
    visit(root, 0, '', (value, parent, key, pointer) => {
      if (!rule.pattern.matches(pointer) || isZero(value)) return;
      const context: MatchContext = { parent, key, pointer, addressPlaceholder, goroutinePlaceholder };
      if (rule.when && !rule.when(value, context)) return;
      (parent as Record<string | number, JsonValue>)[key] = rule.replace(value, context);
      tracker?.record(rule);
    });
  }
  return root[0] as JsonValue;
}

type Visitor = (value: JsonValue, parent: JsonObject | JsonArray, key: string | number, pointer: string) => void;

/**
 * Children before their container, members in key order: leaves are met in document
 * order (address numbering), and a map's entries are final before the map is sorted.
 */
function visit(parent: JsonObject | JsonArray, key: string | number, pointer: string, visitor: Visitor): void {
  const value = (parent as Record<string | number, JsonValue>)[key] as JsonValue;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) visit(value, index, `${pointer}/${index}`, visitor);
  } else if (typeof value === 'object' && value !== null) {
    for (const member of Object.keys(value)) visit(value, member, `${pointer}/${pointerSegment(member)}`, visitor);
  }
  visitor(value, parent, key, pointer);
}

/** Zero values stay visible: a nil pointer or a zero goroutine id is information, not noise. */
function isZero(value: JsonValue): boolean {
  return (
    value === null ||
    value === 0 ||
    value === '' ||
    (typeof value === 'string' && /^0x0+$/i.test(value)) ||
    (Array.isArray(value) && value.length === 0)
  );
}
