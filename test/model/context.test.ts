import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesetBrief } from '../../src/brief/brief.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import type { Locale } from '../../src/model/format.js';
import { perCapitaDecimals, shareDecimals } from '../../src/model/context.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { contextTexts } from '../../src/present/context.js';
import { stringsForEdition } from '../../src/present/edition-scope.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { contextDatasets } from '../../src/workbook/context-data.js';
import { editText, makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Issue 31, item 4: comparison figures of the city, province and nation, each quoted from its own
// document (context.yaml), give the "in context" part. The invented yanxi-2024 edition has them,
// quoted from invented bulletins of an invented city (禾湾市) and province (澄江省).

const folder = (dataDir: string) => path.join(dataDir, 'editions', 'yanxi-2024');

function prepared(edit?: (dataDir: string) => void) {
  const dataDir = makeDataDir([reviewOnlyEditionDir]);
  edit?.(dataDir);
  const { dataset, diagnostics } = validateDir(dataDir);
  return { dataset, diagnostics, dataDir };
}

function planOf(edit?: (dataDir: string) => void): Plan {
  const { dataset, diagnostics } = prepared(edit);
  expect(diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
  return buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
}

/** The brief's text as typeset (every node's text, in order). */
function briefText(plan: Plan, locale: Locale): string {
  const sink = new DiagnosticSink();
  const { dataset } = prepared();
  const strings = stringsForEdition(loadUiStrings(repoRoot, locale, sink)!, plan);
  const nodes = typesetBrief(
    { rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts: [], buildDate: new Date('2025-01-15') },
    sink,
  );
  expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
  return JSON.stringify(nodes);
}

const strings = (locale: Locale) => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;

describe('comparison figures (context.yaml)', () => {
  const plan = planOf();
  const context = plan.context!;
  const byId = (id: string) => context.comparisons.find((c) => c.id === id)!;

  it('give the district’s share of the larger area’s total, with the declared decimals', () => {
    // 512.8 ÷ 6408.5 = 8.0019…%; 292.2 ÷ 3120.4 = 9.364…%; 512.8 ÷ 90131 = 0.5689…%.
    expect(byId('city-gdp').share).toEqual({ value: 8.0, decimals: shareDecimals, display: { zh: '8.0%', en: '8.0%' } });
    expect(byId('city-investment').share?.value).toBe(9.4);
    expect(byId('city-budget-revenue').share?.value).toBe(6.3);
    expect(byId('province-gdp').share?.display.en).toBe('0.6%');
    // The district's own previous year is a base, not a share.
    expect(byId('district-gdp-2023').share).toBeUndefined();
    expect(byId('district-gdp-2023').growthGap).toBeUndefined();
  });

  it('compare growth only at the same prices, in percentage points', () => {
    expect(byId('city-gdp').growth?.basis).toBe('comparable'); // 按可比价格计算
    expect(byId('province-gdp').growth?.basis).toBe('comparable'); // 按不变价格计算
    expect(byId('city-gdp').growthGap?.value).toBe(-1.4);
    expect(byId('city-investment').growthGap?.value).toBe(-5.8); // −3.7 against 2.1
    expect(byId('city-budget-revenue').growthGap?.value).toBe(1.3);
    const zh = contextTexts(plan, strings('zh-CN'), 'zh-CN')!;
    expect(zh.rows.find((r) => r.id === 'city-investment')).toMatchObject({
      districtGrowth: '−3.7%',
      areaGrowth: '2.1%',
      gap: '−5.8',
      basis: '现价',
    });

    // A city figure at current prices is not set against the district's GDP growth at comparable prices.
    // The bulletin says so (a growthBasis against its phrase's 按可比价格计算 is an error, plan:estimate-word).
    const other = planOf((dir) => {
      for (const file of ['context.yaml', 'hewan-bulletin-2024.txt'])
        editText(path.join(folder(dir), file), '按可比价格计算', '按现价计算');
      editText(path.join(folder(dir), 'context.yaml'), '    growth: 5.6\n', '    growth: 5.6\n    growthBasis: current\n');
    });
    const gdp = other.context!.comparisons.find((c) => c.id === 'city-gdp')!;
    expect(gdp.growthGap).toBeUndefined();
    expect(gdp.basisDiffers).toBe(true);
    expect(contextTexts(other, strings('en'), 'en')!.rows.find((r) => r.id === 'city-gdp')!.gap).toBe('Not compared (other prices)');
    // Issue 25: English table cells of words start with a capital, as the rank table's do.
    const bases = contextTexts(other, strings('en'), 'en')!
      .rows.map((r) => r.basis)
      .filter((b) => b !== '');
    expect(bases.length).toBeGreaterThan(1);
    expect(bases.filter((b) => /^[a-z]/.test(b))).toEqual([]);
  });

  it('derive figures per resident from a cited total and a cited population, and show both inputs', () => {
    const district = context.perCapita.find((p) => p.area === 'district')!;
    // 512.8亿元 ÷ 68.4万人 = 74,970.76… 元.
    expect(district.perCapita).toMatchObject({ value: 74971, decimals: perCapitaDecimals, unit: '元' });
    expect(district.total.value).toBe(512.8);
    expect(district.population.value).toBe(68.4);
    const city = context.perCapita.find((p) => p.area === 'city')!;
    expect(city.perCapita.value).toBe(78864); // 6408.5亿元 ÷ 812.6万人
    const en = contextTexts(plan, strings('en'), 'en')!;
    // The district's GDP is an estimate (预计): so is the figure per resident; the population says it is the year-end count.
    expect(en.perCapita.find((p) => p.area === 'Yanxi District')!.derivation).toBe(
      'RMB 51.28 billion (estimate) ÷ 684,000 (year-end) = RMB 74,971 (estimate)',
    );
  });

  // Usefulness review (issue 31): figures per resident were divided by the year-end population while
  // bulletins divide by the annual average, and one derived from an estimate did not say so.
  it('divide by the year-end population only when no average is given, say so, and carry the estimate', () => {
    expect(context.perCapita.map((p) => p.population.basis)).toEqual(['year-end', 'year-end']);
    expect(context.perCapita.find((p) => p.area === 'district')!.estimate).toBe(true);
    expect(context.perCapita.find((p) => p.area === 'city')!.estimate).toBe(false);
    const en = contextTexts(plan, strings('en'), 'en')!;
    const zh = contextTexts(plan, strings('zh-CN'), 'zh-CN')!;
    expect(en.perCapitaNote).toContain('÷ the resident population at year-end, the only population the documents give');
    expect(zh.perCapitaNote).toContain('÷ 年末常住人口（所引文件仅给出年末数）');
    expect(zh.perCapita.find((p) => p.area === '砚溪区')!.perCapita).toBe('74971元（预计）');
    const rows = contextDatasets(plan, 'en', strings('en'), prepared().dataset.units!).perCapita;
    expect(rows.map((r) => [r.populationBasis, r.basis])).toEqual([
      ['year-end', null],
      ['year-end', 'estimate'],
    ]);
  });

  it('divide by the annual average population when the document gives it', () => {
    // The invented district bulletin also gives an invented annual average population.
    const withAverage = planOf((dir) => {
      editText(
        path.join(folder(dir), 'yanxi-bulletin-2024.txt'),
        '年末全区常住人口68.4万人,',
        '年末全区常住人口68.4万人,全年平均常住人口68.0万人,',
      );
      editText(
        path.join(folder(dir), 'context.yaml'),
        '  - id: district-gdp-2023',
        [
          '  - id: district-population-average',
          '    area: district',
          '    label: {zh: 年平均常住人口, en: Average resident population}',
          '    population: true',
          '    perCapita: [gdp]',
          '    value: 68.0',
          '    unit: 万人',
          '    year: 2024',
          '    document: yanxi-bulletin',
          '    source: 全年平均常住人口68.0万人',
          '  - id: district-gdp-2023',
        ].join('\n'),
      );
    });
    const district = withAverage.context!.perCapita.filter((p) => p.area === 'district');
    // One figure per resident for the district, by the average: 512.8亿元 ÷ 68.0万人 = 75,411.76… 元.
    expect(district).toHaveLength(1);
    expect(district[0]!.population).toMatchObject({ id: 'district-population-average', basis: 'average', value: 68 });
    expect(district[0]!.perCapita.value).toBe(75412);
    const en = contextTexts(withAverage, strings('en'), 'en')!;
    expect(en.perCapitaNote).toContain('the annual average where the document gives it');
    expect(en.perCapita.find((p) => p.area === 'Yanxi District')!.population).toBe('680,000 (annual average)');
  });

  it('appear in the brief in both languages, with the documents quoted', () => {
    const zh = briefText(plan, 'zh-CN');
    expect(zh).toContain('砚溪区对比参照');
    expect(zh).toContain('8.0%');
    expect(zh).toContain('74971元'); // Chinese text writes numbers without grouping
    expect(zh).toContain('禾湾市统计局（虚构）：《禾湾市2024年国民经济和社会发展统计公报（虚构）》');
    const en = briefText(plan, 'en');
    expect(en).toContain('Yanxi District in context');
    expect(en).toContain('RMB 74,971');
    expect(en).toContain('comparable prices');
    expect(en).toContain('Hewan City Statistics Bureau (invented): Statistical bulletin of Hewan City');
  });

  it('are absent, and so are the brief’s part and the workbook’s sheets, without context.yaml', () => {
    const none = planOf((dir) => {
      for (const file of ['context.yaml', 'hewan-bulletin-2024.txt', 'chengjiang-bulletin-2024.txt', 'yanxi-bulletin-2024.txt']) {
        rmSync(path.join(folder(dir), file));
      }
    });
    expect(none.context).toBeUndefined();
    expect(contextTexts(none, strings('en'), 'en')).toBeUndefined();
    expect(contextDatasets(none, 'en', strings('en'), prepared().dataset.units!)).toEqual({ context: [], perCapita: [] });
    expect(briefText(none, 'en')).not.toContain('in context');
    expect(briefText(none, 'zh-CN')).not.toContain('对比参照');
    // With it, the workbook has a row per comparison and per figure per resident.
    const rows = contextDatasets(plan, 'en', strings('en'), prepared().dataset.units!);
    expect(rows.context).toHaveLength(context.comparisons.length);
    expect(rows.context.find((r) => r.id === 'city-gdp')).toMatchObject({ areaShare: 8.0, areaShare__decimals: 1, growthGap: -1.4 });
    expect(rows.perCapita.map((r) => r.perCapitaValue)).toEqual([78864, 74971]);
  });
});

describe('validation of comparison figures', () => {
  it('a figure that its phrase does not hold is an error at its line in context.yaml', () => {
    const { diagnostics } = prepared((dir) =>
      editText(path.join(folder(dir), 'context.yaml'), '    value: 6408.5\n', '    value: 6408.6\n'),
    );
    const found = diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/editions\/yanxi-2024\/context\.yaml$/);
    expect(found[0]!.place).toEqual({ line: 24, column: 12 });
  });

  it('a phrase checks against its own document, not the report: found in the report, still an error', () => {
    // The report's own GDP phrase, quoted for the city: not in the city's bulletin.
    const { diagnostics } = prepared((dir) =>
      editText(
        path.join(folder(dir), 'context.yaml'),
        'source: 全年全市地区生产总值(GDP)6408.5亿元,按可比价格计算,比上年增长5.6%',
        'source: 预计全年实现地区生产总值(GDP)512.8亿元、增长4.2%',
      ),
    );
    const found = diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-found');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/context\.yaml$/);
    expect(found[0]!.place.line).toBe(29);
    expect(found[0]!.message).toContain('hewan-bulletin-2024.txt');
    expect(found[0]!.messageZh).toContain('hewan-bulletin-2024.txt');
  });

  it('decimals and units are those the document publishes', () => {
    const { diagnostics } = prepared((dir) => {
      editText(path.join(folder(dir), 'context.yaml'), '    value: 612.30\n', '    value: 612.3\n');
      editText(path.join(folder(dir), 'context.yaml'), '    value: 3120.4\n    unit: 亿元\n', '    value: 3120.4\n    unit: 万元\n');
    });
    expect(diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-decimals').map((d) => d.place.line)).toEqual([44]);
    expect(diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-unit').map((d) => d.place.line)).toEqual([34]);
  });

  it('a document that is missing, or a figure naming no document or figure, is reported', () => {
    const { diagnostics } = prepared((dir) => {
      rmSync(path.join(folder(dir), 'chengjiang-bulletin-2024.txt'));
      editText(path.join(folder(dir), 'context.yaml'), '    compares: budget-revenue\n', '    compares: budget-revenu\n');
      editText(
        path.join(folder(dir), 'context.yaml'),
        '    document: yanxi-bulletin\n    source: 2023',
        '    document: yanxi-bulletn\n    source: 2023',
      );
    });
    expect(diagnostics.some((d) => d.severity === 'error' && d.file.endsWith('chengjiang-bulletin-2024.txt'))).toBe(true);
    const refs = diagnostics.filter((d) => d.ruleId === 'plan:ref-resolves').map((d) => d.message);
    expect(refs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"budget-revenu" names no figure'),
        expect.stringContaining('"yanxi-bulletn" names no document'),
      ]),
    );
  });
});

describe('the key messages put the lead indicator in context (issue 31, usefulness review)', () => {
  it('give its share of each larger area and its growth gap at the same prices, in both languages; none without a context part', async () => {
    const { keyMessages } = await import('../../src/present/key-messages.js');
    const plan = planOf();
    expect(keyMessages(plan, stringsForEdition(strings('en'), plan), 'en')[0]).toContain(
      'Compared with larger areas, gross domestic product (GDP) was 8.0% of the Hewan City total; growth 1.4 percentage points below Hewan City (5.6% at comparable prices)',
    );
    expect(keyMessages(plan, stringsForEdition(strings('zh-CN'), plan), 'zh-CN')[0]).toContain(
      '与上级区域比较,地区生产总值占禾湾市的8.0%,增速比禾湾市低1.4个百分点(禾湾市5.6%,按可比价计算)',
    );
    // Without the context part there is nothing to compare with, and nothing is said.
    // (Its bulletins left in the folder are then stray files: warnings, not errors.)
    const { dataset, diagnostics } = prepared((dataDir) => rmSync(path.join(folder(dataDir), 'context.yaml')));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const without = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    expect(without.context).toBeUndefined();
    expect(keyMessages(without, stringsForEdition(strings('en'), without), 'en')[0]).not.toContain('In context');
  });
});
