// Turns the volatile fields of snapshots (ids, times, goroutines, addresses, map order) into placeholders.
export { normalizeByProbe, normalizeSnapshots, RuleTracker } from './normalize.ts';
export { RULES, type NormalizeRule } from './rules.ts';
