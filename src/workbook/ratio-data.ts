import type { UnitsFile } from '../dataset/schema.js';
import { textKey, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import { lookup, type UiStrings } from '../present/strings.js';
import { quantityCells, type Row } from './row.js';

/**
 * The workbook's "derived from the report" dataset: each ratio the brief computes from two of the
 * report's figures (src/model/ratios.ts), with both inputs and their units, so that a reader can
 * redo the division. Empty without declared ratios, and its sheet and CSV file are then left out.
 */
export function ratioRows(plan: Plan, locale: Locale, strings: UiStrings, units: UnitsFile): Row[] {
  const lang = textKey(locale);
  const t = (key: string) => lookup(strings, key) ?? key;
  return plan.ratios.map(
    (r): Row => ({
      indicator: r.label[lang],
      ratioValue: r.value,
      ratioValue__decimals: r.decimals,
      numeratorName: r.numerator.label[lang],
      ...quantityCells('numerator', 'numeratorUnit', r.numerator, units, locale),
      denominatorName: r.denominator.label[lang],
      ...quantityCells('denominator', 'denominatorUnit', r.denominator, units, locale),
      // Derived from an estimate: an estimate too.
      basis: r.estimate ? t('workbook.basis.estimate') : null,
      basis__blank: 'z',
      id: r.id,
    }),
  );
}
