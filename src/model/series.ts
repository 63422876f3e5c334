import type { Bound, EditionData, Text } from '../dataset/schema.js';
import type { PublishedFigure } from './figure.js';
import type { Localized } from './format.js';

/**
 * A district's headline indicators across the editions of its series (src/dataset/series.ts): each
 * indicator's published figures by year, each with the decimals, growth and price basis its own
 * edition published, and the edition it comes from. Figures are taken as each edition's plan model
 * has them; nothing is recomputed or converted here.
 */

/**
 * A headline figure as the plan model has it (./plan.ts PlanFigure); `Change` is its change on the
 * previous year (PlanChange), a parameter here so that this module and the plan model do not import
 * each other.
 */
export interface SeriesFigure<Change> extends PublishedFigure {
  readonly qualifier?: Bound;
  readonly growth?: Change;
  readonly change?: Change;
}

export interface SeriesPoint<Change> {
  /** The year the figure refers to: its own year where the edition gives one, else the edition's review year. */
  readonly year: number;
  /** The edition (id) that publishes the figure. */
  readonly edition: string;
  readonly value: number;
  readonly decimals: number;
  readonly display: Localized;
  readonly estimate: boolean;
  readonly qualifier?: Bound;
  /** Growth on the previous year, with its price basis (src/model/growth-basis.ts). */
  readonly growth?: Change;
  /** Change on the previous year in percentage points. */
  readonly change?: Change;
}

export interface SeriesIndicator<Change> {
  readonly id: string;
  /** The name the latest edition gives it. */
  readonly label: Text;
  /** One unit per indicator of the series: a figure published in another unit is an indicator of its own. */
  readonly unit: string;
  /** Oldest first, one per year. */
  readonly points: readonly SeriesPoint<Change>[];
}

export interface PlanSeries<Change> {
  /** The editions of the series, oldest first; the last is the edition the plan is of. */
  readonly editions: readonly { readonly id: string; readonly reviewYear: number; readonly title: Text; readonly source: Text }[];
  /** Every year some indicator has a figure for, ascending. */
  readonly years: readonly number[];
  readonly indicators: readonly SeriesIndicator<Change>[];
}

/** One edition of a series, as its plan model has it. */
export interface SeriesMember<Change> {
  readonly edition: EditionData['edition'];
  readonly headline: readonly SeriesFigure<Change>[];
}

/**
 * The series of `members` (oldest first). An indicator is the same across editions when its id and
 * unit are; where two editions give a figure for one year, the later edition's is taken (a revised
 * figure replaces the first one published).
 */
export function buildSeries<Change>(members: readonly SeriesMember<Change>[]): PlanSeries<Change> {
  const byKey = new Map<string, { id: string; label: Text; unit: string; points: Map<number, SeriesPoint<Change>> }>();
  // Newest first, so that indicators are in the order the latest edition lists them and take its names.
  for (const { edition, headline } of [...members].reverse()) {
    for (const figure of headline) {
      const key = `${figure.id}\u0000${figure.unit}`;
      const indicator = byKey.get(key) ?? { id: figure.id, label: figure.label, unit: figure.unit, points: new Map() };
      byKey.set(key, indicator);
      const year = figure.year ?? edition.reviewYear;
      if (indicator.points.has(year)) continue;
      indicator.points.set(year, {
        year,
        edition: edition.id,
        value: figure.value,
        decimals: figure.decimals,
        display: figure.display,
        estimate: figure.estimate,
        ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
        ...(figure.growth ? { growth: figure.growth } : {}),
        ...(figure.change ? { change: figure.change } : {}),
      });
    }
  }
  const indicators = [...byKey.values()].map(({ points, ...rest }) => ({
    ...rest,
    points: [...points.values()].sort((a, b) => a.year - b.year),
  }));
  const years = [...new Set(indicators.flatMap((i) => i.points.map((p) => p.year)))].sort((a, b) => a - b);
  return {
    editions: members.map(({ edition }) => ({
      id: edition.id,
      reviewYear: edition.reviewYear,
      title: edition.title,
      source: edition.source.title,
    })),
    years,
    indicators,
  };
}
