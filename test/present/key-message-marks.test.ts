import { expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Issue 24: the estimate word travels with its figure into the key messages (预计 in the source).
it('a headline figure the document gives as an estimate is marked so in the key messages, in both languages', () => {
  const { dataset } = validateDir(makeDataDir([reviewOnlyEditionDir]));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const lead = plan.headline[0]!;
  expect(lead.estimate).toBe(true);
  const zh = keyMessages(plan, loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!, 'zh-CN')[0]!;
  const en = keyMessages(plan, loadUiStrings(repoRoot, 'en', new DiagnosticSink())!, 'en')[0]!;
  expect(zh).toContain(`${lead.display.zh}（预计）`);
  expect(en).toContain(`${lead.display.en} (estimate)`);
  // Without the flag the mark is gone: it comes from the data, not from the wording.
  const plain = { ...plan, headline: [{ ...lead, estimate: false }, ...plan.headline.slice(1)] };
  expect(keyMessages(plain, loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!, 'zh-CN')[0]).not.toContain('预计');
});
