import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/diagnostics/rules.js';
import { defaultDataDir, editText, makeDataDir, validateDir } from '../helpers.js';

// Issue 24: the mistakes a new editor made with a green check, each put into a copy of the default
// edition and caught by its rule, with file:line:col, what the phrase says and what the data says.

const binjiang = path.join(defaultDataDir, 'editions', 'binjiang-2025');
const headline = 'editions/binjiang-2025/headline.yaml';

function withEdit(file: string, from: string, to: string) {
  const dataDir = makeDataDir([binjiang]);
  editText(path.join(dataDir, 'editions', 'binjiang-2025', file), from, to);
  return validateDir(dataDir).diagnostics;
}

describe('a figure is written as its phrase publishes it', () => {
  it('the default edition has no unit or decimals finding', () => {
    const found = validateDir(makeDataDir([binjiang])).diagnostics.filter(
      (d) => d.ruleId === 'plan:source-phrase-unit' || d.ruleId === 'plan:source-phrase-decimals',
    );
    expect(found).toEqual([]);
  });

  it('GDP in 万元 where the phrase says 2887.8亿元 is an error (plan:source-phrase-unit)', () => {
    const found = withEdit('headline.yaml', 'value: 2887.8\n    unit: 亿元', 'value: 2887.8\n    unit: 万元');
    const hits = found.filter((d) => d.ruleId === 'plan:source-phrase-unit');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', file: headline, place: { line: 6, column: 12 }, expected: '亿元', actual: '万元' });
    expect(hits[0]!.message).toContain('2887.8亿元');
    expect(hits[0]!.message).toContain('万元');
    expect(hits[0]!.messageZh).toContain('2887.8亿元');
    // The growth of the same phrase is in per cent as before: only the value is wrong.
    expect(found.filter((d) => d.severity === 'error')).toHaveLength(1);
  });

  it('a unit the phrase gives on another occurrence of the same number is accepted (元 for 42859人 is not)', () => {
    const hits = withEdit('review-targets.yaml', 'actual: [{value: 42859, unit: 人}]', 'actual: [{value: 42859, unit: 元}]').filter(
      (d) => d.ruleId === 'plan:source-phrase-unit',
    );
    expect(hits.map((d) => [d.expected, d.actual])).toEqual([['人', '元']]);
  });

  it('growth 5 where the phrase publishes 5.0 is an error (plan:source-phrase-decimals)', () => {
    const found = withEdit('headline.yaml', 'growth: 5.0\n', 'growth: 5\n');
    const hits = found.filter((d) => d.ruleId === 'plan:source-phrase-decimals');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', file: headline, place: { line: 8, column: 13 }, expected: '5.0', actual: '5' });
    expect(hits[0]!.message).toContain('5.0');
    expect(hits[0]!.messageZh).toContain('5.0');
  });

  it('a decimal the phrase does not publish is an error too (337.10 for 337.1)', () => {
    const hits = withEdit('headline.yaml', 'value: 337.1\n', 'value: 337.10\n').filter((d) => d.ruleId === 'plan:source-phrase-decimals');
    expect(hits.map((d) => [d.expected, d.actual])).toEqual([['337.1', '337.10']]);
  });

  it.each(['plan:source-phrase-unit', 'plan:source-phrase-decimals'] as const)(
    'the guide example of %s is the message it prints',
    (rule) => {
      const found =
        rule === 'plan:source-phrase-unit'
          ? withEdit('headline.yaml', 'value: 2887.8\n    unit: 亿元', 'value: 2887.8\n    unit: 万元')
          : withEdit('headline.yaml', 'growth: 5.0\n', 'growth: 5\n');
      const hit = found.find((d) => d.ruleId === rule)!;
      expect(rules[rule].docs.en.replace(/\n/g, ' ')).toContain(`\`${hit.message}\``);
      expect(rules[rule].docs.zh.replace(/\n/g, '')).toContain(`\`${hit.messageZh}\``);
    },
  );
});
