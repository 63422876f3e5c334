import { sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { escapeJsonControls, guardCommands, oneLine } from './escape.js';
import { guideIn, guideUrl, linkContext, type LinkContext } from './links.js';
import { rules } from './rules.js';

export type ReportLanguage = 'en' | 'zh-CN';

/** The editor's language: `--lang zh-CN` or `--lang en`, else the system locale (LANG=zh_CN.UTF-8 → Chinese). */
export function reportLanguage(args: readonly string[], env: NodeJS.ProcessEnv): ReportLanguage {
  const chosen = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : (env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  return chosen?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const words = {
  en: { error: 'error', warning: 'warning', note: 'note', expected: 'expected', actual: 'actual  ', fix: 'fix     ' },
  'zh-CN': { error: '错误', warning: '警告', note: '提示', expected: '应为', actual: '实际', fix: '改法' },
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
        ? `\n    ${w.expected}: ${oneLine(expected ?? '—')}\n    ${w.actual}: ${oneLine(actual ?? '—')}`
        : '';
    const fix = `\n    ${w.fix}: ${rules[d.ruleId].fix[zh ? 'zh' : 'en']} ${guideUrl(guideIn(d.url, language), links)}`;
    return `${where} ${mark(d.severity)} ${oneLine(zh ? d.messageZh : d.message)} ${d.ruleId}${detail}${fix}`;
  });
  lines.push(countLine(items, language));
  const colours = { error: 31, warning: 33, note: 36 } as const;
  return guardCommands(lines.join('\n')).replace(severityPattern, (_, severity: Diagnostic['severity']) =>
    options.colour ? `\u001b[${colours[severity]}m${w[severity]}\u001b[39m` : w[severity],
  );
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

/** `::error file=…,line=…,col=…,title=…::message` lines for GitHub Actions annotations. */
export function formatGithub(items: readonly Diagnostic[]): string {
  return sortDiagnostics(items)
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.place.line}`,
        `col=${d.place.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      const body = d.expected !== undefined ? `${d.message} (expected ${d.expected}, actual ${d.actual ?? '—'})` : d.message;
      return `::${d.severity === 'note' ? 'notice' : d.severity} ${props}::${escapeData(body)}`;
    })
    .join('\n');
}
