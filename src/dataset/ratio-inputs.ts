import type { UnitsFile } from './schema.js';
import { findUnit } from './units.js';

/**
 * Whether two figures may be divided into a derived ratio (headline.yaml ratios): the one test that
 * validation (plan:ref-resolves) and the plan model (src/model/ratios.ts) both apply.
 */

/** What validation and the model know of one input of a ratio. */
export interface RatioInputFacts {
  readonly unit: string;
  /** The year of the figure; undefined for a table's total, whose year is its table's. */
  readonly year?: number;
  /** The table a total is of. */
  readonly table?: string;
}

/** Why two figures give no ratio: another quantity, another year, or a table's total beside another figure. */
export type RatioMismatch = 'quantity' | 'year' | 'table';

/** Whether the two inputs may be divided, or why not. */
export function ratioInputsDiffer(a: RatioInputFacts, b: RatioInputFacts, units: UnitsFile): RatioMismatch | undefined {
  const qa = findUnit(units, a.unit);
  const qb = findUnit(units, b.unit);
  if (qa === undefined || qb === undefined) return undefined; // an unknown unit is plan:ref-resolves's own message
  if (qa.quantity !== qb.quantity || qa.quantity === 'ratio' || qa.quantity === 'rate-change') return 'quantity';
  if (a.table !== b.table) return 'table';
  if (a.table === undefined && a.year !== b.year) return 'year';
  return undefined;
}
