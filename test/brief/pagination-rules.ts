import type { PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { pageArea } from '../../src/brief/render-pdf.js';

/**
 * The pagination rules of issue 18, measured on a layout record: each returns the places that
 * break the rule, as readable strings (empty when the layout obeys it).
 */
/** A table broken across pages keeps at least this many rows on each side of the break (issue 25's review). */
export const minTableFragment = 4;

export function paginationProblems(layout: PdfLayoutRecord, continued: string) {
  const { blocks } = layout;
  const lastPage = (i: number) => blocks[i]!.parts[blocks[i]!.parts.length - 1]!.page;
  const firstPage = (i: number) => blocks[i]!.parts[0]!.page;
  const total = (i: number) => blocks[i]!.parts.reduce((a, p) => a + p.count, 0);
  const problems = {
    headings: [] as string[],
    tables: [] as string[],
    continued: [] as string[],
    charts: [] as string[],
    alone: [] as string[],
    halfEmpty: [] as string[],
  };
  let tableIndex = 0;
  blocks.forEach((block, i) => {
    if (block.parts.length === 0) return;
    if (block.kind === 'heading' && blocks[i + 1] && blocks[i + 1]!.parts.length > 0 && firstPage(i + 1) !== lastPage(i))
      problems.headings.push(`block ${i} on page ${lastPage(i) + 1}`);
    if (block.kind === 'table') {
      const rows = total(i);
      if (rows < 2 * minTableFragment && block.parts.length > 1) problems.tables.push(`block ${i}: ${rows} rows split`);
      for (const part of block.parts)
        if (block.parts.length > 1 && part.count < minTableFragment)
          problems.tables.push(`block ${i}: ${part.count} rows on page ${part.page + 1}`);
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
  // Pages under half full, besides the cover, the contents and the last page (issue 25 allows one).
  const bodyStart = Math.min(...blocks.filter((b) => b.parts.length > 0).map((b) => b.parts[0]!.page));
  for (let p = bodyStart; p < layout.pages - 1; p++) {
    const filled = (layout.pageEnds[p]! - pageArea.top) / (pageArea.bottom - pageArea.top);
    if (filled < 0.5) problems.halfEmpty.push(`page ${p + 1}: ${Math.round(filled * 100)}% full`);
  }
  return problems;
}
