/** npm run diff -- --base <ref>: see `spec` below or --help. */
import path from 'node:path';
import { diffDatasets, diffMarkdown, hasInvalid } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { UsageError, type CommandSpec } from './args.js';
import { withBaseData } from './base-data.js';
import { runCommand } from './command.js';
import { commandStrings } from './strings.js';

export const spec: CommandSpec = {
  invocation: 'npm run diff --',
  summary:
    'What your change did to the data, against a git ref, as Markdown: per edition, every figure changed (id, label,\n' +
    'old → new as published, unit), added or removed, every text and source phrase changed, targets whose status\n' +
    'flipped, and lines of source.txt changed. An edition that does not validate is listed with its errors.',
  options: {
    base: { type: 'string', value: '<ref>', description: 'the git ref to compare with (a branch, tag or commit); required' },
  },
  examples: [
    'npm run diff -- --base origin/main   # what this branch changed',
    'npm run diff -- --base HEAD          # what is not committed yet',
  ],
  notes: ['Exit codes: 0 compared; 1 an edition does not validate in the working tree; 2 a usage error or an unknown ref.'],
};

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  await runCommand(spec, (values, io) => {
    const base = values.base as string | undefined;
    if (!base) throw new UsageError('--base <ref> is required, for example --base origin/main');
    const rootDir = process.cwd();
    return withBaseData(rootDir, base, (baseDir) => {
      const diffs = diffDatasets(baseDir, path.join(rootDir, 'data'), briefGlyphCoverage());
      const strings = commandStrings(rootDir, 'en');
      io.out(`${diffMarkdown(diffs, base, 'en', strings)}\n`);
      return hasInvalid(diffs) ? 1 : 0;
    });
  });
}
