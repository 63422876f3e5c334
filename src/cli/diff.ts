/** npm run diff -- --base <ref>: see `spec` below or --help. */
import path from 'node:path';
import { diffDatasets, diffMarkdown, diffSettings, hasInvalid } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { UsageError, type CommandSpec } from './args.js';
import { withBaseData } from './base-data.js';
import { runCommand } from './command.js';
import { commandStrings } from './strings.js';

export const spec: CommandSpec = {
  invocation: 'npm run diff --',
  summary:
    'What your change did to the data, against a git ref, as Markdown: per edition, every figure changed (id, label,\n' +
    'old → new as published, each with its unit, and what changed: value, unit or written decimals), added or removed,\n' +
    'every text, source phrase and line of source.txt changed (as its changed words), targets whose status flipped,\n' +
    'and changes to data/validation.yaml (rule by rule), units.yaml and glossary.yaml. An edition that does not\n' +
    'validate is listed with its errors.',
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
      const dataDir = path.join(rootDir, 'data');
      const diffs = diffDatasets(baseDir, dataDir, briefGlyphCoverage());
      const strings = commandStrings(rootDir, 'en');
      io.out(`${diffMarkdown(diffs, base, 'en', strings, diffSettings(baseDir, dataDir))}\n`);
      return hasInvalid(diffs) ? 1 : 0;
    });
  });
}
