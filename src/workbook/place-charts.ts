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
 * The printed page (A4 landscape, LibreOffice's and Excel's default margins, the page header and
 * footer and the repeated header row) in pixels at 100%: a chart must fit in it to print on one
 * page. LibreOffice prints a chart whole on every page it reaches into, so a chart that crosses
 * a page break prints twice: the height is what the default edition's charts were measured to fit.
 */
const pageWidth = 988;
const pageHeight = 480;
/** The narrowest band a bar may get so that a long table's chart still fits the page. */
const minBand = 12;
const frame = 120;
/** The room a chart in columns needs besides (legend, labels wrapped under the columns). */
const columnFrame = 100;
/** Default row height in pixels: rows below a table have no height of their own. */
const rowPixels = 20;

/** Columns whose largest values differ more than this many times are drawn as separate charts. */
const separateRatio = 3;

/**
 * Every chart of the brief whose table the workbook holds, as native charts below that table
 * (a chart's own sheet: its data, then the chart): categories and values are the table's cells.
 * Columns of different units, or of sizes so different that the smaller bars could not be read
 * on a shared axis, are drawn as separate charts, one under the other, each titled with its
 * column (`partTitle`). A chart starts a printed page unless it fits below the rows above it.
 */
export function placeCharts(
  charts: readonly ChartImage[],
  tables: ReadonlyMap<string, TableCells>,
  layoutOf: (chartId: string) => (ChartTable & { readonly valueTitle?: string; readonly categoryTitle?: string }) | undefined,
  partTitle: (title: string, column: string) => string,
): PlacedCharts {
  const bySheet = new Map<ExcelJS.Worksheet, NativeChart[]>();
  const nextRow = new Map<ExcelJS.Worksheet, number>();
  /** The first row of the printed page the next chart of a sheet would start on (after its last page break). */
  const pageStart = new Map<ExcelJS.Worksheet, number>();
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
    // Rows split into groups (./chart-tables.ts splitBy): each group's rows, consecutive, as a chart of its own.
    const spans: { label: string | undefined; from: number; to: number }[] = [];
    table.rows.forEach((row, i) => {
      const label = layout.splitBy === undefined ? undefined : String(row[layout.splitBy] ?? '');
      const span = spans.at(-1);
      if (span && span.label === label) span.to = first + i;
      else spans.push({ label, from: first + i, to: first + i });
    });
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
    // The data labels' format: the most decimals any of the column's cells shows.
    const format = (key: string) => {
      // Without the padding that lines a cell up with the column's other decimals ("_." and "_0"): a label stands alone.
      const formats = Array.from({ length: last - first + 1 }, (_, i) =>
        String(ws.getCell(first + i, index(key) + 1).numFmt ?? 'General').replace(/_./g, ''),
      );
      return formats.reduce((a, b) => (b.length > a.length ? b : a));
    };
    const series = layout.values.map((key, i) => ({
      name: range(key, headerRow, headerRow),
      values: range(key, first, last),
      format: format(key),
      colour: palette[i % palette.length]!.slice(1),
    }));
    const largest = series.map((s) => Math.max(...s.values.values.map((v) => Math.abs(Number(v) || 0))));
    const unitsOf = layout.values.map((key) => columns[index(key)]!.unit);
    const separate =
      series.length > 1 &&
      (new Set(unitsOf).size > 1 || Math.max(...largest) > separateRatio * Math.max(Number.MIN_VALUE, Math.min(...largest)));
    const header = (s: (typeof series)[number]) => String(s.name.values[0] ?? '');
    // Each part: its series, rows and titles.
    const parts = spans.flatMap((span) =>
      (separate ? series.map((s) => [s]) : [series]).map((group) => {
        const label = span.label ?? (separate ? header(group[0]!) : undefined);
        return {
          series: group.map((s) => ({ ...s, values: range(layout.values[series.indexOf(s)]!, span.from, span.to) })),
          from: span.from,
          to: span.to,
          title: label === undefined ? chart.title : partTitle(chart.title, label),
          valueTitle:
            label ?? layout.valueTitle ?? (group.length === 1 ? columns[index(layout.values[0]!)]!.header : group.map(header).join(' / ')),
        };
      }),
    );
    // Parts that split one chart's rows (a part per price basis) share one value axis, so that their
    // bars compare; parts of different series (their own units or sizes) keep their own.
    const valueMax =
      !separate && parts.length > 1 ? sharedAxisEnd(parts.flatMap((p) => p.series.flatMap((s) => s.values.values))) : undefined;
    placed.set(chart.id, ws.name);
    // Rows down to the table's last, in pixels: a table that ends on the first printed page needs
    // no header row repeated, and a repeated one would stand alone above a chart on a later page.
    const pixelsAbove = (row: number) => {
      let sum = 0;
      for (let r = 1; r <= row; r++) sum += ((ws.getRow(r).height ?? 15) * 4) / 3;
      return sum;
    };
    if (pixelsAbove(last) <= pageHeight) ws.pageSetup.printTitlesRow = undefined as unknown as string;
    for (const part of parts) {
      const group = part.series;
      const top = nextRow.get(ws) ?? ws.rowCount + 1;
      // As wide as the table (a printout scales the sheet to the page's width), at least chartWidth.
      let right = 0;
      let width = 0;
      while (width < chartWidth || right < columns.length) width += columnPixels(ws.getColumn(++right).width);
      // A printout scales a sheet wider than the page down to its width; the chart's text grows by
      // as much, so that it prints at the house size.
      const textScale = Math.min(2, Math.max(1, width / pageWidth));
      // A row's bars: one per series.
      const bands = (part.to - part.from + 1) * Math.max(1, group.length * 0.7);
      const bandHeight = Math.max(minBand, Math.min(band, (pageHeight - frame) / bands));
      // A chart of several series is drawn in columns (./native-charts.ts), with a legend and its
      // category labels wrapped under the columns: that takes a tenth of a page more, without which
      // LibreOffice squeezed the plot until its value axis's labels touched (publication review 7).
      const height = (frame + (group.length > 1 ? columnFrame : 0) + bandHeight * bands) * textScale;
      const bottom = top + 1 + Math.ceil(height / rowPixels);
      // A chart that would not fit below the rows above it starts a printed page, so that no
      // printout splits it (it is shorter than a page).
      // Rows above it on its printed page: from the sheet's top, or from the page break before the chart above it.
      const above = pixelsAbove(top) - pixelsAbove(pageStart.get(ws) ?? 0);
      if ((above + height) * (pageWidth / Math.max(pageWidth, width)) > pageHeight) {
        ws.getRow(top).addPageBreak();
        pageStart.set(ws, top);
      }
      const list = bySheet.get(ws) ?? [];
      list.push({
        title: part.title,
        alt: chart.alt,
        // What the rows are (the chart's own words, else the category column's header: a table's dimension).
        categoryTitle: layout.categoryTitle ?? columns[index(layout.category)]!.header,
        valueTitle: part.valueTitle,
        categories: range(layout.category, part.from, part.to),
        textScale,
        ...(valueMax !== undefined ? { valueMax } : {}),
        size: { width, height },
        series: group.map((s, i) => ({ ...s, colour: palette[i % palette.length]!.slice(1) })),
        // One row below the page break (zero-based row `top`): LibreOffice prints a chart that
        // starts on the break's row on the page before too.
        from: { col: 0, row: top + 1 },
        to: { col: right, row: bottom },
      });
      bySheet.set(ws, list);
      nextRow.set(ws, bottom + 1);
    }
  }
  return { sheets: [...bySheet].map(([ws, list]) => ({ sheetPart: `xl/worksheets/sheet${ws.id}.xml`, charts: list })), placed };
}

/**
 * The end of a value axis shared by a chart's parts: a round number a little above the largest
 * value, with room for the data label beside the longest bar (12.8 → 15, 6.0 → 8); undefined
 * when a value is negative (the client scales the axis) or there is none.
 */
export function sharedAxisEnd(values: readonly unknown[]): number | undefined {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (numbers.length === 0 || numbers.some((v) => v < 0)) return undefined;
  const largest = Math.max(...numbers) * 1.1;
  if (largest <= 0) return undefined;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => largest <= f * magnitude + 1e-9)!;
  return Number((step * magnitude).toPrecision(12));
}
