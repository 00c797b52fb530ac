// Version goldens: `golden/<program>/<probe-id>.json` holds what every Go release gives, and
// `<probe-id>@go1.24.json` overrides it for one release line only where that release really gives
// something else (a line the compiler attributes differently, a type its DWARF lacks). A run that
// builds the cases with another Go (GODI_GO) checks against the override when there is one, else
// against the default; UPDATE_GOLDEN then writes an override only where the output differs, and
// deletes one that became equal to the default.

import type { GoldenKey, GoldenStore } from './store.ts';

/** `go1.24` of `go1.24.11`: overrides are per release line. */
export function releaseLine(goVersion: string): string {
  return /^go1\.\d+/.exec(goVersion)?.[0] ?? goVersion;
}

/** The key of a probe's override for a release line. */
export function overrideKey(key: GoldenKey, line: string): GoldenKey {
  return { program: key.program, probeId: `${key.probeId}@${line}` };
}

/** The probe an override belongs to (the key itself when it is a default golden). */
export function baseKey(key: GoldenKey): GoldenKey {
  const at = key.probeId.indexOf('@');
  return at < 0 ? key : { program: key.program, probeId: key.probeId.slice(0, at) };
}

/**
 * The goldens as a run under one release line sees them: reading an override falls back to the
 * default when the override does not exist; writes and removals go to the override.
 */
export class VersionedGoldens implements GoldenStore {
  constructor(
    private readonly store: GoldenStore,
    readonly line: string,
  ) {}

  async read(key: GoldenKey): Promise<string | undefined> {
    return (await this.store.read(key)) ?? this.store.read(baseKey(key));
  }

  write(key: GoldenKey, text: string): Promise<void> {
    return this.store.write(key, text);
  }

  remove(key: GoldenKey): Promise<void> {
    return this.store.remove(key);
  }

  list(): Promise<GoldenKey[]> {
    return this.store.list();
  }

  describe(key: GoldenKey): string {
    return this.store.describe(key);
  }

  /** Whether the probe has an override of its own for this release line. */
  async hasOverride(key: GoldenKey): Promise<boolean> {
    return (await this.store.read(overrideKey(key, this.line))) !== undefined;
  }

  /** The default golden's text. */
  readDefault(key: GoldenKey): Promise<string | undefined> {
    return this.store.read(key);
  }
}
