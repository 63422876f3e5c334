/**
 * What a command can answer before the program loads (scripts/run.mjs asks the small bundle,
 * dist/front.cjs, first): --help and --version, a usage mistake, and a build with nothing to do.
 * On Node 20, which has no compile cache, loading the program (7 MB of bundled JavaScript) took
 * most of such a run. The answers are the ones the command itself gives (runCommand in
 * command.ts parses with the same spec); anything else is "not answered" and the program loads.
 */
import { printable } from '../diagnostics/escape.js';
import { parseCommand, usageFailure, UsageError } from './args.js';
import { commandSpecs } from './specs.js';
import { answerIfUpToDate } from './up-to-date.js';

export interface FrontIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: FrontIo = {
  out: (text) => process.stdout.write(printable(text)),
  err: (text) => process.stderr.write(printable(text)),
};

/** The exit code when the command was answered here; undefined when the program must run it. */
export function answerBeforeLoading(
  command: string | undefined,
  args: readonly string[],
  rootDir: string,
  env: NodeJS.ProcessEnv,
  io: FrontIo = processIo,
): number | undefined {
  const spec = command !== undefined && Object.hasOwn(commandSpecs, command) ? commandSpecs[command] : undefined;
  if (spec === undefined) return undefined;
  try {
    if (parseCommand(spec, args, io.out, env) === undefined) return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) return undefined;
    io.err(usageFailure(spec, error));
    return 2;
  }
  if (command === 'build' && answerIfUpToDate(args, rootDir, env, io.out)) return 0;
  return undefined;
}
