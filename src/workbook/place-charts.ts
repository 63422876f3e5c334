import type ExcelJS from 'exceljs';
import { palette } from '../present/palette.js';
import type { ChartImage } from '../present/inputs.js';
import type { ChartTable } from './chart-tables.js';
import type { Row } from './data.js';
import type { SheetDefinition } from './layout.js';
import type { CellRange, NativeChart, SheetCharts } from './native-charts.js';

/** A table as written: its sheet, header row (1-based) and data rows (without a total row). */
export interface TableCells {
  readonly ws: ExcelJS.Worksheet;
  readonly sheet: SheetDefinition;
  readonly headerRow: number;
  readonly rows: readonly Row[];
}

const letter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

export interface PlacedCharts {
  readonly sheets: readonly SheetCharts[];
  /** The sheet name each native chart sits on, by chart id. */
  readonly placed: ReadonlyMap<string, string>;
}

/** Pixels of a column `width` characters wide (Excel's rule for the default font). */
const columnPixels = (width: number | undefined) => Math.trunc((width ?? 8.43) * 7 + 5);

/** Chart width in pixels, and the height of one bar's band and of the title, axes and legend. */
const chartWidth = 680;
const band = 26;
/**
 * The printed page (A4 landscape, LibreOffice's and Excel's default margins, the repeated header
 * row) in pixels at 100%: a chart must fit in it to print on one page.
 */
const pageWidth = 988;
const pageHeight = 560;
/** The narrowest band a bar may get so that a long table's chart still fits the page. */
const minBand = 12;
const frame = 120;
/** Default row height in pixels: rows below a table have no height of their own. */
const rowPixels = 20;

/**
 * Every chart of the brief whose table the workbook holds, as a native chart below its table, on
 * the table's sheet: categories and values are the table's cells. Charts on one sheet stack.
 */
export function placeCharts(
  charts: readonly ChartImage[],
  tables: ReadonlyMap<string, TableCells>,
  layoutOf: (chartId: string) => (ChartTable & { readonly valueTitle?: string }) | undefined,
): PlacedCharts {
  const bySheet = new Map<ExcelJS.Worksheet, NativeChart[]>();
  const nextRow = new Map<ExcelJS.Worksheet, number>();
  const placed = new Map<string, string>();
  for (const chart of charts) {
    const layout = layoutOf(chart.id);
    const table = layout ? tables.get(layout.table) : undefined;
    if (!layout || !table || table.rows.length === 0) continue;
    const columns = table.sheet.columns ?? [];
    const index = (key: string) => columns.findIndex((c) => c.key === key);
    if (index(layout.category) < 0 || layout.values.some((k) => index(k) < 0)) continue;
    const { ws, headerRow } = table;
    const first = headerRow + 1;
    const last = headerRow + table.rows.length;
    const range = (key: string, from: number, to: number): CellRange => {
      const col = index(key);
      const values: (string | number | null)[] = [];
      for (let r = from; r <= to; r++) {
        const v = ws.getCell(r, col + 1).value;
        values.push(typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));
      }
      const a = `$${letter(col)}$${from}`;
      return { ref: `${quoted(ws.name)}!${from === to ? a : `${a}:$${letter(col)}$${to}`}`, values };
    };
    const series = layout.values.map((key, i) => ({
      name: range(key, headerRow, headerRow),
      values: range(key, first, last),
      format: String(ws.getCell(first, index(key) + 1).numFmt ?? 'General'),
      colour: palette[i % palette.length]!.slice(1),
    }));
    // Below the table (or the sheet's previous chart), one blank row apart.
    placed.set(chart.id, ws.name);
    const top = nextRow.get(ws) ?? ws.rowCount + 1;
    // As wide as the table (a printout scales the sheet to the page's width), at least chartWidth.
    let right = 0;
    let width = 0;
    while (width < chartWidth || right < columns.length) width += columnPixels(ws.getColumn(++right).width);
    // Text grows with a chart wider than the house width (a printout shrinks it); so does its height.
    // A printout scales a sheet wider than the page down to its width; the chart's text grows by
    // as much, so that it prints at the house size.
    const textScale = Math.min(2, Math.max(1, width / pageWidth));
    const bands = table.rows.length * Math.max(1, series.length * 0.7);
    const bandHeight = Math.max(minBand, Math.min(band, (pageHeight - frame) / bands));
    const height = (frame + bandHeight * bands) * textScale;
    const bottom = top + Math.ceil(height / rowPixels);
    // A chart starts a printed page, so that no printout splits it (it is shorter than a page).
    ws.getRow(top).addPageBreak();
    const list = bySheet.get(ws) ?? [];
    list.push({
      title: chart.title,
      alt: chart.alt,
      categoryTitle: columns[index(layout.category)]!.header,
      valueTitle:
        layout.valueTitle ??
        (layout.values.length === 1
          ? columns[index(layout.values[0]!)]!.header
          : series.map((s) => String(s.name.values[0] ?? '')).join(' / ')),
      categories: range(layout.category, first, last),
      textScale,
      series,
      from: { col: 0, row: top },
      to: { col: right, row: bottom },
    });
    bySheet.set(ws, list);
    nextRow.set(ws, bottom + 1);
  }
  return { sheets: [...bySheet].map(([ws, list]) => ({ sheetPart: `xl/worksheets/sheet${ws.id}.xml`, charts: list })), placed };
}
