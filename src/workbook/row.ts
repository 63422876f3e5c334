import type { UnitsFile } from '../dataset/schema.js';
import { isCountUnit, unitOf } from '../dataset/units.js';
import { countQuantity, oneUnit, textKey, type Locale, type Quantity } from '../model/format.js';

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
export function changeCells(f: { readonly growth?: Change | undefined; readonly change?: Change | undefined }, rate = false): Row {
  return {
    growth: f.growth?.value ?? null,
    growth__decimals: f.growth?.decimals ?? 0,
    // A rate (a growth rate, a share, a completion rate) has no growth of its own: [z], not "not available".
    growth__blank: f.change || rate ? 'z' : 'x',
    change: f.change?.value ?? null,
    change__decimals: f.change?.decimals ?? 0,
    change__blank: f.growth ? 'z' : 'x',
  };
}

/**
 * The unit a workbook gives a figure in, in either language (src/model/format.ts countQuantity): a
 * count published in a multiple as the count itself (4.2 万人 is 42000 人, and 42,000 people in
 * English, as the English brief says it), so that a count shows no decimals and one unit serves a
 * quantity on every sheet and row (a target of 4.2 万人 beside its result of 42,859 人). The target's
 * words follow these cells (./wording.ts targetWordsInUnit); the cover says how counts are given.
 */
export const workbookQuantity = (q: Quantity, units: UnitsFile): Quantity => countQuantity(q, units);

/** A figure's value, unit and decimals as a row gives them, with what it counts where the data names it. */
export type CountedQuantity = Partial<Quantity> & { readonly noun?: string | undefined };

/**
 * A unit cell's words: the unit's name in the reader's language; in English, a count's noun where
 * the data names what it counts ("patents" for 件, where the unit's own name says only "number").
 * The Chinese keeps the published measure word (件, 家, 项), which is the count's unit in Chinese tables.
 */
export function unitName(unitId: string, noun: string | undefined, units: UnitsFile, locale: Locale): string {
  const unit = unitOf(units, unitId);
  return locale === 'en' && noun !== undefined && isCountUnit(units, unit) ? noun : unit[textKey(locale)];
}

/**
 * A figure's value and unit cells (`<valueKey>`, its decimals, `<unitKey>`), in the unit the
 * workbook gives it (workbookQuantity), named in the reader's language; both null when there is no figure.
 */
export function quantityCells(valueKey: string, unitKey: string, q: CountedQuantity | undefined, units: UnitsFile, locale: Locale): Row {
  return sideBySideCells([[valueKey, unitKey, q]], units, locale);
}

/**
 * The value and unit cells of figures one row sets side by side (`[valueKey, unitKey, figure]`
 * each): each in the unit the workbook gives it (workbookQuantity), and those of one quantity
 * published in different multiples all in the smallest of them (src/model/format.ts oneUnit: 300
 * 亿元 beside 5000 万元 is 3000000 万元), so that the row reads in one unit; a figure absent gives null cells.
 */
export function sideBySideCells(
  figures: readonly (readonly [valueKey: string, unitKey: string, q: CountedQuantity | undefined])[],
  units: UnitsFile,
  locale: Locale,
): Row {
  const present = figures.flatMap(([, , q]) =>
    q?.value === undefined || q.unit === undefined
      ? []
      : [workbookQuantity({ value: q.value, unit: q.unit, decimals: q.decimals ?? 0 }, units)],
  );
  const shown = oneUnit(present, units);
  let n = 0;
  return Object.assign(
    {},
    ...figures.map(([valueKey, unitKey, q]) => {
      if (q?.value === undefined || q.unit === undefined) return { [valueKey]: null, [`${valueKey}__decimals`]: 0, [unitKey]: null };
      const s = shown[n++]!;
      return { [valueKey]: s.value, [`${valueKey}__decimals`]: s.decimals, [unitKey]: unitName(s.unit, q.noun, units, locale) };
    }),
  ) as Row;
}
