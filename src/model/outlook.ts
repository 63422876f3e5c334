import type { Bound, Target, Text, UnitsFile } from '../dataset/schema.js';
import { unitOf } from '../dataset/units.js';
import type { PublishedFigure } from './figure.js';
import { localizeQuantity, type Localized } from './format.js';
import type { Status } from './status.js';

/**
 * What the plan year's targets imply: each target that continues a review-year result (through
 * `indicator`, a headline indicator, or `continues`, a headline indicator, an achievement or a row
 * of the targets table) beside that result, with the change the target implies and whether the
 * kind of target changed (a figure become a rank). Computed here once, for briefs and workbooks.
 */

/** The review-year result a target continues. */
export interface OutlookResult {
  /** The id of the figure or targets-table row. */
  readonly id: string;
  /** What the result is called where it is published. */
  readonly label: Text;
  readonly value: number;
  readonly unit: string;
  /** What a count counts, in English, where the data names it. */
  readonly noun?: string;
  readonly decimals: number;
  readonly measure: 'level' | 'growth';
  readonly display: Localized;
  readonly estimate: boolean;
  /** The year of the result, when it is not the review year. */
  readonly year?: number;
}

/** The change a numeric target implies on the result: per cent for amounts and counts, percentage points for rates. */
export interface OutlookChange {
  readonly kind: 'percent' | 'points';
  /** Target minus result (points), or (target − result) ÷ result × 100 (percent), rounded to `decimals`. */
  readonly value: number;
  readonly decimals: number;
  /** Signed, with its unit: "−31%", "+1.6个百分点" / "+1.6 percentage points". */
  readonly display: Localized;
  /** The magnitude with its unit, unsigned: "31%", "1.6个百分点". */
  readonly magnitude: Localized;
  /** The target's figure alone, with its unit and without its bound ("6.0%"), for "from 4.4% to 6.0%". */
  readonly to: Localized;
}

/** The input the outlook reads: the plan model's parts, as buildPlan makes them. */
export interface OutlookInput {
  readonly targets: readonly {
    readonly id: string;
    readonly label: Text;
    readonly indicator?: string;
    readonly continues?: string;
    readonly measure: 'level' | 'growth';
    readonly target: {
      readonly kind: Target['kind'];
      readonly value?: number;
      readonly unit?: string;
      readonly decimals?: number;
      readonly bound?: Bound;
      readonly strive?: boolean;
    };
    /** The target counts what the plan year adds or delivers (a flow). */
    readonly flow?: true;
  }[];
  readonly figures: readonly (PublishedFigure & {
    readonly growth?: { readonly value: number; readonly decimals: number; readonly display: Localized };
  })[];
  readonly rows: readonly {
    readonly id: string;
    readonly headline?: string;
    readonly indicator: Text;
    readonly target: {
      readonly kind: Target['kind'];
      readonly value?: number;
      readonly unit?: string;
      readonly bound?: Bound;
      readonly strive?: boolean;
      readonly display: Localized;
    };
    readonly status: Status;
    readonly year?: number;
    readonly actual: readonly {
      readonly value: number;
      readonly unit: string;
      readonly decimals: number;
      readonly measure: 'level' | 'growth';
      readonly estimate: boolean;
      readonly year?: number;
      readonly display: Localized;
    }[];
  }[];
}

export interface OutlookRow {
  /** The plan-year target's id. */
  readonly target: string;
  readonly result: OutlookResult;
  /** The review year's target for the same indicator and measure, with its status, when the targets table has one. */
  readonly previousTarget?: { readonly id: string; readonly kind: Target['kind']; readonly display: Localized; readonly status: Status };
  readonly change?: OutlookChange;
  /**
   * What kind of figure the target is, for reading a change: `floor` (at least, over: a lower bound,
   * which a result above it also meets), `flow` (what the year delivers), or `level`.
   */
  readonly reading: 'floor' | 'flow' | 'level';
  /** Set when the target's figure equals the review year's target for the same indicator (a floor kept). */
  readonly sameAsPreviousTarget?: true;
  /**
   * Set when the figure is the review year's target's but its words are not: 力争300亿元 (an aim)
   * become 300亿元以上 (a floor). The same figure is then not an unchanged target.
   */
  readonly wordingChange?: { readonly from: TargetWording; readonly to: TargetWording };
  /**
   * The target's figure against the review year's target for the same indicator and measure, when
   * both are figures of one quantity and differ (a figure kept is `sameAsPreviousTarget`): in
   * percentage points for rates, in per cent otherwise ("40,000 against 42,000: 4.8% lower").
   */
  readonly changeFromTarget?: OutlookChange;
  /** Set when the kind of target changed from the review year's (numeric → rank). */
  readonly kindChange?: { readonly from: Target['kind']; readonly to: Target['kind'] };
}

/** How a numeric target is worded: its bound (超, 以上, 左右, 以内, or none) and whether it is striven for (力争). */
export interface TargetWording {
  readonly bound: Bound | 'none';
  readonly strive: boolean;
}

const wordingOf = (target: { readonly bound?: Bound; readonly strive?: boolean }): TargetWording => ({
  bound: target.bound ?? 'none',
  strive: target.strive === true,
});

/**
 * A computed change in per cent has one decimal, whatever its size: one precision for every implied
 * change in the brief, the HTML, the workbook and the CSV (review11: "−11, 19, −31 but −6.7, 4.9"
 * read unevenly), and a small change never reads as 0%.
 */
const percentDecimals = 1;

function signed(value: number, decimals: number, unit: string, units: UnitsFile): { display: Localized; magnitude: Localized } {
  const magnitude = localizeQuantity({ value: Math.abs(value), unit, decimals }, units);
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return { magnitude, display: { zh: `${sign}${magnitude.zh}`, en: `${sign}${magnitude.en}` } };
}

/** A difference in percentage points, rounded to `decimals` and signed: "−0.9 percentage points". */
export function signedPoints(value: number, decimals: number, units: UnitsFile): { value: number; decimals: number; display: Localized } {
  const rounded = Number(value.toFixed(decimals));
  return { value: rounded, decimals, display: signed(rounded, decimals, '百分点', units).display };
}

export function buildOutlook(input: OutlookInput, units: UnitsFile): OutlookRow[] {
  const figures = new Map(input.figures.map((f) => [f.id, f]));
  const rows = new Map(input.rows.map((r) => [r.id, r]));
  const rate = unitOf(units, '%').quantity;

  return input.targets.flatMap((target): OutlookRow[] => {
    const link = target.continues ?? target.indicator;
    if (link === undefined) return [];
    const measure = target.measure;
    const row = rows.get(link);
    const figure = figures.get(row?.headline ?? link);
    // The targets-table row of the same indicator and measure: the one linked, or the one set for the linked headline indicator.
    const previous =
      row ?? input.rows.find((r) => figure !== undefined && r.headline === figure.id && r.actual.some((a) => a.measure === measure));

    // The reading beside the review year's target is the one that target was judged by: a relative
    // target ("in step with economic growth") is judged on growth, so a target with no figure of its
    // own (a rank, words) that continues it shows that growth, not a level it was never judged on.
    // A target with a figure is compared with the result in its own measure.
    const judgedOnGrowth = row?.target.kind === 'relative' && target.target.kind !== 'numeric';
    const shown = judgedOnGrowth && row.actual.some((a) => a.measure === 'growth') ? 'growth' : measure;
    const result = ((): OutlookResult | undefined => {
      if (row) {
        const actual = row.actual.find((a) => a.measure === shown);
        if (!actual) return undefined;
        return {
          id: row.id,
          label: row.indicator,
          value: actual.value,
          unit: actual.unit,
          decimals: actual.decimals,
          measure: shown,
          display: actual.display,
          estimate: actual.estimate,
          ...(actual.year !== undefined ? { year: actual.year } : {}),
        };
      }
      if (!figure) return undefined;
      const base = {
        id: figure.id,
        label: figure.label,
        measure,
        estimate: figure.estimate,
        ...(figure.year !== undefined ? { year: figure.year } : {}),
      };
      if (measure === 'growth') {
        if (!figure.growth) return undefined;
        return { ...base, value: figure.growth.value, unit: '%', decimals: figure.growth.decimals, display: figure.growth.display };
      }
      return {
        ...base,
        value: figure.value,
        unit: figure.unit,
        ...(figure.noun !== undefined ? { noun: figure.noun } : {}),
        decimals: figure.decimals,
        display: figure.display,
      };
    })();
    if (!result) return [];

    const goal = target.target;
    const change = ((): OutlookChange | undefined => {
      if (goal.kind !== 'numeric' || goal.value === undefined || goal.unit === undefined) return undefined;
      const from = unitOf(units, result.unit);
      const to = unitOf(units, goal.unit);
      const figure = localizeQuantity({ value: goal.value, unit: goal.unit, decimals: goal.decimals ?? 0 }, units);
      if (from.quantity !== to.quantity) return undefined;
      if (to.quantity === rate) {
        const decimals = Math.max(result.decimals, goal.decimals ?? 0);
        const value = Number((goal.value * (to.factor / from.factor) - result.value).toFixed(decimals));
        return { kind: 'points', value, decimals, to: figure, ...signed(value, decimals, '百分点', units) };
      }
      const reached = result.value * from.factor;
      if (reached === 0) return undefined;
      const raw = ((goal.value * to.factor - reached) / reached) * 100;
      const decimals = percentDecimals;
      const value = Number(raw.toFixed(decimals));
      return { kind: 'percent', value, decimals, to: figure, ...signed(value, decimals, '%', units) };
    })();

    // The review year's target for the same figure, compared in one base unit.
    const previousGoal = previous?.target;
    const sameAsPreviousTarget =
      goal.kind === 'numeric' &&
      goal.value !== undefined &&
      goal.unit !== undefined &&
      previousGoal?.kind === 'numeric' &&
      previousGoal.value !== undefined &&
      previousGoal.unit !== undefined &&
      unitOf(units, goal.unit).quantity === unitOf(units, previousGoal.unit).quantity &&
      Math.abs(goal.value * unitOf(units, goal.unit).factor - previousGoal.value * unitOf(units, previousGoal.unit).factor) <
        1e-9 * Math.max(1, Math.abs(goal.value * unitOf(units, goal.unit).factor));
    // Against the review year's target: the same arithmetic as against the result, from the old target's figure.
    const changeFromTarget = ((): OutlookChange | undefined => {
      if (sameAsPreviousTarget || goal.kind !== 'numeric' || goal.value === undefined || goal.unit === undefined) return undefined;
      if (previousGoal?.kind !== 'numeric' || previousGoal.value === undefined || previousGoal.unit === undefined) return undefined;
      const from = unitOf(units, previousGoal.unit);
      const to = unitOf(units, goal.unit);
      if (from.quantity !== to.quantity) return undefined;
      const figure = localizeQuantity({ value: goal.value, unit: goal.unit, decimals: goal.decimals ?? 0 }, units);
      if (to.quantity === rate) {
        // The review year's target carries no decimals of its own here: those its figure is written with.
        const decimals = Math.max((String(previousGoal.value).split('.')[1] ?? '').length, goal.decimals ?? 0);
        const value = Number((goal.value * (to.factor / from.factor) - previousGoal.value).toFixed(decimals));
        return { kind: 'points', value, decimals, to: figure, ...signed(value, decimals, '百分点', units) };
      }
      const base = previousGoal.value * from.factor;
      if (base === 0) return undefined;
      const raw = ((goal.value * to.factor - base) / base) * 100;
      const decimals = percentDecimals;
      const value = Number(raw.toFixed(decimals));
      return { kind: 'percent', value, decimals, to: figure, ...signed(value, decimals, '%', units) };
    })();
    const reading = goal.bound === 'at-least' || goal.bound === 'over' ? 'floor' : target.flow ? 'flow' : 'level';
    const wording = { from: wordingOf(previousGoal ?? {}), to: wordingOf(goal) };
    const reworded = sameAsPreviousTarget && (wording.from.bound !== wording.to.bound || wording.from.strive !== wording.to.strive);
    return [
      {
        target: target.id,
        result,
        reading,
        ...(sameAsPreviousTarget ? { sameAsPreviousTarget: true as const } : {}),
        ...(reworded ? { wordingChange: wording } : {}),
        ...(previous
          ? { previousTarget: { id: previous.id, kind: previous.target.kind, display: previous.target.display, status: previous.status } }
          : {}),
        ...(change ? { change } : {}),
        ...(changeFromTarget ? { changeFromTarget } : {}),
        ...(previous && previous.target.kind !== goal.kind ? { kindChange: { from: previous.target.kind, to: goal.kind } } : {}),
      },
    ];
  });
}
