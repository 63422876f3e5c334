/**
 * Entry of the bundle that scripts/run.mjs builds (dist/plan-briefs.cjs): the command-line
 * programs, each imported only when it is run, so a command initialises only what it uses, and
 * the render worker. One bundle means one file to compile and one code cache per command.
 */
import type { Invocation } from './cli/command.js';

export { runtime } from './runtime.js';

/** A command's main() returns its exit code; the render worker's returns nothing. */
type Program = () => Promise<{ main(invocation?: Invocation): Promise<number> | Promise<void> | void }>;

export const commands: Record<string, Program> = {
  build: () => import('./cli/build.js'),
  validate: () => import('./cli/validate.js'),
  bench: () => import('./cli/bench.js'),
  diff: () => import('./cli/diff.js'),
  summary: () => import('./cli/summary.js'),
  'merge-manifests': () => import('./cli/merge-manifests.js'),
  preview: () => import('./cli/preview.js'),
  'new-edition': () => import('./cli/new-edition.js'),
  draft: () => import('./cli/draft.js'),
  worker: () => import('./build/worker.js'),
};
