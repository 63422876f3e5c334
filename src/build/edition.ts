import { buildBrief, typesetBrief } from '../brief/brief.js';
import type { TemplateCache } from '../brief/templates.js';
import { createTextCaches, type TextCaches } from '../brief/text-caches.js';
import { renderEditionCharts } from '../charts/charts.js';
import { createChartCaches, pngPixelRatio, type ChartCaches } from '../charts/render.js';
import type { UiStrings } from '../present/strings.js';
import { stringsForEdition } from '../present/edition-scope.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { locales, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../dataset/schema.js';
import { buildWorkbook } from '../workbook/build.js';
import { buildOpenData } from '../workbook/open-data.js';
import { renderHtmlEdition } from './html-edition.js';

/** One file the build produces, before it is written. */
export interface Artifact {
  /** Path under the output folder, with forward slashes. */
  readonly path: string;
  readonly edition: string;
  readonly bytes: Uint8Array | string;
}

/** What rendering keeps between editions: parsed templates and chart specs, compiled charts, shaped and measured text. */
export interface RenderCaches {
  readonly charts: ChartCaches;
  readonly templates: TemplateCache;
  readonly text: TextCaches;
}

export const createRenderCaches = (): RenderCaches => ({ charts: createChartCaches(), templates: new Map(), text: createTextCaches() });

export interface RenderContext {
  readonly rootDir: string;
  readonly units: UnitsFile;
  readonly strings: ReadonlyMap<Locale, UiStrings>;
  readonly buildDate: Date;
  /** Kept for the next edition; absent: each edition starts with fresh caches. */
  readonly caches?: RenderCaches;
  /** Also write each chart as a PNG with its title and source line (build --png). */
  readonly chartImages?: boolean;
}

/**
 * The artifacts of one edition: the plan model, and charts, briefs and workbooks in the given
 * locales (all by default; a worker may render one locale of an edition while another renders
 * the other). The plan model goes with the first locale.
 */
export async function renderEdition(
  plan: Plan,
  context: RenderContext,
  sink: DiagnosticSink,
  only: readonly Locale[] = locales,
): Promise<Artifact[]> {
  const id = plan.edition.id;
  const { rootDir, units, buildDate } = context;
  // An edition that holds only a review, or only a plan, is named for what it holds.
  const strings = new Map([...context.strings].map(([locale, s]) => [locale, stringsForEdition(s, plan)]));
  const caches = context.caches ?? createRenderCaches();
  const model = { buildDate: buildDate.toISOString(), ...plan };
  const artifacts: Artifact[] = only.includes(locales[0])
    ? [{ path: `${id}/plan.json`, edition: id, bytes: `${JSON.stringify(model, null, 2)}\n` }]
    : [];
  const chosen = locales.filter((locale) => only.includes(locale));
  // Charts of both locales at once: with --png, their PNG encoding runs off the main thread and overlaps.
  const chartsByLocale = await Promise.all(
    chosen.map((locale) =>
      renderEditionCharts(rootDir, plan, locale, strings.get(locale)!, units, sink, caches.charts, { png: context.chartImages === true }),
    ),
  );
  for (const [i, locale] of chosen.entries()) {
    const charts = chartsByLocale[i]!;
    for (const chart of charts) {
      artifacts.push({ path: `${id}/charts/${locale}/${chart.id}.svg`, edition: id, bytes: chart.svg });
      if (context.chartImages) artifacts.push({ path: `${id}/charts/${locale}/${chart.id}.png`, edition: id, bytes: chart.png });
    }
    // Titles, sources and alt text beside the images, with the PNG's size when one was made.
    const index = charts.map(({ id: chartId, title, source, alt, width, height }) => ({
      id: chartId,
      title,
      source,
      alt,
      ...(context.chartImages ? { width, height, pngPixelRatio } : {}),
    }));
    artifacts.push({ path: `${id}/charts/${locale}/charts.json`, edition: id, bytes: `${JSON.stringify(index, null, 2)}\n` });
    const input = { rootDir, plan, locale, strings: strings.get(locale)!, units, charts, buildDate };
    // The PDF and the HTML edition are drawn from one document tree.
    const typeset = typesetBrief(input, sink, caches.templates);
    const brief = typeset ? await buildBrief(input, sink, caches, typeset) : undefined;
    if (brief) artifacts.push({ path: `${id}/${locale}/brief.pdf`, edition: id, bytes: brief.bytes });
    // The HTML edition only when the PDF could be made (same diagnostics).
    const html = brief ? renderHtmlEdition(input, sink, caches.templates, typeset) : undefined;
    for (const file of html ?? []) artifacts.push({ path: `${id}/${locale}/${file.name}`, edition: id, bytes: file.bytes });
    const workbook = await buildWorkbook(input, sink);
    if (workbook) artifacts.push({ path: `${id}/${locale}/workbook.xlsx`, edition: id, bytes: workbook });
    // Every table of the workbook as CSV, described by a Frictionless datapackage.json.
    for (const file of buildOpenData(input, sink) ?? [])
      artifacts.push({ path: `${id}/${locale}/${file.path}`, edition: id, bytes: file.text });
  }
  return artifacts;
}
