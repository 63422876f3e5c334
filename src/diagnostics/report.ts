import { sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { escapeJsonControls, guardCommands, oneLine } from './escape.js';
import { guideIn, guideUrl, linkContext, type LinkContext } from './links.js';
import { rules } from './rules.js';
import { describeSeverityChange, severityChangesHeading, type SeverityChange } from './severity.js';

export type ReportLanguage = 'en' | 'zh-CN';

/** The editor's language: `--lang zh-CN` or `--lang en`, else the system locale (LANG=zh_CN.UTF-8 → Chinese). */
export function reportLanguage(args: readonly string[], env: NodeJS.ProcessEnv): ReportLanguage {
  const chosen = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : (env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  return chosen?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const words = {
  en: { error: 'error', warning: 'warning', note: 'note', expected: 'expected', actual: 'actual  ', fix: 'fix     ', guide: 'guide   ' },
  'zh-CN': { error: '错误', warning: '警告', note: '提示', expected: '应为', actual: '实际', fix: '改法', guide: '说明' },
} as const;

export interface HumanOptions {
  /** ANSI colours for the severity (see src/cli/terminal.ts). */
  readonly colour?: boolean;
  /** Where the guide's links point; default: from the environment (GitHub Actions) or this checkout. */
  readonly links?: LinkContext;
}

/**
 * `data/x.yaml:42:7 error Total 1243.8 differs … plan:sum-matches-total` (remark-lint style), then
 * expected and actual where known, and last the fix with an absolute link to the rule's section of
 * the editors' guide.
 */
export function formatHuman(items: readonly Diagnostic[], language: ReportLanguage = 'en', options: HumanOptions = {}): string {
  const w = words[language];
  const zh = language === 'zh-CN';
  const links = options.links ?? linkContext(process.env);
  const colon = zh ? '：' : ': ';
  // The severity word is marked, the block guarded against workflow commands, and only then
  // coloured: the guard would otherwise escape the colour codes as control characters.
  const mark = (severity: Diagnostic['severity']) => `${severityMark[0]}${severity}${severityMark[1]}`;
  const lines = sortDiagnostics(items).map((d) => {
    // Every text here may hold data: each is printed as one visible line.
    const where = `${oneLine(d.file)}:${d.place.line}:${d.place.column}`;
    const expected = zh ? (d.expectedZh ?? d.expected) : d.expected;
    const actual = zh ? (d.actualZh ?? d.actual) : d.actual;
    const detail =
      expected !== undefined || actual !== undefined
        ? `\n    ${w.expected}${colon}${oneLine(expected ?? '—')}\n    ${w.actual}${colon}${oneLine(actual ?? '—')}`
        : '';
    const link = guideUrl(guideIn(d.url, language), links);
    const hint = fixOf(d, language);
    const fix = hint ? `\n    ${w.fix}${colon}${hint} ${link}` : `\n    ${w.guide}${colon}${link}`;
    return `${where} ${mark(d.severity)} ${oneLine(zh ? d.messageZh : d.message)} ${d.ruleId}${detail}${fix}`;
  });
  lines.push(countLine(items, language));
  const colours = { error: 31, warning: 33, note: 36 } as const;
  return guardCommands(lines.join('\n')).replace(severityPattern, (_, severity: Diagnostic['severity']) =>
    options.colour ? `\u001b[${colours[severity]}m${w[severity]}\u001b[39m` : w[severity],
  );
}

/**
 * What to do about a finding, in the language; none for a note (a difference within published
 * rounding, or one the data acknowledges: nothing is to be done, and the guide says why).
 */
export function fixOf(d: Diagnostic, language: ReportLanguage): string | undefined {
  return d.severity === 'note' ? undefined : rules[d.ruleId].fix[language === 'zh-CN' ? 'zh' : 'en'];
}

// Private-use characters around the severity word until the block is guarded (see formatHuman).
const severityMark = ['\uE000', '\uE001'] as const;
const severityPattern = /\uE000(error|warning|note)\uE001/g;

/** `2 errors, 0 warnings, 4 notes` / `2 个错误，0 个警告，4 条提示`. */
export function countLine(items: readonly Diagnostic[], language: ReportLanguage): string {
  const count = (severity: Diagnostic['severity']) => items.filter((d) => d.severity === severity).length;
  const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return language === 'zh-CN'
    ? `${errors} 个错误，${warnings} 个警告，${notes} 条提示`
    : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}`;
}

export function formatJson(items: readonly Diagnostic[]): string {
  return escapeJsonControls(JSON.stringify(sortDiagnostics(items), null, 2));
}

// GitHub's workflow-command escaping: data and property values differ. Other control characters
// (ESC, NUL, …) are shown visibly.
function escapeData(text: string): string {
  return oneLine(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface GithubOptions {
  readonly language?: ReportLanguage;
  readonly links?: LinkContext;
  /**
   * Which findings are annotated on their line (those on lines the change touched); the others are
   * in the job summary, and the errors and warnings among them are counted in one annotation
   * without a place. Default: all.
   */
  readonly annotate?: (d: Diagnostic) => boolean;
}

const githubWords = {
  en: {
    values: (expected: string, actual: string) => ` (expected ${expected}, actual ${actual})`,
    fix: 'Fix: ',
    guide: 'Guide: ',
    elsewhere: (n: number) =>
      `${n} more problem${n === 1 ? '' : 's'} on lines this change did not touch (one may follow from it); every message, with its fix, is in the job summary and the log of this step.`,
    elsewhereTitle: 'Problems on unchanged lines',
  },
  'zh-CN': {
    values: (expected: string, actual: string) => `（应为 ${expected}，实际 ${actual}）`,
    fix: '改法：',
    guide: '说明：',
    elsewhere: (n: number) =>
      `本次改动未触及的行上还有 ${n} 个问题（可能由本次改动引起）；全部消息及改法见作业摘要（Summary）和本步骤的日志。`,
    elsewhereTitle: '未改动行上的问题',
  },
} as const;

/**
 * `::error file=…,line=…,col=…,title=…::message` lines for GitHub Actions annotations (`::notice`
 * for a note): the message, expected and actual, the fix and a link to the guide's section at the
 * commit, in the language chosen.
 */
export function formatGithub(items: readonly Diagnostic[], options: GithubOptions = {}): string {
  const language = options.language ?? 'en';
  const zh = language === 'zh-CN';
  const w = githubWords[language];
  const links = options.links ?? linkContext(process.env);
  const annotate = options.annotate ?? (() => true);
  const sorted = sortDiagnostics(items);
  const lines = sorted.filter(annotate).map((d) => {
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.place.line}`,
      `col=${d.place.column}`,
      `title=${escapeProperty(d.ruleId)}`,
    ].join(',');
    const expected = zh ? (d.expectedZh ?? d.expected) : d.expected;
    const actual = zh ? (d.actualZh ?? d.actual) : d.actual;
    const values = expected !== undefined ? w.values(expected, actual ?? '—') : '';
    const hint = fixOf(d, language);
    const link = guideUrl(guideIn(d.url, language), links);
    const body = [`${zh ? d.messageZh : d.message}${values}`, hint ? `${w.fix}${hint} ${link}` : `${w.guide}${link}`];
    // Each part is one visible line; the annotation's own line breaks are GitHub's escape (%0A).
    return `::${githubCommand[d.severity]} ${props}::${body.map(escapeData).join('%0A')}`;
  });
  const elsewhere = sorted.filter((d) => d.severity !== 'note' && !annotate(d));
  if (elsewhere.length > 0) {
    const severity = elsewhere.some((d) => d.severity === 'error') ? 'error' : 'warning';
    lines.push(`::${severity} title=${escapeProperty(w.elsewhereTitle)}::${escapeData(w.elsewhere(elsewhere.length))}`);
  }
  return lines.join('\n');
}

const githubCommand = { error: 'error', warning: 'warning', note: 'notice' } as const;

/** The rule severities data/validation.yaml changes, one per line under a heading; '' when it changes none. */
export function formatSeverityChanges(changes: readonly SeverityChange[], language: ReportLanguage = 'en'): string {
  if (changes.length === 0) return '';
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const lines = changes.map((c) => `  ${describeSeverityChange(c)[lang]}`);
  return guardCommands([`${severityChangesHeading[lang]}${lang === 'zh' ? '：' : ':'}`, ...lines].join('\n'));
}
