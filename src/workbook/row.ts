import type { UnitsFile } from '../dataset/schema.js';
import { unitOf } from '../dataset/units.js';
import { readerQuantity, textKey, type Locale, type Quantity } from '../model/format.js';

export type Cell = string | number | null;
/**
 * A row: values by column key; `<key>__decimals` gives a number's published decimals and
 * `<key>__blank` why a value is absent: 'x' not available (the source gives none), 'z' not
 * applicable (there is nothing to give). An absent value without a reason is 'x'.
 */
export type Row = Record<string, Cell>;

/** A figure's change on the year, as a figure publishes one or the other. */
interface Change {
  readonly value: number;
  readonly decimals: number;
}

/**
 * The growth (per cent) and change (percentage points) cells of a figure: a figure stated as a
 * change in percentage points has no growth rate to give ('z'), and the reverse; neither is 'x'.
 */
export function changeCells(f: { readonly growth?: Change | undefined; readonly change?: Change | undefined }): Row {
  return {
    growth: f.growth?.value ?? null,
    growth__decimals: f.growth?.decimals ?? 0,
    growth__blank: f.change ? 'z' : 'x',
    change: f.change?.value ?? null,
    change__decimals: f.change?.decimals ?? 0,
    change__blank: f.growth ? 'z' : 'x',
  };
}

/**
 * A figure's value and unit cells (`<valueKey>`, its decimals, `<unitKey>`), in the unit the reader's
 * language gives it (src/model/format.ts readerQuantity: 4.2 万人 is 42,000 people in English, as
 * the brief says it); both null when there is no figure.
 */
export function quantityCells(valueKey: string, unitKey: string, q: Partial<Quantity> | undefined, units: UnitsFile, locale: Locale): Row {
  if (q?.value === undefined || q.unit === undefined) return { [valueKey]: null, [`${valueKey}__decimals`]: 0, [unitKey]: null };
  const shown = readerQuantity({ value: q.value, unit: q.unit, decimals: q.decimals ?? 0 }, units, locale);
  return { [valueKey]: shown.value, [`${valueKey}__decimals`]: shown.decimals, [unitKey]: unitOf(units, shown.unit)[textKey(locale)] };
}
