import { statedPopulationBasis } from '../dataset/basis-words.js';
import type { ContextArea, ContextData, GrowthBasis, Text, UnitsFile } from '../dataset/schema.js';
import { publishedDecimals, type SourceFile } from '../dataset/source-file.js';
import { findUnit } from '../dataset/units.js';
import type { PublishedFigure } from './figure.js';
import { localizeQuantity, type Localized } from './format.js';
import { growthBasisOf } from './growth-basis.js';

/**
 * The edition in context: its figures beside the city's, the province's and the nation's (and its
 * own previous year), as context.yaml cites them from their own documents. Every derived figure of
 * the "in context" part is computed here, with the decimals declared below: the district's share
 * of an area's total, the gap between two growth rates of one price basis, and figures per person.
 */

/** What this module reads of an edition's figure (a ComparedFigure of ./plan.ts, which imports this module). */
export interface ComparedFigure extends PublishedFigure {
  readonly growth?: { readonly value: number; readonly decimals: number; readonly display: Localized; readonly basis?: GrowthBasis };
}

/** Decimal places of a share of an area's total, in per cent (8.0%). */
export const shareDecimals = 1;
/** Decimal places of a figure per person, in the base unit of its quantity (元). */
export const perCapitaDecimals = 0;

/** A derived or quoted number with its decimals and its text in both languages. */
export interface ContextNumber {
  readonly value: number;
  readonly decimals: number;
  readonly display: Localized;
}

/** A document the comparison figures are quoted from. */
export interface ContextDocument {
  readonly id: string;
  readonly title: Text;
  readonly issuer: Text;
  readonly released: string;
  readonly url?: string;
}

/** One comparison figure beside the edition's figure it is compared with. */
export interface ContextComparison {
  readonly id: string;
  readonly area: ContextArea;
  readonly year: number;
  /** The indicator as the comparison document names it. */
  readonly label: Text;
  /** The edition's figure. */
  readonly figure: ComparedFigure;
  readonly value: ContextNumber & { readonly unit: string };
  /** The district's figure as a share of the area's (per cent); for a city, province or nation figure of the same quantity and year. */
  readonly share?: ContextNumber;
  /** The area's growth with the prices it is at. */
  readonly growth?: ContextNumber & { readonly basis: GrowthBasis };
  /**
   * The district's growth minus the area's, in percentage points (signed value; display is the
   * magnitude): only when both are at the same prices. `basisDiffers` where they are not (no gap then).
   */
  readonly growthGap?: ContextNumber;
  readonly basisDiffers: boolean;
  readonly document: string;
}

/** Which population a figure per person divides by: the annual average (as bulletins do) or the year-end count. */
export type PopulationBasis = 'average' | 'year-end';

/**
 * A population figure's basis: as the data gives it, else as its phrase says it (年平均 / 平均常住人口
 * is the average, 年末 the year-end count), else unstated.
 */
export function populationBasisOf(item: {
  readonly populationBasis?: PopulationBasis;
  readonly source: string;
}): PopulationBasis | undefined {
  return item.populationBasis ?? statedPopulationBasis(item.source);
}

/** A figure per person, with both inputs of its derivation. */
export interface ContextPerCapita {
  readonly area: ContextArea;
  readonly year: number;
  /** The edition's figure the per-person figure is of (its name for readers). */
  readonly figure: ComparedFigure;
  readonly total: ContextNumber & { readonly unit: string };
  /** The population divided by: the annual average, the year-end count, or a count whose date is not stated. */
  readonly population: ContextNumber & { readonly unit: string; readonly id: string; readonly basis?: PopulationBasis };
  /** total ÷ population, in the base unit of the total's quantity (元 per person). */
  readonly perCapita: ContextNumber & { readonly unit: string };
  /** The total is an estimate (预计): so is the figure per person derived from it. */
  readonly estimate: boolean;
  /** The documents the inputs are quoted from (the edition's own source is ''). */
  readonly documents: readonly string[];
}

export interface PlanContext {
  readonly documents: readonly ContextDocument[];
  readonly comparisons: readonly ContextComparison[];
  readonly perCapita: readonly ContextPerCapita[];
}

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/**
 * The context part of the plan, or undefined when the edition has no comparison figures.
 * `figures` are the edition's headline indicators and achievements.
 */
export function buildContext(
  context: ContextData,
  file: SourceFile,
  figures: readonly ComparedFigure[],
  reviewYear: number,
  units: UnitsFile,
): PlanContext | undefined {
  if (context.figures.length === 0) return undefined;
  const byId = new Map(figures.map((f) => [f.id, f]));
  const quantity = (unit: string) => findUnit(units, unit);
  const number = (value: number, decimals: number, unit: string): ContextNumber => ({
    value,
    decimals,
    display: localizeQuantity({ value, unit, decimals }, units),
  });
  const quoted = (i: number, field: 'value' | 'growth', value: number) => publishedDecimals(file, ['figures', i, field], value);

  const comparisons: ContextComparison[] = [];
  context.figures.forEach((item, i) => {
    const figure = item.compares === undefined ? undefined : byId.get(item.compares);
    if (figure === undefined || item.population) return;
    const value = { ...number(item.value, quoted(i, 'value', item.value), item.unit), unit: item.unit };
    const own = quantity(figure.unit);
    const theirs = quantity(item.unit);
    const figureYear = figure.year ?? reviewYear;
    // A share of a larger area's total: the same quantity (not a rate), the same year.
    const share =
      item.area !== 'district' && own && theirs && own.quantity === theirs.quantity && own.quantity !== 'ratio' && item.year === figureYear
        ? ((ratio) => number(round(ratio, shareDecimals), shareDecimals, '%'))(
            ((figure.value * own.factor) / (item.value * theirs.factor)) * 100,
          )
        : undefined;
    const growth =
      item.growth === undefined
        ? undefined
        : {
            ...number(item.growth, quoted(i, 'growth', item.growth), '%'),
            basis: growthBasisOf(item.label, item.source, item.growthBasis).basis,
          };
    const ownGrowth = figure.growth;
    const sameYear = item.year === figureYear;
    const comparable = growth !== undefined && ownGrowth !== undefined && sameYear && item.area !== 'district';
    const basisDiffers = comparable && (ownGrowth.basis ?? 'current') !== growth.basis;
    const gapDecimals = comparable ? Math.max(ownGrowth.decimals, growth.decimals) : 0;
    const gap = round(ownGrowth?.value ?? 0, gapDecimals) - round(growth?.value ?? 0, gapDecimals);
    // Signed value; the display is the magnitude, said with its direction by the reader's words.
    const growthGap =
      comparable && !basisDiffers
        ? { ...number(Math.abs(round(gap, gapDecimals)), gapDecimals, '百分点'), value: round(gap, gapDecimals) }
        : undefined;
    comparisons.push({
      id: item.id,
      area: item.area,
      year: item.year,
      label: item.label,
      figure,
      value,
      ...(share ? { share } : {}),
      ...(growth ? { growth } : {}),
      ...(growthGap ? { growthGap } : {}),
      basisDiffers,
      document: item.document,
    });
  });

  // Per person: each listed figure of an area divided by the area's population of the same year: the
  // annual average where the context gives it (as statistical bulletins divide), else the year-end count.
  const rank = (basis: PopulationBasis | undefined) => (basis === 'average' ? 0 : basis === 'year-end' ? 1 : 2);
  const perCapita: ContextPerCapita[] = [];
  context.figures.forEach((population, p) => {
    if (!population.population) return;
    const basis = populationBasisOf(population);
    const better = context.figures.some(
      (other) =>
        other !== population &&
        other.population &&
        other.area === population.area &&
        other.year === population.year &&
        rank(populationBasisOf(other)) < rank(basis),
    );
    if (better) return;
    const people = quantity(population.unit);
    for (const id of population.perCapita ?? []) {
      const figure = byId.get(id);
      if (figure === undefined || people === undefined) continue;
      // The district's own figure, or the area's figure compared with it.
      const total =
        population.area === 'district'
          ? {
              value: figure.value,
              decimals: figure.decimals,
              unit: figure.unit,
              year: figure.year ?? reviewYear,
              document: '',
              estimate: figure.estimate,
            }
          : ((c) =>
              c && {
                value: c.value.value,
                decimals: c.value.decimals,
                unit: c.value.unit,
                year: c.year,
                document: c.document,
                estimate: false,
              })(comparisons.find((c) => c.area === population.area && c.figure.id === id && c.year === population.year));
      if (!total || total.year !== population.year) continue;
      const amount = quantity(total.unit);
      const base = amount && units.units.find((u) => u.quantity === amount.quantity && u.factor === 1);
      if (!amount || !base) continue;
      const value = round((total.value * amount.factor) / (population.value * people.factor), perCapitaDecimals);
      perCapita.push({
        area: population.area,
        year: population.year,
        figure,
        total: { ...number(total.value, total.decimals, total.unit), unit: total.unit },
        population: {
          ...number(population.value, quoted(p, 'value', population.value), population.unit),
          unit: population.unit,
          id: population.id,
          ...(basis ? { basis } : {}),
        },
        perCapita: { ...number(value, perCapitaDecimals, base.id), unit: base.id },
        estimate: total.estimate,
        documents: [...new Set([total.document, population.document])],
      });
    }
  });

  return {
    documents: context.sources.map((d) => ({
      id: d.id,
      title: d.title,
      issuer: d.issuer,
      released: d.released,
      ...(d.url ? { url: d.url } : {}),
    })),
    comparisons,
    perCapita,
  };
}
