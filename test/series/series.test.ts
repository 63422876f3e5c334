import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { planBuild } from '../../src/build/incremental.js';
import type { Plan } from '../../src/model/plan.js';
import { repoRoot, tempDir, withoutBreakMarks } from '../helpers.js';
import { wuyaoDataDir } from './fixtures.js';

// One build of the invented district's three editions: wuyao-2024 closes a series of three years,
// wuyao-2023 one of two, wuyao-2022 stands alone.
const buildDate = new Date('2025-01-15T00:00:00Z');
let dataDir: string;
let outDir: string;
const read = (...parts: string[]) => readFileSync(path.join(outDir, ...parts), 'utf8');
const planOf = (edition: string): Plan => JSON.parse(read(edition, 'plan.json')) as Plan;

beforeAll(async () => {
  dataDir = wuyaoDataDir(3);
  outDir = tempDir('series-out-');
  const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 });
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  expect(result.ok).toBe(true);
}, 120_000);

async function sheetRows(edition: string, locale: string, name: string): Promise<{ values: unknown[]; formats: string[] }[] | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(outDir, edition, locale, 'workbook.xlsx'));
  const sheet = workbook.worksheets.find((s) => s.name === name);
  if (!sheet) return undefined;
  const rows: { values: unknown[]; formats: string[] }[] = [];
  sheet.eachRow((row) => {
    const values: unknown[] = [];
    const formats: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      values.push(row.getCell(c).value);
      formats.push(row.getCell(c).numFmt ?? '');
    }
    rows.push({ values, formats });
  });
  return rows;
}

describe('a district series', () => {
  it('models each headline indicator by year from the editions before, as each edition published it', () => {
    const series = planOf('wuyao-2024').series!;
    expect(series.editions.map((e) => e.id)).toEqual(['wuyao-2022', 'wuyao-2023', 'wuyao-2024']);
    expect(series.years).toEqual([2022, 2023, 2024]);
    expect(series.indicators.map((i) => i.id)).toEqual(['gdp', 'industry', 'retail-sales', 'budget-revenue']);
    const gdp = series.indicators.find((i) => i.id === 'gdp')!;
    expect(gdp.points.map((p) => [p.year, p.value, p.decimals, p.growth?.value, p.growth?.basis, p.edition, p.estimate])).toEqual([
      [2022, 186.4, 1, 4.1, 'comparable', 'wuyao-2022', false],
      [2023, 197.25, 2, 5.8, 'comparable', 'wuyao-2023', false],
      [2024, 209.3, 1, 4.6, 'comparable', 'wuyao-2024', true],
    ]);
    // The basis the phrase states (按现价计算) and the one the kind of indicator gives agree for retail sales.
    const retail = series.indicators.find((i) => i.id === 'retail-sales')!;
    expect(retail.points.map((p) => [p.growth?.value, p.growth?.basis, p.growth?.basisFrom])).toEqual([
      [-2.3, 'current', 'kind'],
      [7.2, 'current', 'kind'],
      [4.9, 'current', 'phrase'],
    ]);
    expect(planOf('wuyao-2023').series?.years).toEqual([2022, 2023]);
    // An edition with no earlier one has no series; a later edition is not part of an earlier one's.
    expect(planOf('wuyao-2022').series).toBeUndefined();
    expect(planOf('wuyao-2023').series?.editions.map((e) => e.id)).toEqual(['wuyao-2022', 'wuyao-2023']);
  });

  it('gives the workbook a series sheet in both languages: values with the decimals each year published, growth, basis and edition', async () => {
    const en = (await sheetRows('wuyao-2024', 'en', 'Series'))!;
    const header = en.find((r) => r.values.includes('Indicator'))!.values;
    expect(header).toEqual([
      'Indicator',
      'Year',
      'Value',
      'Unit',
      'Growth (%)',
      'Price basis of the growth',
      'Basis of the figure',
      'From the edition',
      'Edition id (joins the CSV files)',
      'Id (joins the CSV files)',
    ]);
    const gdp = en.filter((r) => r.values.at(-1) === 'gdp');
    expect(gdp.map((r) => r.values)).toEqual([
      [
        'Gross domestic product (GDP)',
        2022,
        186.4,
        'RMB 100 million',
        4.1,
        'comparable prices (assumed)',
        '[z]',
        'Wuyao District: the economy in 2022 (invented test data)',
        'wuyao-2022',
        'gdp',
      ],
      [
        'Gross domestic product (GDP)',
        2023,
        197.25,
        'RMB 100 million',
        5.8,
        'comparable prices (assumed)',
        '[z]',
        'Wuyao District: the economy in 2023 (invented test data)',
        'wuyao-2023',
        'gdp',
      ],
      [
        'Gross domestic product (GDP)',
        2024,
        209.3,
        'RMB 100 million',
        4.6,
        // As the headline sheet says it: no report of the series states a basis for GDP growth.
        'comparable prices (assumed)',
        'estimate',
        'Wuyao District: the economy in 2024 (invented test data)',
        'wuyao-2024',
        'gdp',
      ],
    ]);
    // Per cell: each value in the decimals its year published (186.4, 197.25), padded with the
    // width of the decimals it lacks against its column's most (_0) so that the units line up;
    // a year is never grouped; a negative figure shows the brief's minus sign (U+2212).
    const signed = (positive: string) => `${positive};"−"${positive}`;
    expect(gdp.map((r) => [r.formats[1], r.formats[2], r.formats[4]])).toEqual([
      ['0', signed('#,##0.0_0'), signed('#,##0.0')],
      ['0', signed('#,##0.00'), signed('#,##0.0')],
      ['0', signed('#,##0.0_0'), signed('#,##0.0')],
    ]);
    const revenue2022 = en.find((r) => r.values.at(-1) === 'budget-revenue' && r.values[1] === 2022)!;
    expect([revenue2022.values[2], revenue2022.formats[2], revenue2022.values[4], revenue2022.formats[4]]).toEqual([
      14.26,
      signed('#,##0.00'),
      3,
      signed('#,##0.0'),
    ]);

    const zh = (await sheetRows('wuyao-2024', 'zh-CN', '历年数据'))!;
    const zhGdp = zh.filter((r) => r.values.at(-1) === 'gdp').map((r) => r.values);
    expect(zhGdp[2]).toEqual([
      '地区生产总值',
      2024,
      209.3,
      '亿元',
      4.6,
      '可比价（推定）',
      '预计数',
      '雾瑶区2024年经济运行简报（虚构测试数据）',
      'wuyao-2024',
      'gdp',
    ]);
    // Read from the kind of indicator in 2022 and 2023 (assumed), stated by the 2024 phrase.
    expect(zh.filter((r) => r.values.at(-1) === 'retail-sales').map((r) => r.values[5])).toEqual(['现价（推定）', '现价（推定）', '现价']);
    // The sheet refers to the note that says how an unstated basis is read, as the headline sheet does.
    const notes = (await sheetRows('wuyao-2024', 'en', 'Notes'))!;
    const assumed = notes.find((r) => String(r.values[1]).startsWith('Prices of growth rates'))!;
    expect(assumed).toBeDefined();
    expect(
      en.some(
        (r) =>
          String(r.values[0]).startsWith('Notes:') &&
          String(r.values[0])
            .split(/[:,]\s*/)
            .includes(String(assumed.values[0])),
      ),
    ).toBe(true);

    // The Charts sheet links the trend figure, which has no native chart, to its data.
    const listed = (await sheetRows('wuyao-2024', 'en', 'Charts'))!.map((r) => r.values[0]);
    expect(listed).toContainEqual({ text: 'Headline indicators, 2022–2024', hyperlink: "#'Series'!A1" });
    // Its row says where it is: not drawn here, its data on the Series sheet; a drawn chart names its own sheet.
    const charts = (await sheetRows('wuyao-2024', 'en', 'Charts'))!;
    expect(charts.find((r) => r.values.includes('In this workbook'))).toBeDefined();
    const where = (title: string) => charts.find((r) => (r.values[0] as { text?: string })?.text?.startsWith(title))!.values[2];
    expect(where('Headline indicators, 2022–2024')).toMatch(/^Not drawn in this workbook.*“Series”$/);
    expect(where('2024 growth of the headline indicators')).toBe(
      'Drawn on the sheet “Chart 1”, below its data, as one chart per price basis',
    );
    const zhListed = (await sheetRows('wuyao-2024', 'zh-CN', '图表'))!.map((r) => r.values[0]);
    expect(zhListed).toContainEqual({ text: '主要指标走势（2022—2024年）', hyperlink: "#'历年数据'!A1" });

    // Two editions make a series sheet too; one alone does not.
    expect((await sheetRows('wuyao-2023', 'en', 'Series'))?.filter((r) => r.values.at(-1) === 'gdp')).toHaveLength(2);
    expect(await sheetRows('wuyao-2022', 'en', 'Series')).toBeUndefined();
    expect(await sheetRows('wuyao-2022', 'zh-CN', '历年数据')).toBeUndefined();
  });

  it('writes series.csv beside the other CSV files, listed in the data package and the manifest', () => {
    const lines = read('wuyao-2024', 'en', 'data', 'series.csv').split('\r\n');
    expect(lines[0]).toBe('indicator,year,value,unit,growth,growth_basis,basis,edition,edition_id,id');
    expect(lines.filter((l) => l.endsWith(',gdp'))).toEqual([
      'Gross domestic product (GDP),2022,186.4,RMB 100 million,4.1,comparable prices (assumed),,Wuyao District: the economy in 2022 (invented test data),wuyao-2022,gdp',
      'Gross domestic product (GDP),2023,197.25,RMB 100 million,5.8,comparable prices (assumed),,Wuyao District: the economy in 2023 (invented test data),wuyao-2023,gdp',
      'Gross domestic product (GDP),2024,209.3,RMB 100 million,4.6,comparable prices (assumed),estimate,Wuyao District: the economy in 2024 (invented test data),wuyao-2024,gdp',
    ]);
    expect(lines).toContain(
      'General public budget revenue,2022,14.26,RMB 100 million,3.0,current prices (assumed),,Wuyao District: the economy in 2022 (invented test data),wuyao-2022,budget-revenue',
    );
    expect(lines).toContain(
      'Retail sales of consumer goods,2022,88.7,RMB 100 million,-2.3,current prices (assumed),,Wuyao District: the economy in 2022 (invented test data),wuyao-2022,retail-sales',
    );
    const zh = read('wuyao-2024', 'zh-CN', 'data', 'series.csv').split('\r\n');
    expect(zh).toContain('规模以上工业增加值,2024,65.02,亿元,5.4,可比价,,雾瑶区2024年经济运行简报（虚构测试数据）,wuyao-2024,industry');

    for (const locale of ['en', 'zh-CN']) {
      const datapackage = JSON.parse(read('wuyao-2024', locale, 'datapackage.json')) as {
        resources: { name: string; path: string; schema: { fields: { name: string; type: string; unit?: string }[] } }[];
      };
      const resource = datapackage.resources.find((r) => r.name === 'series')!;
      expect(resource.path).toBe('data/series.csv');
      expect(resource.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
        'indicator:string',
        'year:year',
        'value:number',
        'unit:string',
        'growth:number',
        'growth_basis:string',
        'basis:string',
        'edition:string',
        'edition_id:string',
        'id:string',
      ]);
    }
    const manifest = JSON.parse(read('manifest.json')) as { artifacts: { path: string }[] };
    const listed = manifest.artifacts.map((a) => a.path).filter((p) => p.endsWith('/series.csv'));
    expect(listed.sort()).toEqual([
      'wuyao-2023/en/data/series.csv',
      'wuyao-2023/zh-CN/data/series.csv',
      'wuyao-2024/en/data/series.csv',
      'wuyao-2024/zh-CN/data/series.csv',
    ]);
  });

  it('draws the trend figure, in both languages, only where the series has three years', () => {
    const charts = (edition: string, locale: string) =>
      (JSON.parse(read(edition, 'charts', locale, 'charts.json')) as { id: string; title: string; source: string }[]).map((c) => c.id);
    for (const locale of ['en', 'zh-CN']) {
      expect(charts('wuyao-2024', locale)).toContain('headline-trend');
      expect(charts('wuyao-2023', locale)).not.toContain('headline-trend');
      expect(charts('wuyao-2022', locale)).not.toContain('headline-trend');
    }
    const svg = read('wuyao-2024', 'charts', 'en', 'headline-trend.svg');
    // Three indicators have three years (industry has two and is left out), each a panel with its unit.
    for (const text of [
      'Gross domestic product (GDP)',
      'Retail sales of consumer',
      'General public budget revenue',
      '197.25',
      '209.3 (est.)',
      '14.26',
    ])
      expect(svg).toContain(text);
    expect(svg).not.toContain('Value added of industry');
    const zhSvg = read('wuyao-2024', 'charts', 'zh-CN', 'headline-trend.svg');
    for (const text of ['地区生产总值（亿元）', '209.3（预计）', '2022年']) expect(zhSvg).toContain(text);

    // The HTML brief: a numbered figure with its caption and a source line naming the three reports.
    const html = read('wuyao-2024', 'en', 'brief.html');
    const figure = /<figure class="chart" id="fig-headline-trend"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    // The first figure of the brief: the headline growth chart is the workbook's only (the cards print it).
    expect(figure).toMatch(/Figure 1\.[\s\u00a0]Headline indicators, 2022–2024/);
    expect(figure).toContain(
      'Sources: Invented test document (Wuyao District, 2022); Invented test document (Wuyao District, 2023); Invented test document (Wuyao District, 2024).',
    );
    // Chinese text carries <wbr> break marks between words, and a number with its unit a span that holds them together.
    const zhHtml = withoutBreakMarks(read('wuyao-2024', 'zh-CN', 'brief.html'));
    expect(zhHtml).toMatch(/id="fig-headline-trend-caption">图1[\s\u00a0]*主要指标走势（2022—2024年）</);
    expect(read('wuyao-2023', 'en', 'brief.html')).not.toContain('fig-headline-trend');
    expect(read('wuyao-2022', 'zh-CN', 'brief.html')).not.toContain('fig-headline-trend');
  });

  it("makes an edition's outputs stale when an edition of its series changes", () => {
    const options = { rootDir: repoRoot, dataDir, outDir };
    expect(planBuild(options).stale).toEqual([]);
    const file = path.join(dataDir, 'editions', 'wuyao-2022', 'headline.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Headline results of 2022', '# Headline figures of 2022'));
    expect(planBuild(options).stale).toEqual(['wuyao-2022', 'wuyao-2023', 'wuyao-2024']);
  });
});
