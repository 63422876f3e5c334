import ExcelJS from 'exceljs';
import { lookup, type UiStrings } from '../present/strings.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { textKey } from '../model/format.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import { buildWorkbookData, type Cell, type Row, type WorkbookData } from './data.js';
import { workbookLayout, type ColumnDefinition, type SheetDefinition, type WorkbookDefinition } from './layout.js';
import { repackZip } from './zip.js';

/**
 * Workbooks: the layout (./layout.ts, data with interface string keys) gives the sheets and their
 * columns, ./data.ts the rows; this module turns them into exceljs calls, one table per sheet, laid out after the
 * UK Analysis Function's guidance for statistics in spreadsheets.
 */


export type WorkbookInput = LocaleRenderInput;

/** Display width of a text in Excel's character units: a CJK character is about two. */
export function displayWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 2 : 1), 0);
}

const numberFormat = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

// Text from the data that a spreadsheet could read as a formula.
const formulaLike = /^[=+\-@]/;

function setCell(cell: ExcelJS.Cell, value: Cell): void {
  if (value === null) return;
  cell.value = value;
  // exceljs stores strings as text, never as formulas; the quote prefix also keeps Excel from
  // turning such a cell into a formula when someone edits it.
  if (typeof value === 'string' && formulaLike.test(value)) cell.style = { ...cell.style, quotePrefix: true } as ExcelJS.Style;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const titleFont: Partial<ExcelJS.Font> = { bold: true, size: 14 };

function prepareSheet(ws: ExcelJS.Worksheet, sheet: SheetDefinition, definition: WorkbookDefinition, strings: UiStrings): number {
  ws.getCell('A1').value = sheet.title;
  ws.getCell('A1').font = titleFont;
  let row = 2;
  if (sheet.description) ws.getCell(`A${row++}`).value = sheet.description;
  if (sheet.notes && sheet.notes.length > 0) {
    const label = lookup(strings, 'workbook.sheets.notes.name') ?? 'Notes';
    ws.getCell(`A${row++}`).value = `${label}: ${sheet.notes.join(', ')}`;
  }
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as ExcelJS.PageSetup;
  ws.headerFooter = { oddHeader: definition.header, oddFooter: definition.footer } as ExcelJS.HeaderFooter;
  return row + 1;
}

/** Row heights for wrapped text: spreadsheet programs do not grow rows written without a height. */
function fitRowHeights(ws: ExcelJS.Worksheet, fromRow: number, toRow: number, columnCount: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    let lines = 1;
    for (let c = 1; c <= columnCount; c++) {
      const value = ws.getCell(r, c).value;
      if (typeof value !== 'string') continue;
      const width = ws.getColumn(c).width ?? 10;
      lines = Math.max(lines, Math.ceil(displayWidth(value) / Math.max(1, width - 1)));
    }
    if (lines > 1) ws.getRow(r).height = 15 * lines + 2;
  }
}

function fitColumns(ws: ExcelJS.Worksheet, columns: readonly ColumnDefinition[], rows: readonly Row[], firstColumn = 0): void {
  columns.forEach((column, i) => {
    const widest = Math.max(
      displayWidth(column.header),
      ...rows.map((r) => {
        const v = r[column.key];
        return v === null || v === undefined ? 0 : displayWidth(typeof v === 'number' ? v.toFixed(Number(r[`${column.key}__decimals`] ?? 0)) : v);
      }),
    );
    ws.getColumn(firstColumn + i + 1).width = column.width ?? Math.min(60, Math.max(8, widest + 2));
  });
}

/** A table sheet: an Excel table with header row, autofilter, frozen header, per-figure formats. */
function writeTable(ws: ExcelJS.Worksheet, sheet: SheetDefinition, rows: readonly Row[], start: number, data: WorkbookData): void {
  const columns = sheet.columns ?? [];
  ws.addTable({
    name: `T_${sheet.key}`,
    ref: `A${start}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => columns.map((c) => r[c.key] ?? null)),
  });
  rows.forEach((r, i) => {
    columns.forEach((c, j) => {
      const cell = ws.getCell(start + 1 + i, j + 1);
      setCell(cell, r[c.key] ?? null);
      if (c.format === 'integer') cell.numFmt = '0';
      else if (c.format === 'published' && typeof r[c.key] === 'number') cell.numFmt = numberFormat(Number(r[`${c.key}__decimals`] ?? 0));
      if (c.format === 'integer' || c.format === 'published') cell.alignment = { horizontal: 'right', vertical: 'top' };
      else cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  ws.getRow(start).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: start, xSplit: 0 }];
  ws.pageSetup.printTitlesRow = `${start}:${start}`;
  const labelRows: Row[] = sheet.totals ? [{ label: sheet.totals.sum }, { label: sheet.totals.published }, { label: sheet.totals.difference }] : [];
  fitColumns(ws, columns, [...rows, ...labelRows]);
  fitRowHeights(ws, start + 1, start + rows.length, columns.length);

  // Project tables: totals as live formulas beside the published totals and their difference.
  const totals = sheet.totals ? data.totals[sheet.key] : undefined;
  if (sheet.totals && totals) {
    const first = start + 1;
    const last = start + rows.length;
    const sumRow = last + 2;
    const publishedRow = sumRow + 1;
    const differenceRow = sumRow + 2;
    ws.getCell(sumRow, 2).value = sheet.totals.sum;
    ws.getCell(publishedRow, 2).value = sheet.totals.published;
    ws.getCell(differenceRow, 2).value = sheet.totals.difference;
    columns.forEach((c, j) => {
      if (!c.total) return;
      const letter = columnLetter(j);
      const format = numberFormat(totals.decimals[c.key] ?? 0);
      const sum = ws.getCell(sumRow, j + 1);
      sum.value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: totals.sums[c.key] } as ExcelJS.CellFormulaValue;
      const published = ws.getCell(publishedRow, j + 1);
      published.value = totals.published[c.key] ?? null;
      const difference = ws.getCell(differenceRow, j + 1);
      difference.value = { formula: `${letter}${publishedRow}-${letter}${sumRow}`, result: totals.differences[c.key] } as ExcelJS.CellFormulaValue;
      for (const cell of [sum, published, difference]) {
        cell.numFmt = format;
        cell.alignment = { horizontal: 'right' };
      }
    });
    for (const r of [sumRow, publishedRow, differenceRow]) ws.getRow(r).font = { bold: r === publishedRow };
    ws.getRow(sumRow).border = {};
    for (let j = 0; j < columns.length; j++) ws.getCell(sumRow, j + 1).border = { top: { style: 'thin' } };
  }
}

/** Builds the workbook in memory and returns byte-identical XLSX for the same input. */
export async function buildWorkbook(input: WorkbookInput, sink: DiagnosticSink): Promise<Buffer | undefined> {
  const data = buildWorkbookData(input.plan, input.locale, input.strings, input.units);
  const definition = workbookLayout(input, data, sink);
  if (!definition) return undefined;
  const lang = textKey(input.locale);

  const wb = new ExcelJS.Workbook();
  wb.creator = input.plan.edition.issuer[lang];
  wb.lastModifiedBy = input.plan.edition.issuer[lang];
  wb.created = input.buildDate;
  wb.modified = input.buildDate;
  wb.title = definition.properties.title;
  wb.subject = definition.properties.subject;
  wb.keywords = definition.properties.keywords;
  (wb as unknown as { language: string }).language = definition.properties.language;

  for (const sheet of definition.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const start = prepareSheet(ws, sheet, definition, input.strings);
    switch (sheet.kind) {
      case 'cover': {
        (sheet.lines ?? []).forEach(([label, value], i) => {
          ws.getCell(start + i, 1).value = label;
          ws.getCell(start + i, 1).font = { bold: true };
          ws.getCell(start + i, 1).alignment = { vertical: 'top' };
          setCell(ws.getCell(start + i, 2), value);
          ws.getCell(start + i, 2).alignment = { wrapText: true, vertical: 'top' };
        });
        ws.getColumn(1).width = Math.max(12, ...(sheet.lines ?? []).map(([l]) => displayWidth(l) + 2));
        ws.getColumn(2).width = 90;
        fitRowHeights(ws, start, start + (sheet.lines ?? []).length, 2);
        break;
      }
      case 'contents': {
        const listed = definition.sheets.filter((s) => s.kind !== 'cover' && s.kind !== 'contents');
        const rows = listed.map((s) => ({ sheet: s.name, about: s.description ?? s.title }));
        writeTable(ws, sheet, rows, start, data);
        listed.forEach((s, i) => {
          ws.getCell(start + 1 + i, 1).value = { text: s.name, hyperlink: `#'${s.name.replace(/'/g, "''")}'!A1` };
          ws.getCell(start + 1 + i, 1).font = { color: { argb: 'FF0563C1' }, underline: true };
        });
        break;
      }
      case 'notes':
        writeTable(ws, sheet, data.notes, start, data);
        break;
      case 'table':
        writeTable(ws, sheet, data.datasets[sheet.dataset ?? ''] ?? [], start, data);
        break;
      case 'charts': {
        const rows = input.charts.map((c) => ({ title: c.title, alt: c.alt }));
        const columns = sheet.columns ?? [];
        columns.forEach((c, j) => {
          ws.getCell(start, j + 1).value = c.header;
          ws.getCell(start, j + 1).font = { bold: true };
        });
        let row = start + 1;
        for (const [i, chart] of input.charts.entries()) {
          ws.getCell(row, 1).value = rows[i]!.title;
          ws.getCell(row, 1).font = { bold: true };
          ws.getCell(row, 1).alignment = { vertical: 'top' };
          ws.getCell(row, 2).value = rows[i]!.alt;
          ws.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
          const image = wb.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: 'png' });
          const width = chart.width;
          const height = chart.height;
          ws.addImage(image, { tl: { col: 0, row }, ext: { width, height } });
          // Rows below the title are left free for the picture (default row height 20 px).
          row += Math.ceil(height / 20) + 2;
        }
        fitColumns(ws, columns, rows);
        ws.getColumn(1).width = Math.max(ws.getColumn(1).width ?? 10, 40);
        for (let r = start + 1; r < row; r++) {
          if (typeof ws.getCell(r, 2).value === 'string') fitRowHeights(ws, r, r, 2);
        }
        break;
      }
    }
  }

  // exceljs zips in JavaScript (JSZip and pako) and dates entries with the clock: it writes an
  // uncompressed zip, which repackZip deflates natively and dates with the build date, so the file
  // is byte-identical for the same input.
  const zip = { compression: 'STORE' };
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip } as unknown as Partial<ExcelJS.XlsxWriteOptions>));
  return repackZip(stored, input.buildDate);
}

