import { describe, expect, it } from 'vitest';
import { bounds } from '../../src/dataset/schema.js';
import { buildOutlook } from '../../src/model/outlook.js';
import { buildPlan } from '../../src/model/plan.js';
import { buildScorecard, indicatorStatus } from '../../src/model/scorecard.js';
import { rankEntries } from '../../src/present/ranks.js';
import { readingName } from '../../src/present/scorecard.js';
import { defaultDataDir, validateDir } from '../helpers.js';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const edition = dataset.editions.find((e) => e.folder === 'binjiang-2025')!;
const plan = buildPlan(edition, units, dataset.glossary!, []);
const row = (target: string) => plan.outlook.find((o) => o.target === target)!;

describe('scorecard: the targets as the source counts them', () => {
  it('counts Table 1 by its numbers: six indicators in seven rows, investment once with both readings', () => {
    const card = plan.reviewTargets!.scorecard;
    expect(card.indicators.map((i) => [i.no, i.status, i.readings.length])).toEqual([
      [1, 'not-met', 1],
      [2, 'met', 2],
      [3, 'met', 1],
      [4, 'met', 1],
      [5, 'not-met', 1],
      [6, 'not-met', 1],
    ]);
    expect(card.indicators.find((i) => i.no === 2)!.label.zh).toBe('固定资产投资');
    // The R&D share is judged on 2023 data: set apart from 2024's. Budget revenue and income growth
    // (current prices, by their kind) are judged against GDP growth (comparable prices): set apart too.
    expect(card.current.map((i) => i.no)).toEqual([1, 2, 4]);
    expect(card.crossBasis.map((i) => [i.no, i.status, i.priceBases])).toEqual([
      // Neither basis is stated in the report: both are the brief's reading, and marked so.
      [3, 'met', { result: 'current', reference: 'comparable', resultAssumed: true, referenceAssumed: true }],
      [5, 'not-met', { result: 'current', reference: 'comparable', resultAssumed: true, referenceAssumed: true }],
    ]);
    expect(card.lagged.map((i) => [i.no, i.year])).toEqual([[6, 2023]]);
    expect(card.unjudged).toEqual([]);
  });

  it('an indicator is met when every judged reading is, not met when none is, partly met otherwise', () => {
    expect(indicatorStatus(['met', 'met'])).toBe('met');
    expect(indicatorStatus(['met', 'not-met'])).toBe('partly-met');
    expect(indicatorStatus(['not-met', 'not-comparable'])).toBe('not-met');
    expect(indicatorStatus(['not-comparable'])).toBe('not-comparable');
    const text = { zh: 'x', en: 'x' };
    const card = buildScorecard([
      { id: 'a', no: 1, indicator: text, status: 'met' },
      { id: 'b', no: 1, indicator: text, status: 'not-met', year: 2020 },
      { id: 'c', no: 2, indicator: text, status: 'not-comparable' },
    ]);
    expect(card.lagged.map((i) => [i.no, i.status, i.year])).toEqual([[1, 'partly-met', 2020]]);
    expect(card.unjudged.map((i) => i.no)).toEqual([2]);
    // A reading comparing growth across price bases sets its indicator apart; one of the review year's
    // data on one basis stays current.
    const bases = buildScorecard([
      { id: 'a', no: 1, indicator: text, status: 'met', priceBases: { result: 'current', reference: 'comparable' } },
      { id: 'b', no: 2, indicator: text, status: 'met' },
    ]);
    expect([bases.current.map((i) => i.no), bases.crossBasis.map((i) => i.no)]).toEqual([[2], [1]]);
  });

  it('names a reading inside its indicator, and keeps a name that does not follow "group (reading)"', () => {
    expect(readingName('固定资产投资(区内)', '固定资产投资')).toBe('区内');
    expect(readingName('Fixed-asset investment (within the district)', 'Fixed-asset investment')).toBe('within the district');
    expect(readingName('Investment', 'Fixed-asset investment')).toBe('Investment');
  });
});

describe('outlook: what the plan year’s targets imply', () => {
  it('sets the foreign-investment target 31% below the 2024 result, through the continues link', () => {
    const fdi = row('w-fdi-utilised');
    expect(fdi.result).toMatchObject({ id: 'a-fdi-utilised', value: 13.1, unit: '亿美元' });
    // 9 ÷ 13.1 − 1 = −31.3%.
    expect(fdi.change).toMatchObject({ kind: 'percent', value: -31.3, decimals: 1 });
    expect(fdi.change!.display).toEqual({ zh: '−31.3%', en: '−31.3%' });
  });

  it('compares growth targets with last year’s growth in percentage points, to the published decimals', () => {
    const services = row('m-services-growth');
    expect(services.result.display.en).toBe('4.4%');
    expect(services.change).toMatchObject({ kind: 'points', value: 1.6, decimals: 1 });
    expect(services.change!.to.en).toBe('6.0%');
  });

  it('converts units before comparing (4万人 against 42859人) and gives every change in per cent to a tenth, large or small (review11)', () => {
    expect(row('m-new-talent').change).toMatchObject({ kind: 'percent', value: -6.7, decimals: 1 });
    // 300 ÷ 337.1 − 1 = −11.0%: one decimal as the small change has, not "−11".
    expect(row('m-investment-within').change).toMatchObject({ kind: 'percent', value: -11, decimals: 1 });
    expect(row('m-investment-within').change!.display.en).toBe('−11.0%');
    const percent = plan.outlook.flatMap((o) => [o.change, o.changeFromTarget]).filter((c) => c?.kind === 'percent');
    expect(percent.length).toBeGreaterThan(2);
    for (const c of percent) expect(c!.decimals, c!.display.en).toBe(1);
  });

  it('flags a target whose kind changed, with the review year’s target and its status', () => {
    const rd = row('m-rd-intensity');
    expect(rd.kindChange).toEqual({ from: 'numeric', to: 'rank' });
    expect(rd.change).toBeUndefined();
    expect(rd.result.year).toBe(2023);
    expect(rd.previousTarget).toMatchObject({ id: 't1-rd-intensity', status: 'not-met' });
    expect(row('m-urban-income').kindChange).toEqual({ from: 'relative', to: 'rank' });
    // The GDP growth target continues the headline indicator, whose Table 1 row gives its 2024 target.
    expect(row('m-gdp-growth').previousTarget).toMatchObject({ id: 't1-gdp-growth', status: 'not-met' });
    expect(row('m-gdp-growth').kindChange).toBeUndefined();
  });

  it('beside a review-year target judged on growth (in step with economic growth), shows the growth it was judged by, not a level', () => {
    // Table 1's income row gives a level (85734元) and its growth (3.0%); its target is relative to GDP
    // growth, so its status was judged on the growth. The 2025 target (a rank) has no figure to compare.
    const income = row('m-urban-income');
    expect(income.previousTarget).toMatchObject({ id: 't1-disposable-income', kind: 'relative', status: 'not-met' });
    expect(income.result).toMatchObject({ measure: 'growth', value: 3, unit: '%' });
    expect(income.change).toBeUndefined();
    // Every row beside a relative target shows growth; a target with a figure keeps its own measure.
    for (const o of plan.outlook) {
      if (o.previousTarget?.kind === 'relative') expect(o.result.measure, o.target).toBe('growth');
      const target = plan.planTargets.main.find((t) => t.id === o.target);
      if (target?.target.kind === 'numeric') expect(o.result.measure, o.target).toBe(target.measure);
    }
  });

  it('holds only targets linked to a result: one with neither indicator nor continues is left out', () => {
    const linked = [...plan.planTargets.main, ...plan.planTargets.work].filter(
      (t) => t.indicator !== undefined || t.continues !== undefined,
    );
    expect(plan.outlook.map((o) => o.target)).toEqual(linked.map((t) => t.id));
    expect(plan.outlook.some((o) => o.target === 'w-elevator-renewal')).toBe(false);
  });
});

describe('ranks in one place', () => {
  it('lists every rank the edition states, with the year of its figure', () => {
    const stated = [...edition.data.headline.indicators, ...edition.data.achievements.achievements].reduce(
      (n, f) => n + (f.ranks?.length ?? 0),
      0,
    );
    // Ranks stated without a figure, and standings in words (位居全省前列), count too.
    const standings = edition.data.achievements.standings.reduce((n, s) => n + (s.ranks?.length ?? 0) + (s.standing ? 1 : 0), 0);
    const entries = rankEntries(plan);
    expect(entries.length).toBe(stated + standings);
    expect(entries.find((e) => e.id === 'a-rd-intensity')!.year).toBe(2023);
    expect(entries.find((e) => e.id === 'gdp' && e.rank?.measure === 'growth')!.rank!.position).toBe(6);
  });
});

describe('outlook: a target below its result is read by its kind (issue 24)', () => {
  it('a floor (以上, 不少于) below the result is a floor, and keeps the figure of the review year’s target', () => {
    // 固定资产投资区内300亿元以上 against 337.1亿元 in 2024, whose target was 力争300亿元.
    expect(row('m-investment-within')).toMatchObject({ reading: 'floor', sameAsPreviousTarget: true, change: { value: -11 } });
    // 不少于9500人次 against 12907人次: a floor with no target of 2024 to keep.
    expect(row('w-priority-groups').reading).toBe('floor');
    expect(row('w-priority-groups').sameAsPreviousTarget).toBeUndefined();
  });

  it('a flow (flow: true) is what the year delivers; a target without the mark is a level', () => {
    expect(row('w-school-places').reading).toBe('flow'); // 新增学位2745个 against 8919个
    expect(row('w-high-value-patents').reading).toBe('level'); // 每万人高价值发明专利拥有量: a stock
    expect(row('m-retail-growth').reading).toBe('level');
  });

  it('compares a target with the review year’s in one base unit: 4万人 keeps 40000人, not 4.2万人', () => {
    // New talent: 2025 target 4万人, 2024 target 4.2万人: not the same figure.
    expect(row('m-new-talent').sameAsPreviousTarget).toBeUndefined();
    const display = { zh: 'x', en: 'x' };
    const outlook = (previous: { value: number; unit: string }) =>
      buildOutlook(
        {
          targets: [
            {
              id: 'next',
              label: display,
              continues: 'row',
              measure: 'level',
              target: { kind: 'numeric', value: 4, unit: '万人', decimals: 0, bound: 'at-least' },
              flow: true,
            },
          ],
          figures: [],
          rows: [
            {
              id: 'row',
              indicator: display,
              target: { kind: 'numeric', ...previous, display },
              status: 'met',
              actual: [{ value: 42859, unit: '人', decimals: 0, measure: 'level', estimate: false, display }],
            },
          ],
        },
        units,
      )[0]!;
    // A floor that is also a flow reads as a floor: a result above it meets it too.
    expect(outlook({ value: 40000, unit: '人' })).toMatchObject({ reading: 'floor', sameAsPreviousTarget: true });
    expect(outlook({ value: 4.2, unit: '万人' }).sameAsPreviousTarget).toBeUndefined();
  });
});

describe('outlook: the review year’s figure kept in other words is not an unchanged target', () => {
  const display = { zh: 'x', en: 'x' };
  const wordings = [undefined, ...bounds].flatMap((bound) => [false, true].map((strive) => ({ bound, strive })));
  const outlookOf = (from: (typeof wordings)[number], to: (typeof wordings)[number]) =>
    buildOutlook(
      {
        targets: [
          {
            id: 'next',
            label: display,
            continues: 'row',
            measure: 'level',
            target: { kind: 'numeric', value: 300, unit: '亿元', decimals: 0, ...(to.bound ? { bound: to.bound } : {}), strive: to.strive },
          },
        ],
        figures: [],
        rows: [
          {
            id: 'row',
            indicator: display,
            target: {
              kind: 'numeric',
              value: 300,
              unit: '亿元',
              ...(from.bound ? { bound: from.bound } : {}),
              strive: from.strive,
              display,
            },
            status: 'met',
            actual: [{ value: 337.1, unit: '亿元', decimals: 1, measure: 'level', estimate: false, display }],
          },
        ],
      },
      units,
    )[0]!;

  it('力争300亿元 (an aim) become 300亿元以上 (a floor): the same figure, its wording changed', () => {
    expect(row('m-investment-within')).toMatchObject({
      sameAsPreviousTarget: true,
      wordingChange: { from: { bound: 'none', strive: true }, to: { bound: 'at-least', strive: false } },
    });
  });

  it.each(wordings.flatMap((from) => wordings.map((to) => [from, to] as const)))(
    'from %o to %o: a wording change exactly when bound or strive differ',
    (from, to) => {
      const o = outlookOf(from, to);
      expect(o.sameAsPreviousTarget).toBe(true);
      const differs = from.bound !== to.bound || from.strive !== to.strive;
      expect(o.wordingChange === undefined).toBe(!differs);
      if (differs)
        expect(o.wordingChange).toEqual({
          from: { bound: from.bound ?? 'none', strive: from.strive },
          to: { bound: to.bound ?? 'none', strive: to.strive },
        });
    },
  );
});

describe('outlook: the plan year’s targets against the review year’s targets', () => {
  it('gives the change from the review year’s target where both are figures of one quantity (usefulness review 10)', () => {
    const changes = plan.outlook.flatMap((o) =>
      o.changeFromTarget ? [[o.target, o.changeFromTarget.kind, o.changeFromTarget.value]] : [],
    );
    // GDP growth: 6% for 2024, 5.6% for 2025 (−0.4 points); talent: 42,000 (4.2万人), then 40,000 (4万人): −4.8%.
    expect(changes).toEqual([
      [plan.outlook.find((o) => o.change?.kind === 'points' && o.previousTarget !== undefined)!.target, 'points', -0.4],
      [plan.outlook.find((o) => o.reading === 'flow' && o.previousTarget !== undefined)!.target, 'percent', -4.8],
    ]);
    expect(plan.outlook.find((o) => o.changeFromTarget?.kind === 'points')!.changeFromTarget!.display.en).toBe('−0.4 percentage points');
  });

  it('gives none where the figure is kept, or either target is not a figure', () => {
    for (const o of plan.outlook) {
      if (o.sameAsPreviousTarget || o.kindChange || o.previousTarget === undefined || o.previousTarget.kind !== 'numeric')
        expect(o.changeFromTarget, o.target).toBeUndefined();
    }
    // The investment floor keeps the 2024 target's figure (力争300亿元 → 300亿元以上): no change of figure.
    expect(plan.outlook.some((o) => o.sameAsPreviousTarget && o.changeFromTarget === undefined)).toBe(true);
  });
});
