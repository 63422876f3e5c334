import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { fill as fillString, loadUiStrings, lookup } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, oneUnit, type Locale } from '../../src/model/format.js';
import { workbookQuantity } from '../../src/workbook/row.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import { chinesePunctuation } from '../../src/present/typography.js';
import { editionValues } from '../../src/present/reader.js';
import { defaultDataDir, repoRoot, validateDir } from '../helpers.js';

/**
 * One test per point of the spreadsheet guidance the README lists (section "Workbooks: the
 * guidance we follow"), on both workbooks of the default edition.
 */

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const plan = buildPlan(dataset.editions[0]!, units, dataset.glossary!, []);
const buildDate = new Date('2025-01-15T00:00:00Z');
const cjk = /[\u3400-\u9FFF]/;

async function build(locale: Locale, p: Plan = plan): Promise<{ bytes: Buffer; wb: ExcelJS.Workbook }> {
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(repoRoot, locale, sink)!;
  const bytes = (await buildWorkbook({ rootDir: repoRoot, plan: p, locale, strings, units, charts: [], buildDate }, sink))!;
  expect(sink.items).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { bytes, wb };
}

interface TableInfo {
  readonly ws: ExcelJS.Worksheet;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly columns: number;
}

function tableOf(ws: ExcelJS.Worksheet): TableInfo | undefined {
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
  if (tables.length === 0) return undefined;
  const [from, to] = tables[0]!.table.tableRef.split(':') as [string, string];
  const columns = to.replace(/\d+/, '').charCodeAt(0) - 64;
  return { ws, headerRow: Number(/\d+/.exec(from)![0]), lastRow: Number(/\d+/.exec(to)![0]), columns };
}

const text = (value: ExcelJS.CellValue): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object' && 'text' in value
      ? String(value.text)
      : value instanceof Date
        ? value.toISOString()
        : String(value);

const books = new Map<Locale, { bytes: Buffer; wb: ExcelJS.Workbook; strings: ReturnType<typeof loadUiStrings> }>();
beforeAll(async () => {
  for (const locale of locales)
    books.set(locale, { ...(await build(locale)), strings: loadUiStrings(repoRoot, locale, new DiagnosticSink()) });
});

const s = (locale: Locale, key: string) => lookup(books.get(locale)!.strings!, key)!;
/** A text as the workbook of `locale` sets it (full-width punctuation beside Chinese in Chinese). */
const look = (locale: Locale, t: string) => (locale === 'zh-CN' ? chinesePunctuation(t) : t);
const tables = (locale: Locale) =>
  books
    .get(locale)!
    .wb.worksheets.map(tableOf)
    .filter((t): t is TableInfo => t !== undefined);
const coverLines = (locale: Locale) => {
  const ws = books.get(locale)!.wb.worksheets[0]!;
  const lines = new Map<string, ExcelJS.Cell>();
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string' && row.getCell(2).value !== null) lines.set(label, row.getCell(2));
  });
  return lines;
};

describe('workbook guidance', () => {
  it('cover: title, coverage, source, how to cite; no build date; release details from the edition, those it lacks said once in words; dates are real dates', async () => {
    for (const locale of locales) {
      const lines = coverLines(locale);
      for (const key of ['coverage', 'source', 'cite', 'shorthand', 'notGiven']) {
        expect(lines.has(s(locale, `workbook.cover.${key}`)), key).toBe(true);
      }
      // No build date anywhere on the cover: a rebuild of the same data is the same release.
      const cells = [...lines.values()];
      expect(cells.filter((c) => c.value instanceof Date)).toEqual([]);
      expect(cells.map((c) => text(c.value)).join('\n')).not.toContain('2025-01-15');
      expect(lines.get(s(locale, 'workbook.cover.planYear'))!.value).toBe(plan.edition.planYear);
      // The default edition publishes counts in 万 (4.2万人): both covers say they are given as the count itself.
      const units = text(lines.get(s(locale, 'workbook.cover.units'))!.value);
      expect(s(locale, 'workbook.cover.unitsCounts')).not.toBe('');
      expect(units).toContain(
        locale === 'zh-CN' ? chinesePunctuation(s(locale, 'workbook.cover.unitsCounts')) : s(locale, 'workbook.cover.unitsCounts'),
      );
      // The source is named as a title is in its language: in 《》 in Chinese, as the citation names it.
      const source = text(lines.get(s(locale, 'workbook.cover.source'))!.value);
      expect(source).toBe(locale === 'zh-CN' ? chinesePunctuation(`《${plan.edition.source.title.zh}》`) : plan.edition.source.title.en);
      // The default edition's source states no release date, next update or link: one line says so, no line shows [x].
      for (const key of ['released', 'nextUpdate', 'link']) {
        expect(lines.has(s(locale, `workbook.cover.${key}`)), key).toBe(false);
        expect(text(lines.get(s(locale, 'workbook.cover.notGiven'))!.value), key).toContain(s(locale, `workbook.cover.items.${key}`));
      }
      // Nor a contact: the cover's Contact line says so in words and names who issued the report, from the edition.
      const contact = text(lines.get(s(locale, 'workbook.cover.contact'))?.value);
      const lang = locale === 'en' ? 'en' : 'zh';
      expect(contact).toBe(look(locale, fillString(s(locale, 'workbook.cover.contactNone'), { issuer: plan.edition.issuer![lang] })));
      expect(contact).toContain(look(locale, plan.edition.issuer![lang]));
      expect(cells.map((c) => text(c.value))).not.toContain(s(locale, 'workbook.shorthand.x'));
    }
    // When the edition gives them, they are shown: dates as dates, the link as a link.
    const given = structuredClone(plan) as Plan;
    const edition = given.edition as {
      released?: string;
      nextUpdate?: string;
      contact?: { zh: string; en: string };
      source: { url?: string };
    };
    edition.released = '2025-01-10';
    edition.nextUpdate = '2026-01-10';
    edition.contact = { zh: '区发改局', en: 'District Development and Reform Bureau' };
    edition.source.url = 'https://example.org/report';
    for (const locale of locales) {
      const { wb } = await build(locale, given);
      const lines = new Map<string, ExcelJS.CellValue>();
      wb.worksheets[0]!.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(lines.get(s(locale, 'workbook.cover.released'))).toEqual(new Date('2025-01-10T00:00:00Z'));
      expect(lines.get(s(locale, 'workbook.cover.nextUpdate'))).toEqual(new Date('2026-01-10T00:00:00Z'));
      expect(lines.get(s(locale, 'workbook.cover.contact'))).toBe(locale === 'en' ? 'District Development and Reform Bureau' : '区发改局');
      expect(lines.get(s(locale, 'workbook.cover.link'))).toEqual({
        text: 'https://example.org/report',
        hyperlink: 'https://example.org/report',
      });
      // All given: no line says something is missing.
      expect(lines.has(s(locale, 'workbook.cover.notGiven'))).toBe(false);
    }
    // Some given: those are shown, and one line names the others, in words.
    const some = structuredClone(plan) as Plan;
    (some.edition as { released?: string }).released = '2025-01-10';
    for (const locale of locales) {
      const { wb } = await build(locale, some);
      const lines = new Map<string, ExcelJS.CellValue>();
      wb.worksheets[0]!.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(lines.get(s(locale, 'workbook.cover.released'))).toEqual(new Date('2025-01-10T00:00:00Z'));
      const missing = text(lines.get(s(locale, 'workbook.cover.notGiven')));
      expect(missing).toContain(s(locale, 'workbook.cover.items.nextUpdate'));
      expect(missing).toContain(s(locale, 'workbook.cover.items.link'));
      expect(missing).not.toContain(s(locale, 'workbook.cover.items.released'));
      expect([...lines.values()].map((v) => text(v))).not.toContain(s(locale, 'workbook.shorthand.x'));
    }
  });

  it('glossary: the terms the edition uses (its cells and the text of its sections, as the brief prints it), the same in both workbooks', () => {
    const terms = (locale: Locale) => {
      const ws = books.get(locale)!.wb.getWorksheet(s(locale, 'workbook.sheets.glossary.name'))!;
      const t = tableOf(ws)!;
      return Array.from({ length: t.lastRow - t.headerRow }, (_, i) => [
        text(ws.getCell(t.headerRow + 1 + i, 1).value),
        text(ws.getCell(t.headerRow + 1 + i, 2).value),
      ]);
    };
    const zh = terms('zh-CN');
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.length).toBeLessThan(plan.glossary.length);
    expect(terms('en')).toEqual(zh);
    // Each term is in a cell of another sheet: the Chinese term in the Chinese workbook, or its English rendering in the English one.
    const cells = (locale: Locale) => {
      const out: string[] = [];
      for (const ws of books.get(locale)!.wb.worksheets)
        if (ws.name !== s(locale, 'workbook.sheets.glossary.name'))
          ws.eachRow((row) => row.eachCell((cell) => out.push(text(cell.value).toLowerCase())));
      return out.join('\n');
    };
    // The sections' text: titles, summaries, highlights and the problems paragraph, in both languages.
    const sections = JSON.stringify([plan.sections, plan.problems ?? null]);
    const zhText = `${cells('zh-CN')}\n${sections}`;
    const enText = `${cells('en')}\n${sections.toLowerCase()}`;
    for (const [chinese, english] of zh) expect(zhText.includes(chinese!) || enText.includes(english!.toLowerCase()), chinese).toBe(true);
    // Every term the sections' Chinese text uses is listed (the default edition's 一老一小 and 中国数谷 among them).
    const inSections = plan.glossary.filter((g) =>
      plan.sections.review.concat(plan.sections.plan).some((x) => JSON.stringify(x).includes(g.zh)),
    );
    expect(inSections.length).toBeGreaterThan(0);
    for (const g of inSections)
      expect(
        zh.map(([chinese]) => chinese),
        g.zh,
      ).toContain(g.zh);
  });

  it('shorthand: explained once, in a note every sheet that shows [x] or [z] refers to; the cover says what each means and points to it', () => {
    for (const locale of locales) {
      const { wb } = books.get(locale)!;
      const x = s(locale, 'workbook.shorthand.x');
      const z = s(locale, 'workbook.shorthand.z');
      const notes = wb.getWorksheet(s(locale, 'workbook.sheets.notes.name'))!;
      const t = tableOf(notes)!;
      const texts = Array.from({ length: t.lastRow - t.headerRow }, (_, i) => text(notes.getCell(t.headerRow + 1 + i, 2).value));
      const explained = texts.flatMap((note, i) => (note.includes(x) && note.includes(z) ? [i + 1] : []));
      expect(explained, 'one note explains both').toHaveLength(1);
      const prefix = s(locale, 'workbook.notesLine').replace('{numbers}', '');
      let sheets = 0;
      for (const table of tables(locale)) {
        if (table.ws === notes) continue;
        let uses = false;
        for (let r = table.headerRow + 1; r <= table.lastRow; r++)
          for (let c = 1; c <= table.columns; c++) if ([x, z].includes(text(table.ws.getCell(r, c).value))) uses = true;
        if (!uses) continue;
        sheets += 1;
        const line = [2, 3, 4].map((r) => text(table.ws.getCell(r, 1).value)).find((l) => l.startsWith(prefix)) ?? '';
        expect(line.slice(prefix.length).split(s(locale, 'workbook.listSeparator')).map(Number), table.ws.name).toContain(explained[0]);
      }
      expect(sheets).toBeGreaterThan(3);
      // The cover says in words what each code means (a reader of the cover alone can decode them,
      // publication review 7), and names the note that gives examples instead of repeating it.
      const cover = text(coverLines(locale).get(s(locale, 'workbook.cover.shorthand'))!.value);
      expect(cover).toContain(s(locale, 'workbook.cover.shorthandText').replace('{x}', x).replace('{z}', z));
      expect(cover).toContain(String(explained[0]));
      expect(cover.length).toBeLessThan(texts[explained[0]! - 1]!.length / 2);
    }
  });

  it('notes: every note is referenced from a table, and no note repeats another', () => {
    for (const locale of locales) {
      const { wb } = books.get(locale)!;
      const notes = wb.getWorksheet(s(locale, 'workbook.sheets.notes.name'))!;
      const t = tableOf(notes)!;
      const texts: string[] = [];
      for (let r = t.headerRow + 1; r <= t.lastRow; r++) texts.push(text(notes.getCell(r, 2).value));
      const referenced = new Set<number>();
      const prefix = s(locale, 'workbook.notesLine').replace('{numbers}', '');
      for (const ws of wb.worksheets) {
        for (let r = 2; r <= 4; r++) {
          const line = text(ws.getCell(r, 1).value);
          if (line.startsWith(prefix))
            for (const n of line.slice(prefix.length).split(s(locale, 'workbook.listSeparator'))) referenced.add(Number(n));
        }
      }
      expect([...referenced].sort((a, b) => a - b)).toEqual(texts.map((_, i) => i + 1));
      texts.forEach((a, i) =>
        texts.forEach((b, j) => i !== j && expect(b.includes(a), `note ${i + 1} repeated in note ${j + 1}`).toBe(false)),
      );
    }
  });

  it('one table per sheet (pipeline and reserves apart), no blank row or cell inside a table, totals as the last row with a separate check table', () => {
    for (const locale of locales) {
      const { wb } = books.get(locale)!;
      for (const ws of wb.worksheets) {
        const count = Object.keys((ws as unknown as { tables: object }).tables).length;
        expect(count, ws.name).toBe(ws.name === s(locale, 'workbook.sheets.cover.name') ? 0 : 1);
      }
      expect(wb.getWorksheet(s(locale, 'workbook.sheets.pipeline.name'))).toBeDefined();
      expect(wb.getWorksheet(s(locale, 'workbook.sheets.reserves.name'))).toBeDefined();
      for (const t of tables(locale)) {
        for (let r = t.headerRow; r <= t.lastRow; r++) {
          for (let c = 1; c <= t.columns; c++) expect(text(t.ws.getCell(r, c).value), `${t.ws.name}!R${r}C${c}`).not.toBe('');
        }
      }
      expect(plan.tables.length).toBeGreaterThan(0);
      for (const table of plan.tables) {
        const ws = sheetOfTable(wb, table, locale)!;
        expect(ws, table.id).toBeDefined();
        const t = tableOf(ws)!;
        expect(ws.getCell(t.lastRow, 1).value).toBe(s(locale, 'workbook.totals.published'));
        expect(ws.getCell(t.lastRow + 1, 1).value ?? null).toBeNull(); // nothing under the table
      }
      // The check table: one row per additive column with a published total.
      const checks = tableOf(wb.getWorksheet(s(locale, 'workbook.sheets.checks.name'))!)!;
      expect(checks.lastRow - checks.headerRow).toBe(
        plan.tables.reduce((n, table) => n + table.columns.filter((c) => c.additive && table.total?.values[c.id] !== undefined).length, 0),
      );
    }
  });

  it('row label first, ids last: the id columns end the table, each labelled as joining the CSV files, in small grey type; the cover says so', () => {
    for (const locale of locales) {
      const idHeader = s(locale, 'workbook.columns.id');
      const values = editionValues(plan.edition, locale);
      // Every id column's header (a row's own id, or the id of a figure it refers to).
      const idHeaders = new Set(
        ['id', 'resultId', 'figureId', 'editionId'].map((key) => look(locale, fillString(s(locale, `workbook.columns.${key}`), values))),
      );
      // What the row's own id column says it is for, in the language's words: "(joins the CSV files)".
      const joins = /（[^（]*CSV[^）]*）$|\([^(]*CSV[^)]*\)$/;
      let idColumns = 0;
      for (const t of tables(locale)) {
        const headers = Array.from({ length: t.columns }, (_, i) => text(t.ws.getCell(t.headerRow, i + 1).value));
        expect(headers.indexOf(idHeader) === -1 || headers.indexOf(idHeader) === headers.length - 1, t.ws.name).toBe(true);
        if (locale === 'zh-CN' && headers.includes(idHeader)) expect(text(t.ws.getCell(t.headerRow + 1, 1).value), t.ws.name).toMatch(cjk);
        // The id columns are the last ones, one run; every other column is in the readers' type.
        const first = headers.findIndex((h) => idHeaders.has(h));
        headers.forEach((h, i) => {
          const isId = first >= 0 && i >= first;
          expect(idHeaders.has(h), `${t.ws.name}: ${h}`).toBe(isId);
          if (isId) expect(h, t.ws.name).toMatch(joins);
          for (let r = t.headerRow; r <= t.lastRow; r++) {
            const cell = t.ws.getCell(r, i + 1);
            if (isId) {
              idColumns += r === t.headerRow ? 1 : 0;
              expect(cell.font, `${t.ws.name}!${cell.address}`).toMatchObject({ size: 9, color: { argb: 'FF595959' } });
            } else {
              expect(cell.font?.size, `${t.ws.name}!${cell.address}`).not.toBe(9);
              expect(cell.font?.color?.argb ?? 'FF000000', `${t.ws.name}!${cell.address}`).not.toBe('FF595959');
            }
          }
          // Narrow: ids wrap at their hyphens rather than widen the printout.
          if (isId) expect(t.ws.getColumn(i + 1).width, `${t.ws.name}: ${h}`).toBeLessThanOrEqual(20);
        });
      }
      expect(idColumns, locale).toBeGreaterThan(10);
      expect(text(coverLines(locale).get(s(locale, 'workbook.cover.ids'))?.value), locale).toBe(
        look(locale, s(locale, 'workbook.cover.idsText')),
      );
    }
  });

  it('table numbers: every table sheet is titled Table 1 to Table n in reading order, without the report’s number; the contents list each title; a table of the brief or report says which', async () => {
    const apparatus = (locale: Locale) => ['cover', 'contents', 'notes', 'charts'].map((k) => s(locale, `workbook.sheets.${k}.name`));
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const { wb } = books.get(locale)!;
      const label = (key: string, n: number) => fillString(s(locale, key), { n });
      const numbered = (key: string, n: number, title: string) =>
        look(locale, fillString(s(locale, 'workbook.numbered'), { label: label(key, n), title }));
      const tableSheets = wb.worksheets.filter((ws) => !apparatus(locale).includes(ws.name) && !ws.name.match(/^(Chart|图)\s?\d+$/));
      expect(tableSheets.length).toBeGreaterThan(8);
      tableSheets.forEach((ws, i) => {
        const title = text(ws.getCell('A1').value);
        const prefix = numbered('workbook.tableLabel', i + 1, '');
        expect(title.startsWith(prefix), `${ws.name}: ${title}`).toBe(true);
        // Never a second number after the workbook's own (the report's "Table 2." of its caption).
        expect(title.slice(prefix.length), ws.name).not.toMatch(/^(Table\s*\d|表\s*\d)/);
      });
      // The report's own tables keep their captions, numbered as the workbook's.
      for (const table of plan.tables) {
        const ws = sheetOfTable(wb, table, locale);
        expect(ws, table.id).toBeDefined();
        expect(text(ws!.getCell('A2').value), table.id).toContain(
          look(locale, fillString(s(locale, 'workbook.sameTable.report'), { report: Number(/\d+/.exec(table.caption[lang])![0]) })),
        );
      }
      // Chart sheets are numbered as charts.
      const chartSheets = wb.worksheets.filter((ws) => ws.name.match(/^(Chart|图)\s?\d+$/));
      chartSheets.forEach((ws, i) => expect(text(ws.getCell('A1').value)).toContain(look(locale, label('workbook.chartLabel', i + 1))));
      // The contents list every sheet after it with the title that sheet shows.
      const contents = wb.getWorksheet(s(locale, 'workbook.sheets.contents.name'))!;
      const t = tableOf(contents)!;
      const listed = new Map<string, string>();
      for (let r = t.headerRow + 1; r <= t.lastRow; r++) listed.set(text(contents.getCell(r, 1).value), text(contents.getCell(r, 2).value));
      for (const ws of [...tableSheets, ...chartSheets]) expect(listed.get(ws.name), ws.name).toBe(text(ws.getCell('A1').value));
      // The check table names each table as its sheet is titled.
      const checks = tableOf(wb.getWorksheet(s(locale, 'workbook.sheets.checks.name'))!)!;
      const titles = tableSheets.map((w) => text(w.getCell('A1').value));
      for (let r = checks.headerRow + 1; r <= checks.lastRow; r++)
        expect(titles, `Checks row ${r}`).toContain(text(checks.ws.getCell(r, 1).value));
    }
    // Built with the brief's numbering: a sheet that holds a table of the brief names its number there too.
    const table = plan.tables[0]!;
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(repoRoot, 'en', sink)!;
    const briefTables = new Map([[`table-${table.id}`, `Table 15.\u00a0${table.caption.en}`]]);
    const bytes = (await buildWorkbook(
      { rootDir: repoRoot, plan, locale: 'en', strings, units, charts: [], buildDate, briefTables },
      sink,
    ))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets.find((w) => text(w.getCell('A1').value).endsWith(table.caption.en.replace(/^Table \d+\. /, '')))!;
    expect(text(ws.getCell('A1').value)).not.toContain('Table 15');
    expect(text(ws.getCell('A2').value)).toContain(
      fillString(s('en', 'workbook.sameTable.both'), { brief: 15, report: Number(/\d+/.exec(table.caption.en)![0]) }),
    );
  });

  it('qualifiers: a qualifier (over, about, 超过, 约) stands in its own column just before the figure it qualifies, never in a note', () => {
    const qualifierWords = (locale: Locale) => ['over', 'at-least', 'about', 'at-most'].map((k) => s(locale, `workbook.qualifiers.${k}`));
    expect(plan.projects.reserves.some((r) => r.qualifier !== undefined)).toBe(true);
    expect(plan.achievements.some((f) => f.qualifier !== undefined)).toBe(true);
    for (const locale of locales) {
      const words = qualifierWords(locale).map((w) => look(locale, String(w)));
      const { wb } = books.get(locale)!;
      for (const [sheet, qualifier, value, source] of [
        ['reserves', 'fundingQualifier', 'funding', plan.projects.reserves],
        ['achievements', 'qualifier', 'value', plan.achievements],
      ] as const) {
        const ws = wb.getWorksheet(
          look(locale, fillString(s(locale, `workbook.sheets.${sheet}.name`), editionValues(plan.edition, locale))),
        )!;
        const t = tableOf(ws)!;
        const headers = Array.from({ length: t.columns }, (_, i) => text(ws.getCell(t.headerRow, i + 1).value));
        const q = headers.indexOf(look(locale, s(locale, `workbook.columns.${qualifier}`)));
        expect(q, `${ws.name}: qualifier column`).toBeGreaterThanOrEqual(0);
        expect(headers[q + 1], `${ws.name}: the column after the qualifier`).toBe(look(locale, s(locale, `workbook.columns.${value}`)));
        const id = headers.indexOf(s(locale, 'workbook.columns.id'));
        for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
          const row = (source as readonly { id: string; qualifier?: string }[]).find((x) => x.id === ws.getCell(r, id + 1).value)!;
          // Set against the figure it qualifies (right-aligned), not read with the count left of it ("23 over").
          expect(ws.getCell(r, q + 1).alignment?.horizontal, `${ws.name} row ${r}`).toBe('right');
          const cell = text(ws.getCell(r, q + 1).value);
          expect(cell, `${ws.name} row ${r}`).toBe(
            row.qualifier ? look(locale, s(locale, `workbook.qualifiers.${row.qualifier}`)) : s(locale, 'workbook.shorthand.z'),
          );
          // No other cell of the row repeats it (a note that says "over").
          for (let c = 1; c <= t.columns; c++)
            if (c !== q + 1 && headers[c - 1] !== s(locale, 'workbook.columns.sourcePhrase'))
              expect(words, `${ws.name}!R${r}C${c}`).not.toContain(text(ws.getCell(r, c).value));
        }
      }
    }
  });

  it('units in headers or a unit column, one unit per column: a target and its result in one unit, a count as the count itself, the target’s words as published', () => {
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const ws = books.get(locale)!.wb.worksheets[4]!;
      const t = tableOf(ws)!;
      const header = (key: string) =>
        Array.from({ length: t.columns }, (_, i) => ws.getCell(t.headerRow, i + 1).value).indexOf(s(locale, `workbook.columns.${key}`)) + 1;
      for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
        const row = plan.reviewTargets!.rows.find((x) => x.id === ws.getCell(r, header('id')).value)!;
        const targetUnit = ws.getCell(r, header('targetUnit')).value;
        const target = row.target;
        if (target.unit === undefined || target.value === undefined) expect(targetUnit, `row ${r}`).toBe(s(locale, 'workbook.shorthand.z'));
        else {
          const result = row.actual.find((a) => a.measure === 'level') ?? row.actual[0];
          const figures = [target, ...(result ? [result] : [])].map((q) =>
            workbookQuantity({ value: q.value!, unit: q.unit!, decimals: q.decimals ?? 0 }, units),
          );
          const given = oneUnit(figures, units)[0]!;
          expect(targetUnit, `row ${r}`).toBe(units.units.find((u) => u.id === given.unit)![lang]);
          // The target's words and its value cell say one quantity: the words hold the value as the
          // cell shows it, or as published (4.2万人 beside 42000 人), or name their own unit (RMB 35 billion beside 350 RMB 100 million).
          const words = text(ws.getCell(r, header('target')).value);
          const cell = ws.getCell(r, header('targetValue'));
          expect(
            words.includes(shown(cell)) || words.includes(String(target.value)) || /RMB|USD|元|%/.test(words),
            `row ${r}: ${words} / ${shown(cell)} ${targetUnit}`,
          ).toBe(true);
        }
      }
      const talent = plan.reviewTargets!.rows.find((row) => row.target.unit !== row.actual[0]!.unit && row.target.value !== undefined);
      expect(talent, 'the default edition has a target in another unit than its result').toBeDefined();
      // A count published in 万 is given as the count itself: target and result then share a unit, in both languages.
      {
        const r = Array.from({ length: t.lastRow - t.headerRow }, (_, i) => t.headerRow + 1 + i).find(
          (n) => ws.getCell(n, header('id')).value === talent!.id,
        )!;
        expect(ws.getCell(r, header('targetUnit')).value).toBe(ws.getCell(r, header('actualUnit')).value);
      }
      // Statistical tables name each column's unit in its header (English leaves a count unit unsaid, as its label names the thing counted).
      for (const table of plan.tables) {
        expect(table.rows.length).toBeGreaterThan(0);
        const sheet = sheetOfTable(books.get(locale)!.wb, table, locale)!;
        const st = tableOf(sheet)!;
        const headers = Array.from({ length: st.columns }, (_, i) => text(sheet.getCell(st.headerRow, i + 1).value));
        expect(headers[0]).toBe(table.dimension[lang]);
        table.columns.forEach((column, i) => {
          const unit = units.units.find((u) => u.id === column.unit)!;
          if (lang === 'en' && unit.inline === false && unit.factor === 1) expect(headers[i + 1]).toBe(column.label.en);
          else
            expect(headers[i + 1], `${table.id}.${column.id}`).toMatch(
              new RegExp(`[(\uFF08]${unit[lang].replace(/[%()]/g, '\\$&')}[)\uFF09]`),
            );
        });
      }
    }
  });

  it('numbers as published: each figure in the number format of its published decimals, with thousands separators where the locale uses them; counts without decimals', () => {
    for (const locale of locales) {
      let numbers = 0;
      for (const t of tables(locale)) {
        for (let c = 1; c <= t.columns; c++) {
          // A year is a whole number without separators (2024, not 2,024).
          const year = text(t.ws.getCell(t.headerRow, c).value) === s(locale, 'workbook.columns.year');
          for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
            const cell = t.ws.getCell(r, c);
            if (typeof cell.value !== 'number' && !(cell.value && typeof cell.value === 'object' && 'formula' in cell.value)) continue;
            numbers += 1;
            if (year) {
              expect(cell.numFmt, `${t.ws.name}!${cell.address}`).toBe('0');
              continue;
            }
            // The published decimals, grouped in English, and the brief's minus sign for a negative
            // figure; padded ("_." and "_0") by as much as the column's most decimals exceed its own,
            // so that the column's units line up.
            expect(cell.numFmt, `${t.ws.name}!${cell.address}`).toMatch(
              locale === 'en' ? /^(#,##0(\.0+)?(_\.)?(_0)*);"−"\1$/ : /^(0(\.0+)?(_\.)?(_0)*);"−"\1$/,
            );
            const own = decimalsOf(cell.numFmt);
            let most = 0;
            for (let rr = t.headerRow + 1; rr <= t.lastRow; rr++) {
              const other = t.ws.getCell(rr, c);
              if (typeof other.value === 'number' || (other.value && typeof other.value === 'object' && 'formula' in other.value))
                most = Math.max(most, decimalsOf(other.numFmt));
            }
            const padding = /^[^;]*?((?:_\.)?(?:_0)*);/.exec(cell.numFmt)![1]!;
            expect(padding, `${t.ws.name}!${cell.address}`).toBe(most > own ? `${own === 0 ? '_.' : ''}${'_0'.repeat(most - own)}` : '');
          }
        }
      }
      expect(numbers).toBeGreaterThan(100);
      // The headline figures: value and growth each with the decimals the document gives them, and
      // the Chinese cell with its unit reads as the brief's text of the figure.
      const ws = books
        .get(locale)!
        .wb.getWorksheet(s(locale, 'workbook.sheets.headline.name').replace('{reviewYear}', String(plan.edition.reviewYear)))!;
      const t = tableOf(ws)!;
      const headers = Array.from({ length: t.columns }, (_, i) => text(ws.getCell(t.headerRow, i + 1).value));
      const col = (key: string) => headers.indexOf(s(locale, `workbook.columns.${key}`)) + 1;
      for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
        const figure = plan.headline.find((f) => f.id === ws.getCell(r, col('id')).value)!;
        const value = ws.getCell(r, col('value'));
        expect(decimalsOf(value.numFmt), figure.id).toBe(figure.decimals);
        if (locale === 'zh-CN') expect(`${shown(value)}${text(ws.getCell(r, col('unit')).value)}`).toBe(figure.display.zh);
        if (figure.growth) expect(shown(ws.getCell(r, col('growth')))).toBe(figure.growth.display.zh.replace('%', ''));
      }
      // A statistical table's figures: each with the decimals it is published with, not its
      // column's (5 and 100 stay whole beside 5.6 and 58.6); a count with none.
      let whole = 0;
      for (const table of plan.tables) {
        const sheet = sheetOfTable(books.get(locale)!.wb, table, locale)!;
        const st = tableOf(sheet)!;
        const rows = [...table.rows, ...(table.total ? [table.total] : [])];
        table.columns.forEach((column, i) => {
          rows.forEach((row, n) => {
            const cell = sheet.getCell(st.headerRow + 1 + n, i + 2);
            if (typeof cell.value !== 'number') return;
            expect(cell.value, `${table.id}.${row.id}.${column.id}`).toBe(row.values[column.id]);
            expect(decimalsOf(cell.numFmt), `${table.id}.${row.id}.${column.id}`).toBe(row.decimals[column.id]);
            if (row.decimals[column.id]! < column.decimals) whole += 1;
          });
        });
      }
      expect(whole, 'the default edition publishes whole numbers in columns of decimals (Table 3: 5, 8; totals: 100)').toBeGreaterThan(0);
    }
  });

  it('numbers as published: a figure shows one value in one unit on every sheet, its published one (a count published in 万 as the count itself, in both languages)', () => {
    const values = editionValues(plan.edition, 'en');
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const unitLabel = (id: string) => units.units.find((u) => u.id === id)![lang];
      const quantity = (label: string) => units.units.find((u) => u[lang] === label)?.quantity ?? label;
      const key = (id: string, role: string, unit: string) => `${id} | ${role} | ${quantity(unit)}`;
      const render = (value: number, decimals: number, unit: string) =>
        `${new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: locale === 'en' }).format(value)} ${unit}`;
      // What the document publishes: each figure (and its growth), each result and each target, in its own unit.
      const published = new Map<string, string>();
      // A count is named by what it counts where the data says (English: "projects"), else by its unit.
      const add = (
        id: string,
        role: string,
        value: number | undefined,
        decimals: number | undefined,
        unit: string | undefined,
        noun?: string,
      ) => {
        if (value === undefined || unit === undefined) return;
        const q = workbookQuantity({ value, unit, decimals: decimals ?? 0 }, units);
        const name = noun !== undefined && locale === 'en' ? noun : unitLabel(q.unit);
        published.set(key(id, role, name), render(q.value, q.decimals, name));
      };
      for (const f of [...plan.headline, ...plan.achievements]) {
        add(f.id, 'result', f.value, f.decimals, f.unit, f.noun);
        if (f.growth) add(f.id, 'result', f.growth.value, f.growth.decimals, '%');
      }
      for (const row of plan.reviewTargets?.rows ?? []) {
        for (const a of row.actual) add(row.id, 'result', a.value, a.decimals, a.unit, row.target.noun);
        add(row.id, 'target', row.target.value, row.target.decimals, row.target.unit, row.target.noun);
      }
      for (const tg of [...plan.planTargets.main, ...plan.planTargets.work])
        add(tg.id, 'target', tg.target.value, tg.target.decimals, tg.target.unit, tg.target.noun);
      // Every sheet's (value, unit, id) column triples, found by their headers.
      const header = (k: string) => s(locale, `workbook.columns.${k}`).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
      const triples: readonly (readonly [string, string, string, string])[] = [
        ['value', 'unit', 'id', 'result'],
        ['actual', 'actualUnit', 'id', 'result'],
        ['targetValue', 'targetUnit', 'id', 'target'],
        ['outlookResult', 'outlookResultUnit', 'resultId', 'result'],
      ];
      const seen = new Map<string, Set<string>>();
      let checked = 0;
      for (const t of tables(locale)) {
        const headers = Array.from({ length: t.columns }, (_, i) => text(t.ws.getCell(t.headerRow, i + 1).value));
        for (const [v, u, i, role] of triples) {
          const [vc, uc, ic] = [v, u, i].map((k) => headers.indexOf(locale === 'zh-CN' ? chinesePunctuation(header(k)) : header(k)) + 1);
          if (!vc || !uc || !ic) continue;
          for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
            const cell = t.ws.getCell(r, vc!);
            if (typeof cell.value !== 'number') continue;
            const unit = text(t.ws.getCell(r, uc!).value);
            const k = key(text(t.ws.getCell(r, ic!).value), role, unit);
            const rendering = `${shown(cell)} ${unit}`;
            expect(published.get(k), `${t.ws.name}!${cell.address}: ${k}`).toBe(rendering);
            (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(`${t.ws.name}: ${rendering}`);
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
      // Figures shown on more than one sheet: the default edition's outlook repeats results and targets.
      expect([...seen.values()].filter((sheets) => sheets.size > 1).length).toBeGreaterThan(5);
    }
  });

  it('one unit per column: the implied change of a level in per cent, of a rate in percentage points, each in a column whose header names its unit', () => {
    for (const locale of locales) {
      const values = editionValues(plan.edition, locale);
      const name = s(locale, 'workbook.sheets.outlook.name').replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
      const ws = books.get(locale)!.wb.getWorksheet(name)!;
      const t = tableOf(ws)!;
      const headers = Array.from({ length: t.columns }, (_, i) => text(ws.getCell(t.headerRow, i + 1).value));
      const percentColumn = headers.indexOf(s(locale, 'workbook.columns.impliedChangePercent')) + 1;
      const pointsColumn = headers.indexOf(s(locale, 'workbook.columns.impliedChangePoints')) + 1;
      expect(percentColumn).toBeGreaterThan(0);
      expect(pointsColumn).toBeGreaterThan(0);
      expect(s(locale, 'workbook.columns.impliedChangePercent')).toContain('%');
      expect(s(locale, 'workbook.columns.impliedChangePoints')).toContain(
        s(locale, 'workbook.columns.change').replace(/^.*[(（]|[)）]$/g, ''),
      );
      const idColumn = headers.indexOf(s(locale, 'workbook.columns.id')) + 1;
      let both = { percent: 0, points: 0 };
      for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
        const row = plan.outlook.find((o) => o.target === ws.getCell(r, idColumn).value)!;
        const percent = ws.getCell(r, percentColumn).value;
        const points = ws.getCell(r, pointsColumn).value;
        // At most one of the two holds a number, and the one its kind of change calls for.
        expect(typeof percent === 'number' && typeof points === 'number', `row ${r}`).toBe(false);
        if (row.change?.kind === 'percent') expect(percent, `row ${r}`).toBe(row.change.value);
        if (row.change?.kind === 'points') expect(points, `row ${r}`).toBe(row.change.value);
        if (row.change) both = { ...both, [row.change.kind]: both[row.change.kind] + 1 };
      }
      expect(both.percent > 0 && both.points > 0, 'the default edition implies changes of both kinds').toBe(true);
    }
  });

  it('blank cells carry [x] or [z], explained on the cover; status is a word', () => {
    for (const locale of locales) {
      const cover = [...coverLines(locale).values()].map((c) => text(c.value)).join('\n');
      expect(cover).toContain(s(locale, 'workbook.shorthand.x'));
      expect(cover).toContain(s(locale, 'workbook.shorthand.z'));
      const words = ['met', 'not-met', 'not-comparable'].map((k) => s(locale, `status.${k}`));
      // A status judged on an earlier year's result, or comparing growth across price bases, gives its
      // verdict on a direct reading with that year or the bases and its gap (issue 31), in the workbook's punctuation.
      const fill = (key: string, values: Record<string, string | number>) =>
        s(locale, key).replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
      for (const row of plan.reviewTargets?.rows ?? []) {
        const apart = row.year !== undefined ? 'lagged' : row.priceBases !== undefined ? 'bases' : undefined;
        if (apart === undefined) continue;
        const lang = locale === 'zh-CN' ? 'zh' : 'en';
        const said = fill(`status.setApart.${apart}${row.margin ? 'Gap' : ''}`, {
          verdict: s(locale, `status.${row.status}`),
          reviewYear: plan.edition.reviewYear,
          year: row.year ?? '',
          gap: row.margin ? row.margin.display[lang] : '',
        });
        words.push(lang === 'zh' ? chinesePunctuation(said) : said);
      }
      for (const t of tables(locale)) {
        for (let c = 1; c <= t.columns; c++) {
          if (t.ws.getCell(t.headerRow, c).value !== s(locale, 'workbook.columns.status')) continue;
          for (let r = t.headerRow + 1; r <= t.lastRow; r++)
            expect([...words, s(locale, 'workbook.shorthand.z')]).toContain(t.ws.getCell(r, c).value);
        }
      }
    }
  });

  it('fonts readers have: Arial (DengXian for cells with Chinese) in English, DengXian in Chinese, in every cell and as the default; headers aligned like their data', async () => {
    for (const locale of locales) {
      const { wb, bytes } = books.get(locale)!;
      const main = locale === 'en' ? 'Arial' : 'DengXian';
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) =>
            expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe(locale === 'en' && cjk.test(text(cell.value)) ? 'DengXian' : main),
          ),
        );
      }
      const styles = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string');
      const first = /<fonts [^>]*><font>([\s\S]*?)<\/font>/.exec(styles)![1]!;
      expect(first).toContain(`<name val="${main}"/>`);
      expect(first).not.toContain('<scheme');
      for (const t of tables(locale)) {
        for (let c = 1; c <= t.columns; c++) {
          const data = t.ws.getCell(t.headerRow + 1, c).alignment?.horizontal ?? 'general';
          const header = t.ws.getCell(t.headerRow, c).alignment?.horizontal ?? 'general';
          expect(header === 'right', `${t.ws.name} column ${c}`).toBe(data === 'right');
        }
      }
    }
  });

  it('the Chinese workbook is Chinese: sheet names, headers, labels, notes and shorthand; brackets are closed', () => {
    const { wb } = books.get('zh-CN')!;
    for (const ws of wb.worksheets) expect(ws.name, ws.name).toMatch(cjk);
    for (const t of tables('zh-CN')) {
      for (let c = 1; c <= t.columns; c++) expect(text(t.ws.getCell(t.headerRow, c).value), `${t.ws.name} column ${c}`).toMatch(cjk);
    }
    for (const line of coverLines('zh-CN').keys()) expect(line).toMatch(cjk);
    // Full-width punctuation beside Chinese in every text cell (titles, labels, notes, cover): no
    // half-width comma, semicolon, colon, question or exclamation mark, bracket or square bracket
    // touches a Chinese character (the shorthand is ［缺］ in Chinese, as [x] is in English).
    const halfWidth = /[\p{Script=Han}][,;:?!()[\]]|[,;:?!()[\]][\p{Script=Han}]/u;
    let texts = 0;
    for (const ws of wb.worksheets) {
      expect(ws.name, ws.name).not.toMatch(halfWidth);
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = text(cell.value);
          if (!cjk.test(value)) return;
          texts += 1;
          expect(value, `${ws.name}!${cell.address}`).not.toMatch(halfWidth);
        }),
      );
    }
    expect(texts).toBeGreaterThan(100);
    expect(s('zh-CN', 'workbook.shorthand.x')).toMatch(cjk);
    expect(s('zh-CN', 'workbook.shorthand.z')).toMatch(cjk);
    for (const locale of locales) {
      for (const ws of books.get(locale)!.wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const value = text(cell.value);
            for (const [open, close] of [
              ['(', ')'],
              ['\uFF08', '\uFF09'],
              ['\u300A', '\u300B'],
              ['\u201C', '\u201D'],
            ] as const) {
              expect(value.split(open).length, `${ws.name}!${cell.address}: ${value}`).toBe(value.split(close).length);
            }
          }),
        );
      }
    }
  });
});

/** A table caption as the workbook titles its sheet (in Chinese punctuation in the Chinese workbook). */
function fill(caption: { zh: string; en: string }, locale: Locale): string {
  return locale === 'zh-CN' ? chinesePunctuation(caption.zh) : caption.en;
}

/** The sheet of a statistical table: titled with its caption (without the report's number) after the workbook's own. */
function sheetOfTable(wb: ExcelJS.Workbook, table: { caption: { zh: string; en: string } }, locale: Locale): ExcelJS.Worksheet | undefined {
  const caption = fill(table.caption, locale).replace(/^(Table \d+\. |表\d+ )/, '');
  return wb.worksheets.find((w) => text(w.getCell('A1').value).endsWith(caption));
}

/** The decimals a number format shows ("#,##0.00" → 2). */
/** The decimals a number format shows (its padding, "_." and "_0", is space, not decimals). */
const decimalsOf = (format: string) => (/\.(0+)$/.exec(format.replace(/_./g, ''))?.[1] ?? '').length;

/** A number cell as its format shows it, for the simple formats the workbook writes (`0.0`, `#,##0.00`). */
function shown(cell: ExcelJS.Cell): string {
  const decimals = decimalsOf(cell.numFmt);
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: cell.numFmt.startsWith('#,##0'),
  }).format(cell.value as number);
}
