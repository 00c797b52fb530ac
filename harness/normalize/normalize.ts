// Applies the rule table to decoded snapshots and counts, across a run, what each rule replaced.

import type { JsonArray, JsonObject, JsonValue } from './json.ts';
import { pointerSegment } from './path-pattern.ts';
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

/** Normalized copies of the snapshots (the input is left untouched). */
export function normalizeSnapshots(
  snapshots: readonly unknown[],
  tracker?: RuleTracker,
  rules: readonly CompiledRule[] = RULES,
): JsonValue[] {
  return snapshots.map((snapshot) => normalizeOne(structuredClone(snapshot) as JsonValue, rules, tracker));
}

function normalizeOne(snapshot: JsonValue, rules: readonly CompiledRule[], tracker?: RuleTracker): JsonValue {
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
      const context: MatchContext = { parent, key, pointer, addressPlaceholder };
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
    value.forEach((_, index) => visit(value, index, `${pointer}/${index}`, visitor));
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
