import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { keyFindings, keyMessages } from '../../src/present/key-messages.js';
import { ranksText } from '../../src/present/reader.js';
import { notCarried, notCarriedText } from '../../src/present/scorecard.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Usefulness review 11 (issue 31): the findings read as a statistical bulletin (result, target,
// rank), the targets missed and then set in another form say so, and a target dropped is named.

const zh = loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!;
const en = loadUiStrings(repoRoot, 'en', new DiagnosticSink())!;

function planOf(dir: string): Plan {
  const { dataset, diagnostics } = validateDir(makeDataDir([dir]));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
}
const binjiang = planOf(path.join(defaultDataDir, 'editions', 'binjiang-2025'));

describe('the key findings in a bulletin’s register', () => {
  it('the headline finding gives the result, its target with the verdict, and its ranks, in both languages', () => {
    const lead = binjiang.headline[0]!;
    expect(lead.target).toBeDefined();
    const [zhFirst] = keyFindings(binjiang, zh, 'zh-CN');
    const [enFirst] = keyFindings(binjiang, en, 'en');
    expect(zhFirst).toBe(
      `2024年${lead.label.zh}${lead.display.zh},比上年${lead.growth!.said.zh}(目标${lead.target!.display.zh},未完成);${ranksText(lead, zh, 'zh-CN')}。`,
    );
    expect(enFirst).toBe(
      `${lead.label.en} was ${lead.display.en} in 2024, ${lead.growth!.said.en} (target: ${lead.target!.display.en}; not met); ${ranksText(lead, en, 'en')}.`,
    );
    // The verdict follows the model: a met target reads "met".
    const met = {
      ...binjiang,
      headline: [{ ...lead, target: { ...lead.target!, status: 'met' as const } }, ...binjiang.headline.slice(1)],
    };
    expect(keyFindings(met, en, 'en')[0]).toContain('; met)');
    expect(keyFindings(met, zh, 'zh-CN')[0]).toContain(',已完成)');
  });

  it('the targets finding names those missed, each with its mark, and leaves how they are counted to the full list', () => {
    const missed = binjiang.reviewTargets!.scorecard.indicators.filter((i) => i.status === 'not-met');
    expect(missed.length).toBe(3);
    const finding = keyFindings(binjiang, en, 'en').find((f) => f.startsWith('Of six 2024 targets'))!;
    expect(finding).toBe(
      'Of six 2024 targets, three met, three not met; missed: GDP growth, per capita disposable income of residents (price bases differ), R&D expenditure as a share of GDP (2023 data).',
    );
    expect(keyFindings(binjiang, zh, 'zh-CN')).toContain(
      '2024年目标表六项指标完成三项、未完成三项;未完成的是GDP增速、居民人均可支配收入（价格口径不同）、全社会R&D经费投入相当于地区生产总值比重（2023年数据）。',
    );
    // Method words stay in the full list.
    for (const f of keyFindings(binjiang, en, 'en')) expect(f).not.toMatch(/like for like|counted once|read directly/);
    for (const f of keyFindings(binjiang, zh, 'zh-CN')) expect(f).not.toMatch(/同口径|直接对照|计为一项/);
    expect(keyMessages(binjiang, en, 'en').join(' ')).toContain('like for like on 2024 data');
  });

  it('the plan finding gives the review year’s result beside the lead target', () => {
    expect(keyFindings(binjiang, en, 'en')).toContain('The 2025 plan sets nine main targets, including GDP growth: 5.6% (2024: 5.0%).');
    expect(keyFindings(binjiang, zh, 'zh-CN')).toContain('2025年确定主要预期目标九项,其中地区生产总值增速目标为5.6%（2024年为5.0%）。');
  });
});

describe('targets set in another form and targets not carried', () => {
  const kindMessage = (plan: Plan, locale: 'en' | 'zh-CN') =>
    keyMessages(plan, locale === 'en' ? en : zh, locale).find((m) => m.includes(locale === 'en' ? 'another form' : '目标类型有变化'))!;

  it('says plainly that both targets now set as ranks were missed in the review year, as the statuses say', () => {
    const changed = binjiang.outlook.filter((r) => r.kindChange !== undefined);
    expect(changed.map((r) => r.previousTarget?.status)).toEqual(['not-met', 'not-met']);
    expect(kindMessage(binjiang, 'en')).toMatch(/; both missed in 2024\.$/);
    expect(kindMessage(binjiang, 'zh-CN')).toMatch(/,两项2024年均未完成。$/);
    // One of them met: only the other says it was missed, beside its name.
    const first = changed[0]!;
    const oneMet = {
      ...binjiang,
      outlook: binjiang.outlook.map((r) => (r === first ? { ...r, previousTarget: { ...r.previousTarget!, status: 'met' as const } } : r)),
    };
    const message = kindMessage(oneMet, 'en');
    expect(message).not.toContain('both');
    expect(message.match(/missed in 2024/g)).toHaveLength(1);
    expect(message).toMatch(/\(from a figure to a ranking; missed in 2024\)/);
  });

  it('names the review year’s targets no plan target continues, computed from the outlook links', () => {
    expect(notCarried(binjiang).map((r) => r.id)).toEqual(['t1-investment-whole']);
    expect(keyMessages(binjiang, en, 'en')).toContain(
      '2024 targets not carried into 2025: fixed-asset investment (whole district, incl. the special cooperation zones), at least RMB 35 billion (met in 2024).',
    );
    expect(keyMessages(binjiang, zh, 'zh-CN')).toContain(
      '2024年目标未延续到2025年的有:固定资产投资(全区,含特别合作区)350亿元以上(2024年已完成)。',
    );
    // The same sentence is the note under the brief's table of what the targets imply (src/brief/view-model.ts).
    expect(keyMessages(binjiang, en, 'en')).toContain(notCarriedText(binjiang, en, 'en'));
    // A plan target linked to it: nothing is said.
    const row = binjiang.outlook[0]!;
    const linked = {
      ...binjiang,
      outlook: [...binjiang.outlook, { ...row, previousTarget: { ...row.previousTarget!, id: 't1-investment-whole' } }],
    };
    expect(notCarried(linked)).toEqual([]);
    expect(notCarriedText(linked, en, 'en')).toBeUndefined();
    expect(keyMessages(linked, en, 'en').join(' ')).not.toContain('not carried');
  });

  it('an edition with no plan year says nothing of targets not carried', () => {
    const review = planOf(reviewOnlyEditionDir);
    expect(review.reviewTargets?.rows.length ?? 0).toBeGreaterThan(0);
    expect(notCarried(review)).toEqual([]);
    expect(keyMessages(review, en, 'en').join(' ')).not.toContain('not carried');
  });
});
