import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One module graph per worker, shared by the test files it runs: each file no longer imports
    // pdfkit, fontkit, Vega, exceljs and every source module again. On this 2-core machine that cut
    // the user CPU of seven build-heavy files from 48 s to 27 s (measured 2026-12-07, issue 29).
    // Module-level state in src/ is caches only (fonts, number formats, chart faces); tests that
    // need a fresh process spawn one.
    isolate: false,
    // Vitest's default on a 2-core machine is one worker (cores − 1), which leaves a core idle while
    // a test waits on a child process (builds, LibreOffice, Chromium, git).
    maxWorkers: 2,
    // Keep the TypeScript that Vite transforms for the workers on disk (node_modules/.experimental-vitest-cache,
    // dropped with node_modules): a second run compiles nothing again. Five build-heavy files, run twice
    // on the loaded 2-core machine: 46.8 s of CPU the first time, 43.3 s the second (issue 29).
    experimental: { fsModuleCache: true },
    // Time-outs catch hangs; they are not speed checks. A test that spawns several builds may take
    // minutes on a shared, loaded machine (load average 12 on two cores was seen), so they are generous.
    testTimeout: 180_000,
    // Set-up hooks render whole briefs and builds; on a shared, busy machine that can take longer
    // than the 10 s default. Speed is measured by the benchmark, not by time-outs.
    hookTimeout: 180_000,
  },
});
