/**
 * How this process was started. scripts/run.mjs loads the bundled program (dist/plan-briefs.cjs)
 * with a V8 code cache and fills these in; under tests and TypeScript loaders they stay empty, and
 * the program renders in its own thread and keeps no code cache.
 */
export interface Runtime {
  /** A script that starts a render worker (new Worker(workerScript)); unset: render in this thread. */
  workerScript?: string;
  /**
   * Stores the compiled code of this run for the next process to start from (written once, when
   * there was no usable cache). Call it after work that is representative of the command.
   */
  saveCodeCache?: () => void;
}

export const runtime: Runtime = {};
