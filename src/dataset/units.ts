import type { UnitsFile } from './schema.js';

/** A unit of data/units.yaml: its id, its names in both languages, the quantity it measures and its factor to the base unit. */
export type Unit = UnitsFile['units'][number];

/** The registry entry of a unit, or undefined where data/units.yaml does not list it (validation reports that, plan:ref-resolves). */
export function findUnit(units: UnitsFile, id: string): Unit | undefined {
  return units.units.find((u) => u.id === id);
}

/** The registry entry of a unit; validation guarantees every unit used is registered. */
export function unitOf(units: UnitsFile, id: string): Unit {
  const unit = findUnit(units, id);
  if (!unit) throw new Error(`Unit "${id}" is not registered (validation should have caught this)`);
  return unit;
}

/**
 * The currencies the reports name, by the quantity of data/units.yaml that measures them: the code
 * English amounts are printed with (RMB 12.05 billion) and the Chinese word a unit's name ends with
 * (亿元, 亿美元). Validation holds every money unit's names to its quantity (plan:unit-scale).
 */
export const currencies: Readonly<Record<string, { readonly code: string; readonly zh: string }>> = {
  'money-cny': { code: 'RMB', zh: '元' },
  'money-usd': { code: 'USD', zh: '美元' },
};

/**
 * Whether a unit counts things whose English name the data may give (a figure's `noun`): a unit
 * English leaves unsaid (inline: false: 个, 件, 家, 人), or a multiple of one (万件, 万家).
 */
export function isCountUnit(units: UnitsFile, unit: Unit): boolean {
  if (unit.inline === false) return true;
  return units.units.some((u) => u.inline === false && u.factor === 1 && u.quantity === unit.quantity && unit.zh.endsWith(u.zh));
}
