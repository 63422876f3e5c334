import type { Target, UnitsFile } from '../dataset/schema.js';
import { unitOf } from './format.js';

export type Status = 'met' | 'not-met' | 'not-comparable';

/**
 * "About" targets count as met within this relative distance of the target (10% ± 0.5 points
 * for a target of "about 10%"). The report itself gives no tolerance; this is our reading,
 * stated in every brief's notes.
 */
export const aboutTolerance = 0.05;

export interface Actual {
  readonly value: number;
  readonly unit: string;
}

/**
 * Status of a target against results. Numeric, "above" and "strive for" targets are met when the
 * result reaches the target; "about" targets when within {@link aboutTolerance}; qualitative
 * targets, and targets with no result in a comparable unit, are not comparable.
 */
export function computeStatus(target: Target, actuals: readonly Actual[], units: UnitsFile): Status {
  const pair = comparablePair(target, actuals, units);
  if (!pair) return 'not-comparable';
  const { goal, reached } = pair;
  const tiny = 1e-9 * Math.max(1, Math.abs(goal));
  if (target.kind === 'about') return Math.abs(reached - goal) <= aboutTolerance * Math.abs(goal) + tiny ? 'met' : 'not-met';
  return reached >= goal - tiny ? 'met' : 'not-met';
}

/** Target and result in one base unit, where the target has a figure and a result matches its quantity. */
function comparablePair(target: Target, actuals: readonly Actual[], units: UnitsFile): { goal: number; reached: number } | undefined {
  if (target.kind === 'qualitative') return undefined;
  const targetUnit = unitOf(units, target.unit);
  const actual = actuals.find((a) => unitOf(units, a.unit).quantity === targetUnit.quantity);
  if (!actual) return undefined;
  return { goal: target.value * targetUnit.factor, reached: actual.value * unitOf(units, actual.unit).factor };
}

/** Result as a percentage of the target (337.1 against 300 → 112.4), where comparable. */
export function computeAttainment(target: Target, actuals: readonly Actual[], units: UnitsFile): number | undefined {
  const pair = comparablePair(target, actuals, units);
  return pair && pair.goal !== 0 ? (pair.reached / pair.goal) * 100 : undefined;
}
