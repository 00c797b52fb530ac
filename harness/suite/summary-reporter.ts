// Ends every test run with one machine-readable line: "N passed, N failed, N skipped".

import type { Reporter, SerializedError, TestModule, Vitest } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Test results, plus one failure per test file that failed outside any test (an import or
 * hook error) and per unhandled error, so a broken run never reads "0 failed".
 */
export function countRun(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): RunCounts {
  const counts: RunCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of modules) {
    let failedTests = 0;
    for (const test of module.children.allTests()) {
      const { state } = test.result();
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') failedTests++;
      else counts.skipped++;
    }
    counts.failed += failedTests;
    if (failedTests === 0 && module.state() === 'failed') counts.failed++;
  }
  return counts;
}

export function summaryLine({ passed, failed, skipped }: RunCounts): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

export default class SummaryReporter implements Reporter {
  #vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.#vitest = vitest;
  }

  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    const line = summaryLine(countRun(modules, unhandledErrors));
    if (this.#vitest) this.#vitest.logger.log(line);
    else console.log(line);
  }
}
