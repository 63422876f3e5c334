import { expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { editionContents, stringsForEdition } from '../../src/present/edition-scope.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { defaultDataDir, makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';
import path from 'node:path';

// Issue 24: an edition that holds only a review is named, run-headed and described for what it holds.
const planOf = (dir: string) => {
  const { dataset } = validateDir(makeDataDir([dir]));
  return buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
};

it('a review-only edition is no "plan brief"; an edition with both parts keeps the usual names', () => {
  const zh = loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!;
  const en = loadUiStrings(repoRoot, 'en', new DiagnosticSink())!;
  const review = planOf(reviewOnlyEditionDir);
  const both = planOf(path.join(defaultDataDir, 'editions', 'binjiang-2025'));
  expect(editionContents(review)).toBe('review');
  expect(editionContents(both)).toBe('review-and-plan');
  // The workbook's title, running head and subtitle too: no "2025 plan data" on a review of 2024.
  for (const key of [
    'brief.subtitle',
    'brief.running',
    'workbook.cover.coverageText',
    'workbook.sheets.cover.title',
    'workbook.header',
    'workbook.subtitle',
  ]) {
    expect(lookup(stringsForEdition(zh, review), key), key).toContain('执行情况');
    expect(lookup(stringsForEdition(en, review), key), key).not.toContain('plan for');
    expect(lookup(stringsForEdition(en, review), key), key).not.toContain('{planYear}');
    expect(lookup(stringsForEdition(en, both), key)).toBe(lookup(en, key));
  }
  expect(lookup(stringsForEdition(en, review), 'brief.running')).not.toMatch(/\{planYear\} plan brief/);
  expect(
    editionContents({ ...both, headline: [], achievements: [], reviewTargets: undefined, sections: { ...both.sections, review: [] } }),
  ).toBe('plan');
});
