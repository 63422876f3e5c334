import { chinesePunctuation } from '../../src/present/typography.js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { formatNumber, localizeQuantity, type Locale } from '../../src/model/format.js';
import { buildPlan, type Plan, type PlanChange, type StatisticalTable } from '../../src/model/plan.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import { buildOpenData } from '../../src/workbook/open-data.js';
import { defaultDataDir, makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';
import { stringsForEdition } from '../../src/present/edition-scope.js';
import { buildScorecard } from '../../src/model/scorecard.js';

/**
 * Workbooks and open data for editions of other shapes than the default one: parts left out
 * produce no sheet, contents line, CSV, resource or chart; the kinds of the model an edition uses
 * (declines, changes in points, estimates, completion rates, compositions, tables without a total
 * or chart) appear where it uses them. The plans are the default edition's, with parts taken away
 * or changed, so that each test says what differs.
 */

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const plan = buildPlan(dataset.editions[0]!, units, dataset.glossary!, []);
const buildDate = new Date('2025-01-15T00:00:00Z');

const strings = (locale: Locale) => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
const s = (locale: Locale, key: string, values: Record<string, string | number> = {}) =>
  lookup(strings(locale), key)!.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

async function build(p: Plan, locale: Locale) {
  const sink = new DiagnosticSink();
  const uiStrings = strings(locale);
  const charts = await renderEditionCharts(repoRoot, p, locale, uiStrings, units, sink);
  const input = { rootDir: repoRoot, plan: p, locale, strings: uiStrings, units, charts, buildDate };
  const bytes = (await buildWorkbook(input, sink))!;
  const files = buildOpenData(input, sink)!;
  expect(sink.items).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { wb, bytes, charts, files: new Map(files.map((f) => [f.path, f.text])) };
}

const text = (value: ExcelJS.CellValue): string =>
  value === null || value === undefined ? '' : typeof value === 'object' && 'text' in value ? String(value.text) : String(value);

/** A sheet's Excel table: header texts and data rows (cell values), read from the table's range. */
function table(ws: ExcelJS.Worksheet) {
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
  const [from, to] = tables[0]!.table.tableRef.split(':') as [string, string];
  const headerRow = Number(/\d+/.exec(from)![0]);
  const lastRow = Number(/\d+/.exec(to)![0]);
  const width = (ws.getRow(headerRow).values as unknown[]).length - 1;
  const headers = Array.from({ length: width }, (_, i) => text(ws.getCell(headerRow, i + 1).value));
  const rows: ExcelJS.Cell[][] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) rows.push(Array.from({ length: width }, (_, i) => ws.getCell(r, i + 1)));
  const column = (header: string) => headers.indexOf(header);
  return { headers, rows, column };
}

/** The numbers of the notes each sheet refers to, and the notes sheet's numbers. */
function noteReferences(wb: ExcelJS.Workbook, locale: Locale) {
  const prefix = s(locale, 'workbook.notesLine').replace('{numbers}', '');
  const referenced = new Set<number>();
  for (const ws of wb.worksheets) {
    for (let r = 2; r <= 4; r++) {
      const line = text(ws.getCell(r, 1).value);
      if (line.startsWith(prefix))
        for (const n of line.slice(prefix.length).split(s(locale, 'workbook.listSeparator'))) referenced.add(Number(n));
    }
  }
  const notesSheet = wb.getWorksheet(s(locale, 'workbook.sheets.notes.name'));
  const notes = notesSheet ? table(notesSheet).rows.map((r) => text(r[1]!.value)) : [];
  return { referenced: [...referenced].sort((a, b) => a - b), notes };
}

const change = (value: number, decimals: number, unit: string): PlanChange => {
  const display = localizeQuantity({ value: Math.abs(value), unit, decimals }, units);
  return { value, decimals, display, said: display };
};

/** Only edition metadata, a source and headline results: no targets, tables, projects or glossary. */
function headlineOnly(): Plan {
  const p = structuredClone(plan) as unknown as Record<string, unknown>;
  delete p.reviewTargets;
  delete p.problems;
  return {
    ...(p as unknown as Plan),
    headline: plan.headline.map(({ target: _target, ranks: _ranks, ...figure }) => ({ ...figure, ranks: [] })),
    planTargets: { main: [], work: [] },
    outlook: [],
    achievements: [],
    compositions: [],
    tables: [],
    projects: { counts: [], reserves: [] },
    sections: { review: [], plan: [] },
    glossary: [],
    warnings: [],
    // Ranks stated without a figure are a part of their own (achievements.yaml standings).
    standings: [],
    rankOrder: [],
    // Ratios derived from the report's figures (headline.yaml ratios) are a part of their own too.
    ratios: [],
  };
}

/**
 * A review-year report of another shape: declines, a change in percentage points, an estimate, a
 * published completion rate, a structure ratio, and one table with neither total nor chart whose
 * columns include a rate and ids that meet the fixed fields' names.
 */
function otherShape(): Plan {
  const p = structuredClone(plan) as unknown as Plan;
  const [first, second, third] = p.headline as unknown as Record<string, unknown>[];
  first!.growth = change(-2.0, 1, '%');
  delete second!.growth;
  second!.change = change(1.2, 1, '百分点');
  third!.estimate = true;
  const rows = p.reviewTargets!.rows.map((row) =>
    row.id === 't1-investment-whole'
      ? { ...row, completion: { value: 118.5, decimals: 1, display: { zh: '118.5%', en: '118.5%' }, computed: (414.8 / 350) * 100 } }
      : row,
  );
  const rateTable: StatisticalTable = {
    id: 'by-town',
    caption: { zh: '分镇街主要指标', en: 'Main indicators by town' },
    dimension: { zh: '镇街', en: 'Town' },
    columns: [
      { id: 'label', label: { zh: '企业数', en: 'Firms' }, unit: '家', decimals: 0, additive: true },
      { id: 'row-id', label: { zh: '增加值', en: 'Value added' }, unit: '亿元', decimals: 2, additive: true },
      { id: 'growth', label: { zh: '增速', en: 'Growth' }, unit: '%', decimals: 1, additive: false },
    ],
    rows: [
      {
        id: 'north',
        label: { zh: '北镇', en: 'North' },
        values: { label: 1200, 'row-id': 10.25, growth: -2.5 },
        decimals: { label: 0, 'row-id': 2, growth: 1 },
        notes: [],
      },
      {
        id: 'south',
        label: { zh: '南镇', en: 'South' },
        values: { label: 800, 'row-id': 4.5 },
        decimals: { label: 0, 'row-id': 2 },
        notes: [],
      },
    ],
    rowSums: { label: 2000, 'row-id': 14.75 },
    differences: {},
    source: 'test',
  };
  return {
    ...p,
    reviewTargets: { caption: p.reviewTargets!.caption, rows, scorecard: buildScorecard(rows) },
    planTargets: { main: [], work: [] },
    outlook: [],
    compositions: [
      {
        id: 'industry-structure',
        section: plan.sections.review[0]!.id,
        label: { zh: '三次产业结构', en: 'Structure of the economy by sector' },
        parts: [
          { label: { zh: '第一产业', en: 'Primary' }, value: 2.8, decimals: 1 },
          { label: { zh: '第二产业', en: 'Secondary' }, value: 50.9, decimals: 1 },
          { label: { zh: '第三产业', en: 'Tertiary' }, value: 46.3, decimals: 1 },
        ],
        display: { zh: '2.8:50.9:46.3', en: '2.8:50.9:46.3' },
        source: 'test',
      },
    ],
    tables: [
      rateTable,
      // The same table with a published total (the rate's too) and a sheet name of its own.
      {
        ...rateTable,
        id: 'by-town-total',
        sheet: { zh: '分镇街合计', en: 'Towns with total' },
        total: {
          id: 'total',
          label: { zh: '合计', en: 'Total' },
          values: { label: 2000, 'row-id': 14.8, growth: -1.2 },
          decimals: { label: 0, 'row-id': 2, growth: 1 },
          notes: [],
        },
        differences: { label: 0, 'row-id': 0.05 },
      },
    ],
    projects: { counts: [], reserves: [] },
    warnings: [],
  };
}

describe('workbooks of any edition shape', () => {
  it('an edition of headline results only: cover, contents, its one table and its chart; no other sheet, contents line, CSV or resource', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const only = headlineOnly();
      const { wb, files, charts } = await build(only, locale);
      const names = wb.worksheets.map((w) => w.name);
      // The one note: how the price basis of growth is read where the report does not state it.
      const assumed = only.headline.some((f) => f.growth?.basisFrom === 'kind');
      expect(assumed, 'the default edition states no price basis for some growth').toBe(true);
      expect(names).toEqual([
        s(locale, 'workbook.sheets.cover.name'),
        s(locale, 'workbook.sheets.contents.name'),
        s(locale, 'workbook.sheets.notes.name'),
        s(locale, 'workbook.sheets.headline.name', { reviewYear: plan.edition.reviewYear }),
        ...(charts.length > 0 ? [s(locale, 'workbook.sheets.charts.name'), s(locale, 'workbook.sheets.chart.name', { n: 1 })] : []),
      ]);
      // The contents list every sheet after itself, and nothing else.
      expect(table(wb.worksheets[1]!).rows.map((r) => text(r[0]!.value))).toEqual(names.slice(2));
      // No column that no figure fills: no rank, target or status.
      const headline = table(wb.worksheets[3]!);
      for (const key of ['rank', 'target', 'status', 'change', 'basis'])
        expect(headline.headers).not.toContain(s(locale, `workbook.columns.${key}`));
      // Its figures are all in 亿元: the cover does not speak of counts given otherwise than published.
      const cover: string[] = [];
      wb.worksheets[0]!.eachRow((row) => cover.push(text(row.getCell(2).value)));
      if (locale === 'en') expect(cover.join('\n')).not.toContain(s(locale, 'workbook.cover.unitsCounts'));
      // Nothing is judged, nothing is acknowledged: no note but the price basis's, and what the
      // shorthand means (an indicator without a growth rate shows it).
      expect(noteReferences(wb, locale)).toEqual({
        referenced: [1, 2],
        notes: [
          s(locale, 'workbook.growthBasisNote'),
          s(locale, 'workbook.shorthandNote', { x: s(locale, 'workbook.shorthand.x'), z: s(locale, 'workbook.shorthand.z') }),
        ],
      });
      const pkg = JSON.parse(files.get('datapackage.json')!) as { resources: { name: string; path: string }[] };
      expect(pkg.resources.map((r) => r.name)).toEqual(['notes', 'headline']);
      expect([...files.keys()].sort()).toEqual(['data/headline.csv', 'data/notes.csv', 'datapackage.json']);
    }
  });

  it('another shape: declines signed, a change in points, an estimate flagged, completion rates, a composition, a table without total or chart', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const p = otherShape();
      const { wb, bytes, files } = await build(p, locale);
      const lang = locale === 'en' ? 'en' : 'zh';
      const names = wb.worksheets.map((w) => w.name);
      // No plan-year targets, pipeline or reserves.
      for (const key of ['planTargets', 'pipeline', 'reserves'])
        expect(names, key).not.toContain(s(locale, `workbook.sheets.${key}.name`, { planYear: plan.edition.planYear }));
      // The table without a sheet name has the numbered default; its title is its caption, numbered as the workbook's table.
      const ws = wb.getWorksheet(s(locale, 'workbook.tableSheet', { n: 1 }))!;
      const n = wb.worksheets.filter((w) => w.id < ws.id && /^(Table \d+\.|表\d+)/.test(text(w.getCell('A1').value))).length + 1;
      expect(text(ws.getCell('A1').value)).toBe(
        `${s(locale, 'workbook.tableLabel', { n })}${lang === 'en' ? ' ' : '\u00a0'}${p.tables[0]!.caption[lang]}`,
      );
      // Its description says what the rows are, and claims no total row.
      expect(text(ws.getCell('A2').value)).toBe(lang === 'en' ? 'Rows by town' : '按镇街分列');
      const t = table(ws);
      expect(t.headers[0]).toBe(p.tables[0]!.dimension[lang]);
      expect(t.headers.slice(1, 4)).toEqual(
        lang === 'en' ? ['Firms', 'Value added (RMB 100 million)', 'Growth (%)'] : ['企业数（家）', '增加值（亿元）', '增速（%）'],
      );
      // Rows only, no total; each column in its published decimals, grouped in English.
      expect(t.rows.map((r) => text(r[0]!.value))).toEqual(p.tables[0]!.rows.map((r) => r.label[lang]));
      const group = locale === 'en' ? '#,##0' : '0';
      // A negative figure shows the brief's minus sign (U+2212).
      const format = (positive: string) => `${positive};"−"${positive}`;
      expect(t.rows[0]!.slice(1, 4).map((c) => [c.value, c.numFmt])).toEqual([
        [1200, format(group)],
        [10.25, format(`${group}.00`)],
        [-2.5, format(`${group}.0`)],
      ]);
      expect(t.rows[1]![3]!.value).toBe(s(locale, 'workbook.shorthand.x'));

      // The table with a total: its last row holds every published total, the rate's too; the
      // check table checks only the additive columns (not the rate).
      const withTotal = table(wb.getWorksheet(lang === 'en' ? 'Towns with total' : '分镇街合计')!);
      expect(withTotal.rows.at(-1)!.map((c) => c.value)).toEqual([
        s(locale, 'workbook.totals.published'),
        2000,
        14.8,
        -1.2,
        s(locale, 'workbook.shorthand.z'),
      ]);
      const checks = table(wb.getWorksheet(s(locale, 'workbook.sheets.checks.name'))!);
      expect(checks.rows.map((r) => r[1]!.value)).toEqual(withTotal.headers.slice(1, 3));

      // Headline: a decline is a negative growth, a change in points has its column, an estimate is flagged.
      const headline = table(wb.getWorksheet(s(locale, 'workbook.sheets.headline.name', { reviewYear: plan.edition.reviewYear }))!);
      const row = (id: string) => headline.rows.find((r) => r[r.length - 1]!.value === id)!;
      const [first, second, third] = p.headline;
      expect(row(first!.id)[headline.column(s(locale, 'workbook.columns.growth'))]!.value).toBe(-2);
      expect(row(second!.id)[headline.column(s(locale, 'workbook.columns.change'))]!.value).toBe(1.2);
      expect(row(second!.id)[headline.column(s(locale, 'workbook.columns.growth'))]!.value).toBe(s(locale, 'workbook.shorthand.z'));
      expect(row(third!.id)[headline.column(s(locale, 'workbook.columns.basis'))]!.value).toBe(s(locale, 'workbook.basis.estimate'));

      // Completion rates: published, and computed from result and target, at the published decimals.
      const targets = table(wb.getWorksheet(s(locale, 'workbook.sheets.reviewTargets.name', { reviewYear: plan.edition.reviewYear }))!);
      const whole = targets.rows.find((r) => r[r.length - 1]!.value === 't1-investment-whole')!;
      expect(whole[targets.column(s(locale, 'workbook.columns.completion'))]!.value).toBe(118.5);
      expect(whole[targets.column(s(locale, 'workbook.columns.completionComputed'))]!.value).toBe(118.5);
      expect(whole[targets.column(s(locale, 'workbook.columns.completion'))]!.numFmt).toBe(format(`${group}.0`));

      // The composition: one row per part, the ratio as published.
      const compositions = table(wb.getWorksheet(s(locale, 'workbook.sheets.compositions.name', { reviewYear: plan.edition.reviewYear }))!);
      expect(compositions.rows.map((r) => r[compositions.column(s(locale, 'workbook.columns.share'))]!.value)).toEqual([2.8, 50.9, 46.3]);
      expect(compositions.rows.map((r) => r[compositions.column(s(locale, 'workbook.columns.ratio'))]!.value)).toEqual(
        Array(3).fill('2.8:50.9:46.3'),
      );

      // Every note is referenced; the contents list every sheet after itself.
      const { referenced, notes } = noteReferences(wb, locale);
      expect(referenced).toEqual(notes.map((_, i) => i + 1));
      expect(table(wb.worksheets[1]!).rows.map((r) => text(r[0]!.value))).toEqual(names.slice(2));

      // No chart for the table that declares none.
      const zip = await JSZip.loadAsync(bytes);
      const chartTitles = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
          .map(async (n) => /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(await zip.file(n)!.async('string'))![1]!),
      );
      expect(chartTitles.some((title) => title.includes(p.tables[0]!.caption[lang]))).toBe(false);

      // Open data: the table's file has a field per declared column (unique names, even for ids
      // that meet the fixed fields'), no total row, and the units of the columns.
      const pkg = JSON.parse(files.get('datapackage.json')!) as {
        resources: { name: string; path: string; schema: { fields: { name: string; type: string; unit?: string }[] } }[];
      };
      const resource = pkg.resources.find((r) => r.name === 'table-by-town')!;
      expect(resource.schema.fields.map((f) => [f.name, f.type, f.unit ?? null])).toEqual([
        ['label', 'string', null],
        ['label_2', 'integer', lang === 'en' ? 'number' : '家'],
        ['row_id', 'number', lang === 'en' ? 'RMB 100 million' : '亿元'],
        ['growth', 'number', '%'],
        ['id', 'string', null],
      ]);
      expect(files.get(resource.path)).toBe(
        `label,label_2,row_id,growth,id\r\n${p.tables[0]!.rows[0]!.label[lang]},1200,10.25,-2.5,north\r\n${p.tables[0]!.rows[1]!.label[lang]},800,4.50,,south\r\n`,
      );
      expect(pkg.resources.map((r) => r.name)).toContain('compositions');
      expect(pkg.resources.map((r) => r.name)).not.toContain('plan-targets');
    }
  }, 120_000);
});

describe('sheet names from the data', () => {
  it('are mended to valid, unique Excel names: forbidden characters, a fixed sheet’s name, a repeated name', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const base = otherShape();
      const notes = s(locale, 'workbook.sheets.notes.name');
      const named = (sheet: string, id: string): StatisticalTable => ({ ...base.tables[0]!, id, sheet: { zh: sheet, en: sheet } });
      const p = {
        ...base,
        tables: [named('A/B: C?*[x]', 'one'), named(notes.toUpperCase(), 'two'), named('Same', 'three'), named('same', 'four')],
      };
      const { wb } = await build(p, locale);
      const names = wb.worksheets.map((w) => w.name);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[^:\\/?*[\]']{1,31}$/);
      expect(names).toEqual(expect.arrayContaining(['A-B- C---x-', `${notes.toUpperCase()} (2)`, 'Same', 'same (2)']));
    }
  }, 120_000);
});

describe('review targets in the workbook say what the source says', () => {
  it('kind with its bound and strive, the gap in points for rates, status with the earlier year, and a note for each relative target', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { wb } = await build(plan, locale);
      const lang = locale === 'en' ? 'en' : 'zh';
      const ws = wb.getWorksheet(s(locale, 'workbook.sheets.reviewTargets.name', { reviewYear: plan.edition.reviewYear }))!;
      // The sheet's title is the targets table's caption, from the data, numbered as the workbook's table (not the report's).
      const caption = plan.reviewTargets!.caption![lang].replace(/^(Table \d+\. |表\d+ )/, '');
      expect(caption).not.toBe(plan.reviewTargets!.caption![lang]);
      expect(text(ws.getCell('A1').value)).toMatch(new RegExp(`^(Table \\d+\\. |表\\d+\u00a0)${caption.replace(/[.()]/g, '\\$&')}$`));
      const t = table(ws);
      const cell = (id: string, key: string) =>
        t.rows.find((r) => r[r.length - 1]!.value === id)![t.column(s(locale, `workbook.columns.${key}`))]!;
      const kind = (k: string) => s(locale, `workbook.kinds.${k}`);
      const qualified = (k: string, qualifier: string) => s(locale, 'workbook.kindQualified', { kind: kind(k), qualifier });
      for (const row of plan.reviewTargets!.rows) {
        const target = row.target;
        const bound = target.bound ? s(locale, `workbook.bounds.${target.bound}`) : s(locale, 'workbook.bounds.none');
        const expected =
          target.kind === 'numeric' && (target.bound || target.strive)
            ? qualified('numeric', (target.strive ? s(locale, 'workbook.strive', { bound }) : bound).trim())
            : target.kind === 'relative'
              ? qualified('relative', s(locale, `workbook.relations.${target.relation}`))
              : kind(target.kind);
        expect(cell(row.id, 'targetKind').value, row.id).toBe(expected);
        // The target's words: in Chinese the report's own (fourth publication review: "4.2万人" as the
        // report writes it, as the cover says); in English, for an amount or count, in the unit of the
        // value and unit cells beside them (third usefulness review: no "RMB 30 billion" beside 300 and
        // "RMB 100 million"), so that they state the figure of the value cell.
        const value = cell(row.id, 'targetValue').value;
        if (lang === 'en' && typeof value === 'number' && cell(row.id, 'targetUnit').value !== '%') {
          const figure = formatNumber(value, Math.max(0, String(value).split('.')[1]?.length ?? 0), locale);
          expect(String(cell(row.id, 'target').value), row.id).toContain(figure);
        } else expect(cell(row.id, 'target').value, row.id).toBe(target.display[lang]);
        // Rates: the gap in percentage points; amounts and counts: the result as a share of the target.
        if (row.gap !== undefined) {
          expect(cell(row.id, 'gap').value, row.id).toBeCloseTo(row.gap, 9);
          expect(cell(row.id, 'attainment').value, row.id).toBe(s(locale, 'workbook.shorthand.z'));
        }
        if (row.attainment !== undefined) expect(cell(row.id, 'gap').value, row.id).toBe(s(locale, 'workbook.shorthand.z'));
        // The status as the brief gives it: a judgement on an earlier year's data, or comparing growth
        // across price bases, gives its verdict on a direct reading, its gap and the caution (issue 31).
        const apart = row.year !== undefined ? 'lagged' : row.priceBases !== undefined ? 'bases' : undefined;
        const expectedStatus =
          apart === undefined
            ? s(locale, `status.${row.status}`)
            : s(locale, `status.setApart.${apart}${row.margin ? 'Gap' : ''}`, {
                verdict: s(locale, `status.${row.status}`),
                reviewYear: plan.edition.reviewYear,
                year: row.year ?? '',
                gap: row.margin ? row.margin.display[lang] : '',
              });
        expect(cell(row.id, 'status').value, row.id).toBe(lang === 'zh' ? chinesePunctuation(expectedStatus) : expectedStatus);
      }
      // In the default edition: "strive for" and "at least" are said, GDP's gap is −1.0 point, R&D is judged on 2023 data.
      expect(cell('t1-investment-within', 'targetKind').value).toBe(
        qualified('numeric', s(locale, 'workbook.strive', { bound: s(locale, 'workbook.bounds.none') }).trim()),
      );
      expect(cell('t1-investment-whole', 'targetKind').value).toBe(qualified('numeric', s(locale, 'workbook.bounds.at-least')));
      expect(cell('t1-gdp-growth', 'gap').value).toBe(-1);
      expect(cell('t1-gdp-growth', 'gap').numFmt).toMatch(/0\.0$/);
      expect(String(cell('t1-rd-intensity', 'status').value)).toContain('2023');
      // Relative targets: the figure measured against, and a note each, referenced from this sheet.
      const relatives = plan.reviewTargets!.rows.filter((row) => row.reference !== undefined);
      expect(relatives.length).toBeGreaterThanOrEqual(2);
      const notes = table(wb.getWorksheet(s(locale, 'workbook.sheets.notes.name'))!).rows.map((r) => text(r[1]!.value));
      const referenced = text(ws.getCell(3, 1).value);
      for (const row of relatives) {
        expect(String(cell(row.id, 'reference').value)).toContain(row.reference!.label[lang]);
        expect(String(cell(row.id, 'reference').value)).toContain(row.reference!.growth!.said[lang]);
        const n = notes.findIndex(
          (note) => note.startsWith(`${row.indicator[lang]}`) && note.includes(String(cell(row.id, 'status').value)),
        );
        expect(n, row.id).toBeGreaterThanOrEqual(0);
        expect(
          referenced
            .split(/[:：]/)[1]!
            .split(s(locale, 'workbook.listSeparator'))
            .map((x) => Number(x.trim())),
        ).toContain(n + 1);
      }
    }
  }, 120_000);
});

describe('the cover of an edition of another shape', () => {
  it('is cited by the title it shows: a review-only edition’s workbook by its review year’s title, not as a plan', async () => {
    const { dataset: review } = validateDir(makeDataDir([reviewOnlyEditionDir]));
    const reviewPlan = buildPlan(review.editions[0]!, review.units!, review.glossary!, []);
    for (const [p, locale] of [
      [reviewPlan, 'en'],
      [reviewPlan, 'zh-CN'],
      [plan, 'en'],
      [plan, 'zh-CN'],
    ] as const) {
      const sink = new DiagnosticSink();
      const uiStrings = stringsForEdition(strings(locale), p);
      const input = { rootDir: repoRoot, plan: p, locale, strings: uiStrings, units, charts: [], buildDate };
      const bytes = (await buildWorkbook(input, sink))!;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const cover = wb.worksheets[0]!;
      const title = text(cover.getCell('A1').value);
      let cite = '';
      cover.eachRow((row) => {
        if (row.getCell(1).value === s(locale, 'workbook.cover.cite')) cite = text(row.getCell(2).value);
      });
      expect(cite, `${p.edition.id} ${locale}`).toContain(locale === 'en' ? `“${title}”` : `《${title}》`);
    }
    // The review-only edition's title is not the plan's.
    expect(s('en', 'workbook.sheets.cover.title')).not.toBe(
      lookup(stringsForEdition(strings('en'), reviewPlan), 'workbook.sheets.cover.title'),
    );
  });
});
