import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesetBrief } from '../../src/brief/brief.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { derivedRatioDecimals } from '../../src/model/ratios.js';
import { projectCountsSentence, ratioTexts } from '../../src/present/derived.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { editFile, editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Usefulness review: ratios derived from the report's own figures, computed in one place
// (src/model/ratios.ts) and shown with their derivation; other counts of projects the report gives
// beside the pipeline. The invented demo edition declares a ratio of its key-project table's totals.

const demo = (dataDir: string, file: string) => path.join(dataDir, 'editions', 'demo-2026', file);

function validated(edit?: (dataDir: string) => void) {
  const dataDir = makeDataDir();
  edit?.(dataDir);
  return validateDir(dataDir);
}

function planOf(edit?: (dataDir: string) => void): Plan {
  const { dataset, diagnostics } = validated(edit);
  expect(diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
  return buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
}

const strings = (locale: 'en' | 'zh-CN') => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;

/** Adds a ratio to the demo edition's headline.yaml (its list of ratios is the file's last key). */
const addRatio = (line: string) => (dataDir: string) => editText(demo(dataDir, 'headline.yaml'), 'ratios:\n', `ratios:\n  - ${line}\n`);

describe('derived ratios (headline.yaml ratios)', () => {
  it('divide two totals of one table, with the declared decimals and both inputs as published', () => {
    const ratio = planOf().ratios.find((r) => r.id === 'key-projects-annual-share')!;
    // 6.0 ÷ 40.5 = 14.814…%
    expect(ratio.value).toBe(14.8);
    expect(ratio.decimals).toBe(derivedRatioDecimals);
    expect(ratio.numerator.display.zh).toBe('6.0亿元');
    expect(ratio.denominator.display.zh).toBe('40.5亿元');
  });

  it('divide two figures of the edition, in their base units, and say the derivation in both languages', () => {
    const plan = planOf(
      addRatio('{id: projects-per-place, label: {zh: 测试比率, en: Test ratio}, numerator: a-projects, denominator: a-school-places}'),
    );
    const ratio = plan.ratios.find((r) => r.id === 'projects-per-place')!;
    // 6 ÷ 1200 = 0.5%
    expect(ratio.value).toBe(0.5);
    const en = ratioTexts(plan, strings('en'), 'en').find((r) => r.id === 'projects-per-place')!;
    expect(en.value).toBe('0.5%');
    expect(en.derivation).toContain('÷');
    expect(en.derivation).toContain('1,200');
    const zh = ratioTexts(plan, strings('zh-CN'), 'zh-CN').find((r) => r.id === 'projects-per-place')!;
    expect(zh.derivation).toContain('新增学位1200');
  });

  it('are refused, with the ratio named, where the figures differ in quantity or one is a table total', () => {
    const messages = (line: string) =>
      validated(addRatio(line))
        .diagnostics.filter((d) => d.ruleId === 'plan:ref-resolves')
        .map((d) => `${path.basename(d.file)} ${d.message}`);
    // A share divided by an amount.
    expect(messages('{id: bad-quantity, label: {zh: 甲, en: A}, numerator: a-industry-share, denominator: gdp}')).toEqual([
      expect.stringMatching(/^headline\.yaml Ratio "bad-quantity" divides figures of different quantities/),
    ]);
    // A table's total (of a year the table does not state) divided by a figure of the review year.
    expect(
      messages('{id: bad-table, label: {zh: 乙, en: B}, numerator: {table: by-sector, column: annual-investment}, denominator: gdp}'),
    ).toEqual([expect.stringMatching(/^headline\.yaml Ratio "bad-table" divides a table's total by a figure outside that table/)]);
    expect(messages('{id: bad-ref, label: {zh: 丙, en: C}, numerator: nothing-here, denominator: gdp}')).toEqual([
      expect.stringMatching(/"nothing-here" names no figure/),
    ]);
    expect(messages('{id: bad-column, label: {zh: 丁, en: D}, numerator: {table: by-sector, column: nothing}, denominator: gdp}')).toEqual([
      expect.stringMatching(/"nothing" names no column of table "by-sector"/),
    ]);
  });

  it('are absent where the edition declares none', () => {
    const plan = planOf((dataDir) => editFile(demo(dataDir, 'headline.yaml'), (text) => text.slice(0, text.indexOf('# Ratios'))));
    expect(plan.ratios).toEqual([]);
  });
});

describe('other counts of projects (projects.yaml counts)', () => {
  const withCounts = (value: number) => (dataDir: string) => {
    editFile(demo(dataDir, 'source.txt'), (text) => `${text}\n加快新建项目开工,推动新开工重大项目8个。\n`);
    editText(
      demo(dataDir, 'projects.yaml'),
      'reserves:\n',
      `counts:\n  - {id: major-new, label: {zh: 新开工重大项目, en: Major projects to start construction}, value: ${value}, unit: 个, source: 推动新开工重大项目8个}\nreserves:\n`,
    );
  };

  it('are said beside the pipeline, as another set of projects, in both languages', () => {
    const plan = planOf(withCounts(8));
    expect(plan.projects.counts.map((c) => c.value)).toEqual([8]);
    expect(projectCountsSentence(plan, strings('en'), 'en')).toBe(
      'For 2026, the report also names 8 major projects to start construction: other sets of projects, not added to the 5 key projects.',
    );
    expect(projectCountsSentence(plan, strings('zh-CN'), 'zh-CN')).toBe(
      '报告还列出2026年新开工重大项目8个,与上述5个重点项目口径不同,不相加。',
    );
  });

  it('join the key messages beside the pipeline', () => {
    const plan = planOf(withCounts(8));
    expect(keyMessages(plan, strings('en'), 'en').join('\n')).toContain('the report also names 8 major projects to start construction');
    expect(keyMessages(planOf(), strings('en'), 'en').join('\n')).not.toContain('the report also names');
  });

  it('are checked against their phrase like every figure', () => {
    const { diagnostics } = validated(withCounts(9));
    expect(diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value').map((d) => path.basename(d.file))).toEqual([
      'projects.yaml',
    ]);
  });

  it('leave no sentence where the edition has none', () => {
    const plan = planOf();
    expect(projectCountsSentence(plan, strings('en'), 'en')).toBe('');
  });
});

describe('other counts of projects without a pipeline', () => {
  it('still have their part of the brief, under the projects title', () => {
    const dataDir = makeDataDir();
    editFile(demo(dataDir, 'source.txt'), (text) => `${text}\n加快新建项目开工,推动新开工重大项目8个。\n`);
    editFile(demo(dataDir, 'projects.yaml'), (text) =>
      text
        .slice(text.indexOf('reserves:'))
        .replace(
          'reserves:\n',
          'counts:\n  - {id: major-new, label: {zh: 新开工重大项目, en: Major projects to start construction}, value: 8, unit: 个, source: 推动新开工重大项目8个}\nreserves:\n',
        ),
    );
    const { dataset, diagnostics } = validateDir(dataDir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    expect(plan.projects.pipeline).toBeUndefined();
    const sink = new DiagnosticSink();
    const nodes = JSON.stringify(
      typesetBrief(
        {
          rootDir: repoRoot,
          plan,
          locale: 'en',
          strings: strings('en'),
          units: dataset.units!,
          charts: [],
          buildDate: new Date('2025-01-15'),
        },
        sink,
      ),
    );
    expect(nodes).toContain('For 2026, the report names 8 major projects to start construction.');
    expect(nodes).toContain('Project pipeline and reserves');
  });
});
