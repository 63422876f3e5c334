/**
 * The job summary for CI, in Markdown: validation (the diagnostics, since annotations show only
 * ten; the first 300, and the whole under a byte budget: see markdown-budget.ts), the headline figures of each edition, the data changes against a base, and the artifact
 * names; in English or Chinese. Links are absolute (the summary is read under /actions/runs/):
 * data files at the commit, the editors' guide on the default branch. See `spec` or --help.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { guardCommands, markdownCode, markdownLink, markdownText, markdownUrl } from '../diagnostics/escape.js';
import { DiagnosticSink, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { describeSeverityChange, severityChangesHeading } from '../diagnostics/severity.js';
import { fileUrl, guideIn, guideUrl, linkContext } from '../diagnostics/links.js';
import { fixOf } from '../diagnostics/report.js';
import {
  firstItems,
  summaryByteBudget,
  summaryEditionLimit,
  summaryListLimit,
  withinBudget,
  type MarkdownPart,
} from '../diagnostics/markdown-budget.js';
import { diffDatasets, diffMarkdown, diffSettings } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { listEditionFolders } from '../load/dataset.js';
import { prepareEdition, prepareShared } from '../build/prepare.js';
import { commandStrings, stringsRoot } from './strings.js';
import { statusText } from '../present/reader.js';
import { withBaseData } from './base-data.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { summarySpec as spec } from './specs.js';

export { summarySpec as spec } from './specs.js';

const words = {
  en: {
    validation: (e: number, w: number, n: number) => `## Validation: ${e} error(s), ${w} warning(s), ${n} note(s)`,
    table: '| Where | Severity | Message | Fix | Rule |',
    noFix: '– (nothing to fix)',
    severity: { error: 'error', warning: 'warning', note: 'note' },
    headline: '| Indicator | Value | Growth | Target | Status |',
    artifacts: '## Artifacts',
    artifact: (name: string) => `- ${name}: briefs (zh-CN, en), workbooks, open data and charts`,
    notBuilt: (edition: string) => `- ${edition}: not built (it does not validate; see above)`,
    download: (url: string) => `Download them from ${markdownLink("this run's artifacts", url)}.`,
  },
  'zh-CN': {
    validation: (e: number, w: number, n: number) => `## 校验：${e} 个错误，${w} 个警告，${n} 条提示`,
    table: '| 位置 | 级别 | 说明 | 改法 | 规则 |',
    noFix: '–（无须修改）',
    severity: { error: '错误', warning: '警告', note: '提示' },
    headline: '| 指标 | 数值 | 增速 | 目标 | 完成情况 |',
    artifacts: '## 构建产物',
    artifact: (name: string) => `- ${name}：简报（中文、英文）、工作簿、开放数据和图表`,
    notBuilt: (edition: string) => `- ${edition}：未构建（未通过校验，见上文）`,
    download: (url: string) => `在${markdownLink('本次运行的构建产物', url)}中下载。`,
  },
} as const;

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    (values, io, { cwd: rootDir, env }) => {
      const dataDir = path.join(rootDir, 'data');
      const language = (values.lang as 'en' | 'zh-CN' | undefined) ?? 'en';
      const w = words[language];
      const lang = language === 'zh-CN' ? 'zh' : 'en';
      const links = { ...linkContext(env, rootDir), ...(values.commit ? { commit: values.commit as string } : {}) };
      // Text from the data, names and arguments: shown as text, never as Markdown or HTML.
      const cell = markdownText;
      const validateCommand = markdownCode(language === 'zh-CN' ? 'npm run validate -- --lang zh-CN' : 'npm run validate');

      const sink = new DiagnosticSink();
      // As the build prepares them (load, validate, model), every edition.
      const options = { dataDir, rootDir, templatesRoot: stringsRoot(rootDir) };
      const shared = prepareShared(options, sink);
      const editions = listEditionFolders(dataDir).flatMap((folder) => prepareEdition(folder, shared, options, sink) ?? []);
      // In parts: the headline parts (counts, each edition's figures, artifacts) are always kept; the
      // long lists (diagnostics, data changes) show their first items and are cut to fit the budget.
      const parts: MarkdownPart[] = [];
      let out: string[] = [language === 'zh-CN' ? '# 规划报告' : '# Plan reports', ''];
      const part = (essential: boolean) => {
        if (out.length > 0) parts.push({ lines: guardCommands(out.join('\n')).split('\n'), essential });
        out = [];
      };

      out.push(w.validation(sink.errorCount, sink.warningCount, sink.noteCount), '');
      // Every rule severity the data changes, refused ones included: a reviewer sees how findings were weighed.
      if (shared.checked.severityChanges.length > 0) {
        out.push(`### ${severityChangesHeading[lang]}`, '');
        const changes = firstItems(shared.checked.severityChanges, summaryListLimit, language, validateCommand);
        for (const change of changes.shown) out.push(`- ${cell(describeSeverityChange(change)[lang])}`);
        out.push(...(changes.more ? ['', changes.more] : []), '');
      }
      part(true);
      if (sink.items.length > 0) {
        out.push(w.table, '| --- | --- | --- | --- | --- |');
        const diagnostics = firstItems(sortDiagnostics(sink.items), summaryListLimit, language, validateCommand);
        for (const d of diagnostics.shown) {
          const where = `${d.file}:${d.place.line}:${d.place.column}`;
          out.push(
            `| ${markdownLink(where, fileUrl(d.file, d.place.line, links), true)} | ${w.severity[d.severity]} | ${cell(lang === 'zh' ? d.messageZh : d.message)} | ${cell(fixOf(d, language) ?? w.noFix)} | ${markdownLink(d.ruleId, guideUrl(guideIn(d.url, language), links))} |`,
          );
        }
        out.push(...(diagnostics.more ? ['', diagnostics.more] : []), '');
      }
      part(false);

      const strings = commandStrings(rootDir, language);
      // Each edition's headline table, and later its artifact line: the first ones, then how many more
      // (hostile pass 15: 4,200 edition folders made these essential parts alone 1.2 MB).
      const buildCommand = markdownCode('npm run build-reports');
      const shownEditions = firstItems(editions, summaryEditionLimit, language, buildCommand);
      for (const edition of shownEditions.shown) {
        const plan = edition.plan();
        out.push(`## ${cell(plan.edition.title[lang])} (${cell(edition.folder)})`, '', w.headline, '| --- | ---: | ---: | --- | --- |');
        for (const h of plan.headline) {
          const status = h.target && strings ? statusText(strings, h.target.status) : '–';
          out.push(
            `| ${cell(h.label[lang])} | ${cell(h.display[lang])} | ${cell(h.growth?.display[lang] ?? '–')} | ${h.target ? cell(h.target.display[lang]) : '–'} | ${cell(status)} |`,
          );
        }
        out.push('');
      }
      if (shownEditions.more) out.push(shownEditions.more, '');
      part(true);

      const base = values.base as string | undefined;
      if (base) {
        withBaseData(rootDir, base, (baseDir) => {
          out.push(
            diffMarkdown(
              diffDatasets(baseDir, dataDir, briefGlyphCoverage()),
              base,
              language,
              strings,
              diffSettings(baseDir, dataDir),
              summaryListLimit,
            ),
          );
        });
      }
      part(false);

      const sha = values.sha as string | undefined;
      if (sha) {
        // An artifact only for an edition the build makes: one with errors is not built.
        const failing = new Set(sink.items.filter((d) => d.severity === 'error').map((d) => editionOf(d.file)));
        const sharedError = failing.has(undefined);
        out.push(w.artifacts, '');
        const folders = firstItems(editionFolders(dataDir), summaryListLimit, language, buildCommand);
        for (const folder of folders.shown) {
          out.push(
            sharedError || failing.has(folder) ? w.notBuilt(markdownCode(folder)) : w.artifact(markdownCode(`reports-${folder}-${sha}`)),
          );
        }
        if (folders.more) out.push('', folders.more);
        const run = runUrl(env);
        const target = run === undefined ? undefined : markdownUrl(run);
        out.push(...(target ? ['', w.download(target)] : []), '');
      }
      part(true);
      io.out(`${withinBudget(parts, summaryByteBudget, language).join('\n')}\n`);
    },
    invocation,
  );
}

/** The edition folder a data file belongs to (data/editions/<folder>/…); undefined for a shared file. */
const editionOf = (file: string) => /^data\/editions\/([^/]+)\//.exec(file)?.[1];

/** The edition folders under data/editions, as the workflow's build matrix lists them. */
function editionFolders(dataDir: string): string[] {
  try {
    return readdirSync(path.join(dataDir, 'editions'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The run's page, at its artifacts list, under GitHub Actions. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  return server && repository && run ? `${server.replace(/\/$/, '')}/${repository}/actions/runs/${run}#artifacts` : undefined;
}
