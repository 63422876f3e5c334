import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { ranksStateHowMany } from '../../src/present/ranks.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import type { ValidatedDataset } from '../../src/validate/validate.js';
import { defaultDataDir, editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

/**
 * What a publication reviewer found in the workbooks (review11): an "Out of" column of "[x]" in
 * every row, a description that calls the workbook "this brief", a note that cites a foreign
 * government's practice in the Chinese workbook, and years stored as text.
 */
const buildDate = new Date('2025-01-15T00:00:00Z');

async function workbook(dataset: ValidatedDataset, plan: Plan, locale: Locale): Promise<ExcelJS.Workbook> {
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(repoRoot, locale, sink)!;
  const bytes = (await buildWorkbook({ rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts: [], buildDate }, sink))!;
  expect(sink.items).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const planOf = (dataset: ValidatedDataset) => buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);

/** Every text of a workbook's cells, with where it is. */
function texts(wb: ExcelJS.Workbook): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') found.push({ where: `${ws.name}!${cell.address}`, text: cell.value });
      }),
    ),
  );
  return found;
}

/** The header row of a sheet's table and its cells' texts. */
function tableHeaders(ws: ExcelJS.Worksheet): { row: number; headers: string[] } | undefined {
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
  if (tables.length === 0) return undefined;
  const row = Number(/\d+/.exec(tables[0]!.table.tableRef.split(':')[0]!)![0]);
  const headers: string[] = [];
  ws.getRow(row).eachCell({ includeEmpty: true }, (cell) => headers.push(String(cell.value ?? '')));
  return { row, headers };
}

const defaults = validateDir(defaultDataDir).dataset;
const defaultPlan = planOf(defaults);

describe('the workbooks (review11)', () => {
  it('show the Ranks sheet’s "Out of" column only when some rank states among how many, as the brief does', async () => {
    // The default edition states no such number: no column of "[x]".
    expect(ranksStateHowMany(defaultPlan)).toBe(false);
    // The demo edition, its GDP rank edited to say among how many (全市13个区县中列第三).
    const dataDir = makeDataDir();
    const folder = path.join(dataDir, 'editions', 'demo-2026');
    editText(path.join(folder, 'source.txt'), '增速列全市第三', '增速在全市13个区县中列第三');
    editText(path.join(folder, 'headline.yaml'), '增速列全市第三', '增速在全市13个区县中列第三');
    editText(path.join(folder, 'headline.yaml'), 'position: 3}', 'position: 3, of: 13}');
    const stated = validateDir(dataDir).dataset;
    const statedPlan = planOf(stated);
    expect(ranksStateHowMany(statedPlan)).toBe(true);
    const plain = validateDir(makeDataDir()).dataset;
    for (const locale of locales) {
      const outOf = lookup(loadUiStrings(repoRoot, locale, new DiagnosticSink())!, 'workbook.columns.rankedOf')!;
      expect(outOf).toBeTruthy();
      const ranksSheet = (wb: ExcelJS.Workbook) => wb.worksheets.find((ws) => tableHeaders(ws)?.headers.includes(outOf) ?? false);
      expect(ranksSheet(await workbook(defaults, defaultPlan, locale)), `${locale}: default edition`).toBeUndefined();
      expect(ranksSheet(await workbook(plain, planOf(plain), locale)), `${locale}: demo edition`).toBeUndefined();
      const shown = ranksSheet(await workbook(stated, statedPlan, locale));
      expect(shown, `${locale}: a rank states of`).toBeDefined();
    }
  });

  it('call what the workbook computes the workbook’s, and cite no foreign government in Chinese', async () => {
    for (const locale of locales) {
      for (const { where, text } of texts(await workbook(defaults, defaultPlan, locale))) {
        // "the brief's Table 1" names the brief; what is computed here is the workbook's.
        expect(text, where).not.toMatch(/this brief comput|computed by this brief|本简报以|由本简报计算/);
        if (locale === 'zh-CN') expect(text, where).not.toMatch(/英国/);
      }
    }
  });

  it('store each year of a year column as a number formatted "0", not as text', async () => {
    // yanxi-2024 has a context part (years in the context and per-capita sheets); the default edition ranks.
    const yanxi = validateDir(makeDataDir([path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024')])).dataset;
    let years = 0;
    for (const [dataset, plan] of [
      [defaults, defaultPlan],
      [yanxi, planOf(yanxi)],
    ] as const) {
      for (const locale of locales) {
        const yearHeader = locale === 'zh-CN' ? /^(年度|年份)$/ : /^Year$/;
        const wb = await workbook(dataset, plan, locale);
        for (const ws of wb.worksheets) {
          const table = tableHeaders(ws);
          if (!table) continue;
          const column = table.headers.findIndex((h) => yearHeader.test(h));
          if (column < 0) continue;
          for (let r = table.row + 1; r <= ws.rowCount; r++) {
            const cell = ws.getRow(r).getCell(column + 1);
            if (cell.value === null || cell.value === undefined || cell.value === '') continue;
            if (typeof cell.value === 'string' && /^\[|^［/.test(cell.value)) continue;
            years++;
            expect(typeof cell.value, `${ws.name}!${cell.address}`).toBe('number');
            expect(cell.numFmt, `${ws.name}!${cell.address}`).toBe('0');
          }
        }
      }
    }
    expect(years).toBeGreaterThan(10);
  });
});
