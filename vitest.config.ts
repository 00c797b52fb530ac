import { defineConfig } from 'vitest/config';
import { environment } from './harness/common/index.ts';

// Test workers print through pipes and cannot see whether the terminal takes colours: tell them.
const { FORCE_COLOR, NO_COLOR } = environment();
const terminalColors = process.stdout.isTTY && FORCE_COLOR === undefined && NO_COLOR === undefined ? { FORCE_COLOR: '1' } : {};

export default defineConfig({
  test: {
    include: ['harness/**/*.test.ts'],
    // Forks isolate tests that spawn processes. Three workers on the two-core machine: much of a
    // suite's time is spent waiting on child processes and the kernel (live npm test 78 s -> 69 s).
    pool: 'forks',
    maxWorkers: 3,
    // A worker keeps the modules it loaded from one test file to the next: no test mocks a module or
    // sets process.env (structure.test.ts and Biome check), and importing the harness again for each of ~60
    // files cost a fifth of the run (live npm test 64 s -> 54 s, replay 50 s -> 39 s).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: terminalColors,
    // Transformed modules cached on disk (node_modules/.experimental-vitest-cache, keyed by content):
    // the suites that run the suite as a child process start it about 0.4 s sooner each time.
    experimental: { fsModuleCache: true },
    // The default report, then the "N passed, N failed" line as the last line of the run.
    reporters: ['default', './harness/suite/summary-reporter.ts'],
  },
});
