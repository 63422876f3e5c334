import type { Target, UnitsFile } from '../validate/schema.js';
import { unitOf, type Localized } from './format.js';

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
  if (target.kind === 'qualitative') return 'not-comparable';
  const targetUnit = unitOf(units, target.unit);
  const actual = actuals.find((a) => unitOf(units, a.unit).quantity === targetUnit.quantity);
  if (!actual) return 'not-comparable';
  const goal = target.value * targetUnit.factor;
  const reached = actual.value * unitOf(units, actual.unit).factor;
  const tiny = 1e-9 * Math.max(1, Math.abs(goal));
  if (target.kind === 'about') return Math.abs(reached - goal) <= aboutTolerance * Math.abs(goal) + tiny ? 'met' : 'not-met';
  return reached >= goal - tiny ? 'met' : 'not-met';
}

/** Status in words and with a symbol, so that it never rests on colour alone. */
export const statusLabels: Record<Status, Localized & { symbol: string }> = {
  met: { zh: '已完成', en: 'Met', symbol: '✓' },
  'not-met': { zh: '未完成', en: 'Not met', symbol: '✗' },
  'not-comparable': { zh: '不可比', en: 'Not comparable', symbol: '–' },
};
