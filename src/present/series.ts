import type { Plan, PlanSeriesIndicator } from '../model/plan.js';

/**
 * What readers see of a district's series (src/model/series.ts) besides the workbook's rows: the
 * indicators its trend figure draws, and the reports the figures come from.
 */

/** Fewest years a trend is drawn over: two years are one change, which the headline's growth already says. */
export const trendMinYears = 3;

/**
 * The indicators of the trend figure: those with a figure in at least `trendMinYears` years of the
 * series, in the series' order; none when the edition has no series or it spans fewer years.
 */
export function trendIndicators(plan: Plan): readonly PlanSeriesIndicator[] {
  const series = plan.series;
  if (!series || series.years.length < trendMinYears) return [];
  return series.indicators.filter((indicator) => indicator.points.length >= trendMinYears);
}

/** The years a set of series indicators covers, first and last. */
export function yearSpan(indicators: readonly PlanSeriesIndicator[]): { first: number; last: number } {
  const years = indicators.flatMap((i) => i.points.map((p) => p.year));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * The source documents of the editions that `indicators` take figures from, oldest first, as a
 * source line names them: 《…》《…》 in Chinese (no 顿号 between titles in 书名号, GB/T 15834), "…; …" in English.
 */
export function seriesSources(plan: Plan, indicators: readonly PlanSeriesIndicator[], lang: 'zh' | 'en'): string {
  const used = new Set(indicators.flatMap((i) => i.points.map((p) => p.edition)));
  const titles = (plan.series?.editions ?? []).filter((e) => used.has(e.id)).map((e) => e.source[lang]);
  // GB/T 15834: titles in 书名号 side by side take no 顿号 between them (《…》《…》).
  return lang === 'zh' ? titles.map((t) => `《${t}》`).join('') : titles.join('; ');
}
