import type { PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { pageArea } from '../../src/brief/render-pdf.js';

/**
 * The pagination rules of issue 18, measured on a layout record: each returns the places that
 * break the rule, as readable strings (empty when the layout obeys it).
 */
/** A table broken across pages keeps at least this many rows of its body (its total not counted) on each side of the break (issue 25's review). */
export const minTableFragment = 4;

export function paginationProblems(layout: PdfLayoutRecord, continued: string) {
  const { blocks } = layout;
  const lastPage = (i: number) => blocks[i]!.parts[blocks[i]!.parts.length - 1]!.page;
  const firstPage = (i: number) => blocks[i]!.parts[0]!.page;
  const problems = {
    headings: [] as string[],
    tables: [] as string[],
    continued: [] as string[],
    charts: [] as string[],
    alone: [] as string[],
    halfEmpty: [] as string[],
    lastPage: [] as string[],
  };
  let tableIndex = 0;
  blocks.forEach((block, i) => {
    if (block.parts.length === 0) return;
    if (block.kind === 'heading' && blocks[i + 1] && blocks[i + 1]!.parts.length > 0 && firstPage(i + 1) !== lastPage(i))
      problems.headings.push(`block ${i} on page ${lastPage(i) + 1}`);
    else if (block.kind === 'heading') {
      const foot = footOfPage(blocks, i);
      if (foot) problems.headings.push(`block ${i} on page ${lastPage(i) + 1}: ${foot}`);
    }
    if (block.kind === 'table') {
      // Rows of the body: a total row is counted apart (issue 25's review: a fragment of three rows
      // and the total passed as four).
      const body = (part: (typeof block.parts)[number]) => part.count - part.totals;
      const rows = block.parts.reduce((a, p) => a + body(p), 0);
      if (rows < 2 * minTableFragment && block.parts.length > 1) problems.tables.push(`block ${i}: ${rows} rows split`);
      for (const part of block.parts)
        if (block.parts.length > 1 && body(part) < minTableFragment)
          problems.tables.push(`block ${i}: ${body(part)} rows of the body${part.totals ? ' and the total' : ''} on page ${part.page + 1}`);
      // Its header row again: the first line of every column's header, on the page it continues on.
      const header = (layout.tableHeaders[tableIndex++] ?? []).map((lines) => lines[0] ?? '').filter((l) => l !== '');
      for (const part of block.parts.slice(1)) {
        if (!layout.lines.some((l) => l.page === part.page && l.text.endsWith(continued)))
          problems.continued.push(`block ${i} on page ${part.page + 1}`);
        const missing = header.filter((h) => !layout.lines.some((l) => l.page === part.page && l.text === h));
        if (header.length === 0 || missing.length > 0)
          problems.continued.push(`block ${i} on page ${part.page + 1}: no header row (${missing.join(', ')})`);
      }
    }
    if (block.kind === 'chart') {
      const before = blocks[i - 1];
      if (before && (before.kind === 'paragraph' || before.kind === 'heading') && lastPage(i - 1) !== firstPage(i))
        problems.charts.push(`block ${i}: parted from the ${before.kind} before it`);
      if (before?.kind === 'paragraph' && blocks[i - 2]?.kind === 'heading' && lastPage(i - 2) !== firstPage(i))
        problems.charts.push(`block ${i}: parted from its heading`);
    }
    if ((block.kind === 'list' || block.kind === 'paragraph') && block.parts.length > 1) {
      for (const part of block.parts)
        if (part.count < 2) problems.alone.push(`${block.kind} block ${i}: ${part.count} on page ${part.page + 1}`);
    }
  });
  // Review11: the last page held only four rows of a table's continuation, three quarters empty.
  // When it holds only a continuation, it is at least half full, or the page before could not give
  // it another row and stay half full.
  const last = layout.pages - 1;
  const onLast = blocks.filter((b) => b.parts.some((p) => p.page === last));
  if (onLast.length === 1 && onLast[0]!.kind === 'table' && onLast[0]!.parts[0]!.page < last) {
    const parts = onLast[0]!.parts;
    const fill = (page: number) => ((layout.pageEnds[page] ?? pageArea.top) - pageArea.top) / (pageArea.bottom - pageArea.top);
    const before = parts.at(-2)!;
    const row = (before.bottom - before.top) / before.count / (pageArea.bottom - pageArea.top);
    if (fill(last) < 0.5 && fill(before.page) - row >= 0.5 && before.count - before.totals > minTableFragment)
      problems.lastPage.push(
        `page ${last + 1}: only ${parts.at(-1)!.count} rows of a table, ${Math.round(fill(last) * 100)}% full, the page before ${Math.round(fill(before.page) * 100)}%`,
      );
  }
  // Pages under half full, besides the cover, the contents and the last page (issue 25 allows one).
  for (const { page, filled } of pageFills(layout))
    if (filled < 0.5) problems.halfEmpty.push(`page ${page}: ${Math.round(filled * 100)}% full`);
  return problems;
}

/** A short paragraph right below a heading (up to this many lines) reads as the heading's lead, not as its content. */
export const leadLines = 3;

/**
 * Where the section of heading block i runs on past the page the heading stands on, what the heading
 * keeps at the foot of that page when it is too little (else undefined): fewer than two units
 * (lines, items, rows) of what follows, or its short lead paragraph with fewer than two units of
 * content after it. A chart or a card grid is never too little.
 */
function footOfPage(blocks: PdfLayoutRecord['blocks'], i: number): string | undefined {
  const page = blocks[i]!.parts[blocks[i]!.parts.length - 1]!.page;
  let end = i + 1;
  while (end < blocks.length && blocks[end]!.kind !== 'heading') end++;
  const section = blocks.slice(i + 1, end).filter((b) => b.parts.length > 0);
  if (!section.some((b) => b.parts.some((p) => p.page > page))) return undefined;
  const unitsOnPage = (from: number) =>
    section
      .slice(from)
      .flatMap((b) => b.parts.filter((p) => p.page === page).map((p) => (b.kind === 'chart' || b.kind === 'kpis' ? 2 : p.count)))
      .reduce((a, n) => a + n, 0);
  if (unitsOnPage(0) < 2) return `${unitsOnPage(0)} unit(s) of its section on the page`;
  const lead = section[0]!;
  const leadTotal = lead.parts.reduce((a, p) => a + p.count, 0);
  if (lead.kind === 'paragraph' && leadTotal <= leadLines && section.length > 1 && unitsOnPage(1) < 2)
    return `its lead paragraph and ${unitsOnPage(1)} unit(s) after it on the page`;
  return undefined;
}

/**
 * How full each page of the body is (the share of the page's text area above where its content
 * ends), besides the cover, the contents and the last page; `page` counts from 1.
 */
export function pageFills(layout: PdfLayoutRecord): { page: number; filled: number }[] {
  const { blocks } = layout;
  const bodyStart = Math.min(...blocks.filter((b) => b.parts.length > 0).map((b) => b.parts[0]!.page));
  const fills: { page: number; filled: number }[] = [];
  for (let p = bodyStart; p < layout.pages - 1; p++)
    fills.push({ page: p + 1, filled: (layout.pageEnds[p]! - pageArea.top) / (pageArea.bottom - pageArea.top) });
  return fills;
}
