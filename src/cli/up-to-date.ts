/**
 * The build's first question, answered before the program loads: is everything up to date? A
 * build with nothing to do is the commonest run (a workflow re-run, an editor checking), and
 * loading the whole program (7 MB of bundled JavaScript) took most of its time. scripts/run.mjs
 * asks this small bundle first (dist/front.cjs, from src/front.ts); for anything but a plain
 * up-to-date answer (help, --force, --strict, a usage error, work to do) it says "not answered"
 * and the build command runs as usual, from the start.
 */
import { planBuild } from '../build/incremental.js';
import { tryBuildLockNow } from '../build/lock.js';
import { parseCommand } from './args.js';
import { buildSelection, spec, upToDateLine } from './build-spec.js';

/** Prints the up-to-date line and returns true when the build has nothing to do; false: run the build. */
export function answerIfUpToDate(args: readonly string[], rootDir: string, env: NodeJS.ProcessEnv, out: (text: string) => void): boolean {
  const started = performance.now();
  try {
    const values = parseCommand(spec, args, () => {}, env);
    if (values === undefined || values.force === true || values.strict === true) return false;
    const selection = buildSelection(values, rootDir, env);
    // Under the output folder's lock, like any build: a build writing the folder now is not "up to
    // date" (the build command then waits for it or says so).
    const lock = tryBuildLockNow(selection.outDir);
    if (!lock) return false;
    try {
      if (!planBuild(selection).nothingToDo) return false;
    } finally {
      lock.release();
    }
    out(`${upToDateLine(selection.outDir, started, rootDir)}\n`);
    return true;
  } catch {
    // Whatever goes wrong here, the build itself reports.
    return false;
  }
}
