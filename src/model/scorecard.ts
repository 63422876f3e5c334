import type { Text } from '../dataset/schema.js';
import type { PriceBases } from './growth-basis.js';
import type { Status } from './status.js';

/**
 * The review year's targets as the source counts them: one indicator per number of its targets
 * table (`no`), however many readings (rows) it has. Fixed-asset investment "区内" and "全区" are two
 * readings of indicator 2, and count once. An indicator is met when every judged reading is, not
 * met when none is, and partly met otherwise. Indicators judged on data of an earlier year
 * (错年数据), or on growth at another price basis, keep the status a direct reading gives, and are
 * set apart, so that a summary can count them with the others (a direct reading) and without them
 * (like for like on the review year's data), and say which is which.
 */

export type IndicatorStatus = Status | 'partly-met';

/** The part of a targets-table row the scorecard reads. */
export interface ScorecardReading {
  readonly id: string;
  /** The document's number of the indicator (rows with one number are one indicator); absent when it numbers none. */
  readonly no?: number;
  readonly group?: Text;
  readonly indicator: Text;
  readonly status: Status;
  /** The earlier year of the result judged, when it is not the review year. */
  readonly year?: number;
  /** Set when the reading compares growth on another price basis than its reference's. */
  readonly priceBases?: PriceBases;
}

export interface ScorecardIndicator {
  /** The source's number of the indicator; absent when it numbers none (each row is then one indicator). */
  readonly no?: number;
  /** The indicator's name: the readings' group, or the one reading's name. */
  readonly label: Text;
  /** The rows of the indicator, in the table's order: one, or several readings (区内, 全区). */
  readonly readings: readonly string[];
  readonly status: IndicatorStatus;
  /** The earlier year of the data judged, when any reading rests on one. */
  readonly year?: number;
  /** The bases of the first reading judged on growth at another price basis than its reference's. */
  readonly priceBases?: PriceBases;
}

export interface Scorecard {
  /** Every indicator of the table, in the source's order. */
  readonly indicators: readonly ScorecardIndicator[];
  /** Indicators judged on the review year's data, each comparing like with like. */
  readonly current: readonly ScorecardIndicator[];
  /**
   * Indicators judged on the review year's data by comparing growth at one price basis with growth
   * at another (income at current prices against GDP at comparable prices), set apart: the judgement
   * includes the change in prices.
   */
  readonly crossBasis: readonly ScorecardIndicator[];
  /** Indicators judged on data of an earlier year, set apart. */
  readonly lagged: readonly ScorecardIndicator[];
  /** Indicators that cannot be judged (rank or qualitative targets, no comparable result). */
  readonly unjudged: readonly ScorecardIndicator[];
}

/** One indicator's status from its readings' statuses: readings that cannot be judged are left out. */
export function indicatorStatus(statuses: readonly Status[]): IndicatorStatus {
  const judged = statuses.filter((s) => s !== 'not-comparable');
  if (judged.length === 0) return 'not-comparable';
  if (judged.every((s) => s === 'met')) return 'met';
  if (judged.every((s) => s === 'not-met')) return 'not-met';
  return 'partly-met';
}

export function buildScorecard(rows: readonly ScorecardReading[]): Scorecard {
  // Rows with one number are the readings of one indicator; an unnumbered row is an indicator of its own.
  const byNo = new Map<number | string, ScorecardReading[]>();
  for (const row of rows) {
    const key = row.no ?? `row:${row.id}`;
    const list = byNo.get(key);
    if (list) list.push(row);
    else byNo.set(key, [row]);
  }
  const indicators = [...byNo.values()].map((readings): ScorecardIndicator => {
    const first = readings[0]!;
    const no = first.no;
    const year = readings.find((r) => r.year !== undefined)?.year;
    const priceBases = readings.find((r) => r.priceBases !== undefined)?.priceBases;
    return {
      ...(no !== undefined ? { no } : {}),
      label: readings.length > 1 ? (first.group ?? first.indicator) : first.indicator,
      readings: readings.map((r) => r.id),
      status: indicatorStatus(readings.map((r) => r.status)),
      ...(year !== undefined ? { year } : {}),
      ...(priceBases ? { priceBases } : {}),
    };
  });
  const judged = indicators.filter((i) => i.status !== 'not-comparable');
  return {
    indicators,
    current: judged.filter((i) => i.year === undefined && i.priceBases === undefined),
    crossBasis: judged.filter((i) => i.year === undefined && i.priceBases !== undefined),
    lagged: judged.filter((i) => i.year !== undefined),
    unjudged: indicators.filter((i) => i.status === 'not-comparable'),
  };
}
