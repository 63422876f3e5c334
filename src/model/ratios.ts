import type { RatioInputData, Text, UnitsFile } from '../dataset/schema.js';
import { ratioInputsDiffer, type RatioInputFacts } from '../dataset/ratio-inputs.js';
import { findUnit } from '../dataset/units.js';
import type { PublishedFigure } from './figure.js';
import { localizeQuantity, type Localized } from './format.js';

/**
 * Ratios derived from two of the report's own figures (general public budget revenue ÷ GDP, the
 * plan year's planned investment of the key projects ÷ their total investment), as headline.yaml
 * declares them. Computed here and only here, with the decimals declared below; a ratio is computed
 * only when both figures are of one quantity (money ÷ money, count ÷ count) and one year, and a
 * table's total only with another total of the same table. Validation reports a declared ratio
 * whose figures differ (`ratioInputsDiffer` of src/dataset/ratio-inputs.ts, the same test), so none is left out in silence.
 */

/** Decimal places of a derived ratio, in per cent (9.1%). */
export const derivedRatioDecimals = 1;

/** One input of a derived ratio as readers see it. */
export interface RatioInput {
  readonly label: Text;
  readonly value: number;
  readonly decimals: number;
  readonly unit: string;
  readonly display: Localized;
  readonly estimate: boolean;
  /** The year of a headline indicator or achievement, when it is not the review year. */
  readonly year?: number;
}

export interface DerivedRatio {
  readonly id: string;
  readonly label: Text;
  readonly numerator: RatioInput;
  readonly denominator: RatioInput;
  /** numerator ÷ denominator, in per cent. */
  readonly value: number;
  readonly decimals: number;
  readonly display: Localized;
  /** An input is an estimate (预计): so is the ratio. */
  readonly estimate: boolean;
}

/** What the model reads of a statistical table: its columns and its published total. */
export interface RatioTable {
  readonly id: string;
  readonly columns: readonly { readonly id: string; readonly label: Text; readonly unit: string }[];
  readonly total?: { readonly values: Readonly<Record<string, number>>; readonly decimals: Readonly<Record<string, number>> };
}

/** A column's name without the unit its header ends with: "总投资额(亿元)" → "总投资额". */
const withoutUnit = (label: string): string => label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '');

/**
 * The derived ratios of an edition, in the order declared. A declared ratio whose inputs are missing
 * or differ is left out here: validation has reported it as an error, and a build stops on errors.
 */
export function buildRatios(
  declared: readonly { id: string; label: Text; numerator: RatioInputData; denominator: RatioInputData }[],
  figures: readonly PublishedFigure[],
  tables: readonly RatioTable[],
  reviewYear: number,
  units: UnitsFile,
): DerivedRatio[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const input = (ref: RatioInputData): (RatioInput & RatioInputFacts) | undefined => {
    if (typeof ref === 'string') {
      const f = byId.get(ref);
      if (f === undefined) return undefined;
      return {
        label: f.label,
        value: f.value,
        decimals: f.decimals,
        unit: f.unit,
        display: f.display,
        estimate: f.estimate,
        // Marked only when not of the review year (as every figure is); compared with the review year for it.
        ...(f.year !== undefined && f.year !== reviewYear ? { year: f.year } : {}),
      };
    }
    const table = tables.find((t) => t.id === ref.table);
    const column = table?.columns.find((c) => c.id === ref.column);
    const value = table?.total?.values[ref.column];
    if (table === undefined || column === undefined || value === undefined) return undefined;
    const decimals = table.total?.decimals[ref.column] ?? 0;
    return {
      label: { zh: withoutUnit(column.label.zh), en: withoutUnit(column.label.en) },
      value,
      decimals,
      unit: column.unit,
      display: localizeQuantity({ value, unit: column.unit, decimals }, units),
      estimate: false,
      table: table.id,
    };
  };
  return declared.flatMap((r): DerivedRatio[] => {
    const numerator = input(r.numerator);
    const denominator = input(r.denominator);
    if (numerator === undefined || denominator === undefined || denominator.value === 0) return [];
    const facts = (i: RatioInput & RatioInputFacts): RatioInputFacts => ({
      unit: i.unit,
      ...(i.table !== undefined ? { table: i.table } : { year: i.year ?? reviewYear }),
    });
    if (ratioInputsDiffer(facts(numerator), facts(denominator), units) !== undefined) return [];
    const n = unitOfValue(numerator, units);
    const d = unitOfValue(denominator, units);
    const value = Number(((n / d) * 100).toFixed(derivedRatioDecimals));
    const strip = ({ table: _table, ...rest }: RatioInput & RatioInputFacts): RatioInput => rest;
    return [
      {
        id: r.id,
        label: r.label,
        numerator: strip(numerator),
        denominator: strip(denominator),
        value,
        decimals: derivedRatioDecimals,
        display: localizeQuantity({ value, unit: '%', decimals: derivedRatioDecimals }, units),
        estimate: numerator.estimate || denominator.estimate,
      },
    ];
  });
}

/** A value in its quantity's base unit (亿元 × 10^8 = 元). */
const unitOfValue = (q: { value: number; unit: string }, units: UnitsFile): number => q.value * (findUnit(units, q.unit)?.factor ?? 1);
