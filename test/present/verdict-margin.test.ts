import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { relativeBasisNote } from '../../src/present/growth-basis.js';
import { scorecardSentences } from '../../src/present/scorecard.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Usefulness review: a verdict on growth judged across price bases says how large a difference of
// the bases would have to be to change it: the gap the model computed (ReviewTargetRow.margin), in
// either direction, since without price data the brief cannot convert one basis into the other.

const strings = (locale: 'zh-CN' | 'en') => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
const bases = { result: 'current', reference: 'comparable' } as const;

describe('a verdict across price bases', () => {
  it('states the gap it holds by, from the model’s margin, in both languages', () => {
    const margin = { value: -1.25, decimals: 2, display: { zh: '−1.25个百分点', en: '−1.25 percentage points' } };
    expect(relativeBasisNote(strings('en'), { priceBases: bases, margin }, 'income growth', 'en')).toMatch(
      /A difference between the two price bases of less than 1\.25 percentage points would not change the verdict\.$/,
    );
    expect(relativeBasisNote(strings('zh-CN'), { priceBases: bases, margin }, '收入增速', 'zh-CN')).toMatch(
      /小于1\.25个百分点时,判断不变。$/,
    );
  });

  it('says nothing of a margin where there is no gap, or the bases agree', () => {
    const zero = { value: 0, decimals: 1, display: { zh: '0.0个百分点', en: '0.0 percentage points' } };
    expect(relativeBasisNote(strings('en'), { priceBases: bases, margin: zero }, 'x', 'en')).not.toContain('would not change');
    expect(relativeBasisNote(strings('en'), { priceBases: bases }, 'x', 'en')).not.toContain('would not change');
    expect(relativeBasisNote(strings('en'), { margin: zero }, 'x', 'en')).toBe('');
  });

  it('is said in the default edition’s key messages beside its two cross-basis judgements', () => {
    const { dataset } = validateDir(makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]));
    const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    // Each cross-basis judgement is a finding of its own, with its own margin (usefulness review 10).
    const en = scorecardSentences(plan, strings('en'), 'en').filter((m) =>
      m.includes('not like for like: current prices (assumed) against comparable prices (assumed).'),
    );
    expect(en).toHaveLength(2);
    for (const m of en) expect(m).toMatch(/ A difference of the price bases smaller than the gap would not change the verdict\.$/);
    const rows = plan.reviewTargets!.rows.filter((r) => r.priceBases !== undefined);
    expect(rows.map((r) => r.margin?.value)).toEqual([3.2, -2]);
  });
});
