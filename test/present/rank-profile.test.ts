import { describe, expect, it } from 'vitest';
import { locales } from '../../src/model/format.js';
import { rankProfile, rankTexts } from '../../src/present/ranks.js';
import { goldenPlans } from '../golden/editions.js';

/**
 * The rank profile (usefulness review 10: ranks scattered): every rank of the rank table once, in
 * rows of one group and one position, so that a reader counts "first in the province" at a glance.
 */
const { plans, strings } = goldenPlans();

describe('the rank profile', () => {
  it('holds every rank of the table once, one group and one position a row, positions in order', () => {
    let ranked = 0;
    for (const [folder, plan] of plans) {
      for (const locale of locales) {
        const texts = rankTexts(plan, strings.get(locale)!, locale);
        const rows = rankProfile(texts, strings.get(locale)!, locale);
        ranked += texts.length;
        // Counts add up to the table's rows, and each row lists as many indicators as it counts.
        const sep = locale === 'zh-CN' ? ';' : '; ';
        expect(
          rows.reduce((n, r) => n + Number(r.count.replace(/\D/g, '')), 0),
          `${folder}/${locale}`,
        ).toBe(texts.length);
        for (const t of texts) {
          const row = rows.filter((r) => r.scope === t.scope && r.positionText === t.positionText);
          expect(row, `${folder}/${locale}: ${t.indicator}`).toHaveLength(1);
          expect(row[0]!.indicators).toContain(t.indicator);
        }
        for (const r of rows) expect(r.indicators.split(sep).length, `${folder}/${locale}: ${r.indicators}`).toBe(Number(r.count));
        // Within a group, stated positions ascend and standings in words come after them.
        for (const scope of new Set(rows.map((r) => r.scope))) {
          const positions = rows
            .filter((r) => r.scope === scope)
            .map((r) => texts.find((t) => t.scope === scope && t.positionText === r.positionText)!.position ?? Number.POSITIVE_INFINITY);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
      }
    }
    expect(ranked).toBeGreaterThan(0);
  });

  it('names what each rank is by, where the report says it', () => {
    const plan = plans.find(([folder]) => folder === 'binjiang-2025')![1];
    const en = rankProfile(rankTexts(plan, strings.get('en')!, 'en'), strings.get('en')!, 'en');
    const zh = rankProfile(rankTexts(plan, strings.get('zh-CN')!, 'zh-CN'), strings.get('zh-CN')!, 'zh-CN');
    // GDP: second in the city by size, sixth by growth (the source: 总量列全市第二, 增速列全市第六).
    expect(en.find((r) => r.positionText === 'No. 6')?.indicators).toBe('Gross domestic product (GDP): growth');
    expect(zh.find((r) => r.positionText === '第六')?.indicators).toBe('地区生产总值:增速');
    expect(zh.find((r) => r.scope === '全省' && r.positionText === '第一')?.count).toBe('16');
  });

  it('has the same rows in both languages, no two alike in one (review11: 前列 and 领先 merged in English)', () => {
    let compared = 0;
    for (const [folder, plan] of plans) {
      const [zh, en] = (['zh-CN', 'en'] as const).map((l) => rankProfile(rankTexts(plan, strings.get(l)!, l), strings.get(l)!, l));
      expect(en!.length, folder).toBe(zh!.length);
      // Row for row, the same ranks: counts agree.
      expect(
        en!.map((r) => r.count),
        folder,
      ).toEqual(zh!.map((r) => r.count));
      for (const rows of [zh!, en!]) {
        const seen = rows.map((r) => `${r.scope} | ${r.positionText}`);
        expect(seen, `${folder}: two rows read alike`).toEqual([...new Set(seen)]);
      }
      compared += zh!.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('says what a rank is by only where the indicator does not already say it (review11: "…test results: sample test results")', () => {
    let named = 0;
    for (const [folder, plan] of plans) {
      for (const locale of locales) {
        const texts = rankTexts(plan, strings.get(locale)!, locale);
        const items = rankProfile(texts, strings.get(locale)!, locale).flatMap((r) => r.indicators.split(locale === 'zh-CN' ? ';' : '; '));
        for (const item of items) {
          // An item is an indicator as the table names it, or "indicator: measure".
          const t = texts.find((x) => item.startsWith(x.indicator) && item.length > x.indicator.length);
          if (!t) continue;
          named++;
          const measure = item.slice(t.indicator.length).replace(/^[:：]\s*/, '');
          // The measure is not the name's own head: not its last words ("Innovation index: index",
          // 创新指数:指数), nor its first ("Level of education modernisation: level").
          const name = t.indicator.toLowerCase();
          const m = measure.toLowerCase();
          expect(name.endsWith(m) || name.startsWith(`${m} of `), `${folder}/${locale}: ${item}`).toBe(false);
        }
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('is empty without ranks', () => {
    expect(rankProfile([], strings.get('en')!, 'en')).toEqual([]);
  });
});
