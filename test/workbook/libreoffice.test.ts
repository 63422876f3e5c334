import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { formatNumber, locales, type Locale } from '../../src/model/format.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { buildWorkbook, minPrintScale } from '../../src/workbook/build.js';
import {
  defaultDataDir,
  demoEditionDir,
  makeDataDir,
  minimalEditionDir,
  repoRoot,
  reviewOnlyEditionDir,
  tempDir,
  validateDir,
  zipText,
} from '../helpers.js';

/**
 * The workbooks as a real client reads them. One start of LibreOffice (.ci/check-workbooks.py
 * --cells --pdf) opens both workbooks of every edition of the golden corpus, charts drawn as a
 * build draws them, and
 * - reports the text it displays for every number cell, its number format applied;
 * - prints each workbook to PDF, as `soffice --convert-to pdf` does;
 * - recalculates every formula and compares it with the cached result.
 * Each start of LibreOffice costs seconds of CPU, so the three checks share one (issue 29).
 *
 * Numbers as published: Each figure the workbook takes from the dataset must
 * display as the brief writes it: the decimals the document publishes, thousands separators in
 * English only; in the Chinese workbook, the brief's Chinese text of the figure holds the same
 * digits. Figures the workbook computes (attainment, gaps, sums, converted targets) display their
 * cached value exactly, and counts show no decimals.
 */

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const run = soffice || process.env.REQUIRE_INTEROP === '1';

const editions = [path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir, reviewOnlyEditionDir, minimalEditionDir];
/** The default edition: its workbooks hold formulas and charts with legends. */
const defaultEdition = path.basename(editions[0]!);

interface Shown {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: number;
  readonly text: string;
}

/** A published figure: its value, decimals and (where the plan has it) the brief's text of it. */
interface Figure {
  readonly value: number;
  readonly decimals: number;
  readonly display?: { zh: string; en: string };
}

/** Every figure inside a part of the plan: objects with a value and its decimals, and a statistical table's cells. */
function figuresIn(node: unknown, out: Figure[] = [], columns?: readonly { id: string; decimals: number }[]): Figure[] {
  if (Array.isArray(node)) {
    for (const item of node) figuresIn(item, out, columns);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (typeof o.value === 'number' && typeof o.decimals === 'number')
    out.push({ value: o.value, decimals: o.decimals, ...(o.display ? { display: o.display as Figure['display'] } : {}) });
  if (typeof o.no === 'number') out.push({ value: o.no, decimals: 0 });
  // A statistical table's row or total: its values by column, each with the decimals it is published with.
  if (columns && o.values && typeof o.values === 'object')
    for (const c of columns) {
      const v = (o.values as Record<string, unknown>)[c.id];
      const d = (o.decimals as Record<string, number> | undefined)?.[c.id];
      if (typeof v === 'number') out.push({ value: v, decimals: d ?? c.decimals });
    }
  for (const [key, value] of Object.entries(o)) if (key !== 'values' && key !== 'decimals') figuresIn(value, out, columns);
  return out;
}

/** The part of the plan a row id names (a figure, a target, a table's row), with the columns of its table. */
function byId(plan: Plan): Map<string, Figure[]> {
  const found = new Map<string, Figure[]>();
  const visit = (node: unknown, columns?: readonly { id: string; decimals: number }[]) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, columns));
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const own = Array.isArray(o.columns) && Array.isArray(o.rows) ? (o.columns as { id: string; decimals: number }[]) : columns;
    if (typeof o.id === 'string' && !found.has(o.id)) found.set(o.id, figuresIn(o, [], own));
    for (const value of Object.values(o)) visit(value, own);
  };
  visit(plan);
  // A statistical table's total row has no id: its figures are found under the table.
  for (const table of plan.tables) if (table.total) found.set(`total:${table.id}`, figuresIn(table.total, [], table.columns));
  return found;
}

const digits = (text: string) => text.replace(/,/g, '').replace(/^−/, '-');

interface Book {
  readonly file: string;
  readonly locale: Locale;
  readonly plan: Plan;
  readonly edition: string;
}
const books: Book[] = [];
const dir = tempDir('plan-libreoffice-');
const pdfDir = tempDir('plan-libreoffice-pdf-');
/** What check-workbooks.py printed: a line for each workbook, then the totals. */
let report = '';

beforeAll(async () => {
  if (!run) return;
  const { dataset } = validateDir(makeDataDir(editions));
  for (const edition of dataset.editions) {
    const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
    for (const locale of locales) {
      const sink = new DiagnosticSink();
      const strings = loadUiStrings(repoRoot, locale, sink)!;
      const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
      const bytes = await buildWorkbook(
        { rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate: new Date('2025-01-15T00:00:00Z') },
        sink,
      );
      expect(bytes, sink.items.map((d) => d.message).join('\n')).toBeDefined();
      expect(sink.items).toEqual([]);
      const file = path.join(dir, `${edition.data.edition.id}-${locale}.xlsx`);
      writeFileSync(file, bytes!);
      books.push({ file, locale, plan, edition: edition.data.edition.id });
    }
  }
  report = execFileSync(
    '/usr/bin/python3',
    [path.join(repoRoot, '.ci/check-workbooks.py'), '--cells', '--pdf', pdfDir, ...books.map((b) => b.file)],
    { encoding: 'utf8', timeout: 400_000, stdio: ['ignore', 'pipe', 'ignore'] },
  );
}, 400_000);

describe('the workbooks in LibreOffice', () => {
  if (!run) {
    it.skip('every figure displays as the brief writes it, every chart prints once, every formula recalculates (skipped: soffice, pdftotext or python3-uno is not installed; set REQUIRE_INTEROP=1 to fail instead)', () => {});
    return;
  }
  it('every number cell of both workbooks of every golden edition displays as the brief writes its figure', async () => {
    let published = 0;
    let computed = 0;
    let briefTexts = 0;
    for (const { file, locale, plan } of books) {
      const shown = JSON.parse(readFileSync(`${file}.cells.json`, 'utf8')) as Shown[];
      const figures = byId(plan);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(shown.some((c) => c.sheet === wb.worksheets[0]!.name && c.text === String(plan.edition.planYear))).toBe(true);
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const idHeader = lookup(strings, 'workbook.columns.id')!;
      const totalLabel = lookup(strings, 'workbook.totals.published')!;
      const yearHeader = lookup(strings, 'workbook.columns.year')!;
      // A figure published with fewer decimals than others of its column is padded on the right
      // with the width of those it lacks, so that the column's units line up; the digits are as
      // published. LibreOffice gives the width of "." as one space and of a digit as two: "5"
      // under "3.5" displays as "5" and three spaces.
      const decimalsOf = (text: string) => (text.trimEnd().split('.')[1] ?? '').length;
      const columnDecimals = new Map<string, number>();
      for (const c of shown) {
        const key = `${c.sheet}\u0000${c.col}`;
        columnDecimals.set(key, Math.max(columnDecimals.get(key) ?? 0, decimalsOf(c.text)));
      }
      // The cover's one number is the plan year, a year written without separators.
      for (const padded of shown.filter((c) => c.sheet !== wb.worksheets[0]!.name)) {
        const cell = { ...padded, text: padded.text.trimEnd() };
        const own = decimalsOf(cell.text);
        const most = columnDecimals.get(`${cell.sheet}\u0000${cell.col}`)!;
        expect(padded.text.length - cell.text.length, `${cell.sheet}!R${cell.row}C${cell.col}: "${padded.text}"`).toBe(
          most > own ? 2 * (most - own) + (own === 0 ? 1 : 0) : 0,
        );
        const where = `${path.basename(file)} ${cell.sheet}!R${cell.row}C${cell.col} (${cell.value}): "${cell.text}"`;
        const ws = wb.getWorksheet(cell.sheet)!;
        let header = 0;
        for (let r = cell.row - 1; r >= 1 && header === 0; r--) if (ws.getRow(r).values.toString().includes(idHeader)) header = r;
        // A year is written as a year (2024), in both languages.
        if (header > 0 && ws.getCell(header, cell.col).value === yearHeader) {
          expect(cell.text, where).toBe(String(cell.value));
          continue;
        }
        // Thousands separators as the language writes them: in English, none in Chinese.
        // A negative figure with the brief's minus sign (U+2212), never a hyphen.
        if (locale === 'en') expect(cell.text, where).toMatch(/^−?\d{1,3}(,\d{3})*(\.\d+)?$/);
        else expect(cell.text, where).toMatch(/^−?\d+(\.\d+)?$/);
        expect(cell.text.startsWith('−'), where).toBe(typeof cell.value === 'number' && cell.value < 0);
        // The row's figure: by the row's id (last column), or a table's published total.
        let candidates: Figure[] = [];
        if (header > 0) {
          const width = ws.getRow(header).cellCount;
          const id = ws.getCell(cell.row, width).value;
          if (typeof id === 'string') candidates = figures.get(id) ?? [];
          if (ws.getCell(cell.row, 1).value === totalLabel)
            candidates = plan.tables.flatMap((t) => (t.total ? (figures.get(`total:${t.id}`) ?? []) : []));
        }
        // As the brief writes a figure: its published decimals, and U+2212 for a negative one (formatNumber's own).
        const written = (f: Figure) => formatNumber(f.value, f.decimals, locale);
        const figure = candidates.find((f) => f.value === cell.value && written(f) === cell.text);
        if (figure) {
          published += 1;
          // The Chinese brief's text of the figure holds the same digits.
          if (locale === 'zh-CN' && figure.display) {
            briefTexts += 1;
            expect(digits(figure.display.zh), where).toContain(cell.text.replace(/^−/, ''));
          }
          continue;
        }
        // Not a figure of the row as published (a same-valued figure with other decimals would
        // have matched above): a computed figure, shown exactly.
        const sameValue = candidates.filter((f) => f.value === cell.value);
        expect(sameValue.map(written), `${where}: published as`).toEqual([]);
        computed += 1;
        // Its display rounds nothing away.
        expect(Number(digits(cell.text)), where).toBe(cell.value);
      }
    }
    // The corpus holds hundreds of published figures, and the Chinese brief's text of many.
    expect(published).toBeGreaterThan(300);
    expect(briefTexts).toBeGreaterThan(50);
    expect(computed).toBeLessThan(published);
  }, 400_000);

  it('LibreOffice prints every sheet at 70 % or more of its size, and every chart’s text at 9 points or more', () => {
    for (const { file, edition } of books) {
      const name = path.basename(file);
      // Each word's box (pdftotext -bbox), page by page. A word's box is as tall as its type is
      // large: the page header's first word, 11-point type, gives each page's scale against the
      // cover's, which prints at full size.
      const xml = execFileSync('pdftotext', ['-bbox', path.join(pdfDir, name.replace(/\.xlsx$/, '.pdf')), '-'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      const pages = [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
        [...page[1]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          height: Number(m[2]) - Number(m[1]),
          text: m[3]!,
        })),
      );
      const full = pages[0]![0]!.height;
      // A chart's sheet's pages: the page header names the sheet (&A), "Chart 1" or "图1".
      const chartPages = pages.filter((words) =>
        /(^| )(Chart \d+|图\d+)( |$)/.test(
          words
            .slice(0, 12)
            .map((w) => w.text)
            .join(' '),
        ),
      );
      pages.forEach((words, i) => {
        expect(words.length, `${name} page ${i + 1}`).toBeGreaterThan(0);
        expect(
          words[0]!.height / full,
          `${name} page ${i + 1}: ${words
            .slice(0, 8)
            .map((w) => w.text)
            .join(' ')}`,
        ).toBeGreaterThanOrEqual(minPrintScale);
      });
      // A chart's labels, titles and legend: every word of letters or digits on a chart's page prints at 9 points or more.
      // The default edition draws charts; an edition too small for them has none.
      if (edition === defaultEdition) expect(chartPages.length, name).toBeGreaterThan(1);
      for (const words of chartPages)
        for (const w of words.filter((w) => /^[\p{L}\p{N}][\p{L}\p{N}.,]*$/u.test(w.text)))
          expect((w.height / full) * 11, `${name}: ${w.text}`).toBeGreaterThanOrEqual(8.9);
    }
  });

  it('LibreOffice prints each chart’s vertical axis title clear of the axis labels: 4 points or more from the nearest word beside it (publication review 7)', () => {
    for (const { file, edition } of books) {
      const name = path.basename(file);
      const xml = execFileSync('pdftotext', ['-bbox', path.join(pdfDir, name.replace(/\.xlsx$/, '.pdf')), '-'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      let titles = 0;
      for (const page of xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)) {
        const words = [...page[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({
            x0: Number(m[1]),
            y0: Number(m[2]),
            x1: Number(m[3]),
            y1: Number(m[4]),
            text: m[5]!,
          }),
        );
        // A word set upright (an axis title turned a quarter): much taller than wide, of three characters or more.
        const upright = (w: (typeof words)[number]) => [...w.text].length >= 3 && w.y1 - w.y0 > 2 * (w.x1 - w.x0);
        for (const title of words.filter(upright)) {
          titles += 1;
          // Every word level with it, on either side or running across it (a long label LibreOffice wrapped leftwards).
          const level = words.filter((o) => !upright(o) && Math.min(o.y1, title.y1) - Math.max(o.y0, title.y0) > 0);
          for (const o of level)
            expect(Math.max(o.x0 - title.x1, title.x0 - o.x1), `${name}: "${title.text}" beside "${o.text}"`).toBeGreaterThanOrEqual(4);
        }
      }
      if (edition === defaultEdition) expect(titles, name).toBeGreaterThan(2);
    }
  });

  it('LibreOffice prints every chart once: each chart title is in the PDF it converts the workbook to once more than the cells hold it', async () => {
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    let charted = 0;
    for (const { file, locale } of books) {
      const zip = await JSZip.loadAsync(readFileSync(file));
      // The title is also text of cells (the chart's sheet and the Charts sheet list it):
      // a drawn chart prints it once more than they do, and a chart printed twice twice more.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const cells: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            cells.push(squeeze(cell.text));
          }),
        ),
      );
      const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      const titles = await Promise.all(
        parts.map(async (n) =>
          squeeze(
            /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/
              .exec(await zipText(zip, n))![1]!
              .replace(/&quot;/g, '"')
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&amp;/g, '&'),
          ),
        ),
      );
      const pdf = path.join(pdfDir, path.basename(file).replace(/\.xlsx$/, '.pdf'));
      const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
      for (const title of titles) {
        const inCells = cells.reduce((n, cell) => n + count(cell, title), 0);
        const inCharts = titles.filter((other) => other.includes(title)).length;
        expect(count(words, title), `${path.basename(file)}: ${title}`).toBe(inCells + inCharts);
      }
      // A legend lists the series in their order, as Excel's does (LibreOffice listed a bar chart's
      // legend last series first): every printed line that names two series of a chart names them in order.
      // Without white space: pdftotext spaces a chart's Chinese text out ("2024 年增长（ % ）").
      const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n').map(squeeze);
      let legends = 0;
      for (const part of parts) {
        const xml = await zipText(zip, part);
        const names = [...xml.matchAll(/<c:ser>[\s\S]*?<c:tx><c:strRef>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) =>
          squeeze(m[1]!.replace(/&amp;/g, '&')),
        );
        if (names.length < 2) continue;
        const lines = layout.filter((l) => names.every((n) => l.includes(n)));
        expect(lines.length, `${path.basename(file)}: a line lists ${names.join(' and ')}`).toBeGreaterThan(0);
        for (const l of lines)
          expect(
            names.map((n) => l.indexOf(n)),
            `${locale}: ${l.trim()}`,
          ).toEqual(names.map((n) => l.indexOf(n)).sort((a, b) => a - b));
        legends += 1;
      }
      if (parts.length > 0) charted += 1;
      if (path.basename(file).startsWith(`${defaultEdition}-`)) expect(legends, `${locale}: charts with a legend`).toBeGreaterThan(0);
    }
    expect(charted, 'workbooks with charts').toBeGreaterThanOrEqual(locales.length);
  });

  it('LibreOffice recalculates every formula of every workbook to its cached result (.ci/check-workbooks.py)', () => {
    // The default edition's workbooks hold formulas (attainment, gaps, sums); every workbook's are checked.
    for (const { file } of books.filter((b) => b.edition === defaultEdition)) {
      const line = report.split('\n').find((l) => l.startsWith(`${file}: `));
      expect(line, file).toMatch(/: [1-9]\d* formulas recalculated by LibreOffice, 0 differ/);
    }
    expect(report).toMatch(/[1-9]\d* formulas checked, 0 mismatches/);
  });
});
