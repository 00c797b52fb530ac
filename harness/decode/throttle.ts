// The Go agent's throttler (its ebpf throttler.h), replayed on the hits' timestamps: `budget`
// hits pass in each period of `periodNs`, which starts at the first hit after the previous
// period ended. The engine runs it in the kernel for probes without a condition; the decoder
// runs this one for probes with a condition, on the hits whose condition held, since conditions
// are evaluated here. Given the same timestamps it passes the same hits: goldens stay
// deterministic, and tests drive it with a made-up clock.

export interface ThrottleSpec {
  periodNs: number;
  budget: number;
}

export class Throttle {
  private periodStart: bigint | undefined;
  private left = 0;
  /** Hits this throttle skipped. */
  skipped = 0;

  constructor(private readonly spec: ThrottleSpec) {}

  /** Whether the hit at `ns` (monotonic, non-decreasing across calls) passes. */
  admit(ns: bigint): boolean {
    if (this.left > 0) {
      this.left--;
      return true;
    }
    if (this.periodStart !== undefined && ns - this.periodStart < BigInt(this.spec.periodNs)) {
      this.skipped++;
      return false;
    }
    this.periodStart = ns;
    this.left = this.spec.budget - 1;
    return true;
  }
}
