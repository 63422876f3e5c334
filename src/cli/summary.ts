/**
 * The job summary for CI, in Markdown: validation (every diagnostic, since annotations show only
 * ten), the headline figures of each edition, the data changes against a base, and the artifact
 * names. `npm run summary -- [--base <ref>] [--sha <commit>]`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { checkoutData, diffDatasets, diffMarkdown } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { buildPlan } from '../model/plan.js';
import { loadUiStrings } from '../present/strings.js';
import { statusText } from '../present/reader.js';
import { validateDataset } from '../validate/validate.js';

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const rootDir = process.cwd();
  const dataDir = path.join(rootDir, 'data');
  const cell = (text: string) => oneLine(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');

  const sink = new DiagnosticSink();
  const dataset = validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
  const out: string[] = ['# Plan reports', ''];

  out.push(`## Validation: ${sink.errorCount} error(s), ${sink.warningCount} warning(s)`, '');
  if (sink.items.length > 0) {
    out.push('| Where | Severity | Message | Rule |', '| --- | --- | --- | --- |');
    for (const d of sortDiagnostics(sink.items)) {
      out.push(`| \`${cell(d.file)}:${d.place.line}:${d.place.column}\` | ${d.severity} | ${cell(d.message)} | [${d.ruleId}](${d.url}) |`);
    }
    out.push('');
  }

  const strings = loadUiStrings(rootDir, 'en', sink);
  if (dataset.units && dataset.glossary && strings) {
    for (const edition of dataset.editions) {
      const plan = buildPlan(edition, dataset.units, dataset.glossary, []);
      out.push(`## ${oneLine(plan.edition.title.en)} (${oneLine(edition.folder)})`, '', '| Indicator | Value | Growth | Target | Status |', '| --- | ---: | ---: | --- | --- |');
      for (const h of plan.headline) {
        const status = h.target ? statusText(strings, h.target.status) : '–';
        out.push(`| ${cell(h.label.en)} | ${h.display.en} | ${h.growth?.display.en ?? '–'} | ${h.target ? cell(h.target.display.en) : '–'} | ${status} |`);
      }
      out.push('');
    }
  }

  const base = option('--base');
  if (base) {
    const baseDir = checkoutData(rootDir, base);
    try {
      out.push(diffMarkdown(diffDatasets(baseDir, dataDir, briefGlyphCoverage()), base));
    } finally {
      rmSync(baseDir, { recursive: true, force: true });
    }
  }

  const sha = option('--sha');
  if (sha) {
    out.push('## Artifacts', '', ...dataset.editions.map((e) => `- \`reports-${oneLine(e.folder)}-${oneLine(sha)}\`: briefs (zh-CN, en) and workbooks`), '');
  }
  process.stdout.write(`${guardCommands(out.join('\n'))}\n`);
}
