import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RankData, Target } from '../../src/dataset/schema.js';
import { buildPlan } from '../../src/model/plan.js';
import { computeStatus, readRankTarget } from '../../src/model/status.js';
import { rankTargetReading } from '../../src/present/rank-targets.js';
import { rankEntries, rankTexts } from '../../src/present/ranks.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { editText, makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Issue 31: a rank target (保持全市前3位) is judged against the position its result states in the
// same scope (列全市第2位), and the position joins the result's text and the rank table.

type RankTarget = Extract<Target, { kind: 'rank' }>;
const text = { zh: '保持', en: 'keep' };
const target = (scope: RankTarget['scope'], position?: number): RankTarget => ({
  kind: 'rank',
  scope,
  ...(position !== undefined ? { position } : {}),
  text,
});
const rank = (scope: RankData['scope'], position: number, measure: RankData['measure'] = 'growth'): RankData => ({
  measure,
  scope,
  position,
});

describe('a rank target against the positions its result states', () => {
  const { dataset } = validateDir(makeDataDir([reviewOnlyEditionDir]));
  const units = dataset.units!;
  const status = (t: RankTarget, ranks: RankData[]) => computeStatus(t, [], units, undefined, ranks);

  it('is met when the position is within the target, not met below it', () => {
    expect(status(target('city', 3), [rank('city', 2)])).toBe('met'); // 前3位 against 第2位
    expect(status(target('city', 3), [rank('city', 3)])).toBe('met'); // the last place of the top 3
    expect(status(target('city', 3), [rank('city', 4)])).toBe('not-met');
    expect(status(target('province', 1), [rank('province', 1)])).toBe('met'); // 全省第一, 首位
    expect(status(target('province', 1), [rank('province', 2)])).toBe('not-met');
  });

  it('reads the position in the target’s scope among others', () => {
    expect(readRankTarget(target('city', 3), [rank('province', 5), rank('city', 2)])).toEqual({
      kind: 'judged',
      aim: 3,
      rank: rank('city', 2),
    });
  });

  it('is not comparable when the target names no position, the result states none, or states it elsewhere', () => {
    expect(readRankTarget(target('province'), [rank('province', 1)])).toEqual({ kind: 'no-position' }); // 前列
    expect(readRankTarget(target('city', 3), [])).toEqual({ kind: 'no-rank' });
    expect(readRankTarget(target('city', 3), [rank('province', 2)])).toEqual({ kind: 'other-scope', rank: rank('province', 2) });
    // A position among a narrower group (列国家高新区第四) is not a position among the scope's districts.
    const withinZones = { ...rank('nation', 4), scopeLabel: { zh: '国家高新区', en: 'national high-tech zones' } };
    expect(readRankTarget(target('nation', 5), [withinZones]).kind).toBe('other-scope');
    expect(status(target('province'), [rank('province', 1)])).toBe('not-comparable');
    expect(status(target('city', 3), [rank('province', 2)])).toBe('not-comparable');
  });

  it('is not comparable when the result states different positions in the scope (总量第二, 增速第六)', () => {
    const ranks = [rank('city', 2, 'total'), rank('city', 6, 'growth')];
    expect(readRankTarget(target('city', 3), ranks)).toEqual({ kind: 'several', ranks });
    // The same place by two measures is one position.
    expect(status(target('city', 1), [rank('city', 1, 'total'), rank('city', 1, 'growth')])).toBe('met');
  });
});

describe('the invented edition yanxi-2024: 保持全市前3位 against 8.7%,列全市第2位', () => {
  const build = (dataDir: string) => {
    const { dataset, diagnostics } = validateDir(dataDir);
    const edition = dataset.editions.find((e) => e.folder === 'yanxi-2024')!;
    return { plan: buildPlan(edition, dataset.units!, dataset.glossary!, []), diagnostics };
  };
  const strings = (locale: 'zh-CN' | 'en') => loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
  const { plan, diagnostics } = build(makeDataDir([reviewOnlyEditionDir]));
  const row = plan.reviewTargets!.rows.find((r) => r.id === 't1-digital-economy')!;

  it('validates, and judges the target met on the stated position', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(row.status).toBe('met');
    expect(row.rankReading).toMatchObject({ kind: 'judged', aim: 3, rank: { scope: 'city', position: 2 } });
    // Counted once among the indicators met, in both counts the key messages lead with.
    expect(plan.reviewTargets!.scorecard.current.find((i) => i.no === 8)?.status).toBe('met');
    expect(keyMessages(plan, strings('en'), 'en')[1]).toBe(
      'The report’s table sets nine target indicators for 2024. Read directly, target against result, five were met and four were not met; like for like on 2024 data, four were met and two were not met, and three rest on 2023 data or growth compared across price bases (below).',
    );
    // Each indicator met like for like is a finding of its own, the rank target among them.
    const met = keyMessages(plan, strings('en'), 'en').filter((m) => m.startsWith('Met: '));
    expect(met).toHaveLength(4);
    expect(met.some((m) => m.startsWith('Met: value-added growth of the core digital-economy industries'))).toBe(true);
    expect(met.some((m) => m.startsWith('Met: high-level talent recruited under Creek Valley Talent'))).toBe(true);
    expect(keyMessages(plan, strings('zh-CN'), 'zh-CN')[1]).toMatch(
      /^报告目标表所列2024年九项指标中,按目标与实际直接对照,完成五项、未完成四项;以2024年数据同口径判断,完成四项、未完成两项,其余三项系2023年数据或价格口径不同\(见下\)。/,
    );
  });

  it('puts the stated position in the rank table, with the figure ranked, in the document’s order', () => {
    const entry = rankEntries(plan).find((e) => e.id === 't1-digital-economy');
    expect(entry).toMatchObject({ rank: { measure: 'growth', scope: 'city', position: 2 }, year: 2024 });
    expect(entry?.figure?.en).toBe('8.7%');
    expect(rankTexts(plan, strings('zh-CN'), 'zh-CN').find((r) => r.id === 't1-digital-economy')).toMatchObject({
      positionText: '第二',
      figure: '8.7%',
    });
    expect(plan.rankOrder).toEqual(['gdp', 't1-digital-economy']);
  });

  it('says how it was read, in both languages', () => {
    expect(rankTargetReading(row, strings('en'), 'en')).toBe(
      "Value-added growth of the core digital-economy industries: the target “among the city's top 3” is read against the position the result states in the city (No. 2 in the city by growth) and met when that position is within it; result: ✓ Met.",
    );
    expect(rankTargetReading(row, strings('zh-CN'), 'zh-CN')).toContain('按实际完成情况所列全市名次(增速列全市第二)判断');
  });

  it('a target in another scope, or without a position, is not judged, and the reader is told why', () => {
    const other = makeDataDir([reviewOnlyEditionDir]);
    const folder = path.join(other, 'editions', 'yanxi-2024');
    editText(path.join(folder, 'source.txt'), '保持全市前3位', '保持全省前三');
    editText(
      path.join(folder, 'review-targets.yaml'),
      "target: {kind: rank, scope: city, position: 3, text: {zh: 保持全市前3位, en: among the city's top 3}}",
      "target: {kind: rank, scope: province, position: 3, text: {zh: 保持全省前三, en: among the province's top 3}}",
    );
    editText(path.join(folder, 'review-targets.yaml'), '保持全市前3位 |', '保持全省前三 |');
    const { plan: otherPlan, diagnostics: otherDiagnostics } = build(other);
    // 前三 holds the position 3 its target gives (no plan:source-phrase-has-value).
    expect(otherDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const otherRow = otherPlan.reviewTargets!.rows.find((r) => r.id === 't1-digital-economy')!;
    expect(otherRow.status).toBe('not-comparable');
    expect(rankTargetReading(otherRow, strings('en'), 'en')).toContain(
      'is a position in the province, but the result’s position is stated in another scope (No. 2 in the city by growth), so the two are not compared',
    );
    const messages = keyMessages(otherPlan, strings('en'), 'en').join(' ');
    expect(messages).toContain('Value-added growth of the core digital-economy industries is not judged');
    expect(messages).toContain('the result’s position is in another scope');
    // The position stays in the rank table though the target is not judged on it.
    expect(rankEntries(otherPlan).some((e) => e.id === 't1-digital-economy')).toBe(true);

    const leaders = makeDataDir([reviewOnlyEditionDir]);
    const leadersFolder = path.join(leaders, 'editions', 'yanxi-2024');
    editText(path.join(leadersFolder, 'source.txt'), '保持全市前3位', '保持全市前列');
    editText(
      path.join(leadersFolder, 'review-targets.yaml'),
      "target: {kind: rank, scope: city, position: 3, text: {zh: 保持全市前3位, en: among the city's top 3}}",
      "target: {kind: rank, scope: city, text: {zh: 保持全市前列, en: among the city's leaders}}",
    );
    editText(path.join(leadersFolder, 'review-targets.yaml'), '保持全市前3位 |', '保持全市前列 |');
    const { plan: leadersPlan } = build(leaders);
    const leadersRow = leadersPlan.reviewTargets!.rows.find((r) => r.id === 't1-digital-economy')!;
    expect(leadersRow.status).toBe('not-comparable');
    expect(rankTargetReading(leadersRow, strings('zh-CN'), 'zh-CN')).toBe(
      '数字经济核心产业增加值增速:目标“保持全市前列”未给出具体名次,不作完成判断。',
    );
  });

  it('a row whose phrase states the result’s position but holds no ranks is warned of (plan:rank-result-stated)', () => {
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('plan:rank-result-stated');
    const bare = makeDataDir([reviewOnlyEditionDir]);
    editText(
      path.join(bare, 'editions', 'yanxi-2024', 'review-targets.yaml'),
      '    ranks: [{measure: growth, scope: city, position: 2}]\n',
      '',
    );
    const { plan: barePlan, diagnostics: bareDiagnostics } = build(bare);
    expect(bareDiagnostics.filter((d) => d.ruleId === 'plan:rank-result-stated').map((d) => [d.severity, d.message])).toEqual([
      [
        'warning',
        'Source phrase "8 | 数字经济核心产业增加值增速 | 保持全市前3位 | 8.7%,列全市第2位 |" states 列全市第2位 for the result, but the row has no ranks: its rank target is not judged.',
      ],
    ]);
    expect(barePlan.reviewTargets!.rows.find((r) => r.id === 't1-digital-economy')!.rankReading).toEqual({ kind: 'no-rank' });
  });

  it('a position the phrase does not state is refused', () => {
    const wrong = makeDataDir([reviewOnlyEditionDir]);
    editText(
      path.join(wrong, 'editions', 'yanxi-2024', 'review-targets.yaml'),
      'ranks: [{measure: growth, scope: city, position: 2}]',
      'ranks: [{measure: growth, scope: city, position: 4}]',
    );
    expect(validateDir(wrong).diagnostics.map((d) => d.ruleId)).toContain('plan:source-phrase-has-value');
  });
});
