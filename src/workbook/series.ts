import { textKey, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../dataset/schema.js';
import type { UiStrings } from '../present/strings.js';
import { changeCells, quantityCells, type Row } from './row.js';
import { basisText, growthBasisText } from './wording.js';

/**
 * The series sheet's rows (and the series CSV's): each headline indicator of the district's series
 * (src/model/series.ts) year by year, oldest first, with the decimals, growth and price basis its
 * edition published and the edition it comes from. None when the edition has no earlier one.
 */

export function seriesRows(plan: Plan, locale: Locale, strings: UiStrings, units: UnitsFile): Row[] {
  const lang = textKey(locale);
  const series = plan.series;
  if (!series) return [];
  const titleOf = new Map(series.editions.map((e) => [e.id, e.title[lang]]));
  return series.indicators.flatMap((indicator) =>
    indicator.points.map(
      (point): Row => ({
        indicator: indicator.label[lang],
        year: point.year,
        ...quantityCells('value', 'unit', { value: point.value, unit: indicator.unit, decimals: point.decimals }, units, locale),
        ...changeCells(point),
        // Growth is compared only within one price basis: each year's says which.
        growthBasis: growthBasisText(point.growth, strings),
        growthBasis__blank: 'z',
        // The year is a column of its own: only an estimate is said here.
        basis: basisText({ estimate: point.estimate }, point.year, strings),
        basis__blank: 'z',
        // The edition it comes from: its title for readers, its id for joins.
        edition: titleOf.get(point.edition) ?? point.edition,
        editionId: point.edition,
        id: indicator.id,
      }),
    ),
  );
}
