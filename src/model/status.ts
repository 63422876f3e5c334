import { pendingResult, resultsOf, type RankData, type ReviewTargetRowData, type Target, type UnitsFile } from '../dataset/schema.js';
import { unitOf } from '../dataset/units.js';
import { completionRate } from '../dataset/completion.js';

/** A target's status; `pending` while its result has not been entered (an edition in progress). */
export type Status = 'met' | 'not-met' | 'not-comparable' | 'pending';

/**
 * "About" targets count as met within this relative distance of the target (10% ± 0.5 points
 * for a target of "about 10%"). The report itself gives no tolerance; this is our reading,
 * stated in every brief's notes.
 */
export const aboutTolerance = 0.05;

export interface Actual {
  readonly value: number;
  readonly unit: string;
  readonly measure?: 'level' | 'growth';
}

/** What a relative target is measured against: the growth of the figure it names. */
export interface Reference {
  readonly growth?: number;
}

/**
 * Status of a target against results.
 * - Numeric targets: a plain or "at least" target is met when the result reaches it, "over" when
 *   it exceeds it, "at most" when it stays within it, "about" when within {@link aboutTolerance}
 *   ("strive for" does not change the reading).
 * - Relative targets ("in step with economic growth"): met when the result's growth is at least
 *   the reference's growth ("in step") or above it ("faster").
 * - Rank targets: met when the position the result states in the target's scope is within it
 *   (第2位 against 前3位), not met when it is below; see {@link readRankTarget} for when they cannot be judged.
 * - Qualitative targets, and targets with no result in a comparable unit, are not comparable.
 */
export function computeStatus(
  target: Target,
  actuals: readonly Actual[],
  units: UnitsFile,
  reference?: Reference,
  ranks: readonly RankData[] = [],
): Status {
  if (target.kind === 'rank') {
    const reading = readRankTarget(target, ranks);
    if (reading.kind !== 'judged') return 'not-comparable';
    return reading.rank.position <= reading.aim ? 'met' : 'not-met';
  }
  if (target.kind === 'relative') {
    const growth = relativeGrowth(actuals, units);
    if (growth === undefined || reference?.growth === undefined) return 'not-comparable';
    const tiny = 1e-9;
    if (target.relation === 'faster') return growth > reference.growth + tiny ? 'met' : 'not-met';
    return growth >= reference.growth - tiny ? 'met' : 'not-met';
  }
  const pair = comparablePair(target, actuals, units);
  if (!pair || target.kind !== 'numeric') return 'not-comparable';
  const { goal, reached } = pair;
  const tiny = 1e-9 * Math.max(1, Math.abs(goal));
  switch (target.bound) {
    case 'about':
      return Math.abs(reached - goal) <= aboutTolerance * Math.abs(goal) + tiny ? 'met' : 'not-met';
    case 'over':
      return reached > goal + tiny ? 'met' : 'not-met';
    case 'at-most':
      return reached <= goal + tiny ? 'met' : 'not-met';
    default:
      return reached >= goal - tiny ? 'met' : 'not-met';
  }
}

/** A review target's status: pending while its results are, else computed from them and the positions they state (computeStatus). */
export function rowStatus(row: Pick<ReviewTargetRowData, 'target' | 'actual' | 'ranks'>, units: UnitsFile, reference?: Reference): Status {
  return row.actual === pendingResult ? 'pending' : computeStatus(row.target, resultsOf(row), units, reference, row.ranks ?? []);
}

/**
 * How a rank target reads against the positions its result states:
 * - `judged`: the one position stated in the target's scope (several stating the same place count
 *   once), compared with the target's `aim` (前3位: 3, 第一 and 首位: 1);
 * - `no-position`: the target names no place (前列, 领先), so nothing can be compared;
 * - `no-rank`: the result states no position;
 * - `other-scope`: the result states positions, none in the target's scope (全省 against 全市), or
 *   only among a narrower group (列国家高新区第四);
 * - `several`: the result states different positions in the scope (总量第二, 增速第六) and the target
 *   does not say which it aims at.
 */
export type RankReading =
  | { readonly kind: 'judged'; readonly aim: number; readonly rank: RankData }
  | { readonly kind: 'no-position' }
  | { readonly kind: 'no-rank' }
  | { readonly kind: 'other-scope'; readonly rank: RankData }
  | { readonly kind: 'several'; readonly ranks: readonly RankData[] };

export function readRankTarget(target: Extract<Target, { kind: 'rank' }>, ranks: readonly RankData[]): RankReading {
  if (target.position === undefined) return { kind: 'no-position' };
  if (ranks.length === 0) return { kind: 'no-rank' };
  const inScope = ranks.filter((r) => r.scope === target.scope && r.scopeLabel === undefined);
  if (inScope.length === 0) return { kind: 'other-scope', rank: ranks[0]! };
  if (new Set(inScope.map((r) => r.position)).size > 1) return { kind: 'several', ranks: inScope };
  return { kind: 'judged', aim: target.position, rank: inScope[0]! };
}

/** The growth among the results of a relative target: the one stated as growth, else the one in per cent. */
export function relativeGrowth(actuals: readonly Actual[], units: UnitsFile): number | undefined {
  const rate = unitOf(units, '%').quantity;
  const actual = actuals.find((a) => a.measure === 'growth') ?? actuals.find((a) => unitOf(units, a.unit).quantity === rate);
  return actual?.value;
}

/** Target and result in one base unit, where the target has a figure and a result matches its quantity. */
function comparablePair(target: Target, actuals: readonly Actual[], units: UnitsFile): { goal: number; reached: number } | undefined {
  if (target.kind !== 'numeric') return undefined;
  const actual = actualInQuantityOf(target.unit, actuals, units);
  if (!actual) return undefined;
  return { goal: target.value * unitOf(units, target.unit).factor, reached: actual.value * unitOf(units, actual.unit).factor };
}

/** The result that measures the same quantity as a target's unit (an amount for an amount, a rate for a rate). */
export function actualInQuantityOf<A extends { unit: string }>(targetUnit: string, actuals: readonly A[], units: UnitsFile): A | undefined {
  const quantity = unitOf(units, targetUnit).quantity;
  return actuals.find((a) => unitOf(units, a.unit).quantity === quantity);
}

/** Does a unit measure a rate (a percentage)? Rate targets are compared by their gap in percentage points. */
export function isRate(units: UnitsFile, unit: string): boolean {
  return unitOf(units, unit).quantity === unitOf(units, '%').quantity;
}

/**
 * Result as a percentage of the target (337.1 against 300 → 112.4), for targets in amounts and
 * counts; absent for rates (their gap in percentage points is the measure) and where not comparable.
 */
export function computeAttainment(target: Target, actuals: readonly Actual[], units: UnitsFile): number | undefined {
  if (target.kind !== 'numeric' || isRate(units, target.unit)) return undefined;
  const pair = comparablePair(target, actuals, units);
  return pair && pair.goal !== 0 ? (pair.reached / pair.goal) * 100 : undefined;
}

/** Result minus target in percentage points, for rate targets where a rate result exists. */
export function computeGap(target: Target, actuals: readonly Actual[], units: UnitsFile): number | undefined {
  if (target.kind !== 'numeric' || !isRate(units, target.unit)) return undefined;
  const actual = actuals.find((a) => isRate(units, a.unit));
  return actual === undefined ? undefined : actual.value - target.value;
}

/**
 * The completion rate a document would publish, in per cent: result ÷ plan for a level, and on
 * growth indices for a growth target, (1 + actual) ÷ (1 + target): growth of 5% against a target of
 * 6.5% is 98.6%. Absent where the target has no figure or no comparable result.
 */
export function computeCompletion(target: Target, actuals: readonly Actual[], units: UnitsFile): number | undefined {
  if (target.kind !== 'numeric') return undefined;
  const growth = actuals.find((a) => a.measure === 'growth' && isRate(units, a.unit));
  if (growth && isRate(units, target.unit)) return completionRate(growth.value, target.value, true);
  const pair = comparablePair(target, actuals, units);
  return pair && pair.goal !== 0 ? completionRate(pair.reached, pair.goal, false) : undefined;
}
