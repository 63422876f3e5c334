/**
 * The golden corpus: what an edition's outputs say, as reviewable text. For each edition built in
 * the tests it holds the plan model, each brief's text in reading order (from the layout record),
 * each workbook's sheets as CSV and each chart's SVG. A mismatch writes `*-changed.*` beside the
 * golden file; `npm run golden:accept` takes them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildBrief } from '../../src/brief/brief.js';
import type { PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { stringsForEdition } from '../../src/present/edition-scope.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { editionSeries } from '../../src/dataset/series.js';
import { buildReports } from '../../src/build/pipeline.js';
import { repoRoot, tempDir, validateDir } from '../helpers.js';

export const goldenRoot = path.join(repoRoot, 'test', 'golden');
const fixedDate = new Date('2025-01-15T00:00:00Z');

/** One file of the corpus: its path under the edition's golden folder and its text. */
export interface CorpusFile {
  readonly path: string;
  readonly text: string;
}

/** Builds every edition of a data folder and returns each edition's corpus files; `onBrief` sees each brief's layout. */
export async function corpusOf(
  dataDir: string,
  onBrief: (edition: string, locale: string, layout: PdfLayoutRecord) => void = () => {},
): Promise<Map<string, CorpusFile[]>> {
  const outDir = tempDir('plan-golden-');
  const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate, jobs: 1 });
  if (!result.ok) throw new Error(`golden build failed: ${result.diagnostics.map((d) => d.message).join('\n')}`);
  const { dataset } = validateDir(dataDir);
  const corpus = new Map<string, CorpusFile[]>();
  for (const edition of dataset.editions) {
    const id = edition.data.edition.id;
    const warnings = result.diagnostics.filter((d) => d.file.includes(`/editions/${id}/`));
    // As the build models it: with the editions before it in its district's series.
    const plan = buildPlan(edition, dataset.units!, dataset.glossary!, warnings, editionSeries(edition, dataset.editions).slice(0, -1));
    // Diagnostics in the plan name files relative to the project; the test's data folder is a
    // temporary copy, written here as the `data/` it stands for.
    const planText = readFileSync(path.join(outDir, id, 'plan.json'), 'utf8').replaceAll(`${path.relative(repoRoot, dataDir)}/`, 'data/');
    const files: CorpusFile[] = [{ path: 'plan.json', text: planText }];
    for (const locale of locales) {
      const sink = new DiagnosticSink();
      const strings = stringsForEdition(loadUiStrings(repoRoot, locale, sink)!, plan);
      const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
      for (const chart of charts) {
        files.push({
          path: `${locale}/charts/${chart.id}.svg`,
          text: readFileSync(path.join(outDir, id, 'charts', locale, `${chart.id}.svg`), 'utf8'),
        });
      }
      const brief = await buildBrief(
        { rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate: fixedDate },
        sink,
      );
      if (!brief) throw new Error(`golden brief ${id}/${locale}: ${sink.items.map((d) => d.message).join('\n')}`);
      // The layout record read here is the one of the brief the build wrote.
      if (!brief.bytes.equals(readFileSync(path.join(outDir, id, locale, 'brief.pdf')))) {
        throw new Error(`golden brief ${id}/${locale}: the re-rendered brief differs from the built one`);
      }
      onBrief(id, locale, brief.layout);
      files.push({ path: `${locale}/brief.txt`, text: briefText(brief.layout) });
      files.push({ path: `${locale}/brief.html`, text: htmlForReview(readFileSync(path.join(outDir, id, locale, 'brief.html'), 'utf8')) });
      files.push(...(await workbookSheets(path.join(outDir, id, locale, 'workbook.xlsx'), `${locale}/workbook`)));
    }
    corpus.set(id, files);
  }
  rmSync(outDir, { recursive: true, force: true });
  return corpus;
}

/** The brief's lines in the order they were laid out, page by page, with their left edge. */
function briefText(layout: { lines: readonly { page: number; text: string; x: number }[]; pages: number }): string {
  const out: string[] = [];
  let page = -1;
  // The contents page is drawn last, once page numbers are known: order by page, then as laid out.
  const lines = layout.lines.map((line, i) => ({ line, i })).sort((a, b) => a.line.page - b.line.page || a.i - b.i);
  for (const { line } of lines) {
    if (line.page !== page) {
      page = line.page;
      out.push(`--- page ${page + 1} of ${layout.pages}`);
    }
    out.push(`${Math.round(line.x).toString().padStart(4)} ${line.text}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The HTML brief as reviewed: its stylesheet (templates/html/brief.css) and its charts' drawing
 * (the chart SVGs are in the corpus already) left out, a line per block.
 */
function htmlForReview(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '<style>/* templates/html/brief.css */</style>')
    .replace(/(<\/desc>)[\s\S]*?<\/svg>/g, '$1<!-- charts/<locale>/<chart>.svg --></svg>')
    .replace(/(?<!\n)<(section|\/section|h[1-6]|p|ul|ol|li|dl|div|table|caption|thead|tbody|tr|figure|nav|header|main)\b/g, '\n<$1')
    .replace(/\n{2,}/g, '\n');
}

/**
 * Every sheet of a workbook as CSV (formulas as `=FORMULA → cached result`), one file a sheet;
 * numbers as their number format shows them ("2,887.8"), so that a change of format shows.
 */
async function workbookSheets(file: string, folder: string): Promise<CorpusFile[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet, i) => {
    const rows: string[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged cell's text once, in its first cell (exceljs gives every cell of the range the first's value).
        cells.push(cell.isMerged && cell.master !== cell ? '' : csvField(cellText(cell.value, cell.numFmt)));
      }
      rows.push(cells.join(','));
    });
    const name = `${String(i + 1).padStart(2, '0')}-${sheet.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    return { path: `${folder}/${name}.csv`, text: `${rows.join('\n')}\n` };
  });
}

function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return formatted(value, numFmt);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value) return `=${value.formula} → ${cellText(value.result as ExcelJS.CellValue, numFmt)}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return `${cellText(value.text as ExcelJS.CellValue)} <${value.hyperlink}>`;
  if ('error' in value) return String(value.error);
  return JSON.stringify(value);
}

/**
 * A number as the workbook's number formats show it (`0`, `0.0`, `#,##0.00`, each with a negative
 * section that writes U+2212: `0.0;"−"0.0`, and padding to line up with the column: `0_._0`); other
 * formats as the plain number.
 */
function formatted(value: number, numFmt: string | undefined): string {
  // Padding that lines a figure up with its column's other decimals ("_." and "_0") is space, not text.
  const m = /^((#,##0|0)(?:\.(0+))?)(?:;"−"\1)?$/.exec((numFmt ?? '').replace(/_./g, ''));
  if (!m) return String(value);
  const decimals = m[3]?.length ?? 0;
  const text = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: m[2] === '#,##0',
  }).format(Math.abs(value));
  // The negative section applies to a value below zero; one that rounds to zero still shows its sign, as Excel does.
  return value < 0 ? `${m[0].includes(';') ? '−' : '-'}${text}` : text;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Compares an edition's corpus with its golden folder. Differing or new files get a
 * `*-changed.*` twin; golden files no longer produced are listed in `removed-changed.txt`.
 * Returns the paths that differ.
 */
export function compareWithGolden(edition: string, files: readonly CorpusFile[]): string[] {
  const dir = path.join(goldenRoot, edition);
  clearChanged(dir);
  const differing: string[] = [];
  const produced = new Set(files.map((f) => f.path));
  for (const file of files) {
    const golden = path.join(dir, file.path);
    if (existsSync(golden) && readFileSync(golden, 'utf8') === file.text) continue;
    differing.push(file.path);
    mkdirSync(path.dirname(golden), { recursive: true });
    writeFileSync(changedName(golden), file.text);
  }
  const removed = existsSync(dir) ? goldenFiles(dir).filter((f) => !produced.has(f)) : [];
  if (removed.length > 0) {
    differing.push(...removed.map((f) => `${f} (no longer produced)`));
    writeFileSync(path.join(dir, 'removed-changed.txt'), `${removed.join('\n')}\n`);
  }
  return differing;
}

/** `a/b.svg` → `a/b-changed.svg`. */
export function changedName(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-changed${ext}`;
}

const isChanged = (name: string) => /-changed(\.[^.]*)?$/.test(name);

/** Golden files (not their changed twins) under a folder, relative with forward slashes. */
export function goldenFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !isChanged(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function clearChanged(dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && isChanged(e.name)) rmSync(path.join(e.parentPath, e.name));
  }
}
