import path from 'node:path';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { formatGithub, formatHuman, formatJson, reportLanguage } from '../diagnostics/report.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { runtime } from '../runtime.js';
import { validateDataset } from '../validate/validate.js';
import { describeError } from './errors.js';

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'human';
  const strict = args.includes('--strict');
  const rootDir = process.cwd();
  const dataArg = args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined;
  const dataDir = path.resolve(rootDir, dataArg ?? 'data');

  const sink = new DiagnosticSink();
  try {
    validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
  } catch (error) {
    // A bug in the validator itself, not a problem in the data: say so, once.
    process.stderr.write(`${describeError(error)}\nValidation crashed; this is a bug in the tool, not in the data.\n`);
    process.exit(2);
  }

  if (format === 'json') process.stdout.write(`${formatJson(sink.items)}\n`);
  else process.stdout.write(`${formatHuman(sink.items, reportLanguage(args, process.env))}\n`);
  if (process.env.GITHUB_ACTIONS === 'true' && format !== 'json') {
    const annotations = formatGithub(sink.items);
    if (annotations) process.stdout.write(`${annotations}\n`);
  }
  process.exitCode = sink.errorCount > 0 || (strict && sink.warningCount > 0) ? 1 : 0;
  runtime.saveCodeCache?.();
}
