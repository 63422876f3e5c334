import ExcelJS from 'exceljs';
import { fill, lookup, type UiStrings } from '../present/strings.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { textKey } from '../model/format.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import { buildWorkbookData, type Cell, type Row, type WorkbookData } from './data.js';
import { workbookLayout, type ColumnDefinition, type SheetDefinition, type WorkbookDefinition } from './layout.js';
import { repackZip, zipEntryNames } from './zip.js';
import { chartParts } from './native-charts.js';
import { placeCharts, type TableCells } from './place-charts.js';
import { chartDataTable } from './chart-tables.js';
import { editionValues } from '../present/reader.js';
import { midSentence } from '../present/words.js';
import { chinesePunctuation } from '../present/typography.js';
import { escapeXstringPart } from './xstring.js';
import { uniqueColumnNames } from './sheet-names.js';
import { excelLimits } from '../dataset/schema.js';

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

// Text from the data that a spreadsheet could read as a formula.
const formulaLike = /^[=+\-@\t\r]/;

function setCell(cell: ExcelJS.Cell, value: Cell): void {
  if (value === null) return;
  cell.value = value;
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

/**
 * Gives cells that look alike one style object. exceljs makes a style object for every cell, and
 * when writing turns each into XML twice (its font, then the whole style) to find its entry in the
 * style sheet, unless it has seen that very object before: a workbook's few thousand cells have a
 * few dozen distinct styles, and this took about 40 % of a workbook's build (profile of 20
 * editions). The cell's value type is part of the key, since exceljs gives a style without a
 * number format a different entry for a number than for text. Run once every cell is set: a style
 * object is shared from then on.
 */
function shareCellStyles(wb: ExcelJS.Workbook): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const key = `${cell.type}\u0000${cell.effectiveType}\u0000${JSON.stringify(cell.style)}`;
        const style = shared.get(key);
        if (style) cell.style = style;
        else shared.set(key, cell.style);
      });
    });
  });
}

const hasChinese = (text: string) => /[\u2E80-\u9FFF\uF900-\uFAFF]/.test(text);

/**
 * Every text cell in the reader's punctuation (full-width beside Chinese in the Chinese
 * workbook: titles, labels, notes, cover), and, in a workbook whose font has no Chinese, a cell
 * that holds Chinese in the Chinese font, so that no reader's spreadsheet substitutes a font of
 * its own choosing. Run once every cell is set, so that sheets of any kind get it; a table's
 * header cells were written in that punctuation already (their text names the table's columns).
 */
function finishText(wb: ExcelJS.Workbook, look: Look): void {
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value;
        let text: string | undefined;
        if (typeof value === 'string') {
          text = look.text(value);
          if (text !== value) cell.value = text;
        } else if (value !== null && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') {
          text = look.text(value.text);
          if (text !== value.text) cell.value = { ...value, text };
        }
        if (text !== undefined && look.chineseFont !== look.font && hasChinese(text)) cell.font = { ...cell.font, name: look.chineseFont };
        // exceljs stores strings as text, never as formulas; a cell whose text could be read as one
        // is formatted as text ("@"), so that Excel and LibreOffice keep it text when someone edits
        // it. (A quote prefix was set before, but exceljs does not write quotePrefix: it was lost.)
        if (text !== undefined && formulaLike.test(text)) cell.numFmt = '@';
        // Excel keeps at most 32,767 characters of a cell: the data's limits keep every text far
        // shorter, so a longer cell is a fault of the program, never cut silently.
        if (text !== undefined && text.length > excelLimits.cellText)
          throw new Error(
            `Workbook: cell ${ws.name}!${cell.address} holds ${text.length} characters; Excel keeps at most ${excelLimits.cellText}`,
          );
      });
    });
  });
}

/** A sheet name inside a formula or a link: quoted, with its quotes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** What one workbook's cells share: its fonts, number grouping, shorthand and punctuation. */
interface Look {
  readonly font: string;
  /** The font of a cell that holds Chinese text (the workbook's own font in the Chinese workbook). */
  readonly chineseFont: string;
  readonly grouping: boolean;
  readonly shorthand: WorkbookDefinition['shorthand'];
  /** The reader language's punctuation for a text cell (full-width beside Chinese in the Chinese workbook). */
  readonly text: (text: string) => string;
}

/**
 * The number format of one figure: the decimals it was published with, thousands separators
 * where the locale groups ("2,887.8" in English, "2887.8" in Chinese, as each language's reports
 * write numbers). A format per cell, not per column: a column of figures published with different
 * precision (a table's rates beside its amounts, or 73.2 beside 1,288.78) shows each as published.
 */
export const numberFormat = (decimals: number, grouping: boolean, columnDecimals = decimals) => {
  // A figure published with fewer decimals than others of its column keeps them, and is padded
  // with the width of the decimals it lacks ("_." and "_0" leave a space as wide as "." or "0"),
  // so that a column's units line up: 5 stands under the 3 of 3.5, not under its 5.
  const pad = columnDecimals > decimals ? `${decimals === 0 ? '_.' : ''}${'_0'.repeat(columnDecimals - decimals)}` : '';
  const positive = `${grouping ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}${pad}`;
  // A negative figure shows the minus sign (U+2212) the brief prints, not a hyphen ("−0.9", not "-0.9").
  return `${positive};"\u2212"${positive}`;
};

/**
 * Ids (for joins with the CSV files, not for reading) in smaller grey type: a reader's eye passes
 * them by. The grey (#595959) keeps a contrast of 7:1 on white, above WCAG's 4.5:1 for text.
 */
const idType: Partial<ExcelJS.Font> = { size: 9, color: { argb: 'FF595959' } };
/** Width of 9-point text in the character units of 11-point columns. */
const idTypeWidth = 9 / 11;

/** Every cell names the workbook's font, so that no spreadsheet falls back to a serif. */
const font = (look: Look, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: look.font, size: 11, ...extra });

const isNumberColumn = (column: ColumnDefinition) =>
  column.format === 'integer' || column.format === 'published' || column.format === 'year';

/** Where a project table's rows and published total sit, for the check table's formulas. */
interface TablePlace {
  readonly sheet: string;
  readonly first: number;
  readonly last: number;
  readonly total: number;
  readonly letters: Readonly<Record<string, string>>;
}

function prepareSheet(
  ws: ExcelJS.Worksheet,
  sheet: SheetDefinition,
  definition: WorkbookDefinition,
  strings: UiStrings,
  look: Look,
): number {
  // Each line above the table in a cell of column A, unwrapped: a line longer than the page is
  // wide would make a printout fitted to the page's width shrink the whole sheet (LibreOffice
  // counts text running on into empty cells), so a long one is given in several lines, each
  // ending at a clause.
  let row = 1;
  const write = (text: string, style: Partial<ExcelJS.Font>, scale: number) => {
    for (const line of pageLines(text, topLineWidth / scale)) {
      ws.getCell(`A${row}`).value = line;
      ws.getCell(`A${row++}`).font = font(look, style);
    }
  };
  // The title is 14-point bold: about 1.4 times as wide as 11-point text.
  write(sheet.title, { bold: true, size: 14 }, 1.4);
  // The description a whole sentence to a row, wrapped inside the table's width once the columns
  // are known (fitDescription): a sentence broken across rows at a clause read as two fragments
  // (publication review 7).
  for (const sentence of sentences(sheet.description ?? '')) {
    ws.getCell(`A${row}`).value = sentence;
    ws.getCell(`A${row}`).font = font(look);
    descriptionRows.set(ws, [...(descriptionRows.get(ws) ?? []), row++]);
  }
  if (sheet.notes && sheet.notes.length > 0) {
    const line = fill(lookup(strings, 'workbook.notesLine') ?? '{numbers}', {
      numbers: sheet.notes.join(lookup(strings, 'workbook.listSeparator') ?? ', '),
    });
    write(line, {}, 1);
  }
  ws.pageSetup = {
    paperSize: paper.a4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  } as ExcelJS.PageSetup;
  ws.headerFooter = { oddHeader: definition.header, oddFooter: definition.footer } as ExcelJS.HeaderFooter;
  return row + 1;
}

/** The rows of each sheet that hold its description, a sentence each (prepareSheet, fitDescription). */
const descriptionRows = new WeakMap<ExcelJS.Worksheet, number[]>();

/** A text's sentences, each with its closing mark: after . ! ? followed by a space, and after 。！？. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]) +(?=\S)|(?<=[。！？])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * Each description row's cell spans the sheet's columns (A to the table's last column, at most the
 * printable width) and wraps its sentence there, its row as tall as the lines it takes: a long
 * line left to run on would make a printout fitted to the page's width shrink the whole sheet.
 */
function fitDescription(ws: ExcelJS.Worksheet): void {
  const rows = descriptionRows.get(ws) ?? [];
  let last = 1;
  let width = ws.getColumn(1).width ?? 9;
  for (let c = 2; c <= ws.columnCount && width + (ws.getColumn(c).width ?? 9) <= topLineWidth; c++) {
    last = c;
    width += ws.getColumn(c).width ?? 9;
  }
  for (const r of rows) {
    const cell = ws.getCell(r, 1);
    const value = String(cell.value ?? '');
    if (last > 1) ws.mergeCells(r, 1, r, last);
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    const lines = wrappedLines(value, Math.max(1, width - 1));
    ws.getRow(r).height = lineHeight(value) * lines + 2;
  }
}

/**
 * The widest a line above a table may be, in character units of 11-point text: A4 landscape holds
 * about 129 at full size (see printWidth), and a sheet narrower than that prints at full size.
 */
const topLineWidth = 120;

/** Width of a line of text in character units: a CJK character two, a Latin letter about 0.85 (see wrappedLines). */
const lineWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 2 : 0.85), 0);

/**
 * A text as lines at most `width` wide (lineWidth), broken after the strongest marks that do it:
 * sentences and clauses (. ; 。；), then phrases (, : ，、：), then spaces; a Chinese text without
 * any of those, between any two characters. The lines joined give the text back.
 */
export function pageLines(text: string, width: number): string[] {
  return breakLines(text, width, 0).map((line) => line.trimEnd());
}

/** Lines whose concatenation is the text (the spaces they were broken at end each line). */
function breakLines(text: string, width: number, from: number): string[] {
  if (lineWidth(text.trimEnd()) <= width) return [text];
  const levels = [/(?<=[.;] |[。；])/u, /(?<=[,:] |[，、：])/u, /(?<= )/u, /(?=[\s\S])/u];
  for (let level = from; level < levels.length; level++) {
    const pieces = text.split(levels[level]!).filter((p) => p !== '');
    if (pieces.length < 2) continue;
    // A piece too long breaks at the next level down; then pieces join while they fit.
    const broken = pieces.flatMap((piece) => breakLines(piece, width, level + 1));
    const lines: string[] = [];
    for (const piece of broken) {
      const last = lines.at(-1);
      if (last !== undefined && lineWidth((last + piece).trimEnd()) <= width) lines[lines.length - 1] = last + piece;
      else lines.push(piece);
    }
    return lines;
  }
  return [text];
}

/** Paper sizes (SpreadsheetML's codes; exceljs's type lists no A3, its writer takes any code). */
const paper = { a4: 9 as ExcelJS.PaperSize, a3: 8 as unknown as ExcelJS.PaperSize } as const;
/**
 * Widths, in Excel's character units, that print at a readable scale when a sheet is fitted to
 * the page's width. Measured on LibreOffice's PDF export with the margins above: a unit of width
 * is about 2.15 mm on paper at 100 % with Arial as the workbook's font, and 2.47 mm where
 * LibreOffice puts DejaVu Sans in place of a DengXian it does not have (the Chinese workbook on a
 * machine without Office's fonts). A4 portrait's 190 mm and A4 landscape's 277 mm and A3
 * landscape's 400 mm of printable width then hold at least 77, 112 and 162 units at full size. A
 * sheet up to `portrait` prints upright on A4 at full size or nearly; up to `landscape` across A4
 * at 72 % or more; a wider one across A3, up to `a3` wide, at 75 % or more.
 */
const printWidth = { portrait: 80, landscape: 155, a3: 215 } as const;
/** The smallest print scale a sheet gets (LibreOffice's PDF export): 11-point text prints at 7.7 points or more. */
export const minPrintScale = 0.7;

/**
 * The paper a table sheet prints on, from its columns' widths: every sheet prints fitted to one
 * page wide with its header row repeated; a narrow one upright, a wide one across, a very wide
 * one on A3 so that its text stays legible. Sheets with charts keep A4 landscape, the page their
 * charts are placed for (./place-charts.ts).
 */
function choosePaper(ws: ExcelJS.Worksheet): void {
  let width = 0;
  for (let c = 1; c <= ws.columnCount; c++) width += ws.getColumn(c).width ?? 8.43;
  // The widest text that runs on into empty cells (the lines above a table; the title is 1.4 times as wide).
  let topLines = 0;
  ws.eachRow((row, r) => {
    const value = row.getCell(1).value;
    if (typeof value === 'string' && row.cellCount === 1) topLines = Math.max(topLines, lineWidth(value) * (r === 1 ? 1.4 : 1));
  });
  // Upright only when the lines above the table fit across A4 upright too (they run on into empty cells).
  if (width <= printWidth.portrait && topLines <= printWidth.portrait) ws.pageSetup.orientation = 'portrait';
  else if (width > printWidth.landscape) ws.pageSetup.paperSize = paper.a3;
}

/**
 * Column widths that fit `budget`: text columns (those that wrap) give up width, the widest
 * first, down to their floors; figures and ids keep theirs. Returns the widths unchanged when they
 * fit, and the narrowest they may be when even the floors do not.
 */
export function fitWidths(widths: readonly number[], floors: readonly (number | undefined)[], budget: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= budget) return [...widths];
  const capped = (cap: number) => widths.map((w, i) => (floors[i] === undefined ? w : Math.max(Math.min(w, floors[i]!), Math.min(w, cap))));
  const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
  // The largest whole cap whose widths fit (the widths fall as the cap falls).
  let low = 0;
  let high = Math.max(...widths);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (sum(capped(mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  return capped(low);
}

/** Row heights for wrapped text: spreadsheet programs do not grow rows written without a height. */
function fitRowHeights(
  ws: ExcelJS.Worksheet,
  fromRow: number,
  toRow: number,
  columnCount: number,
  boldRow?: number,
  typeWidths: readonly number[] = [],
): void {
  for (let r = fromRow; r <= toRow; r++) {
    let height = 0;
    for (let c = 1; c <= columnCount; c++) {
      const value = ws.getCell(r, c).value;
      if (typeof value !== 'string') continue;
      // Bold text is about a tenth wider; smaller type (ids) narrower.
      const width = (ws.getColumn(c).width ?? 10) / (r === boldRow ? 1.1 : 1) / (typeWidths[c - 1] ?? 1);
      const lines = wrappedLines(value, Math.max(1, width - 1));
      if (lines > 1) height = Math.max(height, lineHeight(value) * lines + 2);
    }
    if (height > 0) ws.getRow(r).height = height;
  }
}

/**
 * The height of a wrapped line of 11-point text, in points: 14.25 for Latin text (Excel's own row
 * height for Arial 11; LibreOffice sets its lines closer still), 17 for text with Chinese, whose
 * faces (DengXian, or the Noto Sans CJK a reader's spreadsheet puts in its place) set lines wider
 * apart: measured on LibreOffice's PDF export, five Chinese lines overran a row made 15 points a
 * line, and rows made 15 points a line for English stood a fifth taller than their text.
 */
const lineHeight = (text: string): number => (hasChinese(text) ? 17 : 14.25);

/** The units a line may break between: words, and each CJK character. */
const words = (text: string): string[] =>
  text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]+/g) ?? [];

/** Lines a text takes when wrapped at word boundaries (any CJK character is one) within `width` character units. */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  // Latin letters average narrower than the digit that column widths are measured in (0.85 in
  // Arial); a text that holds Chinese is set in the Chinese font (DengXian, or what a reader's
  // spreadsheet puts in its place), whose Latin letters are about as wide as that digit: measured
  // on LibreOffice's PDF export, the English cover's units line was cut off at 0.85.
  const latin = hasChinese(text) ? 1 : 0.85;
  // Each unit with the white space before it: only a space takes room between two units.
  for (const [, space, word] of text.matchAll(
    /(\s*)([\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]+)/g,
  )) {
    const w = /^[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]$/.test(word!) ? 2 : displayWidth(word!) * latin;
    const needed = used === 0 ? w : used + (space ? latin : 0) + w;
    if (needed <= width || used === 0) used = needed;
    else {
      lines += 1;
      used = w;
    }
    // A word wider than the column breaks inside itself.
    while (used > width) {
      lines += 1;
      used -= width;
    }
  }
  return lines;
}

/**
 * The width a header asks of its column: headers wrap, so a long one takes two or three lines
 * rather than widening its column (and shrinking the printed table) to its full length.
 */
function headerWidth(header: string): number {
  const full = displayWidth(header);
  if (full <= 12) return full;
  const longestWord = Math.max(...words(header).map(displayWidth));
  return Math.max(12, longestWord, Math.ceil(full / 3));
}

const maxTextWidth = 30;
const maxLabelWidth = 40;
const idWidth = 20;
/** The narrowest a text column becomes to fit the page: a label column, and any other. */
const minLabelWidth = 20;
const minTextWidth = 18;
const narrowTextWidth = 12;

function fitColumns(
  ws: ExcelJS.Worksheet,
  columns: readonly ColumnDefinition[],
  rows: readonly Row[],
  decimals: readonly number[] = [],
  blank: (row: Row, column: ColumnDefinition) => string = () => '[x]',
): void {
  // The widest value of each column, its header aside, and the widest of its figures and texts
  // alone (a shorthand for a blank may wrap in a table too wide otherwise).
  const widthOf = (column: ColumnDefinition, i: number, r: Row, blanks: boolean): number => {
    const v = r[column.key];
    // Grouped numbers are about a third wider; a cell without a value holds its shorthand
    // (［不适用］ in Chinese is as wide as ten digits).
    if (v === null || v === undefined) return blanks ? displayWidth(blank(r, column)) : 0;
    return typeof v === 'number' ? Math.ceil(v.toFixed(decimals[i] ?? 0).length * 1.34) : displayWidth(v);
  };
  const valueWidths = columns.map((column, i) => Math.max(0, ...rows.map((r) => widthOf(column, i, r, true))));
  const filledWidths = columns.map((column, i) => Math.max(0, ...rows.map((r) => widthOf(column, i, r, false))));
  const natural = columns.map((column, i) => {
    const widest = Math.max(headerWidth(column.header), valueWidths[i]!);
    // Long texts of a table of many columns wrap within a column at most maxTextWidth wide, so
    // that a printout scaled to the page's width keeps a readable size.
    // The row label (first) column wraps later than the others: it is what a reader looks along.
    const cap = columns.length > 4 ? (i === 0 ? maxLabelWidth : maxTextWidth) : 90;
    // An id column is as narrow as its smaller type allows, and never wider than idWidth: a long id wraps at its hyphens.
    return (
      column.width ??
      (column.role === 'id' ? Math.min(idWidth, Math.max(8, Math.ceil(widest * idTypeWidth) + 2)) : Math.min(cap, Math.max(8, widest + 2)))
    );
  });
  // A table wider than A4 landscape holds at a readable scale gives its text columns' width up
  // (they wrap onto more lines) until it fits; one that cannot fit even so, until it fits A3.
  // Figures, qualifiers and ids keep their widths: they do not wrap. The row label, what a reader
  // looks along, keeps its width unless the table cannot fit A3 otherwise.
  const floors = (label: number | undefined, text: number) =>
    columns.map((column, i) =>
      isNumberColumn(column) || column.role === 'id' || column.align === 'right' || (i === 0 && label === undefined)
        ? undefined
        : Math.max(i === 0 ? label! : text, ...words(column.header).map((w) => displayWidth(w) + 1)),
    );
  const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
  // Tried in turn, the first that fits: A4, then A3, with the label whole and text columns at
  // least minTextWidth wide; then A3 with the label wrapping too; then with every text column
  // down to narrowTextWidth (a table of very many columns).
  const tries: readonly (readonly [number, readonly (number | undefined)[]])[] = [
    [printWidth.landscape, floors(undefined, minTextWidth)],
    [printWidth.a3, floors(undefined, minTextWidth)],
    [printWidth.a3, floors(minLabelWidth, minTextWidth)],
    [printWidth.a3, floors(minLabelWidth, narrowTextWidth)],
    // Last, a table of so many columns that even that does not fit: every column but the label
    // and the ids narrows to its widest figure or word, its header wrapping onto up to four lines
    // and a blank's shorthand onto two.
    [
      printWidth.a3,
      columns.map((column, i) => {
        if (column.role === 'id' || i === 0) return i === 0 ? minLabelWidth : undefined;
        const header = Math.max(...words(column.header).map((w) => displayWidth(w) + 1), Math.ceil(displayWidth(column.header) / 4));
        const blankHalf = Math.ceil((valueWidths[i]! - filledWidths[i]!) / 2);
        const figure =
          isNumberColumn(column) || column.align === 'right' ? filledWidths[i]! + 2 : Math.min(filledWidths[i]! + 2, narrowTextWidth);
        return Math.max(8, figure, header, blankHalf + 1);
      }),
    ],
  ];
  let widths = natural;
  for (const [budget, floor] of tries) {
    widths = fitWidths(natural, floor, budget);
    if (sum(widths) <= budget) break;
  }
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/** The decimals one figure is shown with: those it was published with; none for a count. */
const cellDecimals = (column: ColumnDefinition, row: Row): number =>
  column.format === 'published' ? Number(row[`${column.key}__decimals`] ?? 0) : 0;

/** The widest decimals of a number column (for its width only: each cell keeps its own format). */
function columnDecimals(column: ColumnDefinition, rows: readonly Row[]): number {
  return Math.max(0, ...rows.filter((r) => typeof r[column.key] === 'number').map((r) => cellDecimals(column, r)));
}

/**
 * A table sheet: an Excel table with header row, autofilter and frozen header; each figure in the
 * number format of its published decimals; shorthand in every cell without a value; headers
 * aligned like their data.
 */
function writeTable(ws: ExcelJS.Worksheet, sheet: SheetDefinition, rows: readonly Row[], start: number, look: Look): void {
  const headers = uniqueColumnNames((sheet.columns ?? []).map((c) => look.text(c.header)));
  // Excel deletes a table with a column name over 255 characters (repairing the file): the data's
  // limits keep every header shorter (src/dataset/schema.ts textLimits.header), so one here is a fault of the program.
  for (const header of headers)
    if (header.length > excelLimits.columnName)
      throw new Error(
        `Workbook: sheet "${sheet.name}" has a column header of ${header.length} characters ("${header.slice(0, 40)}…"); an Excel table's column name may be at most ${excelLimits.columnName}`,
      );
  const columns = (sheet.columns ?? []).map((c, i) => ({ ...c, header: headers[i] ?? look.text(c.header) }));
  const decimals = columns.map((c) => columnDecimals(c, rows));
  const shown = (r: Row, c: ColumnDefinition): Cell => r[c.key] ?? (r[`${c.key}__blank`] === 'z' ? look.shorthand.z : look.shorthand.x);
  ws.addTable({
    // Excel table names allow letters, digits, underscores and full stops only (a data id has hyphens).
    name: `T_${sheet.key.replace(/[^A-Za-z0-9_.]/g, '_')}`,
    ref: `A${start}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => columns.map((c) => shown(r, c))),
  });
  columns.forEach((c, j) => {
    const header = ws.getCell(start, j + 1);
    header.font = font(look, { bold: true, ...(c.role === 'id' ? idType : {}) });
    header.alignment =
      isNumberColumn(c) || c.align === 'right'
        ? { horizontal: 'right', vertical: 'bottom', wrapText: true }
        : {
            vertical: 'bottom',
            wrapText: true,
            // As the cells below: clear of a right-aligned header beside it ("Value Unit", not "ValueUnit").
            ...(j > 0 && (isNumberColumn(columns[j - 1]!) || columns[j - 1]!.align === 'right') ? { indent: 1 } : {}),
          };
  });
  rows.forEach((r, i) => {
    const bold = r.__total !== undefined;
    columns.forEach((c, j) => {
      const cell = ws.getCell(start + 1 + i, j + 1);
      setCell(cell, shown(r, c));
      cell.font = font(look, { ...(bold ? { bold: true } : {}), ...(c.role === 'id' ? idType : {}) });
      if (bold) cell.border = { top: { style: 'thin' } };
      if (isNumberColumn(c)) {
        cell.numFmt = c.format === 'year' ? '0' : numberFormat(cellDecimals(c, r), look.grouping, decimals[j]);
        cell.alignment = { horizontal: 'right', vertical: 'top' };
      } else if (c.align === 'right') cell.alignment = { horizontal: 'right', vertical: 'top', wrapText: true };
      else
        cell.alignment = {
          wrapText: true,
          vertical: 'top',
          // Text right of a column of right-aligned numbers keeps a space from them ("9 Table 3…", not "9Table 3…").
          ...(j > 0 && (isNumberColumn(columns[j - 1]!) || columns[j - 1]!.align === 'right') ? { indent: 1 } : {}),
        };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: start, xSplit: 0 }];
  ws.pageSetup.printTitlesRow = `${start}:${start}`;
  fitColumns(ws, columns, rows, decimals, (r, c) => String(shown(r, c)));
  // The header row too: its long headers wrap.
  fitRowHeights(
    ws,
    start,
    start + rows.length,
    columns.length,
    start,
    columns.map((c) => (c.role === 'id' ? idTypeWidth : 1)),
  );
}

/** A statistical table's rows, then its published total as the table's last row. */
function tableRows(sheet: SheetDefinition, rows: readonly Row[], data: WorkbookData): Row[] {
  const total = data.totalRows[sheet.key];
  return sheet.totalLabel && total ? [...rows, total] : [...rows];
}

/** The check table: each published total (a reference), the sum of its rows and the difference, as formulas. */
function writeChecks(
  ws: ExcelJS.Worksheet,
  sheet: SheetDefinition,
  start: number,
  data: WorkbookData,
  places: ReadonlyMap<string, TablePlace>,
  look: Look,
): void {
  const checks = (sheet.checks ?? []).filter((check) => places.has(check.sheet) && data.totals[check.sheet]);
  const rows: Row[] = checks.map((check) => {
    const totals = data.totals[check.sheet]!;
    // The decimals of the checked column, as its table publishes it.
    const decimals = totals.decimals[check.columnKey] ?? 0;
    return {
      table: check.table,
      column: check.column,
      published: totals.published[check.columnKey] ?? null,
      published__decimals: decimals,
      sum: totals.sums[check.columnKey] ?? null,
      sum__decimals: decimals,
      difference: totals.differences[check.columnKey] ?? null,
      difference__decimals: decimals,
    };
  });
  writeTable(ws, sheet, rows, start, look);
  const letter = (key: string) => columnLetter((sheet.columns ?? []).findIndex((c) => c.key === key));
  checks.forEach((check, i) => {
    const place = places.get(check.sheet)!;
    const totals = data.totals[check.sheet]!;
    const r = start + 1 + i;
    const source = place.letters[check.columnKey]!;
    const formulas: Record<string, { formula: string; result: number | undefined }> = {
      published: { formula: `${sheetRef(place.sheet)}!${source}${place.total}`, result: totals.published[check.columnKey] },
      sum: {
        formula: `SUM(${sheetRef(place.sheet)}!${source}${place.first}:${source}${place.last})`,
        result: totals.sums[check.columnKey],
      },
      difference: { formula: `${letter('published')}${r}-${letter('sum')}${r}`, result: totals.differences[check.columnKey] },
    };
    for (const [key, value] of Object.entries(formulas)) {
      ws.getCell(`${letter(key)}${r}`).value = value as ExcelJS.CellFormulaValue;
    }
  });
}

/**
 * The workbook's default font (exceljs writes Calibri from the theme): the one font, so that a
 * cell typed by the reader matches the rest.
 */
function defaultFont(styles: Buffer, name: string): Buffer {
  const xml = styles.toString('utf8');
  const escaped = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // The first font is the default; its theme scheme would make Excel use the theme's font instead.
  const fixed = xml.replace(/(<fonts [^>]*>\s*<font>)([\s\S]*?)(<\/font>)/, (_m, open: string, inner: string, close: string) => {
    const body = inner.replace(/<name val="[^"]*"\/>/, `<name val="${escaped}"/>`).replace(/<scheme val="[^"]*"\/>/, '');
    return `${open}${body}${close}`;
  });
  return Buffer.from(fixed, 'utf8');
}

/** A chart's text alternative in the workbook: its own where the workbook draws it otherwise than the brief (columns, not bars with a target mark). */
function workbookAlt(input: WorkbookInput, chart: WorkbookInput['charts'][number]): string {
  const own = lookup(input.strings, `charts.${chart.id}.workbookAlt`);
  return own === undefined ? chart.alt : fill(own, editionValues(input.plan.edition, input.locale));
}

/** Builds the workbook in memory and returns byte-identical XLSX for the same input. */
export async function buildWorkbook(input: WorkbookInput, sink: DiagnosticSink): Promise<Buffer | undefined> {
  const data = buildWorkbookData(input.plan, input.locale, input.strings, input.units);
  const definition = workbookLayout(input, data, sink);
  if (!definition) return undefined;
  const lang = textKey(input.locale);

  const wb = new ExcelJS.Workbook();
  // The workbook's author is who prepared it, never the report's issuer (it is not their publication).
  const preparedBy = input.plan.edition.preparedBy?.[lang] ?? '';
  wb.creator = preparedBy;
  wb.lastModifiedBy = preparedBy;
  wb.created = input.buildDate;
  wb.modified = input.buildDate;
  wb.title = definition.properties.title;
  wb.subject = definition.properties.subject;
  wb.keywords = definition.properties.keywords;
  (wb as unknown as { language: string }).language = definition.properties.language;

  const look: Look = {
    font: definition.font,
    chineseFont: definition.chineseFont,
    grouping: definition.grouping,
    shorthand: definition.shorthand,
    text: input.locale === 'zh-CN' ? chinesePunctuation : (text) => text,
  };
  const places = new Map<string, TablePlace>();
  const tableCells = new Map<string, TableCells>();
  const chartLists: { ws: ExcelJS.Worksheet; start: number }[] = [];
  for (const sheet of definition.sheets) {
    // exceljs leaves out a column exactly 9 wide, its own default width, and spreadsheets then use
    // theirs (8.43): the sheet's default is set to 9 so that such a column keeps its width.
    const ws = wb.addWorksheet(sheet.name, { properties: { defaultColWidth: 9 } });
    const start = prepareSheet(ws, sheet, definition, input.strings, look);
    switch (sheet.kind) {
      case 'cover': {
        const lines = sheet.lines ?? [];
        lines.forEach(([label, value], i) => {
          const labelCell = ws.getCell(start + i, 1);
          labelCell.value = label;
          labelCell.font = font(look, { bold: true });
          labelCell.alignment = { vertical: 'top' };
          const cell = ws.getCell(start + i, 2);
          cell.font = font(look);
          cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
          if (value === null) cell.value = look.shorthand.x;
          else if (value instanceof Date) {
            // A real date, shown as the ISO date.
            cell.value = value;
            cell.numFmt = 'yyyy-mm-dd';
          } else if (typeof value === 'number') {
            cell.value = value;
            cell.numFmt = '0';
          } else if (typeof value === 'object') {
            cell.value = { text: value.text, hyperlink: value.hyperlink };
            cell.font = font(look, { color: { argb: 'FF0563C1' }, underline: true });
          } else setCell(cell, value);
        });
        ws.getColumn(1).width = Math.max(12, ...lines.map(([l]) => displayWidth(l) + 2));
        ws.getColumn(2).width = 90;
        fitRowHeights(ws, start, start + lines.length, 2);
        break;
      }
      case 'contents': {
        const listed = definition.sheets.filter((s) => s.kind !== 'cover' && s.kind !== 'contents');
        // Each sheet's title as its sheet gives it (numbered), then what it holds.
        const rows = listed.map((s) => ({ sheet: s.name, title: s.title, about: s.description ?? null, about__blank: 'z' }));
        writeTable(ws, sheet, rows, start, look);
        listed.forEach((s, i) => {
          ws.getCell(start + 1 + i, 1).value = { text: s.name, hyperlink: `#${sheetRef(s.name)}!A1` };
          ws.getCell(start + 1 + i, 1).font = font(look, { color: { argb: 'FF0563C1' }, underline: true });
        });
        break;
      }
      case 'notes':
        writeTable(ws, sheet, data.notes, start, look);
        break;
      case 'table': {
        const rows = tableRows(sheet, data.datasets[sheet.dataset ?? ''] ?? [], data);
        writeTable(ws, sheet, rows, start, look);
        tableCells.set(sheet.key, { ws, sheet, headerRow: start, rows: rows.filter((r) => r.__total === undefined) });
        if (sheet.totalLabel) {
          const letters = Object.fromEntries((sheet.columns ?? []).map((c, j) => [c.key, columnLetter(j)]));
          places.set(sheet.key, {
            sheet: sheet.name,
            first: start + 1,
            last: start + rows.length - 1,
            total: start + rows.length,
            letters,
          });
        }
        break;
      }
      case 'checks':
        writeChecks(ws, sheet, start, data, places, look);
        break;
      case 'chart': {
        // Only rows with a number in every plotted column (a [z] or [x] cell would draw as a
        // bar of nothing, which reads as zero), largest first by the column the brief sorts by;
        // rows split into groups (a chart each), only those in a group, group by group.
        const chart = sheet.chart!;
        const has = (r: Row, key: string) => typeof r[key] === 'number';
        const group = (r: Row) => (chart.splitOrder === undefined ? 0 : Number(r[chart.splitOrder]));
        const size = (r: Row) => r[chart.sortBy ?? chart.values[0]!] as number;
        const rows = (data.datasets[sheet.dataset ?? ''] ?? [])
          .filter((r) => chart.values.every((key) => has(r, key)) && (chart.splitBy === undefined || typeof r[chart.splitBy] === 'string'))
          .sort((a, b) => group(a) - group(b) || size(b) - size(a));
        writeTable(ws, sheet, rows, start, look);
        tableCells.set(sheet.key, { ws, sheet, headerRow: start, rows });
        break;
      }
      case 'charts': {
        // The charts are native charts beside their tables (./place-charts.ts); this sheet lists
        // every chart of the brief with its text alternative.
        // Where each is in this workbook: drawn on its own sheet, or (a figure with no native form) its data's sheet.
        const say = (key: string, name: string) => fill(lookup(input.strings, key) ?? key, { sheet: name });
        const rows = input.charts.map((c) => {
          const own = definition.sheets.find((s) => s.chart?.id === c.id);
          const data = definition.sheets.find((s) => s.kind === 'table' && s.key === chartDataTable(c.id));
          const where = own
            ? say(own.chart?.splitBy ? 'workbook.chartWhere.drawnSplit' : 'workbook.chartWhere.drawn', own.name)
            : data
              ? say('workbook.chartWhere.dataOnly', data.name)
              : say('workbook.chartWhere.briefOnly', '');
          return { title: c.title, alt: workbookAlt(input, c), where };
        });
        writeTable(ws, sheet, rows, start, look);
        chartLists.push({ ws, start });
        break;
      }
    }
  }

  for (const ws of wb.worksheets) fitDescription(ws);
  // exceljs zips in JavaScript (JSZip and pako) and dates entries with the clock: it writes an
  // uncompressed zip, which repackZip deflates natively and dates with the build date, so the file
  // is byte-identical for the same input.
  finishText(wb, look);
  const charts = input.charts.map((c) => ({ ...c, title: look.text(c.title), alt: look.text(workbookAlt(input, c)) }));
  const chartSheets = new Map(definition.sheets.flatMap((sheet) => (sheet.chart ? [[sheet.chart.id, sheet] as const] : [])));
  const placed = placeCharts(
    charts,
    tableCells,
    (id) => {
      const sheet = chartSheets.get(id);
      if (sheet === undefined) return undefined;
      const layout = { ...sheet.chart!, table: sheet.key };
      if (layout.valueTitleKey === undefined) return layout;
      const title = lookup(input.strings, layout.valueTitleKey);
      return title === undefined ? layout : { ...layout, valueTitle: fill(title, editionValues(input.plan.edition, input.locale)) };
    },
    // In English a column's header continues the title in lower case ("…: growth at current prices (%)").
    (title, column) =>
      look.text(
        fill(lookup(input.strings, 'workbook.chartPart') ?? '{title}: {column}', {
          title,
          column: input.locale === 'en' ? midSentence(column) : column,
        }),
      ),
  );
  // Each listed chart's title links to the sheet its native chart sits on; a chart without one, to the sheet of its data.
  const dataSheet = (id: string) => definition.sheets.find((sheet) => sheet.kind === 'table' && sheet.key === chartDataTable(id))?.name;
  for (const { ws, start } of chartLists) {
    charts.forEach((c, i) => {
      const target = placed.placed.get(c.id) ?? dataSheet(c.id);
      if (target === undefined) return;
      const cell = ws.getCell(start + 1 + i, 1);
      cell.value = { text: c.title, hyperlink: `#${sheetRef(target)}!A1` };
      cell.font = font(look, { color: { argb: 'FF0563C1' }, underline: true });
    });
  }
  for (const ws of wb.worksheets) if (!placed.sheets.some((s) => s.sheetPart === `xl/worksheets/sheet${ws.id}.xml`)) choosePaper(ws);
  shareCellStyles(wb);
  const zip = { compression: 'STORE' };
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip } as unknown as Partial<ExcelJS.XlsxWriteOptions>));
  const parts = chartParts(
    placed.sheets,
    { font: definition.font, chineseFont: definition.chineseFont, language: definition.properties.language, text: look.text },
    new Set(zipEntryNames(stored)),
  );
  return repackZip(
    stored,
    input.buildDate,
    (name, part) => parts.rewrite(name, name === 'xl/styles.xml' ? defaultFont(part, definition.font) : escapeXstringPart(name, part)),
    parts.added,
  );
}
