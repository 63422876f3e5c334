/** npm run validate [-- options]: see `spec` below or --help. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkFormatTemplates } from '../build/check-templates.js';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { linkContext } from '../diagnostics/links.js';
import { formatGithub, formatHuman, formatJson, formatSeverityChanges, reportLanguage } from '../diagnostics/report.js';
import { rules } from '../diagnostics/rules.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { runtime } from '../runtime.js';
import { validateDataset } from '../validate/validate.js';
import { UsageError } from './args.js';
import { requireDataFolder } from './build-spec.js';
import { changedLines, onChangedLine, type ChangedLines } from './changed-lines.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { validateSpec as spec } from './specs.js';
import { colourEnabled } from './terminal.js';

export { validateSpec as spec } from './specs.js';

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    (values, io, { cwd: rootDir, env, stdout }) => {
      const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
      // A file given as the data folder is a usage mistake; a missing folder is the data's (plan:file-missing).
      if (existsSync(dataDir)) requireDataFolder(dataDir);
      const format = (values.format as string | undefined) ?? 'human';
      const sink = new DiagnosticSink();
      const { severityChanges } = validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
      // The chart specs, for what the brief cannot draw (so a designer hears of it before a build).
      checkFormatTemplates(rootDir, sink);
      const language = reportLanguage(values.lang ? ['--lang', values.lang as string] : [], env);
      const links = { ...linkContext(env, rootDir), ...(values.commit ? { commit: values.commit as string } : {}) };
      const base = values.base as string | undefined;
      const changed = base === undefined ? undefined : changedSince(rootDir, base, dataDir);
      if (format === 'json') io.out(`${formatJson(sink.items)}\n`);
      else {
        // The project's severity changes first: they say how the findings below were weighed.
        const changes = formatSeverityChanges(severityChanges, language);
        if (changes) io.out(`${changes}\n`);
        io.out(`${formatHuman(sink.items, language, { colour: colourEnabled(stdout, env), links })}\n`);
      }
      // The workflow's validation step is the one place that annotates (once per problem).
      if (env.GITHUB_ACTIONS === 'true' && format !== 'json') {
        const annotate = changed && ((d: Diagnostic) => onChangedLine(changed, d.file, d.place.line));
        const annotations = formatGithub(sink.items, { language, links, ...(annotate ? { annotate } : {}) });
        if (annotations) io.workflowCommands(`${annotations}\n`);
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
    invocation,
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
