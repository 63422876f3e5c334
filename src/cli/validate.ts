/** npm run validate [-- options]: see `spec` below or --help. */
import path from 'node:path';
import { checkChartSpecsForPdf } from '../charts/pdf-support.js';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { linkContext } from '../diagnostics/links.js';
import { formatGithub, formatHuman, formatJson, formatSeverityChanges, reportLanguage } from '../diagnostics/report.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { runtime } from '../runtime.js';
import { validateDataset } from '../validate/validate.js';
import { UsageError, type CommandSpec } from './args.js';
import { changedLines, onChangedLine, type ChangedLines } from './changed-lines.js';
import { runCommand } from './command.js';
import { colourEnabled } from './terminal.js';

export const spec: CommandSpec = {
  invocation: 'npm run validate --',
  summary:
    'Checks the data under data/ without building: every problem as file:line:column severity message rule-id,\n' +
    'then what to do and a link to its section of CONTRIBUTING.md. Under GitHub Actions it also writes annotations\n' +
    '(in the language of --lang), with --base only on the lines changed since that commit.',
  options: {
    strict: { type: 'boolean', description: 'warnings fail too (exit 1); notes never fail' },
    format: { type: 'string', value: '<format>', choices: ['human', 'json'], description: 'output format (default: human)' },
    lang: {
      type: 'string',
      value: '<language>',
      choices: ['en', 'zh-CN'],
      description: 'language of the messages (default: from the system locale)',
    },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    base: {
      type: 'string',
      value: '<ref>',
      description: 'annotate (under GitHub Actions) only the lines changed since this git ref; the rest are counted in one annotation',
    },
    commit: { type: 'string', value: '<commit>', description: 'the commit that guide links point at (default: GITHUB_SHA)' },
  },
  examples: [
    'npm run validate                    # check the data; exit 1 on errors',
    'npm run validate -- --strict        # warnings fail too',
    'npm run validate -- --lang zh-CN    # messages in Chinese',
    'npm run validate -- --format json   # machine-readable diagnostics',
  ],
  notes: [
    'Severities: error (always fails), warning (fails with --strict), note (a difference within published rounding, or one the',
    "data acknowledges: printed and listed in the reports' notes, never failing).",
    'Exit codes: 0 no errors (no warnings either, with --strict); 1 problems found; 2 a usage error or a failure of the tool.',
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
      const { severityChanges } = validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
      // The chart specs, for what the brief cannot draw (so a designer hears of it before a build).
      checkChartSpecsForPdf(rootDir, sink);
      const language = reportLanguage(values.lang ? ['--lang', values.lang as string] : [], process.env);
      const links = { ...linkContext(process.env, rootDir), ...(values.commit ? { commit: values.commit as string } : {}) };
      const base = values.base as string | undefined;
      const changed = base === undefined ? undefined : changedSince(rootDir, base, dataDir);
      if (format === 'json') io.out(`${formatJson(sink.items)}\n`);
      else {
        // The project's severity changes first: they say how the findings below were weighed.
        const changes = formatSeverityChanges(severityChanges, language);
        if (changes) io.out(`${changes}\n`);
        io.out(`${formatHuman(sink.items, language, { colour: colourEnabled(process.stdout, process.env), links })}\n`);
      }
      // The workflow's validation step is the one place that annotates (once per problem).
      if (process.env.GITHUB_ACTIONS === 'true' && format !== 'json') {
        const annotate = changed && ((d: Diagnostic) => onChangedLine(changed, d.file, d.place.line));
        const annotations = formatGithub(sink.items, { language, links, ...(annotate ? { annotate } : {}) });
        if (annotations) io.workflowCommands(`${annotations}\n`);
      }
      runtime.saveCodeCache?.();
      return sink.errorCount > 0 || (values.strict === true && sink.warningCount > 0) ? 1 : 0;
    },
    { onFailure: 'Validation crashed; this is a bug in the tool, not in the data.' },
  );
}

/** The lines changed since `base`; a base git does not know is a usage error (exit 2). */
function changedSince(rootDir: string, base: string, dataDir: string): ChangedLines {
  try {
    return changedLines(rootDir, base, dataDir);
  } catch {
    throw new UsageError(
      `--base ${JSON.stringify(base)}: git could not compare the data with it. Name a commit, branch or tag of this repository (git log --oneline), or fetch it first (git fetch origin main).`,
    );
  }
}
