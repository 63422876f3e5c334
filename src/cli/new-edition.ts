/** npm run new-edition -- --from <edition> --id <new-id>: see `spec` below or --help. */
import path from 'node:path';
import { countByRule, EditionInputError, validateWritten } from '../annual/edition-folder.js';
import { startNextEdition } from '../annual/new-edition.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { runtime } from '../runtime.js';
import { UsageError, type CommandSpec } from './args.js';
import { runCommand } from './command.js';

export const spec: CommandSpec = {
  invocation: 'npm run new-edition --',
  summary:
    "Starts next year's edition from this year's: edition.yaml carried with its years advanced and its title marked\n" +
    "as a draft (drafted: true), and this year's main targets (plan-targets.yaml) as next year's review targets,\n" +
    'each with its kind, bound, strive, relative reading, indicator and label, its result pending (actual: pending).\n' +
    "Last year's source.txt is carried until this year's report replaces it. Nothing is written when the input is wrong.",
  options: {
    from: { type: 'string', value: '<edition>', description: 'the edition to start from (a folder of data/editions); required' },
    id: { type: 'string', value: '<new-id>', description: 'the new edition id and folder name, such as binjiang-2026; required' },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    strict: { type: 'boolean', description: 'exit 1 when the new edition has warnings (it has: results pending, draft marks)' },
  },
  examples: ['npm run new-edition -- --from binjiang-2025 --id binjiang-2026'],
  notes: [
    'Exit codes: 0 written, and it validates (its warnings list what the editor still has to do); 1 written, but it',
    'has errors (or warnings, with --strict); 2 a usage error, or bad input: nothing written.',
  ],
};

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  await runCommand(spec, (values, io) => {
    const from = values.from as string | undefined;
    const id = values.id as string | undefined;
    if (!from) throw new UsageError('--from <edition> is required, for example --from binjiang-2025');
    if (!id) throw new UsageError('--id <new-id> is required, for example --id binjiang-2026');
    const rootDir = process.cwd();
    const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
    const glyphs = briefGlyphCoverage();
    let made: ReturnType<typeof startNextEdition>;
    try {
      made = startNextEdition({ dataDir, rootDir, from, id, glyphs });
    } catch (error) {
      if (error instanceof EditionInputError) throw new UsageError(error.message);
      throw error;
    }
    const shown = path.relative(rootDir, made.dir) || made.dir;
    io.out(
      `Wrote ${shown}/ (${made.files.join(', ')}): the ${made.reviewYear} review of ${made.carried} main target(s) of ${from}, results pending.\n` +
        `已写入 ${shown}/:${from} 的 ${made.carried} 项主要目标转为 ${made.reviewYear} 年执行情况,结果待填报。\n`,
    );
    const diagnostics = validateWritten(dataDir, rootDir, id, glyphs);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    io.out(
      `Validation: ${errors.length} error(s), ${warnings.length} warning(s)${diagnostics.length ? ` (${countByRule(diagnostics)})` : ''}.\n` +
        `Next: replace ${shown}/source.txt with this year's report, enter each result in review-targets.yaml, check edition.yaml,\n` +
        `then remove each "drafted: true"; npm run validate -- --strict passes when nothing is left (CONTRIBUTING.md, "Start next year's edition").\n`,
    );
    runtime.saveCodeCache?.();
    return errors.length > 0 || (values.strict === true && warnings.length > 0) ? 1 : 0;
  });
}
