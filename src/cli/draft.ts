/** npm run draft -- --source <report.txt> --id <new-id>: see `spec` below or --help. */
import path from 'node:path';
import { draftEdition } from '../annual/draft.js';
import { countByRule, EditionInputError, validateWritten } from '../annual/edition-folder.js';
import { recallOf } from '../annual/recall.js';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { runtime } from '../runtime.js';
import { validateDataset } from '../validate/validate.js';
import { UsageError } from './args.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { draftSpec as spec } from './specs.js';

export { draftSpec as spec } from './specs.js';

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    (values, io, { cwd: rootDir }) => {
      const source = values.source as string | undefined;
      const id = values.id as string | undefined;
      if (!source) throw new UsageError("--source <report.txt> is required: the report's full text");
      if (!id) throw new UsageError('--id <new-id> is required, for example --id xihu-2025');
      const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
      const dryRun = values['dry-run'] === true;
      let drafted: ReturnType<typeof draftEdition>;
      try {
        drafted = draftEdition({ dataDir, source, id, dryRun });
      } catch (error) {
        if (error instanceof EditionInputError) throw new UsageError(error.message);
        throw error;
      }
      const c = drafted.counts;
      const shown = path.relative(rootDir, drafted.dir) || drafted.dir;
      io.out(
        `${dryRun ? 'Would write' : 'Wrote'} ${shown}/ (${drafted.files.join(', ')}): ${drafted.figures.length} figure(s): ${c.headline} headline result(s), ` +
          `${c.reviewRows} review target(s), ${c.mainTargets} main and ${c.workTargets} work target(s), ${c.achievements} result(s) in ${c.sections} section(s).\n` +
          `${dryRun ? '将写入' : '已写入'} ${shown}/:共 ${drafted.figures.length} 项数据。\n`,
      );
      const unknown = drafted.report.unknownUnits;
      if (unknown.length > 0) {
        const units = [...new Set(unknown.map((u) => u.unit))].slice(0, 12).join(' ');
        io.out(
          `Not drafted: ${unknown.length} figure(s) in units data/units.yaml does not list (${units}); add the units, or enter them by hand.\n`,
        );
      }
      const compare = values.compare as string | undefined;
      if (compare) {
        const sink = new DiagnosticSink();
        const dataset = validateDataset(loadDataset({ dataDir, rootDir, only: [compare] }, sink), { glyphs: briefGlyphCoverage() }, sink);
        const edition = dataset.editions.find((e) => e.folder === compare);
        if (!edition) throw new UsageError(`--compare "${compare}" is not an edition that validates under ${dataDir}`);
        const r = recallOf(edition, drafted.figures);
        const missed = Object.entries(r.missedByFile)
          .map(([file, n]) => `${n} ${file}`)
          .join(', ');
        io.out(
          `Against ${compare}: the draft finds ${r.found} of its ${r.published} published figures (${((100 * r.found) / Math.max(1, r.published)).toFixed(1)}%)` +
            `${missed ? `; missed: ${missed}` : ''}.\n`,
        );
      }
      if (!dryRun) {
        const diagnostics = validateWritten(dataDir, rootDir, id, briefGlyphCoverage());
        io.out(
          `Validation: ${diagnostics.filter((d) => d.severity === 'error').length} error(s), ${diagnostics.filter((d) => d.severity === 'warning').length} warning(s)` +
            `${diagnostics.length ? ` (${countByRule(diagnostics)})` : ''}.\n` +
            'Next: add each English label (en), check each drafted item against its phrase, then remove its "drafted: true"\n' +
            `(CONTRIBUTING.md, "Draft an edition from the report's text"); npm run validate -- --strict passes when none is left.\n`,
        );
      }
      runtime.saveCodeCache?.();
      return 0;
    },
    invocation,
  );
}
