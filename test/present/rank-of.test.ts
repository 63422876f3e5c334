import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { rankTexts, ranksStateHowMany } from '../../src/present/ranks.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Usefulness review: a rank says among how many it is where the report states it (全市13个区县中列第三),
// and "not stated" where it does not, so that no reader guesses. The invented demo edition's GDP
// growth rank, edited to state how many are ranked.

const strings = (locale: 'zh-CN' | 'en') => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;

function prepared(phraseOf: number | undefined, dataOf: number | undefined) {
  const dataDir = makeDataDir();
  const folder = path.join(dataDir, 'editions', 'demo-2026');
  if (phraseOf !== undefined) {
    editText(path.join(folder, 'source.txt'), '增速列全市第三', `增速在全市${phraseOf}个区县中列第三`);
    editText(path.join(folder, 'headline.yaml'), '增速列全市第三', `增速在全市${phraseOf}个区县中列第三`);
  }
  if (dataOf !== undefined) editText(path.join(folder, 'headline.yaml'), 'position: 3}', `position: 3, of: ${dataOf}}`);
  return validateDir(dataDir);
}

describe('how many are ranked (ranks[].of)', () => {
  it('is shown where the report states it, and "not stated" where it does not', () => {
    const { dataset, diagnostics } = prepared(13, 13);
    expect(diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
    const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    expect(ranksStateHowMany(plan)).toBe(true);
    expect(rankTexts(plan, strings('en'), 'en').find((r) => r.id === 'gdp')?.of).toBe('13');
    expect(rankTexts(plan, strings('zh-CN'), 'zh-CN').find((r) => r.id === 'gdp')?.of).toBe('13');

    const unstated = prepared(undefined, undefined);
    const plain = buildPlan(unstated.dataset.editions[0]!, unstated.dataset.units!, unstated.dataset.glossary!, []);
    expect(ranksStateHowMany(plain)).toBe(false);
    expect(rankTexts(plain, strings('en'), 'en').find((r) => r.id === 'gdp')?.of).toBe('not stated');
    expect(rankTexts(plain, strings('zh-CN'), 'zh-CN').find((r) => r.id === 'gdp')?.of).toBe('未载明');
  });

  it('must be a number of the rank’s phrase', () => {
    const { diagnostics } = prepared(13, 12);
    expect(diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value').map((d) => d.message)).toEqual([
      expect.stringContaining('12'),
    ]);
  });

  it('cannot be smaller than the position', () => {
    const { diagnostics } = prepared(undefined, 2);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['plan:schema-type']);
  });
});
