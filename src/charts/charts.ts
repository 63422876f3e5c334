import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../dataset/schema.js';
import type { ChartContext } from './data.js';
import { editionCharts, createChartCaches, renderChart, type ChartCaches, type ChartOutputs, type RenderedChart } from './render.js';
import type { UiStrings } from '../present/strings.js';
import { editionValues } from '../present/reader.js';

/** Every chart of one edition in one locale (charts with no data for this edition are skipped). */
export async function renderEditionCharts(
  rootDir: string,
  plan: Plan,
  locale: Locale,
  strings: UiStrings,
  units: UnitsFile,
  sink: DiagnosticSink,
  caches: ChartCaches = createChartCaches(),
  outputs: ChartOutputs = {},
): Promise<RenderedChart[]> {
  const context: ChartContext = { plan, locale, strings, units, values: editionValues(plan.edition, locale) };
  // Concurrent so that PNG encoding overlaps; results keep the registry's order.
  const results = await Promise.all(editionCharts(plan).map((chart) => renderChart(rootDir, chart, context, sink, caches, outputs)));
  return results.filter((result): result is RenderedChart => result !== undefined);
}
