// What a case declares about its run besides its goldens (cases/<program>/case.json).

/** What a case declares it expects (cases/<program>/case.json): these are then no problem. */
export interface RunExpectations {
  /** The exit code the program is meant to end with (default 0). */
  readonly exitCode?: number;
  /** Probes whose hits the engine may drop (a case that floods the ring buffer on purpose). */
  readonly allowDrops?: readonly string[];
  /** The oldest Go release the program builds with (case.json minGo). */
  readonly minGo?: string;
}
