import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Set-up hooks render whole briefs and builds; on a shared, busy machine that can take longer
    // than the 10 s default. Speed is measured by the benchmark, not by time-outs.
    hookTimeout: 120_000,
  },
});
