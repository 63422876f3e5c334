import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { growthBasisOf } from '../../src/model/growth-basis.js';
import { buildPlan } from '../../src/model/plan.js';
import { keyFindings, keyMessages } from '../../src/present/key-messages.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Issue 24: growth at comparable prices (value added, GDP) and at current prices (revenue, sales,
// investment, income) is compared only within one basis, and every comparison says which.

const binjiang = path.join(defaultDataDir, 'editions', 'binjiang-2025');
const zh = loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!;
const en = loadUiStrings(repoRoot, 'en', new DiagnosticSink())!;
const en_ = en;

function planOf(edit?: { file: string; from: string; to: string }) {
  const dataDir = makeDataDir([binjiang]);
  if (edit) editText(path.join(dataDir, 'editions', 'binjiang-2025', edit.file), edit.from, edit.to);
  const { dataset, diagnostics } = validateDir(dataDir);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
}

describe('the price basis of growth', () => {
  it('follows the data, then the phrase, then the kind of indicator', () => {
    const gdp = { zh: '地区生产总值', en: 'GDP' };
    const income = { zh: '居民人均可支配收入', en: 'Per capita disposable income' };
    expect(growthBasisOf(gdp, '增长5.0%')).toEqual({ basis: 'comparable', from: 'kind' });
    expect(growthBasisOf({ zh: '服务业增加值', en: 'Services value added' }, '增长4.4%').basis).toBe('comparable');
    expect(growthBasisOf(income, '增长3.0%')).toEqual({ basis: 'current', from: 'kind' });
    expect(growthBasisOf(income, '扣除价格因素实际增长3.0%')).toEqual({ basis: 'comparable', from: 'phrase' });
    expect(growthBasisOf(gdp, '按现价计算增长7.1%')).toEqual({ basis: 'current', from: 'phrase' });
    expect(growthBasisOf(gdp, '增长5.0%', 'current')).toEqual({ basis: 'current', from: 'data' });
  });

  it('the key messages rank growth only within one basis and name it (not fiscal revenue against services value added)', () => {
    const plan = planOf();
    const zhText = keyMessages(plan, zh, 'zh-CN');
    // One finding per basis (a message of both read as a wall of text: usefulness review 10).
    const message = zhText.filter((m) => m.includes('增速最高'));
    expect(message).toEqual([
      '主要指标中,按可比价(推定)计算,规上工业增加值增速最高,增长6.0%,服务业增加值增速最低,增长4.4%。',
      '主要指标中,按现价(推定)计算,财政总收入增速最高,增长12.8%,固定资产投资(全区,含特别合作区)增速最低,增长5.3%。',
    ]);
    // Each sentence compares figures of its own basis only.
    for (const basis of ['comparable', 'current'] as const) {
      const names = plan.headline.filter((h) => h.growth?.basis === basis).map((h) => h.label.zh);
      const sentence = message.find((m) => m.includes(basis === 'comparable' ? '按可比价' : '按现价'))!;
      const others = plan.headline.filter((h) => h.growth !== undefined && h.growth.basis !== basis).map((h) => h.label.zh);
      expect(names.some((n) => sentence.includes(n))).toBe(true);
      expect(others.filter((n) => sentence.includes(n) && !names.some((own) => own.includes(n)))).toEqual([]);
    }
    expect(keyMessages(plan, en, 'en').filter((m) => m.includes('grew fastest'))).toEqual([
      expect.stringMatching(/^Among the headline indicators, at comparable prices \(assumed\), /),
      expect.stringMatching(/^Among the headline indicators, at current prices \(assumed\), /),
    ]);
  });

  // Reader review 11: "At comparable prices, industrial value added grew fastest" stated as fact a
  // basis the brief only assumes (the report states no prices for these growth rates).
  it('a key message or finding that compares growth on an assumed basis says the basis is assumed, and one on stated bases does not', () => {
    const plan = planOf();
    const assumed = plan.headline.filter((h) => h.growth?.basisFrom === 'kind');
    expect(assumed.length).toBeGreaterThan(1);
    const fastestZh = keyFindings(plan, zh, 'zh-CN').find((m) => m.includes('增速最高'))!;
    const fastestEn = keyFindings(plan, en, 'en').find((m) => m.includes('grew fastest'))!;
    expect(fastestZh).toMatch(/^按可比价\(推定\)计算,/);
    expect(fastestEn).toMatch(/^At comparable prices \(assumed\), /);
    // Every headline growth stated by the data: the same findings, without the mark.
    const stated = {
      ...plan,
      headline: plan.headline.map((h) => (h.growth ? { ...h, growth: { ...h.growth, basisFrom: 'data' as const } } : h)),
    };
    const statedZh = [...keyFindings(stated, zh, 'zh-CN'), ...keyMessages(stated, zh, 'zh-CN')].filter((m) => m.includes('增速最高'));
    const statedEn = [...keyFindings(stated, en, 'en'), ...keyMessages(stated, en, 'en')].filter((m) => m.includes('grew fastest'));
    expect(statedZh.length).toBe(3);
    expect(statedEn.length).toBe(3);
    for (const m of statedZh) expect(m).not.toContain('推定');
    for (const m of statedEn) expect(m).not.toContain('assumed');
  });

  it('a judgement across price bases marks each basis the brief assumes, and only those', () => {
    const plan = planOf();
    const income = plan.reviewTargets!.rows.find((r) => r.priceBases !== undefined && r.id === 't1-disposable-income')!;
    expect(income.priceBases).toMatchObject({ result: 'current', reference: 'comparable', resultAssumed: true, referenceAssumed: true });
    const en = keyMessages(plan, en_, 'en').join(' ');
    expect(en).toContain('not like for like: current prices (assumed) against comparable prices (assumed).');
    expect(keyMessages(plan, zh, 'zh-CN').join('')).toContain('但系按现价(推定)计算的增速对照按可比价(推定)计算的');
    // GDP's basis stated in the data: only the income side stays assumed.
    const stated = planOf({ file: 'headline.yaml', from: '    growth: 5.0\n', to: '    growth: 5.0\n    growthBasis: comparable\n' });
    const row = stated.reviewTargets!.rows.find((r) => r.id === 't1-disposable-income')!;
    expect(row.priceBases).toEqual({ result: 'current', reference: 'comparable', resultAssumed: true });
    expect(keyMessages(stated, en_, 'en').join(' ')).toContain('not like for like: current prices (assumed) against comparable prices.');
  });

  it('an editor can set the basis of one figure: fiscal revenue at comparable prices then joins that comparison', () => {
    const plan = planOf({ file: 'headline.yaml', from: '    growth: 12.8\n', to: '    growth: 12.8\n    growthBasis: comparable\n' });
    expect(plan.headline.find((h) => h.id === 'fiscal-revenue')!.growth).toMatchObject({ basis: 'comparable', basisFrom: 'data' });
    const comparable = keyMessages(plan, zh, 'zh-CN').find((m) => m.startsWith('主要指标中,按可比价'))!;
    expect(comparable).toContain('财政总收入增速最高,增长12.8%');
  });

  it('a relative target states the basis of the growth it is read against, and that the result is on another', () => {
    const plan = planOf();
    const income = plan.reviewTargets!.rows.find((r) => r.reference !== undefined && r.actual.some((a) => a.measure === 'growth'))!;
    expect(income.reference!.growth!.basis).toBe('comparable');
    expect(income.actual.find((a) => a.measure === 'growth')!.basis).toBe('current');
  });
});
