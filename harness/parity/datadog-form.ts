// Snapshots in the form Datadog's Go agent checks its goldens in (pkg/dyninst/testdata/decoded):
// its harness's placeholders, and the envelope variants of its agent versions folded into one, so
// that godi's output and the agent's goldens compare on what the snapshot says.

import { canonicalJson, isJsonObject, type JsonObject, type JsonValue } from '../common/index.ts';

export interface ParityOptions {
  /**
   * Leave the stacks out: for goldens recorded from other versions of the program's sources,
   * whose callers sit at other lines.
   */
  readonly withoutStack?: boolean;
}

/**
 * The agent harness's placeholders: [id], [ts], [goid], [duration], [addr] (0x[addr] in the
 * message), and [lineNumber] and asm_[arch].s in runtime frames. Then the variants its goldens hold from different agent
 * versions: thread_id as a number, debugger.type present or not, evaluationErrors beside or
 * inside the snapshot, process_tags present or not (a test-injected constant); and map entries
 * in one order (the agent keeps memory order, which changes from run to run).
 */
export function datadogForm(snapshot: JsonValue, options: ParityOptions = {}): JsonValue {
  const copy = structuredClone(snapshot);
  if (!isJsonObject(copy)) return copy;
  placeholder(copy, 'timestamp', '[ts]');
  placeholder(copy, 'duration', '[duration]');
  if (typeof copy.message === 'string') copy.message = copy.message.replace(/0x[0-9a-f]+/g, '0x[addr]');
  delete copy.process_tags;
  if (isJsonObject(copy.logger)) copy.logger.thread_id = '[goid]';
  const debuggerPart = copy.debugger;
  if (isJsonObject(debuggerPart)) {
    delete debuggerPart.type;
    const inner = debuggerPart.snapshot;
    if (isJsonObject(inner)) {
      placeholder(inner, 'id', '[id]');
      placeholder(inner, 'timestamp', '[ts]');
      if (debuggerPart.evaluationErrors !== undefined && inner.evaluationErrors === undefined) {
        inner.evaluationErrors = debuggerPart.evaluationErrors;
      }
      if (options.withoutStack) delete inner.stack;
      else if (Array.isArray(inner.stack)) inner.stack.forEach(runtimeFrame);
      if (inner.captures !== undefined) inner.captures = values(inner.captures);
    }
    delete debuggerPart.evaluationErrors;
  }
  return copy;
}

function placeholder(object: JsonObject, key: string, text: string): void {
  if (key in object) object[key] = text;
}

function runtimeFrame(frame: JsonValue): void {
  if (!isJsonObject(frame) || typeof frame.function !== 'string' || !frame.function.startsWith('runtime.')) return;
  frame.lineNumber = '[lineNumber]';
  if (typeof frame.fileName === 'string') frame.fileName = frame.fileName.replace(/asm_[A-Za-z0-9]+\.s$/, 'asm_[arch].s');
}

/** Captured values with addresses as [addr] and map entries in canonical order. */
function values(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(values);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'address' && typeof inner === 'string') out[key] = '[addr]';
    else if (key === 'entries' && Array.isArray(inner)) out[key] = sortedEntries(inner.map(values));
    else out[key] = values(inner);
  }
  return out;
}

function sortedEntries(entries: JsonValue[]): JsonValue[] {
  const keyed = entries.map((entry) => ({ entry, text: canonicalJson(entry) }));
  keyed.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return keyed.map(({ entry }) => entry);
}
