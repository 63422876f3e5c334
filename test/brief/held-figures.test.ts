import { describe, expect, it } from 'vitest';
import { composeBrief } from '../../src/brief/brief.js';
import type { TableNode } from '../../src/brief/markup.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import type { Locale } from '../../src/model/format.js';
import { heldWord } from '../../src/model/held.js';
import { buildPlan } from '../../src/model/plan.js';
import { figureLabel } from '../../src/present/reader.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, repoRoot, validateDir } from '../helpers.js';

// Publication review: "2,726 childcare places" (全区拥有托位2726个) read as places added in 2024,
// beside 8,919 new school places (新增学位). A figure whose phrase says it is a total held says so.

describe('a total held, read from the clause of the phrase that states it', () => {
  it.each([
    ['全区拥有托位2726个', 2726, 0, '拥有'],
    ['全区人才总量超48万人', 48, 0, '总量'],
    ['新增上市企业2家,累计达74家、总量居全省第一', 74, 0, '累计达'],
    ['有效国高企数达2930家,创历史新高', 2930, 0, '数达'],
    ['每万人有效发明专利拥有量856件', 856, 0, '拥有'],
  ])('%s: %d is held (%s)', (phrase, value, decimals, word) => {
    expect(heldWord(phrase, value, decimals)).toBe(word);
  });

  it.each([
    ['投用学校8所、完工3所,新增学位8919个', 8919, 0],
    ['新增上市企业2家,累计达74家', 2, 0],
    // The holding word of another clause of the phrase is not this figure's.
    ['发明专利授权量8766件、每万人有效发明专利拥有量856件', 8766, 0],
    ['累计盘活存量工业用地528亩', 528, 0],
    // Not the 2726 inside 12726.
    ['全区拥有12726个', 2726, 0],
  ])('%s: %d is not held', (phrase, value, decimals) => {
    expect(heldWord(phrase, value, decimals)).toBeUndefined();
  });
});

describe.each(['zh-CN', 'en'] as const)('the brief in %s', (locale: Locale) => {
  const { dataset } = validateDir(defaultDataDir);
  const units = dataset.units!;
  const plan = buildPlan(dataset.editions.find((e) => e.folder === 'binjiang-2025')!, units, dataset.glossary!, []);
  const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
  const lang = locale === 'en' ? 'en' : 'zh';
  const nodes = composeBrief(
    { rootDir: repoRoot, plan, locale, strings, units, charts: [], buildDate: new Date('2025-01-15T00:00:00Z') },
    new DiagnosticSink(),
  )!;
  const labels = nodes.filter((n): n is TableNode => n.type === 'table').flatMap((t) => t.rows.map((r) => r.cells[0]!));
  const held = { 'zh-CN': /（总数[，,；;）]|总数）/, en: /\(total held[;)]/ }[locale];

  it('labels the default edition’s childcare places (全区拥有托位) a total held in the results table, and new school places not', () => {
    const nursery = plan.achievements.find((a) => a.source.includes('拥有托位'))!;
    const school = plan.achievements.find((a) => a.source.includes('新增学位'))!;
    expect(labels.find((l) => l.startsWith(nursery.label[lang]))).toMatch(held);
    expect(labels.find((l) => l.startsWith(school.label[lang]))).not.toMatch(held);
  });

  it('says it once: not where the label says it already (人才总量, 上市企业累计), nor twice in brackets', () => {
    for (const f of plan.achievements.filter((a) => a.held !== undefined)) {
      const label = figureLabel(strings, f, lang);
      if (/总量|累计|拥有/.test(f.label.zh)) expect(label).toBe(f.label[lang]);
      else expect(label).toMatch(held);
      expect(label).not.toMatch(/\)\s*\(|）（/);
    }
  });
  // Publication review: Table 7 read "有效国家高新技术企业（总数）（总量居全省第二）": the rank note
  // went beside the label's full-width brackets instead of into them.
  it('sets no two bracket groups side by side in any table cell', () => {
    const cells = nodes.filter((n): n is TableNode => n.type === 'table').flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => /[)）]\s*[(（]/u.test(c))).toEqual([]);
  });
});
