/** npm run validate [-- options]: see `spec` below or --help. */
import path from 'node:path';
import { checkChartSpecsForPdf } from '../charts/pdf-support.js';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { formatGithub, formatHuman, formatJson, reportLanguage } from '../diagnostics/report.js';
import { rules } from '../diagnostics/rules.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { runtime } from '../runtime.js';
import { validateDataset } from '../validate/validate.js';
import type { CommandSpec } from './args.js';
import { runCommand } from './command.js';
import { colourEnabled } from './terminal.js';

export const spec: CommandSpec = {
  invocation: 'npm run validate --',
  summary:
    'Checks the data under data/ without building: every problem as file:line:column severity message rule-id,\n' +
    'then what to do and a link to its section of CONTRIBUTING.md. Under GitHub Actions it also writes annotations.',
  options: {
    strict: { type: 'boolean', description: 'warnings fail too (exit 1)' },
    release: {
      type: 'boolean',
      description: 'refuse an unfinished edition too (exit 1): a result pending or an item still marked drafted (the release runs this)',
    },
    format: { type: 'string', value: '<format>', choices: ['human', 'json'], description: 'output format (default: human)' },
    lang: {
      type: 'string',
      value: '<language>',
      choices: ['en', 'zh-CN'],
      description: 'language of the messages (default: from the system locale)',
    },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
  },
  examples: [
    'npm run validate                    # check the data; exit 1 on errors',
    'npm run validate -- --strict        # warnings fail too',
    'npm run validate -- --release       # an edition with results pending or drafted items fails too',
    'npm run validate -- --lang zh-CN    # messages in Chinese',
    'npm run validate -- --format json   # machine-readable diagnostics',
  ],
  notes: [
    'Exit codes: 0 no errors (no warnings, with --strict; no unfinished edition, with --release); 1 problems found;',
    '2 a usage error or a failure of the tool.',
  ],
};

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  await runCommand(
    spec,
    (values, io) => {
      const rootDir = process.cwd();
      const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
      const format = (values.format as string | undefined) ?? 'human';
      const sink = new DiagnosticSink();
      validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
      // The chart specs, for what the brief cannot draw (so a designer hears of it before a build).
      checkChartSpecsForPdf(rootDir, sink);
      const language = reportLanguage(values.lang ? ['--lang', values.lang as string] : [], process.env);
      if (format === 'json') io.out(`${formatJson(sink.items)}\n`);
      else io.out(`${formatHuman(sink.items, language, { colour: colourEnabled(process.stdout, process.env) })}\n`);
      // The workflow's validation step is the one place that annotates (once per problem).
      if (process.env.GITHUB_ACTIONS === 'true' && format !== 'json') {
        const annotations = formatGithub(sink.items);
        if (annotations) io.out(`${annotations}\n`);
      }
      runtime.saveCodeCache?.();
      const unfinished = sink.items.filter((d) => rules[d.ruleId].unfinished);
      if (values.release === true && unfinished.length > 0 && format !== 'json') {
        const editions = [...new Set(unfinished.map((d) => d.file.split('/').slice(0, -1).join('/')))].join(', ');
        io.out(
          `--release: ${unfinished.length} result(s) pending or item(s) still drafted in ${editions}: not ready to publish.\n` +
            `--release:${editions} 中仍有 ${unfinished.length} 项结果待填报或草稿未确认:尚不能发布。\n`,
        );
      }
      return sink.errorCount > 0 || (values.strict === true && sink.warningCount > 0) || (values.release === true && unfinished.length > 0)
        ? 1
        : 0;
    },
    { onFailure: 'Validation crashed; this is a bug in the tool, not in the data.' },
  );
}
