// Capture -> snapshot envelopes: one per probe hit in entry order, a return merged into its
// entry by (probe, callId), values encoded by ValueEncoder, messages rendered last.

import { type Capture, type CaptureEvent, CaptureFormatError, type CaptureInstance, type CaptureProbe, type ProbeVariable, type TemplateSegment, type TypeKind } from '../capture/index.ts';
import { parseTemplate, renderMessage, type TypeKinds } from './message.ts';
import { evaluate, evaluateCondition, scalarValue, type Scope } from './expressions.ts';
import type { CapturedValue, EvaluationError, ExpressionCaptures, Snapshot, SnapshotCaptures, StackFrame } from './snapshot.ts';
import { KindCode, type TypeInfo, TypeTable } from './type-table.ts';
import { isRedactedIdentifier, redactedIdent } from './redaction.ts';
import { applyLimits, type ExpressionLimits, expressionLimits } from './expression-limits.ts';
import { Throttle } from './throttle.ts';
import { randomUuid } from './uuid.ts';
import { ValueEncoder } from './values.ts';

const NS_PER_MS = 1_000_000n;
// Why a call has no duration, in the agent's words (its decoder's missing-return reasons).
const NO_RETURN = 'return event not received';
const NO_BODY = 'function has no body';
const INLINED = 'function was inlined';
const PANIC_RECOVERED = 'function did not return: panic was recovered by an ancestor frame';
const UNKNOWN_FRAME: StackFrame = Object.freeze({ function: '?', fileName: '?', lineNumber: 0 });

/** An argument or result: its type, and whether its name is on the redaction list. */
interface RootInfo {
  type: TypeInfo;
  redacted: boolean;
}

/** A snapshot under construction, with what its message needs. */
interface Hit {
  snapshot: Snapshot;
  probe: CaptureProbe;
  /** Why no return will come, as the agent says it; undefined when one is awaited. */
  noReturn: string | undefined;
  returned: boolean;
  /** When the entry was hit (ktime ns): what a probe's throttle counts by. */
  entryNs: bigint;
}

/**
 * Decodes one capture. Holds what every event reuses (type tables, the item index and text
 * decoding in its ValueEncoder, symbolized PCs, parsed templates), so that the hot path
 * allocates little besides the snapshots themselves. Stack frames and probe locations are
 * shared by the snapshots that show them, frozen so that no snapshot can change another's.
 */
export class Decoder {
  private readonly types: TypeTable;
  private readonly encoder: ValueEncoder;
  private readonly symbols = new Map<number, readonly StackFrame[]>();
  /** By probe; a line probe's by instance. */
  private readonly locations = new Map<CaptureProbe | CaptureInstance, Snapshot['debugger']['snapshot']['probe']>();
  /** Kind of each type name with pointers followed to the pointee, for message rendering. */
  private readonly pointeeKinds = new Map<string, TypeKind>();
  private readonly rootInfos: Map<ProbeVariable[], RootInfo[]> = new Map();
  private readonly segments = new Map<CaptureProbe, TemplateSegment[]>();
  private readonly expressions = new Map<CaptureProbe, PreparedExpression[]>();
  private readonly kinds: TypeKinds;
  private readonly throttles = new Map<CaptureProbe, Throttle>();
  /** The panics seen (the engine's runtime.gopanic probe), by goroutine, in time order. */
  private readonly panics = new Map<number, { ns: bigint; value: CapturedValue }[]>();

  constructor(private readonly capture: Capture) {
    this.types = new TypeTable(capture.meta);
    this.encoder = new ValueEncoder(capture, this.types);
    for (const s of capture.meta.symbols) {
      const frames = s.frames.map((f) => Object.freeze({ function: f.function, fileName: f.file, lineNumber: f.line }));
      this.symbols.set(Number(s.pc), frames);
    }
    for (const t of this.types.byId.values()) {
      let pointee = t;
      for (let hops = 0; pointee.code === KindCode.pointer && pointee.elem && hops < this.types.byId.size; hops++) {
        pointee = pointee.elem;
      }
      if (!this.pointeeKinds.has(t.name)) this.pointeeKinds.set(t.name, pointee.kind);
    }
    for (const probe of capture.meta.probes) {
      if (probe.segments || probe.template !== undefined) {
        this.segments.set(probe, probe.segments ?? parseTemplate(probe.template ?? ''));
      }
      if (probe.captureExpressions) {
        this.expressions.set(
          probe,
          probe.captureExpressions.map(({ name, expr, capture }) => ({ name, expr, limits: expressionLimits(capture), needsReturn: /@return|@duration/.test(expr.dsl) })),
        );
      }
    }
    this.kinds = {
      kindOf: (name) => this.pointeeKinds.get(name),
      ownKindOf: (name) => this.types.kindByName.get(name),
    };
  }

  /**
   * All snapshots of the capture, in hit order: one per call. A return joins the entry of its
   * call (same probe, same call id: the engine pairs by goroutine and frame); a return with no
   * entry (the entry was lost) is no snapshot.
   */
  decodeAll(): Snapshot[] {
    const hits: Hit[] = [];
    const open = this.capture.meta.probes.map(() => new Map<bigint, { hit: Hit; entryNs: bigint }>());
    for (const event of this.capture.events) {
      const probe = this.capture.meta.probes[event.probeIndex] as CaptureProbe;
      const instance = probe.instances[event.instance] as CaptureInstance;
      const pending = open[event.probeIndex] as Map<bigint, { hit: Hit; entryNs: bigint }>;
      if (probe.internal) {
        this.recordPanic(event, probe, instance);
        continue;
      }
      if (event.kind === 'entry') {
        const snapshot = this.envelope(event, probe, instance, this.entryCaptures(event, probe, instance));
        const hit: Hit = { snapshot, probe, noReturn: noReturn(probe, instance), returned: false, entryNs: event.timestampNs };
        hits.push(hit);
        if (hit.noReturn === undefined && event.callId !== 0n) {
          // Two open calls under one id would pair a return with the wrong call, and lose the other's.
          if (pending.has(event.callId)) {
            throw new CaptureFormatError(this.capture.file, event.index, event.offset, `call id ${event.callId} of probe "${probe.id}" is already open: an entry whose return has not come`);
          }
          pending.set(event.callId, { hit, entryNs: event.timestampNs });
        }
        continue;
      }
      const call = event.callId === 0n ? undefined : pending.get(event.callId);
      if (!call) continue;
      pending.delete(event.callId);
      if (event.timestampNs < call.entryNs) {
        throw new CaptureFormatError(this.capture.file, event.index, event.offset, `return at ${event.timestampNs} ns is before its entry at ${call.entryNs} ns`);
      }
      this.addReturn(call.hit, event, probe, instance);
      call.hit.snapshot.duration = Number(event.timestampNs - call.entryNs);
    }
    const snapshots: Snapshot[] = [];
    for (const hit of hits) {
      const snapshot = this.finish(hit);
      if (snapshot !== undefined) snapshots.push(snapshot);
    }
    return snapshots;
  }

  /** An entry's values: a method probe's arguments, or a line probe's arguments and locals under its line. */
  private entryCaptures(event: CaptureEvent, probe: CaptureProbe, instance: CaptureInstance): SnapshotCaptures {
    this.encoder.begin(event, probe.capture, probe.maxEventBytes);
    const args = this.roots(instance.arguments, 0);
    if (!probe.line) return { entry: { arguments: args } };
    const locals = this.roots(instance.locals ?? [], instance.arguments.length);
    return { lines: { [probe.line.line]: { arguments: args, locals } } };
  }

  private envelope(event: CaptureEvent, probe: CaptureProbe, instance: CaptureInstance, captures: SnapshotCaptures): Snapshot {
    const timestamp = Number(event.timestampNs / NS_PER_MS);
    const id = randomUuid();
    const where = this.location(probe, instance);
    const snapshot: Snapshot['debugger']['snapshot'] =
      event.stack.length > 0
        ? { id, timestamp, language: 'go', stack: this.stack(event.stack), probe: where, captures }
        : { id, timestamp, language: 'go', probe: where, captures };
    return {
      service: this.capture.meta.program.service,
      ddsource: 'dd_debugger',
      logger: { name: '', method: where.location.method, version: probe.version, thread_id: event.goid, thread_name: '' },
      debugger: { snapshot, type: 'snapshot' },
      timestamp,
    };
  }

  private stack(pcs: number[]): StackFrame[] {
    const frames: StackFrame[] = [];
    for (const pc of pcs) {
      const symbolized = this.symbols.get(pc);
      if (!symbolized) frames.push(UNKNOWN_FRAME);
      else for (const f of symbolized) frames.push(f);
    }
    return frames;
  }

  /**
   * Where the snapshot says the probe is: a method probe's method; a line probe's function
   * (its instance: the line may sit in an inlined copy), file and line.
   */
  private location(probe: CaptureProbe, instance: CaptureInstance): Snapshot['debugger']['snapshot']['probe'] {
    const key = probe.line ? instance : probe;
    let where = this.locations.get(key);
    if (!where) {
      const location = probe.line ? { method: instance.function, file: probe.line.file, line: probe.line.line } : { method: probe.method };
      where = Object.freeze({ id: probe.id, location: Object.freeze(location) });
      this.locations.set(key, where);
    }
    return where;
  }

  /** Roots first, first+1, … of the event the encoder has begun, by variable name. */
  private roots(variables: ProbeVariable[], first: number): Record<string, CapturedValue> {
    const roots = this.rootsOf(variables);
    const values: Record<string, CapturedValue> = {};
    variables.forEach((v, r) => {
      const { type, redacted } = roots[r] as RootInfo;
      values[v.name] = redacted ? redactedIdent(type) : this.encoder.root(first + r, type);
    });
    return values;
  }

  private rootsOf(variables: ProbeVariable[]): RootInfo[] {
    let roots = this.rootInfos.get(variables);
    if (!roots) {
      roots = variables.map((v) => ({ type: this.types.get(v.type), redacted: isRedactedIdentifier(v.name) }));
      this.rootInfos.set(variables, roots);
    }
    return roots;
  }

  private addReturn(hit: Hit, event: CaptureEvent, probe: CaptureProbe, instance: CaptureInstance): void {
    hit.returned = true;
    const returnLocals = instance.returnLocals ?? [];
    // Like the Go agent: a function without results (nor locals at its RETs) has a duration but
    // no return capture.
    if (instance.results.length === 0 && returnLocals.length === 0) return;
    this.encoder.begin(event, probe.capture, probe.maxEventBytes);
    const results = this.roots(instance.results, 0);
    const locals = this.roots(returnLocals, instance.results.length);
    // One result is @return itself; several are the fields of @return. Locals go beside it.
    const only = instance.results.length === 1 ? results[(instance.results[0] as ProbeVariable).name] : undefined;
    const value: Record<string, CapturedValue> = instance.results.length === 0 ? {} : { '@return': only ?? { fields: results } };
    (hit.snapshot.debugger.snapshot.captures as SnapshotCaptures).return = { locals: { ...value, ...locals } };
  }

  /**
   * Completes a hit with what needs all of it: the condition (false: no snapshot; an error: the
   * snapshot, with the error, as the agent fails open), the capture expressions, the message, and
   * the shape of a log probe (message only) or a capture-expression probe.
   */
  private finish(hit: Hit): Snapshot | undefined {
    const { snapshot, probe } = hit;
    const captures = snapshot.debugger.snapshot.captures;
    const line = captures?.lines ? Object.values(captures.lines)[0] : undefined;
    const scope: Scope = {
      // At a line, expressions name arguments and locals alike.
      arguments: line ? { ...line.arguments, ...line.locals } : captures?.entry?.arguments,
      locals: captures?.return?.locals,
      durationNs: snapshot.duration,
      // Like the agent's newest decoder: a missing return is no evaluation error of its own,
      // only the reason {@duration} shows.
      durationMissing: hit.returned ? undefined : hit.noReturn ?? (probe.captureReturn ? NO_RETURN : undefined),
      kindOf: this.kinds.kindOf,
    };
    const errors: EvaluationError[] = [];
    if (probe.when !== undefined) {
      const condition = evaluateCondition(probe.when.json, scope);
      if ('holds' in condition && !condition.holds) return undefined;
      if ('error' in condition) errors.push({ expr: probe.when.dsl, message: condition.error });
      // The engine samples after a condition it evaluates; after one it leaves to the decoder, here.
      if (!probe.engineCondition && !this.throttleOf(probe).admit(hit.entryNs)) return undefined;
    }
    const prepared = this.expressions.get(probe);
    const expressions = prepared ? this.captureExpressions(prepared, scope, hit.returned, errors) : undefined;
    const segments = this.segments.get(probe);
    if (segments) {
      const rendered = renderMessage({ segments, kinds: this.kinds, ...scope });
      snapshot.message = rendered.message;
      errors.unshift(...rendered.errors);
    }
    if (!probe.captureSnapshot) {
      // A log probe sends its message only; a capture-expression probe its expressions too.
      if (expressions === undefined) {
        delete snapshot.debugger.snapshot.stack;
        delete snapshot.debugger.snapshot.captures;
      } else {
        // A capture-expression probe captures them alone (at a line, under the line).
        snapshot.debugger.snapshot.captures = (line ? { lines: { [lineKey(probe)]: expressions.entry } } : expressions) as SnapshotCaptures;
        if (segments === undefined) delete snapshot.debugger.type;
      }
    } else if (expressions !== undefined && captures !== undefined) {
      // Beside the arguments and locals of a line; beside the arguments and results of a call (a
      // function without results has return expressions only).
      if (line) Object.assign(line, expressions.entry);
      else if (expressions.entry) captures.entry = Object.assign(captures.entry ?? { arguments: {} }, expressions.entry);
      if (expressions.return) captures.return = Object.assign(captures.return ?? {}, expressions.return);
    }
    const exception = this.unwoundBy(hit);
    if (exception !== undefined) {
      // As the agent completes a call its synthetic runtime probe saw unwound: the panic value, and why no @return.
      const after = snapshot.debugger.snapshot.captures;
      if (after) after.return = { ...after.return, captureExpressions: { ...after.return?.captureExpressions, '@exception': exception } };
      errors.push({ expr: '@return', message: PANIC_RECOVERED });
    }
    if (errors.length > 0) snapshot.debugger.snapshot.evaluationErrors = errors;
    return snapshot;
  }

  /** A runtime.gopanic hit: its goroutine, time and the panic value (its argument e). */
  private recordPanic(event: CaptureEvent, probe: CaptureProbe, instance: CaptureInstance): void {
    this.encoder.begin(event, probe.capture, probe.maxEventBytes);
    const value = Object.values(this.roots(instance.arguments, 0))[0];
    if (value === undefined) return;
    const list = this.panics.get(event.goid) ?? [];
    list.push({ ns: event.timestampNs, value });
    this.panics.set(event.goid, list);
  }

  /**
   * The value of the panic that unwound a call awaiting its return: the first on its goroutine
   * after its entry, when the program went on (it exited 0: the panic was recovered).
   */
  private unwoundBy(hit: Hit): CapturedValue | undefined {
    if (hit.returned || hit.noReturn !== undefined || !hit.probe.captureReturn) return undefined;
    const exit = this.capture.meta.target?.exitCode;
    if (exit !== undefined && exit !== 0) return undefined;
    const goid = hit.snapshot.logger.thread_id;
    return this.panics.get(goid)?.find((p) => p.ns >= hit.entryNs)?.value;
  }

  private throttleOf(probe: CaptureProbe): Throttle {
    let throttle = this.throttles.get(probe);
    if (!throttle) {
      throttle = new Throttle(probe.throttle);
      this.throttles.set(probe, throttle);
    }
    return throttle;
  }

  /**
   * The probe's capture expressions, each where the agent puts it: with the return when it needs
   * the return (@return, @duration) and the call returned, else with the entry. One that fails is left out, with an evaluation error.
   */
  private captureExpressions(prepared: readonly PreparedExpression[], scope: Scope, returned: boolean, errors: EvaluationError[]): ExpressionCaptures {
    const out: ExpressionCaptures = {};
    for (const { name, expr, limits, needsReturn } of prepared) {
      const result = evaluate(expr.json, scope);
      if ('error' in result) {
        // The agent drops a capture expression it refuses when it builds the probe, silently.
        if (!result.atInstall) errors.push({ expr: expr.dsl, message: result.error });
        continue;
      }
      const atReturn = returned && needsReturn;
      const found =
        'value' in result ? result.value : 'text' in result ? scalarValue(result.text) : isDuration(expr.json) && typeof result.scalar === 'number' ? durationValue(result.scalar) : scalarValue(result.scalar, result.type);
      const value = limits ? applyLimits(found, limits, this.kinds.ownKindOf) : found;
      const at = atReturn ? 'return' : 'entry';
      const side = out[at] ?? { captureExpressions: {} };
      side.captureExpressions[name] = value;
      out[at] = side;
    }
    return out;
  }
}

/** A capture expression with what the decoder works out once per probe: its own limits, and whether it needs the return. */
interface PreparedExpression {
  readonly name: string;
  readonly expr: { readonly dsl: string; readonly json: unknown };
  readonly limits: ExpressionLimits | undefined;
  readonly needsReturn: boolean;
}

/** The key of a line probe's capture under captures.lines. */
const lineKey = (probe: CaptureProbe): string => String(probe.line?.line);

const isDuration = (json: unknown): boolean => typeof json === 'object' && json !== null && (json as { ref?: unknown }).ref === '@duration';

/** @duration as a capture expression: its own type, milliseconds (the agent's shortest text). */
const durationValue = (ms: number): CapturedValue => ({ type: '@duration', value: String(ms) });

/** Why a call of this instance never has a return event (the agent's words), if it never has one. */
function noReturn(probe: CaptureProbe, instance: CaptureInstance): string | undefined {
  if (!probe.captureReturn) return undefined;
  if (instance.inlined) return INLINED;
  return instance.noBody ? NO_BODY : undefined;
}

/** Every snapshot of a capture, in hit order (entry event order; a return without its entry is none). */
export function decodeCapture(capture: Capture): Snapshot[] {
  return new Decoder(capture).decodeAll();
}
