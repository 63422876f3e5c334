import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { formatNumber } from '../../src/model/format.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbookData } from '../../src/workbook/data.js';
import { makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Third usefulness review (issue 31): the workbook's target words sat beside a value in another unit
// ("strive for RMB 30 billion" beside 300 and "RMB 100 million"; "4.2万人" beside 42000 and 人). A
// target's words state the figure its value cell holds, in that cell's unit.
const editions = [
  ...validateDir(path.join(repoRoot, 'data')).dataset.editions.map((e) => ({ e, d: validateDir(path.join(repoRoot, 'data')).dataset })),
  ...(() => {
    const { dataset } = validateDir(makeDataDir([reviewOnlyEditionDir]));
    return dataset.editions.map((e) => ({ e, d: dataset }));
  })(),
];

describe.each(editions.map(({ e, d }) => [e.folder, e, d] as const))('%s', (_, edition, dataset) => {
  const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
  it('zh-CN: every target’s words are the report’s own, as the cover says', () => {
    const strings = loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!;
    const workbook = buildWorkbookData(plan, 'zh-CN', strings, dataset.units!);
    const words = new Set([
      ...(plan.reviewTargets?.rows ?? []).map((r) => r.target.display.zh),
      ...[...plan.planTargets.main, ...plan.planTargets.work].map((t) => t.target.display.zh),
    ]);
    let checked = 0;
    for (const key of ['reviewTargets', 'planTargets'] as const)
      for (const row of workbook.datasets[key] ?? []) {
        expect(words.has(String(row.target)), `${key}/${row.id}: ${row.target}`).toBe(true);
        checked++;
      }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(['en'] as const)('%s: every target’s words state the figure of its value cell', (locale) => {
    const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
    const workbook = buildWorkbookData(plan, locale, strings, dataset.units!);
    let checked = 0;
    for (const [key, words] of [
      ['reviewTargets', 'target'],
      ['planTargets', 'target'],
      ['outlook', 'outlookTarget'],
    ] as const) {
      for (const row of workbook.datasets[key] ?? []) {
        if (typeof row.targetValue !== 'number' || row.targetUnit === '%') continue;
        const figure = formatNumber(row.targetValue, Number(row.targetValue__decimals ?? 0), locale);
        expect(String(row[words]), `${key}/${row.id}: ${row[words]} beside ${row.targetValue} ${row.targetUnit}`).toMatch(
          new RegExp(`(^|[^\\d.,])${figure.replace(/[.,]/g, '\\$&')}(?![\\d.,]*\\d)`),
        );
        checked++;
      }
    }
    if (edition.folder === 'binjiang-2025') expect(checked).toBeGreaterThan(10);
  });
});

describe('the default edition’s amounts in English in the cells’ unit, and the report’s words in Chinese', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const row = (locale: 'en' | 'zh-CN', key: string, id: string) =>
    buildWorkbookData(plan, locale, loadUiStrings(repoRoot, locale, new DiagnosticSink())!, dataset.units!).datasets[key]!.find(
      (r) => r.id === id,
    )!;
  it('says a target in 亿元 in the unit of its cells, and a count in 万 as the count its cells give', () => {
    const within = row('en', 'reviewTargets', 't1-investment-within');
    expect(within.targetUnit).toBe('RMB 100 million');
    expect(within.target).toBe(`strive for ${formatNumber(Number(within.targetValue), 0, 'en')} (RMB 100 million)`);
    // Chinese: the report's words, 万 and all, beside the count its cells give.
    const talent = row('zh-CN', 'reviewTargets', 't1-new-talent');
    expect(talent.target).toBe(plan.reviewTargets!.rows.find((r) => r.id === 't1-new-talent')!.target.display.zh);
    expect(talent.target).toMatch(/万人/);
  });

  it('says the review year’s target on the outlook sheet in the unit of the row’s result and target', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const outlook = buildWorkbookData(plan, locale, loadUiStrings(repoRoot, locale, new DiagnosticSink())!, dataset.units!).datasets
        .outlook!;
      const review = (id: string) => row(locale, 'reviewTargets', id);
      let checked = 0;
      for (const o of outlook) {
        const previous = plan.outlook.find((r) => r.target === o.id)?.previousTarget;
        const reviewed = previous ? review(previous.id) : undefined;
        // The same words as the targets sheet gives that target, whose cells are in the same unit as this row's.
        if (!reviewed || typeof reviewed.targetValue !== 'number' || reviewed.targetUnit !== o.targetUnit) continue;
        expect(o.previousTarget, `${locale}/${o.id}`).toBe(reviewed.target);
        checked++;
      }
      expect(checked, locale).toBeGreaterThan(0);
    }
  });
});

// Fourth publication review: the 2024 headline sheet said "at least RMB 35 billion" beside 414.8 and
// "RMB 100 million". A headline target in words is in the row's unit, as the targets sheet says it.
describe('the headline sheet', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  it('en: a target of an amount or count states its figure in the unit of the row', () => {
    const rows = buildWorkbookData(plan, 'en', loadUiStrings(repoRoot, 'en', new DiagnosticSink())!, dataset.units!).datasets.headline!;
    let checked = 0;
    for (const row of rows) {
      const target = plan.reviewTargets?.rows.find((r) => r.headline === row.id)?.target;
      if (target?.kind !== 'numeric' || target.unit === '%' || typeof row.unit !== 'string') continue;
      expect(String(row.target), `${row.id}: ${row.target} beside ${row.value} ${row.unit}`).toContain(`(${row.unit})`);
      checked++;
    }
    expect(checked, 'the default edition has amount targets on its headline figures').toBeGreaterThan(0);
  });
});
