/**
 * The rules added for English wording, labels and rank words (issue 28), each given its mistake in
 * a copy of the default edition: a wrong fact must not pass in a real report, not only in the
 * invented fixtures the rules' own cases use.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, editText, makeDataDir, validateDir } from '../helpers.js';

const edition = 'binjiang-2025';
/** The rule ids of the errors of a copy of the default edition with one edit. */
function errorsAfter(file: string, from: string, to: string): string[] {
  const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', edition)]);
  editText(path.join(dataDir, 'editions', edition, file), from, to);
  return validateDir(dataDir)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.ruleId);
}

describe('the new wording rules on a copy of the default edition', () => {
  it('the unedited copy has no error', () => {
    expect(
      validateDir(makeDataDir([path.join(defaultDataDir, 'editions', edition)])).diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });

  it('plan:english-states-chinese: English "third in the province" where the Chinese says 全省第一', () => {
    expect(errorsAfter('sections.yaml', 'in revenue, first in the province.', 'in revenue, third in the province.')).toContain(
      'plan:english-states-chinese',
    );
  });

  it('plan:english-states-chinese: English "first in Zhejiang" where the Chinese ranks within the city (投资增速列全市第一)', () => {
    expect(
      errorsAfter('sections.yaml', 'investment growth ranked first in Hangzhou,', 'investment growth ranked first in Zhejiang,'),
    ).toContain('plan:english-states-chinese');
  });

  it('plan:label-words: a label stating a count its phrase does not (432 firms for 422)', () => {
    expect(
      errorsAfter('achievements.yaml', 'label: {zh: "422家专精特新中小企业融资金额"', 'label: {zh: "432家专精特新中小企业融资金额"'),
    ).toContain('plan:label-words');
  });

  it('plan:rank-measure-word: a measure label its rank statement does not name (完成进度 read as 增速)', () => {
    expect(
      errorsAfter(
        'achievements.yaml',
        'measureLabel: {zh: "完成进度", en: "progress to target"}',
        'measureLabel: {zh: "增速", en: "growth"}',
      ),
    ).toContain('plan:rank-measure-word');
  });
});
