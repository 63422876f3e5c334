import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { formatHuman } from '../../src/diagnostics/report.js';
import { editText, makeDataDir, validateDir } from '../helpers.js';

const demo = (dataDir: string, file: string) => path.join(dataDir, 'editions', 'demo-2026', file);

/** The demo edition with GDP changed consistently (value, phrase, document): the industry share no longer fits. */
function gdpChanged(): string {
  const dataDir = makeDataDir();
  editText(demo(dataDir, 'headline.yaml'), 'value: 120.5', 'value: 125.5');
  editText(demo(dataDir, 'headline.yaml'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)125.5亿元');
  editText(demo(dataDir, 'source.txt'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)125.5亿元');
  return dataDir;
}

describe('follow-on errors name the figures they depend on', () => {
  it('a ratio error at the industry share says it follows from gdp in headline.yaml, at its line', () => {
    const { diagnostics } = validateDir(gdpChanged());
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.file])).toEqual([['plan:ratio-matches-value', 'editions/demo-2026/achievements.yaml']]);
    // gdp's value is on line 4 of headline.yaml, industrial-value-added's on line 11.
    expect(errors[0]!.message).toContain(
      '(follows from industrial-value-added in editions/demo-2026/headline.yaml:11 and gdp in editions/demo-2026/headline.yaml:4: if you changed one of them, check this figure too)',
    );
    expect(errors[0]!.messageZh).toContain(
      '（由 editions/demo-2026/headline.yaml:11 中的 industrial-value-added 和 editions/demo-2026/headline.yaml:4 中的 gdp 引起：如改动了其中之一，请一并核对此处）',
    );
  });

  it('a part larger than its whole names the whole and where it is', () => {
    const dataDir = makeDataDir();
    editText(demo(dataDir, 'headline.yaml'), 'value: 120.5', 'value: 30.5');
    editText(demo(dataDir, 'headline.yaml'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)30.5亿元');
    editText(demo(dataDir, 'source.txt'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)30.5亿元');
    const part = validateDir(dataDir).diagnostics.find((d) => d.ruleId === 'plan:part-within-whole');
    expect(part?.message).toContain('(follows from gdp in editions/demo-2026/headline.yaml:4: if you changed it, check this figure too)');
  });
});

describe('knownDiscrepancies wherever an arithmetic or ratio rule can fire', () => {
  const note = '{zh: "原文如此", en: "As published"}';

  it('on an achievement with a ratio: the error becomes a note carrying the data’s text', () => {
    const dataDir = gdpChanged();
    editText(
      demo(dataDir, 'achievements.yaml'),
      '    ratioOf: {numerator: industrial-value-added, denominator: gdp}\n',
      `    ratioOf: {numerator: industrial-value-added, denominator: gdp}\n    knownDiscrepancies: [{rule: plan:ratio-matches-value, field: value, note: ${note}}]\n`,
    );
    const ratio = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:ratio-matches-value');
    expect(ratio.map((d) => d.severity)).toEqual(['note']);
    expect(ratio[0]!.message).toContain('Acknowledged in the data: As published');
    expect(ratio[0]!.reader?.note).toEqual({ zh: '原文如此', en: 'As published' });
  });

  it('on a table total and on the pipeline total (sum-matches-total), on a headline figure (part-within-whole)', () => {
    const dataDir = makeDataDir();
    const projects = demo(dataDir, 'projects.yaml');
    const tables = demo(dataDir, 'tables.yaml');
    // A total off by more than rounding: an error …
    editText(
      tables,
      'total-investment: 40.5, annual-investment: 6.0, annual-share: 100}, source: "合计 | 5 | 40.5 |',
      'total-investment: 44.5, annual-investment: 6.0, annual-share: 100}, source: "合计 | 5 | 44.5 |',
    );
    editText(demo(dataDir, 'source.txt'), '合计 | 5 | 40.5 |', '合计 | 5 | 44.5 |');
    const bare = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:sum-matches-total');
    expect(bare.map((d) => d.severity)).toEqual(['error']);
    // … acknowledged on the total row: a note.
    editText(
      tables,
      'annual-share: 100}, source: "合计 | 5 | 44.5 |',
      `annual-share: 100}, knownDiscrepancies: [{rule: plan:sum-matches-total, field: total-investment, note: ${note}}], source: "合计 | 5 | 44.5 |`,
    );
    const acknowledged = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:sum-matches-total');
    expect(acknowledged.map((d) => d.severity)).toEqual(['note']);

    // The pipeline total and a headline indicator accept it too (field: value); a wrong field is refused.
    editText(
      projects,
      'total: {value: 5, unit: 个, source: "合计 | 5 |"}',
      `total: {value: 5, unit: 个, source: "合计 | 5 |", knownDiscrepancies: [{rule: plan:sum-matches-total, field: value, note: ${note}}]}`,
    );
    editText(
      demo(dataDir, 'headline.yaml'),
      '    partOf: gdp\n',
      `    partOf: gdp\n    knownDiscrepancies: [{rule: plan:part-within-whole, field: value, note: ${note}}]\n`,
    );
    expect(validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    editText(
      demo(dataDir, 'headline.yaml'),
      'rule: plan:part-within-whole, field: value',
      'rule: plan:part-within-whole, field: annualShare',
    );
    expect(
      validateDir(dataDir)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.ruleId),
    ).toEqual(['plan:schema-enum']);
  });
});

describe('Chinese output is Chinese throughout', () => {
  it('expected and actual, field names and the fix are in Chinese; English only in ids and data', () => {
    const phrase = makeDataDir();
    editText(demo(phrase, 'achievements.yaml'), 'value: 1200', 'value: 1300');
    // A schema error stops the later checks of its edition: a second data folder for it.
    const schema = makeDataDir();
    editText(demo(schema, 'headline.yaml'), '    unit: 亿元\n    growth: 4.0', '    unit: 亿元\n    growth: fast');
    const diagnostics = [...validateDir(phrase).diagnostics, ...validateDir(schema).diagnostics];
    const text = formatHuman(diagnostics, 'zh-CN', { links: { rootDir: '/repo' } });
    expect(text).toContain('    应为：出处原文“新增学位1200个”中的一个数');
    expect(text).toContain('value(数值) 1300 不在其出处原文“新增学位1200个”中。');
    expect(text).toContain('字段“growth(增速)”应为数值，而不是文本。');
    expect(text).toContain(
      '    改法：更正数值，或改为引用写有该数值的原文。 file:///repo/CONTRIBUTING.zh-CN.md#plansource-phrase-has-value',
    );
    expect(text).not.toMatch(/expected|actual|a number in|fix:|Field "/);
  });

  it('English output ends every message with the fix and an absolute link to its section', () => {
    const dataDir = makeDataDir();
    editText(demo(dataDir, 'achievements.yaml'), 'value: 1200', 'value: 1300');
    const { diagnostics } = validateDir(dataDir);
    const text = formatHuman(diagnostics, 'en', { links: { rootDir: '/repo', repositoryUrl: 'https://github.com/o/r' } });
    const block = text.split('\n').slice(0, 4);
    expect(block[0]).toMatch(
      /achievements\.yaml:\d+:\d+ error value 1300 does not appear in its source phrase "新增学位1200个"\. plan:source-phrase-has-value$/,
    );
    expect(block[3]).toBe(
      '    fix     : Correct the number, or cite the phrase that states it. https://github.com/o/r/blob/HEAD/CONTRIBUTING.md#plansource-phrase-has-value',
    );
  });

  it('a diagnostic passed on whole (as render workers hand theirs back) keeps its Chinese', () => {
    const worker = new DiagnosticSink();
    worker.add({
      ruleId: 'plan:source-phrase-has-value',
      file: 'x.yaml',
      place: { line: 1, column: 1 },
      message: { en: 'English', zh: '中文' },
      expected: { en: 'a number', zh: '一个数' },
    });
    const main = new DiagnosticSink();
    for (const d of worker.items) main.add(d);
    expect(main.items[0]).toMatchObject({ message: 'English', messageZh: '中文', expected: 'a number', expectedZh: '一个数' });
  });
});
