/**
 * Issue 28, the twelfth adversarial pass (hostile11): ranks and English wording. Each test is the
 * input that showed the defect; the pure readings are also in text-facts.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', path.basename(demoEditionDir), name);

/** The demo's 增速列全市第三 rewritten as `words` in the source and the record, and its rank as `rank`. */
function rankOf(words: string, rank: string) {
  const dataDir = makeDataDir();
  for (const name of ['source.txt', 'headline.yaml']) editText(fileOf(dataDir, name), '增速列全市第三', words);
  editText(fileOf(dataDir, 'headline.yaml'), '{measure: growth, scope: city, position: 3}', rank);
  return validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
}

describe('a standing (第一方阵, 第一梯队, 前十) is no position', () => {
  it.each(['增速稳居全市第一方阵', '增速位居全市第一梯队'])(
    'a rank of position 1 citing %s is an error that says to record a standing',
    (words) => {
      const errors = rankOf(words, '{measure: growth, scope: city, position: 1}');
      const found = errors.filter((d) => d.ruleId === 'plan:source-phrase-has-value');
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toMatch(/is a standing \(a tier\), not a position\. Record it as a standing/);
    },
  );

  it('the same rank citing 增速列全市第一 is clean', () => {
    expect(rankOf('增速列全市第一', '{measure: growth, scope: city, position: 1}')).toEqual([]);
  });
});

describe('growth measure words', () => {
  it.each(['增长速度列全市第三', '增长率列全市第三'])('%s is a rank by growth: measure total is an error', (words) => {
    expect(rankOf(words, '{measure: growth, scope: city, position: 3}')).toEqual([]);
    expect(rankOf(words, '{measure: total, scope: city, position: 3}').map((d) => d.ruleId)).toEqual(['plan:rank-measure-word']);
  });
});

describe('a rank target of a standing (保持全市第一方阵) has no position', () => {
  const yanxi = path.join(path.dirname(demoEditionDir), 'yanxi-2024');
  const row = "target: {kind: rank, scope: city, position: 3, text: {zh: 保持全市前3位, en: among the city's top 3}}";
  function target(words: string, position: string) {
    const dataDir = makeDataDir([yanxi]);
    const file = (name: string) => path.join(dataDir, 'editions', 'yanxi-2024', name);
    for (const name of ['review-targets.yaml', 'source.txt']) editText(file(name), '| 保持全市前3位 |', `| ${words} |`);
    editText(file('review-targets.yaml'), row, row.replace('position: 3', position).replace('保持全市前3位', words));
    return validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value');
  }

  it('position 1 read from 第一方阵 is an error (the target would be judged met by a rank of 1)', () => {
    const found = target('保持全市第一方阵', 'position: 1');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^target 1 does not appear/);
  });

  it('position 1 from 保持全市第一 is clean', () => {
    expect(target('保持全市第一', 'position: 1')).toEqual([]);
  });
});
