/** npm run new-edition -- --from <edition> --id <new-id>: see `spec` below or --help. */
import path from 'node:path';
import { countByRule, EditionInputError, validateWritten } from '../annual/edition-folder.js';
import { startNextEdition } from '../annual/new-edition.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { runtime } from '../runtime.js';
import { UsageError } from './args.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { newEditionSpec as spec } from './specs.js';

export { newEditionSpec as spec } from './specs.js';

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    (values, io, { cwd: rootDir }) => {
      const from = values.from as string | undefined;
      const id = values.id as string | undefined;
      if (!from) throw new UsageError('--from <edition> is required, for example --from binjiang-2025');
      if (!id) throw new UsageError('--id <new-id> is required, for example --id binjiang-2026');
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
    },
    invocation,
  );
}
