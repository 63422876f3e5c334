/** npm run diff -- --base <ref>: see `spec` below or --help. */
import path from 'node:path';
import { diffDatasets, diffMarkdown, diffSettings, hasInvalid } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { UsageError } from './args.js';
import { withBaseData } from './base-data.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { diffSpec as spec } from './specs.js';
import { commandStrings } from './strings.js';

export { diffSpec as spec } from './specs.js';

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    (values, io, { cwd: rootDir }) => {
      const base = values.base as string | undefined;
      if (!base) throw new UsageError('--base <ref> is required, for example --base origin/main');
      return withBaseData(rootDir, base, (baseDir) => {
        const dataDir = path.join(rootDir, 'data');
        const diffs = diffDatasets(baseDir, dataDir, briefGlyphCoverage());
        const strings = commandStrings(rootDir, 'en');
        io.out(`${diffMarkdown(diffs, base, 'en', strings, diffSettings(baseDir, dataDir))}\n`);
        return hasInvalid(diffs) ? 1 : 0;
      });
    },
    invocation,
  );
}
