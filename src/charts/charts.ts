import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { textKey, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../validate/schema.js';
import type { ChartContext } from './data.js';
import { charts, renderChart, type RenderedChart } from './render.js';
import type { UiStrings } from './strings.js';

/** The placeholders every interface string may use, from the edition. */
export function editionValues(plan: Plan, locale: Locale): Record<string, string | number> {
  const lang = textKey(locale);
  return {
    district: plan.edition.district[lang],
    city: plan.edition.city[lang],
    reviewYear: plan.edition.reviewYear,
    planYear: plan.edition.planYear,
    source: plan.edition.source.title[lang],
  };
}

/** Every chart of one edition in one locale (charts with no data for this edition are skipped). */
export async function renderEditionCharts(
  rootDir: string,
  plan: Plan,
  locale: Locale,
  strings: UiStrings,
  units: UnitsFile,
  sink: DiagnosticSink,
): Promise<RenderedChart[]> {
  const context: ChartContext = { plan, locale, strings, units, values: editionValues(plan, locale) };
  // Concurrent so that PNG encoding overlaps; results keep the registry's order.
  const results = await Promise.all(charts.map((chart) => renderChart(rootDir, chart, context, sink)));
  return results.filter((result): result is RenderedChart => result !== undefined);
}
