import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { outlookTexts } from '../../src/present/scorecard.js';
import { judgementText, sectionText } from '../../src/present/reader.js';
import { chineseCount, englishCount } from '../../src/present/words.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbookData } from '../../src/workbook/data.js';
import { makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Usefulness review (issue 31): a judgement resting on an earlier year's data (错年数据), or comparing
// growth at current prices with growth at comparable prices, is not counted as firm. Every output
// sets it apart with the gap instead of a verdict: key messages, the targets table, the outlook,
// the workbook.
const strings = { en: loadUiStrings(repoRoot, 'en', new DiagnosticSink())!, zh: loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())! };

describe.each([
  ['the default edition', path.join(repoRoot, 'data'), 'binjiang-2025'],
  ['the invented yanxi-2024', undefined, 'yanxi-2024'],
])('%s', (_, dir, folder) => {
  const { dataset } = validateDir(dir ?? makeDataDir([reviewOnlyEditionDir]));
  const plan = buildPlan(dataset.editions.find((e) => e.folder === folder)!, dataset.units!, dataset.glossary!, []);
  const rows = plan.reviewTargets!.rows;
  const lagged = rows.find((r) => r.year !== undefined)!;
  const crossed = rows.filter((r) => r.priceBases !== undefined);
  const { current, crossBasis, lagged: laggedIndicators } = plan.reviewTargets!.scorecard;

  it('has a lagged judgement and judgements across price bases, each with a gap in percentage points', () => {
    expect(lagged.status).not.toBe('not-comparable');
    expect(lagged.margin).toBeDefined();
    expect(lagged.margin!.value).toBeCloseTo(lagged.gap!, 6);
    expect(crossed.length).toBeGreaterThan(0);
    for (const row of crossed) {
      const growth = row.actual.find((a) => a.measure === 'growth')!;
      expect(row.margin!.value).toBeCloseTo(growth.value - row.reference!.growth!.value, 6);
    }
  });

  it('counts only the firm judgements in the key messages, and says how many are set apart', () => {
    const count = (n: number, lang: 'en' | 'zh') => (lang === 'zh' ? chineseCount(n) : englishCount(n));
    const apart = crossBasis.length + laggedIndicators.length;
    const met = current.filter((i) => i.status === 'met').length;
    const en = keyMessages(plan, strings.en, 'en')[1]!;
    const zh = keyMessages(plan, strings.zh, 'zh-CN')[1]!;
    expect(en).toContain(`on ${plan.edition.reviewYear} data, like with like, ${count(met, 'en')} were met`);
    expect(en).toContain(`and ${count(apart, 'en')} cannot be judged firmly`);
    expect(zh).toContain(`完成${count(met, 'zh')}项`);
    expect(zh).toContain(`另有${count(apart, 'zh')}项无法据此判断`);
    // The lagged item gives its year, figure and gap, and no verdict.
    const label = plan.reviewTargets!.scorecard.lagged[0]!.label;
    const sentence = en.slice(en.indexOf('Not assessable on'));
    expect(sentence).toContain(`${label.en}, ${lagged.actual[0]!.display.en} in ${lagged.year}`);
    expect(sentence).toContain(`gap ${lagged.margin!.display.en}`);
    expect(sentence).not.toMatch(/\bnot met\b/);
    expect(zh).toContain(`${label.zh}无法以${plan.edition.reviewYear}年数据判断`);
    expect(zh).toContain(`相差${lagged.margin!.display.zh}`);
    // Each judgement across bases gives both growth rates and the gap.
    for (const row of crossed) expect(en).toContain(`a gap of ${row.margin!.display.en}`);
  });

  it('sets the same judgements apart in the targets table, the outlook and the workbook, in both languages', () => {
    const year = plan.edition.reviewYear;
    expect(judgementText(strings.en, lagged, year, 'en')).toBe(
      `– Not assessable on ${year} data (${lagged.year} data: gap ${lagged.margin!.display.en})`,
    );
    expect(judgementText(strings.zh, lagged, year, 'zh')).toBe(
      `– 无法以${year}年数据判断(${lagged.year}年数据,与目标相差${lagged.margin!.display.zh})`,
    );
    for (const row of crossed) {
      expect(judgementText(strings.en, row, year, 'en')).toContain('Not assessable like for like (price bases differ');
      expect(judgementText(strings.zh, row, year, 'zh')).toContain('价格口径不同,无法同口径判断');
    }
    // A firm judgement keeps its verdict.
    const firm = rows.find((r) => r.status === 'met' && r.year === undefined && r.priceBases === undefined)!;
    expect(judgementText(strings.en, firm, year, 'en')).toBe('✓ Met');
    for (const [locale, s] of [
      ['en', strings.en],
      ['zh-CN', strings.zh],
    ] as const) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const workbook = buildWorkbookData(plan, locale, s, dataset.units!);
      const status = (id: string) => workbook.datasets.reviewTargets!.find((r) => r.id === id)!.status;
      expect(status(lagged.id)).toBe(judgementText(s, lagged, year, lang, false));
      for (const row of crossed) expect(status(row.id)).toBe(judgementText(s, row, year, lang, false));
      // The outlook's review-year status of a lagged indicator is set apart as well.
      const outlook = outlookTexts(plan, s, locale).filter(
        (o) => plan.outlook.find((r) => r.target === o.id)?.previousTarget?.id === lagged.id,
      );
      for (const o of outlook) expect(o.previousStatus).toBe(judgementText(s, lagged, year, lang));
    }
  });
});

// Usefulness review (issue 31): "R&D expenditure held at 9.1% of GDP" in a section's text dropped the
// "(2023 data)" its table carries. A figure cited in the text ([[id]]) takes its marks with it.
describe('a cited figure of an earlier year in a section’s text', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const figure = plan.achievements.find((a) => a.year !== undefined && a.year !== plan.edition.reviewYear)!;
  const section = plan.sections.review.find((s) => s.figureMarks.length > 0)!;

  it('carries the year of its data in both languages, right after its value', () => {
    expect(section.summary.en).toContain(figure.display.en);
    expect(sectionText(strings.en, section, 'summary', 'en')).toContain(`${figure.display.en} (${figure.year} data)`);
    expect(sectionText(strings.zh, section, 'summary', 'zh')).toContain(`${figure.display.zh}（${figure.year}年数据）`);
  });

  it('carries no mark when the figure is of the review year', () => {
    const plain = { ...section, figureMarks: [] };
    expect(sectionText(strings.en, plain, 'summary', 'en')).toBe(section.summary.en);
    // Every flagged figure's mark sits where its value ends.
    for (const m of section.figureMarks) {
      const text = m.text === 'summary' ? section.summary[m.lang] : section.highlights[m.text]![m.lang];
      expect(text.slice(0, m.at).endsWith(figure.display[m.lang])).toBe(true);
    }
  });
});
