import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { computeStatus } from '../../src/model/status.js';
import { defaultDataDir, validateDir } from '../helpers.js';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const edition = dataset.editions.find((e) => e.folder === 'binjiang-2025')!;
const plan = buildPlan(edition, units, dataset.glossary!, []);

describe('target status', () => {
  it('is computed from the target kind for every Table 1 row', () => {
    expect(Object.fromEntries(plan.reviewTargets.rows.map((r) => [r.id, r.status]))).toEqual({
      't1-gdp-growth': 'not-met', // 5.0% against 6%
      't1-investment-within': 'met', // 337.1 against strive for 300
      't1-investment-whole': 'met', // 414.8 against above 350
      't1-budget-revenue': 'not-comparable', // qualitative
      't1-new-talent': 'met', // 42859 人 against 4.2 万人, compared in one unit
      't1-disposable-income': 'not-comparable', // qualitative
      't1-rd-intensity': 'not-met', // 9.1% against about 10%
    });
  });

  it('converts units before comparing and treats "about" as ±5%', () => {
    expect(computeStatus({ kind: 'numeric', value: 4.3, unit: '万人' }, [{ value: 42859, unit: '人' }], units)).toBe('not-met');
    expect(computeStatus({ kind: 'about', value: 10, unit: '%' }, [{ value: 9.6, unit: '%' }], units)).toBe('met');
    expect(computeStatus({ kind: 'above', value: 350, unit: '亿元' }, [{ value: 3, unit: '%' }], units)).toBe('not-comparable');
  });
});

describe('formatting', () => {
  it('keeps the published unit in Chinese and converts for English with the published precision', () => {
    const gdp = plan.headline.find((h) => h.id === 'gdp')!;
    expect(gdp.display).toEqual({ zh: '2887.8亿元', en: 'RMB 288.78 billion' });
    expect(gdp.growth!.display).toEqual({ zh: '5.0%', en: '5.0%' });
    expect(formatQuantity({ value: 4.2, unit: '万人', decimals: 1 }, units, 'en')).toBe('42,000'); // the label names what is counted
    expect(formatQuantity({ value: 300, unit: '亿元', decimals: 0 }, units, 'en')).toBe('RMB 30 billion');
    expect(formatQuantity({ value: 13.1, unit: '亿美元', decimals: 1 }, units, 'en')).toBe('USD 1.31 billion');
    expect(formatQuantity({ value: 3900, unit: '万元', decimals: 0 }, units, 'en')).toBe('RMB 39 million');
    expect(formatQuantity({ value: 2745, unit: '个', decimals: 0 }, units, 'zh-CN')).toBe('2745个');
  });

  it('describes targets by kind in both languages', () => {
    const within = plan.reviewTargets.rows.find((r) => r.id === 't1-investment-within')!;
    expect(within.target.display).toEqual({ zh: '力争300亿元', en: 'strive for RMB 30 billion' });
    const rd = plan.reviewTargets.rows.find((r) => r.id === 't1-rd-intensity')!;
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
    const bySector = plan.projects.tables.find((t) => t.id === 'by-sector')!;
    expect(bySector.rowSums.totalInvestment).toBe(1243.9);
    expect(bySector.total.values.totalInvestment).toBe(1243.8);
    expect(bySector.rowSums.projects).toBe(53);
  });
});
