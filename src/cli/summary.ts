/**
 * The job summary for CI, in Markdown: validation (every diagnostic, since annotations show only
 * ten), the headline figures of each edition, the data changes against a base, and the artifact
 * names; in English or Chinese. Links are absolute (the summary is read under /actions/runs/):
 * data files at the commit, the editors' guide on the default branch. See `spec` or --help.
 */
import path from 'node:path';
import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { DiagnosticSink, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { fileUrl, guideIn, guideUrl, linkContext } from '../diagnostics/links.js';
import { diffDatasets, diffMarkdown } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { listEditionFolders } from '../load/dataset.js';
import { prepareEdition, prepareShared } from '../build/prepare.js';
import { commandStrings } from './strings.js';
import { statusText } from '../present/reader.js';
import type { CommandSpec } from './args.js';
import { withBaseData } from './base-data.js';
import { runCommand } from './command.js';

export const spec: CommandSpec = {
  invocation: 'npm run summary --',
  summary:
    'Writes the job summary (Markdown, to stdout): validation messages, headline figures of each edition, data\n' +
    'changes against a base and the artifact names. Links are absolute under GitHub Actions (GITHUB_SERVER_URL,\n' +
    'GITHUB_REPOSITORY, GITHUB_SHA).',
  options: {
    base: { type: 'string', value: '<ref>', description: 'also list the data changes against this git ref' },
    sha: { type: 'string', value: '<commit>', description: 'the commit whose artifacts to name (reports-<edition>-<commit>)' },
    commit: { type: 'string', value: '<commit>', description: 'the commit that file links point at (default: GITHUB_SHA)' },
    lang: { type: 'string', value: '<language>', choices: ['en', 'zh-CN'], description: 'language of the summary (default: en)' },
  },
  examples: [
    'npm run --silent summary -- --base origin/main --sha "$GITHUB_SHA" >> "$GITHUB_STEP_SUMMARY"',
    'npm run --silent summary -- --base HEAD~1 --commit "$(git rev-parse HEAD)"',
    'npm run --silent summary -- --lang zh-CN',
  ],
};

const words = {
  en: {
    validation: (e: number, w: number) => `## Validation: ${e} error(s), ${w} warning(s)`,
    table: '| Where | Severity | Message | Rule |',
    severity: { error: 'error', warning: 'warning' },
    headline: '| Indicator | Value | Growth | Target | Status |',
    artifacts: '## Artifacts',
    artifact: (name: string) => `- \`${name}\`: briefs (zh-CN, en) and workbooks`,
  },
  'zh-CN': {
    validation: (e: number, w: number) => `## 校验:${e} 个错误,${w} 个警告`,
    table: '| 位置 | 级别 | 说明 | 规则 |',
    severity: { error: '错误', warning: '警告' },
    headline: '| 指标 | 数值 | 增速 | 目标 | 完成情况 |',
    artifacts: '## 构建产物',
    artifact: (name: string) => `- \`${name}\`:简报(中文、英文)和工作簿`,
  },
} as const;

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  await runCommand(spec, (values, io) => {
    const rootDir = process.cwd();
    const dataDir = path.join(rootDir, 'data');
    const language = (values.lang as 'en' | 'zh-CN' | undefined) ?? 'en';
    const w = words[language];
    const lang = language === 'zh-CN' ? 'zh' : 'en';
    const links = { ...linkContext(process.env, rootDir), ...(values.commit ? { commit: values.commit as string } : {}) };
    const cell = (text: string) => oneLine(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');

    const sink = new DiagnosticSink();
    // As the build prepares them (load, validate, model), every edition.
    const options = { dataDir, rootDir };
    const shared = prepareShared(options, sink);
    const editions = listEditionFolders(dataDir).flatMap((folder) => prepareEdition(folder, shared, options, sink) ?? []);
    const out: string[] = [language === 'zh-CN' ? '# 规划报告' : '# Plan reports', ''];

    out.push(w.validation(sink.errorCount, sink.warningCount), '');
    if (sink.items.length > 0) {
      out.push(w.table, '| --- | --- | --- | --- |');
      for (const d of sortDiagnostics(sink.items)) {
        const where = `\`${d.file}:${d.place.line}:${d.place.column}\``;
        const at = fileUrl(d.file, d.place.line, links);
        out.push(
          `| ${at ? `[${where}](${at})` : where} | ${w.severity[d.severity]} | ${cell(lang === 'zh' ? d.messageZh : d.message)} | [${d.ruleId}](${guideUrl(guideIn(d.url, language), links)}) |`,
        );
      }
      out.push('');
    }

    const strings = commandStrings(rootDir, language);
    for (const edition of editions) {
      const plan = edition.plan();
      out.push(`## ${plan.edition.title[lang]} (${edition.folder})`, '', w.headline, '| --- | ---: | ---: | --- | --- |');
      for (const h of plan.headline) {
        const status = h.target && strings ? statusText(strings, h.target.status) : '–';
        out.push(
          `| ${cell(h.label[lang])} | ${h.display[lang]} | ${h.growth?.display[lang] ?? '–'} | ${h.target ? cell(h.target.display[lang]) : '–'} | ${status} |`,
        );
      }
      out.push('');
    }

    const base = values.base as string | undefined;
    if (base) {
      withBaseData(rootDir, base, (baseDir) => {
        out.push(diffMarkdown(diffDatasets(baseDir, dataDir, briefGlyphCoverage()), base, language, strings));
      });
    }

    const sha = values.sha as string | undefined;
    if (sha) out.push(w.artifacts, '', ...editions.map((e) => w.artifact(`reports-${e.folder}-${sha}`)), '');
    io.out(`${guardCommands(out.join('\n'))}\n`);
  });
}
