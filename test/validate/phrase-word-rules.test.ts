import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RuleId, rules } from '../../src/diagnostics/rules.js';
import { defaultDataDir, editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Issue 16, point 6: each claim the review of the Binjiang briefs found wrong, put back as it was,
// is caught by a rule naming the word and the field. The default edition itself is clean.

const binjiang = path.join(defaultDataDir, 'editions', 'binjiang-2025');

function withEdit(file: string, from: string, to: string) {
  const dataDir = makeDataDir([binjiang]);
  editText(path.join(dataDir, 'editions', 'binjiang-2025', file), from, to);
  return validateDir(dataDir).diagnostics;
}

const phraseWordRules: readonly RuleId[] = ['plan:qualifier-word', 'plan:decline-word', 'plan:rank-measure-word', 'plan:estimate-word'];

describe('the phrase-word rules on the default edition', () => {
  it('find nothing in the corrected default edition', () => {
    const found = validateDir(makeDataDir([binjiang])).diagnostics.filter((d) => phraseWordRules.includes(d.ruleId));
    expect(found).toEqual([]);
  });

  it.each([
    {
      claim: '占比全市第一 printed as "by size" (rank measure total)',
      file: 'achievements.yaml',
      from: 'ranks: [{measure: share, scope: city, position: 1}], source: "占GDP比重69.9%、占比全市第一',
      to: 'ranks: [{measure: total, scope: city, position: 1}], source: "占GDP比重69.9%、占比全市第一',
      rule: 'plan:rank-measure-word',
      word: '占比',
      expected: 'share',
    },
    {
      claim: '力争…超100% shown as "strive for 100%" (no bound)',
      file: 'plan-targets.yaml',
      from: '{kind: numeric, strive: true, bound: over, value: 100',
      to: '{kind: numeric, strive: true, value: 100',
      rule: 'plan:qualifier-word',
      word: '超',
      expected: 'over',
    },
    {
      claim: '8亿元以上 shown as "strive for RMB 800 million" (no bound)',
      file: 'plan-targets.yaml',
      from: '{kind: numeric, strive: true, bound: at-least, value: 8,',
      to: '{kind: numeric, strive: true, value: 8,',
      rule: 'plan:qualifier-word',
      word: '以上',
      expected: 'at-least',
    },
    {
      claim: '60家以上 shown as "strive for 60" (no bound)',
      file: 'plan-targets.yaml',
      from: '{kind: numeric, strive: true, bound: at-least, value: 60,',
      to: '{kind: numeric, strive: true, value: 60,',
      rule: 'plan:qualifier-word',
      word: '以上',
      expected: 'at-least',
    },
    {
      claim: '力争 dropped from 60家以上 (no strive)',
      file: 'plan-targets.yaml',
      from: '{kind: numeric, strive: true, bound: at-least, value: 60,',
      to: '{kind: numeric, bound: at-least, value: 60,',
      rule: 'plan:qualifier-word',
      word: '力争',
      expected: 'true',
    },
    {
      claim: '与经济增长同步 as a qualitative target ("not comparable")',
      file: 'review-targets.yaml',
      from: 'target: {kind: relative, relation: in-step, against: gdp, text: {zh: "与经济增长同步", en: "in step with economic growth"}}\n    actual: [{value: 8.2',
      to: 'target: {kind: qualitative, text: {zh: "与经济增长同步", en: "in step with economic growth"}}\n    actual: [{value: 8.2',
      rule: 'plan:qualifier-word',
      word: '同步',
      expected: 'relative',
    },
    {
      claim: 'the R&D share of 错年数据 judged with no year',
      file: 'review-targets.yaml',
      from: "actual: [{value: 9.1, unit: '%', year: 2023}]",
      to: "actual: [{value: 9.1, unit: '%'}]",
      rule: 'plan:estimate-word',
      word: '错年数据',
      expected: 'the year of the data',
    },
  ])('$rule catches: $claim', ({ file, from, to, rule, word, expected }) => {
    const hits = withEdit(file, from, to).filter((d) => d.ruleId === rule);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', file: `editions/binjiang-2025/${file}`, expected });
    expect(hits[0]!.message).toContain(word);
    expect(hits[0]!.messageZh).toContain(word);
  });
});

describe('the phrase-word rules on the invented review-year edition (yanxi-2024)', () => {
  const yanxi = path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024');
  const edited = (file: string, from: string, to: string) => {
    const dataDir = makeDataDir([yanxi]);
    editText(path.join(dataDir, 'editions', 'yanxi-2024', file), from, to);
    return validateDir(dataDir).diagnostics.filter((d) => phraseWordRules.includes(d.ruleId));
  };

  it('find nothing in it as committed', () => {
    expect(validateDir(makeDataDir([yanxi])).diagnostics.filter((d) => phraseWordRules.includes(d.ruleId))).toEqual([]);
  });

  it('an actual cited as 4.2%(预计) without estimate: true is caught', () => {
    const hits = edited(
      'review-targets.yaml',
      "actual: [{value: 4.2, unit: '%', measure: growth, estimate: true}]",
      "actual: [{value: 4.2, unit: '%', measure: growth}]",
    );
    expect(hits.map((d) => [d.ruleId, d.expected])).toEqual([['plan:estimate-word', 'true']]);
  });

  it('an actual of (2023年数据) with year 2024 is caught', () => {
    const hits = edited(
      'review-targets.yaml',
      "actual: [{value: 2.9, unit: '%', year: 2023}]",
      "actual: [{value: 2.9, unit: '%', year: 2024}]",
    );
    expect(hits.map((d) => [d.ruleId, d.expected, d.actual])).toEqual([['plan:estimate-word', '2023', '2024']]);
  });
});

describe('the examples in the guides are the messages the rules print', () => {
  it.each([
    [
      'plan:rank-measure-word',
      'achievements.yaml',
      '[{measure: share, scope: city, position: 1}], source: "占GDP',
      '[{measure: total, scope: city, position: 1}], source: "占GDP',
    ],
    [
      'plan:qualifier-word',
      'plan-targets.yaml',
      '{kind: numeric, strive: true, bound: at-least, value: 60,',
      '{kind: numeric, strive: true, value: 60,',
    ],
  ] as const)('%s', (rule, file, from, to) => {
    const hit = withEdit(file, from, to).find((d) => d.ruleId === rule)!;
    expect(rules[rule].docs.en.replace(/\n/g, ' ')).toContain(`\`${hit.message}\``);
    expect(rules[rule].docs.zh.replace(/\n/g, '')).toContain(`\`${hit.messageZh}\``);
  });
});
