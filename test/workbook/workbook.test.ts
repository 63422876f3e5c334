import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, oneUnit, type Locale } from '../../src/model/format.js';
import { workbookQuantity } from '../../src/workbook/row.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { resultsOf } from '../../src/dataset/schema.js';
import { buildWorkbook, displayWidth } from '../../src/workbook/build.js';
import { defaultDataDir, repoRoot, validateDir } from '../helpers.js';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const edition = dataset.editions[0]!;
const data = edition.data;
const plan = buildPlan(edition, units, dataset.glossary!, []);
const buildDate = new Date('2025-01-15T00:00:00Z');
/** Decimals a number is written with (42859 → 0, 4.2 → 1). */
const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

async function build(locale: Locale, p: Plan = plan): Promise<Buffer> {
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(repoRoot, locale, sink)!;
  const charts = await renderEditionCharts(repoRoot, p, locale, strings, units, sink);
  const bytes = await buildWorkbook({ rootDir: repoRoot, plan: p, locale, strings, units, charts, buildDate }, sink);
  expect(sink.items).toEqual([]);
  return bytes!;
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The data rows of a sheet's Excel table, keyed by the last column (the id). */
function tableRows(ws: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue[]> {
  const table = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables)[0]!;
  const [from, to] = table.table.tableRef.split(':') as [string, string];
  const first = Number(/\d+/.exec(from)![0]) + 1;
  const last = Number(/\d+/.exec(to)![0]);
  const rows = new Map<string, ExcelJS.CellValue[]>();
  for (let r = first; r <= last; r++) {
    const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    rows.set(String(values[values.length - 1]), values);
  }
  return rows;
}

const books = new Map<Locale, { bytes: Buffer; wb: ExcelJS.Workbook }>();
beforeAll(async () => {
  for (const locale of locales) {
    const bytes = await build(locale);
    books.set(locale, { bytes, wb: await read(bytes) });
  }
});

describe('column headers in print (publication review 11: "Value Unit", "Growth (%) Rank" ran together)', () => {
  it('a left-aligned header beside a right-aligned one is indented, as the cells below it are', () => {
    let checked = 0;
    for (const { wb } of books.values()) {
      for (const ws of wb.worksheets) {
        const tables = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
        if (tables.length === 0) continue;
        const row = Number(/\d+/.exec(tables[0]!.table.tableRef.split(':')[0]!)![0]);
        for (let c = 2; c <= ws.columnCount; c++) {
          const left = ws.getCell(row, c - 1).alignment?.horizontal;
          const here = ws.getCell(row, c).alignment;
          if (left === 'right' && here?.horizontal !== 'right') {
            expect(here?.indent ?? 0, `${ws.name} ${ws.getCell(row, c).address}`).toBeGreaterThanOrEqual(1);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('workbooks', () => {
  it('has the same sheets in both languages: cover, contents, notes, tables, charts, glossary', () => {
    const zh = books.get('zh-CN')!.wb.worksheets;
    const en = books.get('en')!.wb.worksheets;
    expect(zh.length).toBe(en.length);
    expect(en.map((s) => s.name)).toEqual([
      'Cover',
      'Contents',
      'Notes',
      '2024 headline',
      '2024 targets',
      '2024 results',
      '2025 targets',
      '2025 growth targets',
      '2025 targets vs 2024',
      'Ranks',
      'Derived ratios',
      'Key projects by sector',
      'Key projects by area',
      'Checks',
      'Project pipeline',
      'Other project counts',
      'Project reserves',
      'Charts',
      'Chart 1',
      'Chart 2',
      'Glossary',
    ]);
    expect(zh[0]!.name).toBe('封面');
  });

  it('holds each derived ratio with both inputs, as numbers a reader can divide again', () => {
    const ws = books.get('en')!.wb.worksheets.find((s) => s.name === 'Derived ratios')!;
    const rows = tableRows(ws);
    for (const ratio of data.headline.ratios) {
      const row = rows.get(ratio.id)!;
      const [ratioValue, numerator, denominator] = [row[1], row[3], row[6]] as number[];
      expect(Number(((numerator! / denominator!) * 100).toFixed(1)), ratio.id).toBe(ratioValue);
    }
    expect(data.headline.ratios.length).toBeGreaterThan(0);
  });

  it('holds the other counts of projects on a sheet of their own, not in the pipeline', () => {
    const ws = books.get('en')!.wb.worksheets.find((s) => s.name === 'Other project counts')!;
    const rows = tableRows(ws);
    expect(data.projects.counts.length).toBeGreaterThan(0);
    for (const count of data.projects.counts) expect(rows.get(count.id)?.[1], count.id).toBe(count.value);
    const pipeline = tableRows(books.get('en')!.wb.worksheets.find((s) => s.name === 'Project pipeline')!);
    for (const count of data.projects.counts) expect(pipeline.has(count.id)).toBe(false);
  });

  it('holds every headline figure and every Table 1 figure as numbers equal to the dataset', () => {
    for (const locale of locales) {
      const ws = books.get(locale)!.wb.worksheets[3]!;
      const rows = tableRows(ws);
      const notAvailable = locale === 'en' ? '[x]' : '［缺］';
      const notApplicable = locale === 'en' ? '[z]' : '［不适用］';
      for (const indicator of data.headline.indicators) {
        const row = rows.get(indicator.id)!;
        expect(row[1], indicator.id).toBe(indicator.value);
        expect(row[3], indicator.id).toBe(indicator.growth ?? notAvailable);
      }
      const t1 = tableRows(books.get(locale)!.wb.worksheets[4]!);
      for (const target of data.reviewTargets!.rows) {
        const row = t1.get(target.id)!;
        const result = resultsOf(target)[0]!;
        // The target value and the result in one unit in both languages, a count as the count itself
        // (a target of 4.2 万人 beside a result of 42,859 人 is 42000 人, and 42,000 people in English);
        // a target without a figure has none.
        const t = target.target;
        const quantities = [
          ...(t.kind === 'numeric' ? [{ value: t.value, unit: t.unit, decimals: decimalsOf(t.value) }] : []),
          { value: result.value, unit: result.unit, decimals: decimalsOf(result.value) },
        ];
        const shown = oneUnit(
          quantities.map((q) => workbookQuantity(q, units)),
          units,
        );
        expect(row[4], target.id).toBe(t.kind !== 'numeric' ? notApplicable : shown[0]!.value);
        expect(row[6]).toBe(shown.at(-1)!.value);
      }
    }
  });

  it('marks the growth of a rate (a growth rate, a share, a completion rate) as not applicable [z], never as not available [x]', () => {
    for (const locale of locales) {
      const notAvailable = locale === 'en' ? '[x]' : '［缺］';
      let rates = 0;
      for (const ws of books.get(locale)!.wb.worksheets) {
        const tables = Object.values((ws as unknown as { tables: Record<string, unknown> }).tables ?? {});
        if (tables.length === 0) continue;
        const rows = [...tableRows(ws).values()];
        // The header row is the row above the first data row: find the growth and unit columns by their text.
        const table = tables[0] as { table: { tableRef: string } };
        const headerRow = Number(/\d+/.exec(table.table.tableRef.split(':')[0]!)![0]);
        const headers = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(String);
        const growth = headers.indexOf(lookup(loadUiStrings(repoRoot, locale, new DiagnosticSink())!, 'workbook.columns.growth')!);
        const unit = headers.findIndex((h) => /^(Unit|单位)$/.test(h));
        if (growth < 0 || unit < 0) continue;
        for (const row of rows)
          if (row[unit] === '%') {
            rates++;
            expect(row[growth], `${locale} ${ws.name} ${String(row.at(-1))}`).not.toBe(notAvailable);
          }
      }
      expect(rates, `${locale}: some rows hold rates`).toBeGreaterThan(0);
    }
  });

  it("names the report's own numbered tables in its notes as the report's (never as the workbook's Table n, another table)", async () => {
    // The plan with the data's notes (differences within rounding name the report's tables).
    const { diagnostics } = validateDir(defaultDataDir);
    const withNotes = buildPlan(edition, units, dataset.glossary!, diagnostics);
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const notes = (await read(await build(locale, withNotes))).worksheets[2]!;
      const text: string[] = [];
      notes.eachRow((row) => row.eachCell((cell) => void text.push(cell.text)));
      const all = text.join('\n');
      const numbered = withNotes.tables.map((t) => t.caption[lang]).filter((c) => /^(Table\s*\d|表\s*\d)/.test(c));
      expect(numbered.length, locale).toBeGreaterThan(0);
      const cited = numbered.filter((c) => all.includes(c.replace(/^(Table\s*\d+\.?\s*|表\s*\d+\s*)/, '')));
      expect(cited.length, `${locale}: the notes cite some of the report's tables`).toBeGreaterThan(0);
      for (const caption of numbered) expect(all, `${locale}: ${caption}`).not.toContain(caption);
      expect(all).toContain(locale === 'en' ? 'The report’s Table' : '原文表');
    }
  });

  it('gives the figures one row sets side by side in one unit where they measure one quantity, in both languages (no 万人 beside 人 on a row)', () => {
    // Unit cells are the columns whose header key ends in "Unit" (or is "unit"); a unit's quantity
    // from data/units.yaml by the name the reader's language gives it.
    const quantityOf = (lang: 'zh' | 'en', name: unknown) => units.units.find((u) => u[lang] === name && u.quantity !== 'ratio')?.quantity;
    let compared = 0;
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      for (const ws of books.get(locale)!.wb.worksheets) {
        const tables = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
        if (tables.length === 0) continue;
        const [from, to] = tables[0]!.table.tableRef.split(':') as [string, string];
        const header = Number(/\d+/.exec(from)![0]);
        const last = Number(/\d+/.exec(to)![0]);
        const unitColumns: number[] = [];
        ws.getRow(header).eachCell((cell, col) => {
          if (/(unit|单位)/i.test(String(cell.value))) unitColumns.push(col);
        });
        if (unitColumns.length < 2) continue;
        for (let r = header + 1; r <= last; r++) {
          const byQuantity = new Map<string, Set<string>>();
          for (const col of unitColumns) {
            const name = ws.getCell(r, col).value;
            const quantity = quantityOf(lang, name);
            if (quantity === undefined) continue;
            byQuantity.set(quantity, (byQuantity.get(quantity) ?? new Set()).add(String(name)));
          }
          for (const [quantity, names] of byQuantity) {
            compared += 1;
            expect([...names], `${locale} ${ws.name} row ${r}: ${quantity}`).toHaveLength(1);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
    // The case arises in the default edition: a target and its result published in different
    // multiples of one quantity (a target in 万人, its result in 人).
    const quantity = (id: string) => units.units.find((u) => u.id === id)?.quantity;
    const mixed = data.reviewTargets!.rows.filter((row) => {
      const t = row.target;
      const result = resultsOf(row)[0];
      return t.kind === 'numeric' && result !== undefined && t.unit !== result.unit && quantity(t.unit) === quantity(result.unit);
    });
    expect(mixed.length).toBeGreaterThan(0);
  });

  it('holds every numeric growth target beside the published growth of the indicator it continues, on a sheet of its own, in each language', async () => {
    // From the data files, not the model: the main targets that set a growth rate with a figure
    // and name a headline indicator with a published growth.
    const expected = (data.planTargets?.main ?? []).flatMap((t) => {
      const indicator = data.headline.indicators.find((h) => 'indicator' in t && h.id === t.indicator);
      const value = 'value' in t.target ? t.target.value : undefined;
      return t.measure === 'growth' && value !== undefined && indicator?.growth !== undefined
        ? [{ id: t.id, label: indicator.label, previous: indicator.growth, target: value }]
        : [];
    });
    expect(expected.length).toBeGreaterThan(1);
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const name = lookup(strings, 'workbook.sheets.growthTargets.name')!.replace('{planYear}', String(data.edition.planYear));
      const ws = books.get(locale)!.wb.getWorksheet(name);
      expect(ws, `${locale}: sheet ${name}`).toBeDefined();
      const rows = tableRows(ws!);
      expect([...rows.keys()]).toEqual(expected.map((e) => e.id));
      for (const e of expected) {
        const row = rows.get(e.id)!;
        // Label first, then last year's growth and this year's target as numbers, each column in one format.
        expect(row.slice(0, 3), e.id).toEqual([e.label[lang], e.previous, e.target]);
      }
      const r = Number(
        /\d+/.exec(
          Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables)[0]!.table.tableRef,
        )![0],
      );
      const formats = (col: number) => new Set(expected.map((_, i) => ws!.getCell(r + 1 + i, col).numFmt));
      expect(formats(2).size).toBe(1);
      expect(formats(3).size).toBe(1);
      // Units in the headers, in the workbook's language.
      const headers = [1, 2, 3].map((c) => String(ws!.getCell(r, c).value));
      expect(headers[1]).toMatch(locale === 'en' ? /\(%\)$/ : /（%）$/);
      expect(headers[2]).toMatch(locale === 'en' ? /\(%\)$/ : /（%）$/);
      if (locale === 'zh-CN') for (const h of [name, ...headers]) expect(h).not.toMatch(/[A-Za-z]/);
    }
  });

  it('holds every statistical table row as published, the published total as the last row, and check formulas whose cached results are the row sums', async () => {
    for (const locale of locales) {
      const wb = books.get(locale)!.wb;
      const checksSheet = wb.worksheets.findIndex((w) => w.name === (locale === 'en' ? 'Checks' : '核对')) + 1;
      const xml = await (await JSZip.loadAsync(books.get(locale)!.bytes)).file(`xl/worksheets/sheet${checksSheet}.xml`)!.async('string');
      // Read from the sheet XML itself: the cached <v> is what a spreadsheet shows before recalculating.
      const formulas = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><f>([^<]*)<\/f>(?:<v>([^<]*)<\/v>)?<\/c>/g)].map((m) => ({
        col: m[1]!,
        row: Number(m[2]),
        formula: m[3]!.replaceAll('&apos;', "'"),
        result: Number(m[4] ?? 0),
      }));
      // Checked: every additive column whose total the document publishes.
      const checked = data.tables.tables.map((table) =>
        table.columns.filter((c) => c.additive !== false && table.total?.values[c.id] !== undefined),
      );
      expect(formulas).toHaveLength(checked.flat().length * 3);
      expect(formulas.length).toBeGreaterThan(0);
      let offset = 0;
      for (const [tableIndex, table] of data.tables.tables.entries()) {
        const ws = wb.getWorksheet(table.sheet![locale === 'en' ? 'en' : 'zh'])!;
        expect(ws, table.id).toBeDefined();
        const rows = tableRows(ws);
        for (const row of table.rows) {
          expect(rows.get(row.id)!.slice(1, 1 + table.columns.length)).toEqual(table.columns.map((c) => row.values[c.id]));
        }
        const values = [...rows.values()];
        const total = values[values.length - 1]!;
        expect(total.slice(1, 1 + table.columns.length)).toEqual(table.columns.map((c) => table.total!.values[c.id]));
        const columns = checked[tableIndex]!;
        const mine = formulas.slice(offset, offset + columns.length * 3);
        offset += columns.length * 3;
        const name = ws.name;
        columns.forEach((c, i) => {
          const letter = String.fromCharCode(66 + table.columns.indexOf(c));
          const published = table.total!.values[c.id]!;
          const sumOfRows = table.rows.reduce((a, r) => a + (r.values[c.id] ?? 0), 0);
          const [p, sum, difference] = mine.slice(i * 3, i * 3 + 3) as [(typeof mine)[0], (typeof mine)[0], (typeof mine)[0]];
          expect(p.formula).toMatch(new RegExp(`^'${name}'!${letter}\\d+$`));
          expect(p.result).toBe(published);
          expect(sum.formula).toMatch(new RegExp(`^SUM\\('${name}'!${letter}\\d+:${letter}\\d+\\)$`));
          expect(sum.result).toBeCloseTo(sumOfRows, 9);
          expect(difference.formula).toBe(`${p.col}${p.row}-${sum.col}${sum.row}`);
          expect(difference.result).toBeCloseTo(published - sumOfRows, 9);
        });
        // 1243.8 published, rows sum to 1243.9
        if (table.id === 'by-sector')
          expect(mine[columns.findIndex((c) => c.id === 'total-investment') * 3 + 2]!.result).toBeCloseTo(-0.1, 9);
      }
    }
  });
  it('writes ranks as the brief does: Chinese numerals in Chinese', () => {
    const zh = tableRows(books.get('zh-CN')!.wb.worksheets[3]!).get('gdp')!;
    // In full-width punctuation, as the Chinese workbook writes every text.
    expect(zh[5]).toBe('总量列全市第二，增速列全市第六');
    const en = tableRows(books.get('en')!.wb.worksheets[3]!).get('gdp')!;
    expect(en[5]).toBe('No. 2 in the city by size; No. 6 in the city by growth');
  });

  it('makes every data table an Excel table with a frozen header; prints each sheet one page wide with repeated header rows, on paper that keeps it legible', () => {
    const wb = books.get('en')!.wb;
    const papers = new Set<string>();
    for (const ws of wb.worksheets.filter((w) => !['Cover', 'Charts'].includes(w.name))) {
      expect(Object.keys((ws as unknown as { tables: object }).tables), ws.name).toHaveLength(1);
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      expect(ws.pageSetup, ws.name).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      // Fitted to one page wide, a sheet prints at a readable scale: a narrow one upright on A4,
      // one up to 155 characters wide across A4, a wider one across A3
      // (measured on LibreOffice's PDF in native-charts.test.ts: 70 % or more).
      let width = 0;
      for (let c = 1; c <= ws.columnCount; c++) width += ws.getColumn(c).width ?? 8.43;
      const paper = `${ws.pageSetup.paperSize} ${ws.pageSetup.orientation}`;
      papers.add(paper);
      if (width > 155) expect(paper, ws.name).toBe('8 landscape');
      else if (width > 80) expect(paper, ws.name).toBe('9 landscape');
      else expect(paper, ws.name).toMatch(/^9 (portrait|landscape)$/);
      // A header row repeats on every printed page, except on a chart's sheet whose rows all fit
      // on its first page (a repeated header would stand alone above the chart).
      if (ws.name.startsWith('Chart ') && ws.pageSetup.printTitlesRow === undefined) {
        const t = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables)[0]!;
        expect(Number(/\d+$/.exec(t.table.tableRef)![0]), ws.name).toBeLessThan(25);
      } else expect(ws.pageSetup.printTitlesRow, ws.name).toMatch(/^\d+:\d+$/);
    }
    // The default edition has sheets of each width.
    expect([...papers].sort()).toEqual(['8 landscape', '9 landscape', '9 portrait']);
    expect(wb.title).toContain('Binjiang');
    // The author is who prepared the workbook (the edition names none), never the report's issuer.
    expect(wb.creator ?? '').not.toContain(plan.edition.issuer!.en);
    expect(wb.subject.length).toBeGreaterThan(5);
  });

  it('names every Excel table as Excel requires (letters, digits, underscores, full stops; unique)', async () => {
    for (const locale of locales) {
      const zip = await JSZip.loadAsync(books.get(locale)!.bytes);
      const names: string[] = [];
      for (const part of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
        const xml = await zip.file(part)!.async('string');
        const [, name, displayName] = /<table [^>]*name="([^"]*)" displayName="([^"]*)"/.exec(xml)!;
        expect(name, part).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
        expect(displayName).toBe(name);
        names.push(name!.toLowerCase());
      }
      expect(names.length).toBe(books.get(locale)!.wb.worksheets.length - 1);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('links every sheet from the contents', () => {
    const ws = books.get('zh-CN')!.wb.worksheets[1]!;
    const links: string[] = [];
    ws.eachRow((r) =>
      r.eachCell((c) =>
        c.value && typeof c.value === 'object' && 'hyperlink' in c.value ? links.push((c.value as { hyperlink: string }).hyperlink) : 0,
      ),
    );
    expect(links).toHaveLength(books.get('zh-CN')!.wb.worksheets.length - 2);
    expect(links[0]).toBe("#'说明'!A1");
  });

  it('sizes columns for Chinese text: a CJK character counts as two', () => {
    expect(displayWidth('地区生产总值')).toBe(12);
    const ws = books.get('zh-CN')!.wb.worksheets[3]!;
    const longest = Math.max(...data.headline.indicators.map((i) => displayWidth(i.label.zh)));
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(longest);
  });

  it('keeps every column the width it was given as a spreadsheet reads it, 9 included (exceljs writes no width for its default 9)', async () => {
    for (const locale of locales) {
      const zip = await JSZip.loadAsync(books.get(locale)!.bytes);
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        // A column without a <col> element takes the sheet's default width: 9, as the workbook means it.
        expect(/<sheetFormatPr [^>]*defaultColWidth="9"/.test(xml), `${locale} ${name}`).toBe(true);
      }
    }
  });

  it('makes a column as wide as the shorthand it holds: ［不适用］ does not wrap in a narrow column', () => {
    for (const locale of locales) {
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const shorthand = [lookup(strings, 'workbook.shorthand.x')!, lookup(strings, 'workbook.shorthand.z')!].map((t) =>
        locale === 'zh-CN' ? t.replace(/\[/g, '［').replace(/\]/g, '］') : t,
      );
      let checked = 0;
      for (const ws of books.get(locale)!.wb.worksheets) {
        const table = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables)[0];
        if (!table) continue;
        const [from, to] = table.table.tableRef.split(':') as [string, string];
        for (let r = Number(/\d+/.exec(from)![0]) + 1; r <= Number(/\d+/.exec(to)![0]); r++)
          ws.getRow(r).eachCell((cell, c) => {
            if (typeof cell.value !== 'string' || !shorthand.includes(cell.value)) return;
            checked += 1;
            expect(ws.getColumn(c).width!, `${ws.name}!${cell.address}`).toBeGreaterThanOrEqual(displayWidth(cell.value) + 1);
          });
      }
      expect(checked).toBeGreaterThan(10);
    }
  });

  it('lists every chart with its title and text alternative on the Charts sheet, as a table; no sheet holds a picture', () => {
    const { wb } = books.get('en')!;
    const ws = wb.getWorksheet('Charts')!;
    const rows = [...tableRows(ws).values()];
    const title = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'text' in v ? String(v.text) : String(v));
    expect(rows.map((r) => title(r[0]))).toContain('2024 growth of the headline indicators');
    // A chart drawn natively is linked to its sheet.
    expect(rows.find((r) => title(r[0]) === '2024 growth of the headline indicators')![0]).toEqual({
      text: '2024 growth of the headline indicators',
      hyperlink: "#'Chart 1'!A1",
    });
    // The headline growth chart and the growth-against-target chart; none repeats a table.
    expect(rows.length).toBe(2);
    for (const r of rows) expect(String(r[1]).length, String(r[0])).toBeGreaterThan(20);
    for (const sheet of wb.worksheets) expect(sheet.getImages(), sheet.name).toEqual([]);
  });

  it('writes text that starts with =, +, -, @ or a tab as text, never as a formula', async () => {
    const tricky = structuredClone(plan) as Plan;
    const labels = ['=HYPERLINK("http://x","y")', '+1+2', '-3-4', '@SUM(A1)', '\t=1+1'];
    (tricky.headline as unknown as { label: { zh: string; en: string } }[])
      .slice(0, 5)
      .forEach((h, i) => (h.label = { zh: labels[i]!, en: labels[i]! }));
    const bytes = await build('en', tricky);
    const wb = await read(bytes);
    const rows = tableRows(wb.worksheets[3]!);
    const stored = [...rows.values()].slice(0, 5).map((r) => r[0]);
    expect(stored).toEqual(labels);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
  });

  it('is byte-identical when rebuilt from the same input', async () => {
    for (const locale of locales) expect((await build(locale)).equals(books.get(locale)!.bytes)).toBe(true);
  });
});

describe('lines above a table', () => {
  it('a line wider than the page breaks after a clause, each part within the width, the parts joined giving the text back', async () => {
    const { pageLines } = await import('../../src/workbook/build.js');
    const en =
      'The chart’s data: the rows that hold a growth rate, basis by basis, in the chart’s order; below them one chart per price basis';
    const lines = pageLines(en, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[:;,]$/);
    expect(lines.join(' ')).toBe(en);
    for (const line of lines) expect(line.length * 0.85).toBeLessThanOrEqual(60);
    const zh = '图表数据：“2024年主要指标”工作表中有增速且价格口径已注明或推定的行，按价格口径分组，按图中顺序排列；下方每种价格口径一幅图';
    const zhLines = pageLines(zh, 60);
    expect(zhLines.join('')).toBe(zh);
    expect(zhLines.length).toBeGreaterThan(1);
    expect(pageLines('short', 60)).toEqual(['short']);
  });
});

describe('sheet descriptions', () => {
  it('each a whole sentence to a row, its cell spanning the table and wrapping, its row tall enough for its lines (publication review 7)', async () => {
    const { sentences } = await import('../../src/workbook/build.js');
    expect(sentences('One. Two three; four. 五。六；七。')).toEqual(['One.', 'Two three; four.', '五。', '六；七。']);
    for (const locale of locales) {
      const { wb } = books.get(locale)!;
      let wrapped = 0;
      let long = 0;
      for (const ws of wb.worksheets) {
        // Rows between the title (row 1) and the table or the notes line: the description's.
        for (let r = 2; r <= 6; r++) {
          const cell = ws.getCell(r, 1);
          if (typeof cell.value !== 'string' || !cell.alignment?.wrapText || ws.getCell(r + 0, 2).value !== cell.value) continue;
          wrapped += 1;
          // One sentence, never a fragment broken at a clause.
          expect(sentences(cell.value), `${ws.name}!A${r}`).toEqual([cell.value]);
          expect(cell.value, `${ws.name}!A${r}`).not.toMatch(/[,;，；、]$/);
          // Merged across the table's columns (B shows A's value), its row at least a line high per 100 units of text.
          const width = displayWidth(cell.value);
          if (width > 100) long += 1;
          expect(ws.getRow(r).height ?? 0, `${ws.name}!A${r}`).toBeGreaterThanOrEqual(14 * Math.ceil(width / 130));
        }
      }
      expect(wrapped).toBeGreaterThan(10);
      expect(long).toBeGreaterThan(0);
    }
  });
});

describe('count units', () => {
  it('a count whose data names what it counts shows that noun as its unit in English ("patents", not "number"), the published measure word in Chinese (publication review 7)', () => {
    const nouns = new Map<string, { noun: string; unit: string; value: number }>();
    for (const a of data.achievements.achievements) if (a.noun) nouns.set(a.id, { noun: a.noun, unit: a.unit, value: a.value });
    for (const list of [data.planTargets.main, data.planTargets.work])
      for (const w of list)
        if (w.target.kind === 'numeric' && w.target.noun)
          nouns.set(w.id, { noun: w.target.noun, unit: w.target.unit, value: w.target.value });
    expect(nouns.size).toBeGreaterThan(20);
    const generic = units.units.find((u) => u.id === '个')!.en;
    const seen = new Set<string>();
    for (const locale of locales) {
      const { wb } = books.get(locale)!;
      for (const ws of wb.worksheets) {
        if (!Object.keys((ws as unknown as { tables: object }).tables).length) continue;
        for (const [id, values] of tableRows(ws)) {
          const counted = nouns.get(id);
          // Rows that give the count itself (a ranks row gives its position, no unit).
          const shown = counted && workbookQuantity({ value: counted.value, unit: counted.unit, decimals: 0 }, units).value;
          if (!counted || !values.includes(shown)) continue;
          seen.add(`${locale}:${id}`);
          if (locale === 'en') {
            expect(values, `${ws.name} ${id}`).toContain(counted.noun);
            expect(values, `${ws.name} ${id}`).not.toContain(generic);
          } else {
            // 2.1万家 is given as 21000 家: the measure word the count is published in.
            const zh = units.units.find((u) => u.id === counted.unit)!.zh.replace(/^万/, '');
            expect(values, `${ws.name} ${id}`).toContain(zh);
            expect(values, `${ws.name} ${id}`).not.toContain(counted.noun);
          }
        }
      }
    }
    for (const id of nouns.keys()) for (const locale of locales) expect(seen, id).toContain(`${locale}:${id}`);
  });
});

describe("the report's words", () => {
  it('a row of a report table reads as its cells listed, without bars, empty cells or its row number; prose stays as written (publication review 7)', async () => {
    const { readablePhrase } = await import('../../src/workbook/wording.js');
    expect(readablePhrase('1 | GDP | 6% | 5.0% |')).toBe('GDP，6%，5.0%');
    expect(readablePhrase('全区 | 350亿元以上 | 414.8亿元 | ||')).toBe('全区，350亿元以上，414.8亿元');
    expect(readablePhrase('实现地区生产总值(GDP)2887.8亿元、增长5.0%')).toBe('实现地区生产总值(GDP)2887.8亿元、增长5.0%');
    // The default edition cites rows of its report's Table 1: no cell of either workbook shows a bar.
    expect(data.reviewTargets?.rows.some((r) => r.source.includes('|'))).toBe(true);
    for (const locale of locales) {
      let cells = 0;
      for (const ws of books.get(locale)!.wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') {
              cells += 1;
              expect(cell.value, `${ws.name}!${cell.address}`).not.toContain('|');
            }
          }),
        );
      expect(cells).toBeGreaterThan(500);
    }
  });
});
