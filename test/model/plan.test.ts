import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countQuantity, formatNumber, formatQuantity, oneUnit, readerQuantity } from '../../src/model/format.js';
import { buildPlan, describeTarget } from '../../src/model/plan.js';
import { computeCompletion, computeStatus } from '../../src/model/status.js';
import { defaultDataDir, editText, makeDataDir, reviewOnlyEditionDir, validateDir } from '../helpers.js';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const edition = dataset.editions.find((e) => e.folder === 'binjiang-2025')!;
const plan = buildPlan(edition, units, dataset.glossary!, []);

describe('target status', () => {
  it('is computed from the target kind for every Table 1 row', () => {
    expect(Object.fromEntries(plan.reviewTargets!.rows.map((r) => [r.id, r.status]))).toEqual({
      't1-gdp-growth': 'not-met', // 5.0% against 6%
      't1-investment-within': 'met', // 337.1 against strive for 300
      't1-investment-whole': 'met', // 414.8 against at least 350
      't1-budget-revenue': 'met', // grew 8.2%, in step with GDP's 5.0%
      't1-new-talent': 'met', // 42859 人 against 4.2 万人, compared in one unit
      't1-disposable-income': 'not-met', // grew 3.0%, less than GDP's 5.0%
      't1-rd-intensity': 'not-met', // 9.1% against about 10%
    });
    // The R&D share is judged on data of an earlier year, and says so.
    expect(plan.reviewTargets!.rows.find((r) => r.id === 't1-rd-intensity')!.year).toBe(2023);
  });

  it('converts units before comparing and treats "about" as ±5%', () => {
    expect(computeStatus({ kind: 'numeric', value: 4.3, unit: '万人' }, [{ value: 42859, unit: '人' }], units)).toBe('not-met');
    expect(computeStatus({ kind: 'numeric', bound: 'about', value: 10, unit: '%' }, [{ value: 9.6, unit: '%' }], units)).toBe('met');
    expect(computeStatus({ kind: 'numeric', bound: 'at-least', value: 350, unit: '亿元' }, [{ value: 3, unit: '%' }], units)).toBe(
      'not-comparable',
    );
  });

  it('reads each bound: over is strict, at least and at most include the target', () => {
    const at = (bound: 'over' | 'at-least' | 'at-most', value: number) =>
      computeStatus({ kind: 'numeric', bound, value: 100, unit: '%' }, [{ value, unit: '%' }], units);
    expect([at('over', 100), at('over', 100.1)]).toEqual(['not-met', 'met']);
    expect([at('at-least', 100), at('at-least', 99.9)]).toEqual(['met', 'not-met']);
    expect([at('at-most', 100), at('at-most', 100.1)]).toEqual(['met', 'not-met']);
  });

  it('judges relative targets against the growth of the figure they name', () => {
    const target = { kind: 'relative', relation: 'in-step', against: 'gdp', text: { zh: '同步', en: 'in step' } } as const;
    const faster = { ...target, relation: 'faster' } as const;
    const growth = (value: number) => [{ value, unit: '%', measure: 'growth' as const }];
    expect(computeStatus(target, growth(5.0), units, { growth: 5.0 })).toBe('met');
    expect(computeStatus(target, growth(4.9), units, { growth: 5.0 })).toBe('not-met');
    expect(computeStatus(faster, growth(5.0), units, { growth: 5.0 })).toBe('not-met');
    expect(computeStatus(target, growth(5.0), units, {})).toBe('not-comparable');
  });

  it('computes completion on growth indices for growth targets and as a ratio for levels', () => {
    const growth = computeCompletion({ kind: 'numeric', value: 6.5, unit: '%' }, [{ value: 5, unit: '%', measure: 'growth' }], units)!;
    expect(growth.toFixed(1)).toBe('98.6');
    const level = computeCompletion({ kind: 'numeric', value: 710, unit: '亿元' }, [{ value: 634.7, unit: '亿元' }], units)!;
    expect(level.toFixed(1)).toBe('89.4');
  });
});

describe('formatting', () => {
  it('keeps the published unit in Chinese and converts for English with the published precision', () => {
    const gdp = plan.headline.find((h) => h.id === 'gdp')!;
    expect(gdp.display).toEqual({ zh: '2887.8亿元', en: 'RMB 288.78 billion' });
    expect(gdp.growth!.display).toEqual({ zh: '5.0%', en: '5.0%' });
    expect(gdp.growth!.said).toEqual({ zh: '增长5.0%', en: 'up 5.0%' });
    expect(formatQuantity({ value: 4.2, unit: '万人', decimals: 1 }, units, 'en')).toBe('42,000'); // the label names what is counted
    expect(formatQuantity({ value: 300, unit: '亿元', decimals: 0 }, units, 'en')).toBe('RMB 30 billion');
    expect(formatQuantity({ value: 13.1, unit: '亿美元', decimals: 1 }, units, 'en')).toBe('USD 1.31 billion');
    expect(formatQuantity({ value: 3900, unit: '万元', decimals: 0 }, units, 'en')).toBe('RMB 39 million');
    expect(formatQuantity({ value: 2745, unit: '个', decimals: 0 }, units, 'zh-CN')).toBe('2745个');
  });

  it('gives a reader of English a count published in a 万 unit as the count itself, in its base unit, and leaves other units as published', () => {
    // The one place a unit is converted for readers: the brief's words and the workbook's cells read it.
    expect(readerQuantity({ value: 4.2, unit: '万人', decimals: 1 }, units, 'en')).toEqual({ value: 42000, unit: '人', decimals: 0 });
    // Rounded to its precision (80.73 × 10,000 is 807300.0000000001 in floating point).
    expect(readerQuantity({ value: 80.73, unit: '万人次', decimals: 2 }, units, 'en')).toEqual({
      value: 807300,
      unit: '人次',
      decimals: 0,
    });
    expect(readerQuantity({ value: 2.1, unit: '万家', decimals: 1 }, units, 'en')).toEqual({ value: 21000, unit: '家', decimals: 0 });
    // The count keeps its own measure word: 288.82 万件 is 2888200 件, not 个 (another unit counting items).
    expect(countQuantity({ value: 288.82, unit: '万件', decimals: 2 }, units)).toEqual({ value: 2888200, unit: '件', decimals: 0 });
    expect(units.units.filter((u) => u.quantity === 'items' && u.factor === 1).length).toBeGreaterThan(1);
    for (const q of [
      { value: 2887.8, unit: '亿元', decimals: 1 },
      { value: 3900, unit: '万元', decimals: 0 },
      { value: 5.6, unit: '%', decimals: 1 },
      { value: 12, unit: '万平方米', decimals: 0 },
      { value: 2745, unit: '个', decimals: 0 },
    ])
      expect(readerQuantity(q, units, 'en')).toBe(q);
    expect(readerQuantity({ value: 4.2, unit: '万人', decimals: 1 }, units, 'zh-CN')).toEqual({ value: 4.2, unit: '万人', decimals: 1 });
    // No unit reads "tens of thousands" in English.
    for (const unit of units.units) expect(unit.en, unit.id).not.toMatch(/tens of thousands/i);
  });

  it('gives figures set side by side in one unit: those of one quantity in different multiples in the smallest, rates and lone quantities as they are', () => {
    const amount = { value: 300, unit: '亿元', decimals: 0 };
    const small = { value: 5000, unit: '万元', decimals: 0 };
    const rate = { value: 5.6, unit: '%', decimals: 1 };
    const shown = oneUnit([amount, small, rate], units);
    expect(shown[0]).toEqual({ value: 3000000, unit: '万元', decimals: 0 });
    expect(shown[1]).toBe(small);
    expect(shown[2]).toBe(rate);
    // Decimals lost to the smaller unit: 2887.85 亿元 is 28878500 万元.
    expect(oneUnit([{ value: 2887.85, unit: '亿元', decimals: 2 }, small], units)[0]).toEqual({
      value: 28878500,
      unit: '万元',
      decimals: 0,
    });
    // A count given as the count itself in either language's workbook: 4.2 万人 beside 42,859 人.
    const talent = [countQuantity({ value: 4.2, unit: '万人', decimals: 1 }, units), { value: 42859, unit: '人', decimals: 0 }];
    expect(oneUnit(talent, units).map((q) => `${q.value} ${q.unit}`)).toEqual(['42000 人', '42859 人']);
  });

  it('describes targets by kind in both languages', () => {
    const within = plan.reviewTargets!.rows.find((r) => r.id === 't1-investment-within')!;
    expect(within.target.display).toEqual({ zh: '力争300亿元', en: 'strive for RMB 30 billion' });
    const rd = plan.reviewTargets!.rows.find((r) => r.id === 't1-rd-intensity')!;
    expect(rd.target.display).toEqual({ zh: '10%左右', en: 'about 10%' });
  });

  it('replaces [[figure]] citations in narrative with the formatted figure', () => {
    const r1 = plan.sections.review.find((s) => s.id === 'r1')!;
    expect(r1.summary.zh).toContain('69.9%');
    expect(r1.summary.en).toContain('69.9%');
    const all = JSON.stringify(plan.sections);
    expect(all).not.toContain('[[');
  });

  it('links 2025 growth targets to the 2024 growth of the same indicator', () => {
    const gdp = plan.planTargets.main.find((t) => t.id === 'm-gdp-growth')!;
    expect(gdp.previous?.value).toBe(5.0);
    expect(gdp.target.value).toBe(5.6);
  });

  it('computes row sums of the project tables once, at the published precision', () => {
    const bySector = plan.tables.find((t) => t.id === 'by-sector')!;
    expect(bySector.rowSums['total-investment']).toBe(1243.9);
    expect(bySector.total!.values['total-investment']).toBe(1243.8);
    expect(bySector.rowSums.projects).toBe(53);
  });

  it("keeps every table cell at the decimals it was published with, not its column's", () => {
    // Each row quotes its published line ("西兴街道 | 2 | 131.2 | 5 | 8 |"): every cell, formatted
    // with the decimals the model gives it, reads as the report prints it (5 stays 5, 100 stays 100).
    const data = edition.data.tables!.tables;
    let checked = 0;
    for (const [t, table] of plan.tables.entries()) {
      const published = [...data[t]!.rows, ...(data[t]!.total ? [data[t]!.total!] : [])];
      for (const [r, row] of [...table.rows, ...(table.total ? [table.total] : [])].entries()) {
        const cells = published[r]!.source.split('|')
          .map((c) => c.trim())
          .slice(1);
        for (const [c, column] of table.columns.entries()) {
          const value = row.values[column.id];
          if (value === undefined) continue;
          expect(formatNumber(value, row.decimals[column.id]!, 'zh-CN').replace(/,/g, '')).toBe(cells[c]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    const xixing = plan.tables.flatMap((t) => t.rows).find((r) => r.id === 'xixing')!;
    expect([xixing.decimals['annual-investment'], xixing.decimals['annual-share']]).toEqual([0, 0]);
  });
});

describe('the default edition says what its source says', () => {
  const ids = (id: string) => [...plan.planTargets.main, ...plan.planTargets.work].find((t) => t.id === id)!;
  it('keeps the qualifiers of its targets', () => {
    expect(ids('w-investment-completion').target.display).toEqual({ zh: '力争超100%', en: 'strive for over 100%' });
    expect(ids('w-special-funding').target.display).toEqual({ zh: '力争8亿元以上', en: 'strive for at least RMB 800 million' });
    expect(ids('w-rd-centres').target.display).toEqual({ zh: '力争60家以上', en: 'strive for at least 60' });
  });
  it('ranks the digital economy by its share, and names each indicator once', () => {
    const share = plan.achievements.find((a) => a.id === 'a-digital-economy-share')!;
    expect(share.ranks.map((r) => r.measure)).toEqual(['share']);
    const investment = plan.headline.find((h) => h.id === 'investment-incl-zones')!;
    expect(plan.reviewTargets!.rows.find((r) => r.headline === investment.id)!.indicator).toEqual(investment.label);
  });
});

describe('a review target says what it is for (issue 24)', () => {
  it('a growth target reads as growth, not as a level: 增长6%左右 / growth of about 6%', () => {
    const target = { kind: 'numeric', value: 6, unit: '%', bound: 'about' } as const;
    expect(describeTarget(target, 0, units).display).toEqual({ zh: '6%左右', en: 'about 6%' });
    expect(describeTarget(target, 0, units, 'growth').display).toEqual({ zh: '增长6%左右', en: 'growth of about 6%' });
    expect(describeTarget({ ...target, strive: true }, 0, units, 'growth').display.zh).toBe('力争增长6%左右');
    expect(describeTarget({ kind: 'numeric', value: 1, unit: '百分点' }, 0, units, 'change').display.zh).toBe('提高1个百分点');
  });
});

// Fourth publication review: "GDP is estimated at RMB 51.28 billion (estimate)" said it twice.
describe('a cited estimate in text that already says so', () => {
  it('is not marked again; the same figure in text that does not say so is', () => {
    const dataDir = makeDataDir([reviewOnlyEditionDir]);
    const sections = path.join(dataDir, 'editions', 'yanxi-2024', 'sections.yaml');
    const summaryMarks = () => {
      const { dataset } = validateDir(dataDir);
      const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
      const section = plan.sections.review.find((s) => s.figureMarks.some((m) => m.text === 'summary'));
      return (section?.figureMarks ?? []).filter((m) => m.text === 'summary' && m.estimate).map((m) => m.lang);
    };
    expect(readFileSync(sections, 'utf8')).toContain('GDP is estimated at [[gdp]]');
    expect(summaryMarks()).toEqual([]);
    editText(sections, '地区生产总值预计[[gdp]]', '地区生产总值为[[gdp]]');
    editText(sections, 'GDP is estimated at [[gdp]]', 'GDP reached [[gdp]]');
    expect(summaryMarks().sort()).toEqual(['en', 'zh']);
  });
});
