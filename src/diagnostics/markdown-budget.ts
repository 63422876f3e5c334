/**
 * Bounds for Markdown read on GitHub: the job summary of a step is dropped whole when it is over
 * 1 MiB, so a pull request that changes 20,000 lines or draws 6,000 diagnostics would leave its
 * reviewers with no summary at all. Each list shows its first items and says how many more there
 * are; the whole text keeps its headline parts and cuts the long lists to fit a byte budget.
 */

/** How many items of one list a summary shows. */
export const summaryListLimit = 300;
/** Editions whose headline table the job summary gives (each a table, kept whole): the first fifty. */
export const summaryEditionLimit = 50;

/** Bytes a job summary may take: GitHub drops a step summary over 1 MiB (1,048,576 bytes); this leaves margin. */
export const summaryByteBudget = 900_000;

export type BudgetLanguage = 'en' | 'zh-CN';

const moreWords = {
  en: (n: number, command: string) => `… and ${n.toLocaleString('en')} more: ${command} lists all of them.`,
  'zh-CN': (n: number, command: string) => `……另有 ${n} 项未列出，运行 ${command} 可看到全部。`,
} as const;

const cutWords = {
  en: (kb: number) => `… the rest is left out to keep this summary under ${kb} KB (run the command locally for all of it).`,
  'zh-CN': (kb: number) => `……其余内容未列出，以使本摘要不超过 ${kb} KB（在本地运行命令可看到全部）。`,
} as const;

/**
 * The first `limit` items of a list, and the line to write after them when some were left out
 * (undefined when all are shown), naming `command` (as Markdown code) that lists them all. After a table, put an empty line before it: a line of text
 * right after a table's rows would be read as one more row.
 */
export function firstItems<T>(
  items: readonly T[],
  limit: number | undefined,
  language: BudgetLanguage,
  command: string,
): { readonly shown: readonly T[]; readonly more: string | undefined } {
  if (limit === undefined || items.length <= limit) return { shown: items, more: undefined };
  return { shown: items.slice(0, limit), more: moreWords[language](items.length - limit, command) };
}

/** One part of a Markdown document; an essential part is always kept whole. */
export interface MarkdownPart {
  readonly lines: readonly string[];
  readonly essential: boolean;
}

const bytes = (line: string) => Buffer.byteLength(line, 'utf8') + 1; // with its line break

/**
 * The parts in their order, within `budget` bytes (UTF-8, line breaks counted): essential parts
 * whole, then the others in their order as far as the rest of the budget goes, each cut after a
 * whole line (never inside a table row) and followed by a sentence saying the rest is left out.
 */
export function withinBudget(parts: readonly MarkdownPart[], budget: number, language: BudgetLanguage): string[] {
  const note = cutWords[language](Math.floor(budget / 1000));
  const noteBytes = bytes('') + bytes(note) + bytes('');
  let left = budget - parts.filter((p) => p.essential).reduce((sum, p) => sum + p.lines.reduce((s, l) => s + bytes(l), 0), 0);
  let cut = false;
  const kept = parts.map((part) => {
    if (part.essential) return part.lines;
    if (cut) return [];
    const size = part.lines.reduce((s, l) => s + bytes(l), 0);
    if (size <= left - noteBytes) {
      left -= size;
      return part.lines;
    }
    // The lines that fit with the note, then the note: every later optional part is left out.
    cut = true;
    const lines: string[] = [];
    let used = noteBytes;
    for (const line of part.lines) {
      if (used + bytes(line) > left) break;
      used += bytes(line);
      lines.push(line);
    }
    left -= used;
    return [...lines, '', note, ''];
  });
  return kept.flat();
}
