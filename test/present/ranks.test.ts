import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { rankEntries, rankTexts } from '../../src/present/ranks.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Issue 31, item 3: every rank the report states, in one table, in the report's order; ranks
// stated without a figure and standings in words (前列, 第一方阵) included.

const binjiang = path.join(defaultDataDir, 'editions', 'binjiang-2025');
const strings = (locale: 'zh-CN' | 'en') => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;

function prepared(edit?: { from: string; to: string }) {
  const dataDir = makeDataDir([binjiang]);
  if (edit) editText(path.join(dataDir, 'editions', 'binjiang-2025', 'achievements.yaml'), edit.from, edit.to);
  return validateDir(dataDir);
}

describe('the rank table of the default edition', () => {
  it('marks a blank cell with the Chinese dash "—" in Chinese (GB/T 15834) and the en dash in English, for the brief and the workbook alike', () => {
    const { dataset } = prepared();
    const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    const zh = rankTexts(plan, strings('zh-CN'), 'zh-CN').flatMap((r) => [r.figure, r.measure]);
    const en = rankTexts(plan, strings('en'), 'en').flatMap((r) => [r.figure, r.measure]);
    expect(zh).toContain('—');
    expect(zh.filter((cell) => cell.includes('–'))).toEqual([]);
    expect(en).toContain('–');
  });

  it('starts every English cell of words as a sentence starts, and names the province where the edition does (issue 25)', () => {
    const { dataset } = prepared();
    const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    const rows = rankTexts(plan, strings('en'), 'en');
    const lowerCase = rows.flatMap((r) => [r.measure, r.scope, r.positionText]).filter((text) => /^[a-z]/.test(text));
    expect(lowerCase).toEqual([]);
    // The data writes some measures in lower case ("index", "overall evaluation"), so the check above can fail.
    expect(plan.standings.some((s) => s.ranks.some((r) => r.measureLabel && /^[a-z]/.test(r.measureLabel.en)))).toBe(true);
    expect(plan.edition.province?.en).toBe('Zhejiang Province');
    // rankTexts gives one row per entry of rankEntries, in its order.
    const entries = rankEntries(plan);
    const isProvinceWide = (i: number) =>
      !entries[i]!.rank?.scopeLabel && (entries[i]!.rank?.scope ?? entries[i]!.standing?.scope) === 'province';
    const provinceWide = rows.filter((_, i) => isProvinceWide(i));
    expect(provinceWide.length).toBeGreaterThan(5);
    expect(new Set(provinceWide.map((r) => r.scope))).toEqual(new Set(['Zhejiang Province']));
    // An edition that names no province keeps the generic word.
    const { province: _, ...unnamed } = plan.edition;
    const generic = rankTexts({ ...plan, edition: unnamed }, strings('en'), 'en');
    expect(new Set(generic.filter((_, i) => isProvinceWide(i)).map((r) => r.scope))).toEqual(new Set(['Province']));
    // Chinese keeps the document's 全省.
    expect(
      new Set(
        rankTexts(plan, strings('zh-CN'), 'zh-CN')
          .filter((_, i) => isProvinceWide(i))
          .map((r) => r.scope),
      ),
    ).toEqual(new Set(['全省']));
  });

  const { dataset } = prepared();
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const zh = rankTexts(plan, strings('zh-CN'), 'zh-CN');
  const en = rankTexts(plan, strings('en'), 'en');

  it('holds the ranks the report states without a figure, and those of figures that had none', () => {
    const ids = zh.map((r) => r.id);
    for (const id of [
      's-innovation-index',
      'a-national-incubators',
      'a-pioneer-projects',
      'a-digital-trade-parks',
      's-little-giants-density',
      's-education-modernisation',
      'a-unicorns',
      'a-digital-trade-top100',
    ]) {
      expect(ids).toContain(id);
    }
    expect(zh.find((r) => r.id === 's-education-modernisation')).toMatchObject({
      scope: '全省',
      positionText: '第二',
      figure: '—',
      position: 2,
    });
    // Fourth among the national high-tech zones: the group, not "the country".
    expect(en.find((r) => r.id === 'a-unicorns')).toMatchObject({ scope: 'National high-tech zones', position: 4, figure: '12' });
    expect(zh.filter((r) => r.id === 'a-fdi-utilised').map((r) => r.measure)).toEqual(['总量', '完成进度']);
  });

  it('shows a standing in words in place of a position, and lists every rank in the report’s order', () => {
    // The report's first statement of standing (全市第一方阵) comes before the GDP ranks.
    expect(en[0]).toMatchObject({ id: 's-main-indicators', position: null, positionText: 'In the first tier', scope: 'Hangzhou' });
    expect(zh.find((r) => r.id === 's-talent-pool')).toMatchObject({ position: null, positionText: '前列', scope: '全省' });
    const gdp = zh.findIndex((r) => r.id === 'gdp');
    const education = zh.findIndex((r) => r.id === 's-education-modernisation');
    const patents = zh.findIndex((r) => r.id === 'a-invention-patents');
    expect(gdp).toBeLessThan(patents);
    expect(patents).toBeLessThan(education);
  });
});

describe('validation of standings', () => {
  it('words of a standing that its phrase does not write are an error at their line', () => {
    const { diagnostics } = prepared({ from: 'text: {zh: "前列"', to: 'text: {zh: "第一"' });
    const found = diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/achievements\.yaml$/);
    expect(found[0]!.message).toContain('"第一"');
  });

  it('a standing with both positions and words, or neither, is refused', () => {
    const both = prepared({
      from: 'standing: {scope: province, text: {zh: "前列", en: "among the leaders"}}',
      to: 'standing: {scope: province, text: {zh: "前列", en: "among the leaders"}}, ranks: [{measure: total, scope: province, position: 1}]',
    });
    expect(both.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('achievements.yaml')).length).toBeGreaterThan(0);
    const neither = prepared({ from: 'standing: {scope: province, text: {zh: "前列", en: "among the leaders"}}, ', to: '' });
    expect(neither.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('achievements.yaml')).length).toBeGreaterThan(0);
  });
});
