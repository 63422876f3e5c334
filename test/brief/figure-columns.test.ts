/**
 * Issue 28, sixth pass: a table of many columns of figures. Columns were given widths by weight
 * alone, so that with 12 or more figure columns a figure was broken inside its number ("30.5" set as
 * "3", "0.", "5" on three lines, "10" as "1" over "0"), and a reader could read other numbers.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/brief/render-pdf.js';
import type { DocNode, TableNode } from '../../src/present/document.js';

async function tableLines(columns: number, figure: (row: number, column: number) => string) {
  const table: TableNode = {
    type: 'table',
    caption: 'Table 1. Many columns',
    columns: [
      { header: 'Sector', align: 'left', width: 3 },
      ...Array.from({ length: columns }, (_, i) => ({ header: `Indicator ${i} (RMB 100 million)`, align: 'right' as const, width: 1 })),
    ],
    rows: Array.from({ length: 3 }, (_, r) => ({
      kind: r === 2 ? ('total' as const) : ('body' as const),
      cells: [`Sector ${r}`, ...Array.from({ length: columns }, (_, c) => figure(r, c))],
    })),
  };
  const { layout } = await renderPdf({
    nodes: [table as DocNode],
    lang: 'en',
    charts: new Map(),
    info: { title: 't', author: 'a', subject: 's', keywords: 'k' },
    running: 'r',
    pageLabel: (p, n) => `${p}/${n}`,
    creationDate: new Date('2025-01-15T00:00:00Z'),
    continued: '(continued)',
  });
  return layout.lines.map((l) => l.text);
}

describe('a table of many columns of figures', () => {
  for (const [columns, figure] of [
    [12, (r: number, c: number) => `${(r + 1) * 1000 + c},${String(c).padStart(3, '0')}.5`],
    [30, (r: number, c: number) => `${r + 1}${c}.5`],
    [60, (_r: number, c: number) => `${c + 10}`],
    [8, (r: number, c: number) => `-123,456,789,012.${r}${c % 10}`],
  ] as const) {
    it(`${columns} columns: every figure is set whole on one line`, async () => {
      const lines = await tableLines(columns, figure);
      for (let r = 0; r < 3; r++)
        for (let c = 0; c < columns; c++) expect(lines, `row ${r}, column ${c}: ${figure(r, c)}`).toContain(figure(r, c));
    });
  }
});
