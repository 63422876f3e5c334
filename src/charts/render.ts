import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GlobalFonts, type Canvas } from 'canvas';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { LoggerInterface } from 'vega';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { fontFamily, fontPath, latinFontFamily } from '../fonts/fonts.js';
import { latinFontPath } from '../fonts/chart-faces.js';
import { parseYamlText } from '../load/source-file.js';
import type { Locale } from '../model/format.js';
import { charts, editionCharts, type ChartContext, type ChartData, type ChartDefinition } from './data.js';
import { fill, lookup } from '../present/strings.js';
import { chartType, numberLocales, theme } from './theme.js';
import type { DataPath, SourceFile } from '../dataset/source-file.js';
import type { ChartImage } from '../present/inputs.js';
import { typographyFor } from '../present/typography.js';

/**
 * Charts: Vega-Lite spec (templates/charts/) + data from the plan model → Vega → SVG for the
 * briefs and PNG for the workbooks. Text is measured with the font the PDF embeds: the canvas
 * package (@napi-rs/canvas) is what Vega measures with, and it has both faces registered here
 * (chart-faces.ts: Latin first, Chinese for what the Latin face lacks).
 */

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(fontPath('regular'), fontFamily);
  GlobalFonts.registerFromPath(fontPath('bold'), fontFamily);
  GlobalFonts.registerFromPath(latinFontPath('regular'), latinFontFamily);
  GlobalFonts.registerFromPath(latinFontPath('bold'), latinFontFamily);
  fontsRegistered = true;
}

/**
 * Fewest categories (bars or groups of bars) a chart must have to be drawn: three bars or fewer
 * say less than the sentence or table row that gives their figures.
 */
export const minCategories = 4;

/**
 * The width of a chart's narrow layout, in CSS pixels: a 390 px phone less the page's margins. It is
 * shown at about its own size, so its text is set larger than the brief's (narrowType).
 */
export const narrowChartWidth = 360;

/**
 * The type size of a narrow layout's text, in CSS pixels: the brief's 9 pt would read at 9 px on a
 * phone. 12 px in the 360 px layout reads at 11 px or more on a phone of 360 px and up (the layout
 * is scaled to the page's column).
 */
export const narrowType = 12;

const svgWidthOf = (svg: string) => Number(/<svg[^>]*width="([\d.]+)"/.exec(svg)?.[1] ?? Number.POSITIVE_INFINITY);

/**
 * The narrow layout of a spec of panels side by side: the same panels stacked (vconcat), each
 * labelled with the first panel's y axis, since a panel beside another may leave its labels out;
 * small multiples (a facet in more than two columns) in two columns.
 */
function stackedSpec(bound: Record<string, unknown>): Record<string, unknown> | undefined {
  // Small multiples (a facet wrapped in columns): two columns instead of more.
  if (bound.facet !== undefined && typeof bound.columns === 'number' && bound.columns > 2) return { ...bound, columns: 2 };
  const panels = bound.hconcat;
  if (!Array.isArray(panels) || panels.length < 2) return undefined;
  type Panel = { encoding?: Record<string, unknown> };
  const firstY = (panels[0] as Panel).encoding?.y;
  const { hconcat: _, ...rest } = bound;
  return {
    ...rest,
    vconcat: (panels as Panel[]).map((panel) =>
      panel.encoding && firstY ? { ...panel, encoding: { ...panel.encoding, y: firstY } } : panel,
    ),
  };
}

/** An SVG without its empty text elements (the untitled chart's title and subtitle, set at size 0): nothing to read or measure. */
const withoutEmptyTexts = (svg: string): string => svg.replace(/<text\b[^>]*\/>|<text\b[^>]*>\s*<\/text>/g, '');

/** How many ticks a narrow layout's value axis has: its labels, larger there, would run into each other. */
const narrowTicks = 3;

/**
 * A spec for a phone: its text at narrowType, and its legends listing their entries one under
 * another (on a phone's width a legend of entries side by side ran off the chart's edge and was cut).
 */
function phoneSpec(wide: Record<string, unknown>): Record<string, unknown> {
  const bound = centredLabels(niceTicks(wide, narrowTicks), narrowType + 2);
  const config = (bound.config ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const size = { labelFontSize: narrowType, titleFontSize: narrowType };
  return {
    ...bound,
    // Its width is set by fitWidth, from the outside in (see there).
    ...(bound.autosize !== undefined ? { autosize: { type: 'pad' } } : {}),
    config: {
      ...config,
      axis: { ...config.axis, ...size },
      // Fewer ticks on a narrow plot: its labels, larger here, would run into each other.
      axisX: { ...config.axisX, tickCount: narrowTicks },
      legend: { ...config.legend, labelFontSize: narrowType, direction: 'vertical' },
      // The titles of small multiples' panels and of a price basis's panel.
      header: { ...config.header, labelFontSize: narrowType },
      text: { ...config.text, fontSize: narrowType },
    },
  };
}

/**
 * Sets the width of a chart's plot, or of its panels, so that the whole chart is `target` wide,
 * labels and headers included: panels (a facet) cannot fit a width the way a single view does
 * (Vega-Lite's "fit-x" is for single views), and Vega's fit of a single view did not always take
 * at a phone's width (a Chinese chart kept its plot at the whole width, its labels outside it).
 * Returns false for a chart with neither width (concatenated views of fixed widths).
 */
async function fitWidth(view: vega.View, target: number): Promise<boolean> {
  let panelWidth: number;
  let signal = 'child_width';
  try {
    panelWidth = Number(view.signal(signal));
  } catch {
    try {
      signal = 'width';
      panelWidth = Number(view.signal(signal));
    } catch {
      return false;
    }
  }
  // The chart's width grows with its panels' by as many panels as stand side by side (the
  // slope, measured: the secant method), and the labels' room stays; a change of ticks may move
  // the last label, so it is measured again after each change, and a width over the target is
  // never kept.
  let slope = 1;
  let previous: { panel: number; width: number } | undefined;
  for (let pass = 0; pass < 6; pass++) {
    const width = svgWidthOf(await view.toSVG());
    if (width <= target && width > target - 1.5) break;
    if (previous && width !== previous.width && panelWidth !== previous.panel)
      slope = Math.max(0.5, (width - previous.width) / (panelWidth - previous.panel));
    previous = { panel: panelWidth, width };
    panelWidth = Math.max(40, panelWidth + (target - width) / slope - (width > target ? 0.25 : 0));
    view.signal(signal, panelWidth).resize();
    await view.runAsync();
  }
  return true;
}

/** The width a spec asks its whole chart to take (usermeta.width), for charts of panels. */
const specWidth = (bound: Record<string, unknown>) => {
  const width = (bound.usermeta as { width?: unknown } | undefined)?.width;
  return typeof width === 'number' ? width : undefined;
};

/** PNG pixels per SVG unit: workbooks size images by pixels, so this is fixed and stated. */
export const pngPixelRatio = 2;

export interface TextBox {
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface RenderedChart extends ChartImage {
  readonly locale: Locale;
  readonly data: ChartData;
  /** Every text mark and axis label with its bounds in SVG units, for layout checks. */
  readonly texts: readonly TextBox[];
  /** The same for the narrow layout (narrowSvg), when there is one. */
  readonly narrowTexts?: readonly TextBox[];
}

/**
 * What chart rendering keeps from one chart to the next: parsed specs by file, and compiled charts
 * by bound spec. The build owns them (one set per build, or per edition when caches are not
 * shared), so a test or a preview server that changes a spec starts afresh with a new set.
 */
export interface ChartCaches {
  readonly specs: Map<string, SourceFile | undefined>;
  readonly compiled: Map<string, vega.Runtime>;
}

export const createChartCaches = (): ChartCaches => ({ specs: new Map(), compiled: new Map() });

/** Reads a spec with positions (JSON is YAML), once per cache; problems become chart diagnostics. */
function loadSpec(rootDir: string, file: string, sink: DiagnosticSink, specCache: ChartCaches['specs']): SourceFile | undefined {
  const key = path.join(rootDir, file);
  if (specCache.has(key)) return specCache.get(key);
  const local = new DiagnosticSink();
  let parsed: SourceFile | undefined;
  try {
    parsed = parseYamlText(readFileSync(key, 'utf8'), file, local);
  } catch (error) {
    sink.add({ ruleId: 'chart:spec-invalid', file, place: { line: 1, column: 1 }, message: `Cannot read the spec: ${String(error)}` });
    return undefined;
  }
  for (const d of local.items) sink.add({ ruleId: 'chart:spec-invalid', file, place: d.place, message: d.message });
  specCache.set(key, parsed);
  return parsed;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Walks a spec, calling `visit` with every object and its path. */
function walk(node: Json, at: DataPath, visit: (object: { [key: string]: Json }, at: DataPath) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i], visit));
  else if (node !== null && typeof node === 'object') {
    visit(node, at);
    for (const [key, value] of Object.entries(node)) walk(value, [...at, key], visit);
  }
}

/** Binds a spec to its data: checks fields, fills "t:" strings and params. Returns undefined on errors. */
function bindSpec(
  spec: SourceFile,
  chart: ChartDefinition,
  data: ChartData,
  context: ChartContext,
  sink: DiagnosticSink,
): Record<string, unknown> | undefined {
  const errorsBefore = sink.errorCount;
  const bound = structuredClone(spec.value) as Json;
  if (bound === null || typeof bound !== 'object' || Array.isArray(bound)) {
    sink.add({ ruleId: 'chart:spec-invalid', file: spec.path, place: spec.locate([]), message: 'A chart spec must be a JSON object.' });
    return undefined;
  }
  const fields = new Set(data.rows.flatMap((row) => Object.keys(row)));
  const strings = chart.strings ?? `charts.${chart.id}`;
  walk(bound, [], (object, at) => {
    if (typeof object.field === 'string' && !fields.has(object.field)) {
      sink.add({
        ruleId: 'chart:unknown-field',
        file: spec.path,
        place: spec.locate([...at, 'field']),
        message: `Field "${object.field}" is not in the data of chart ${chart.id}; it has: ${[...fields].sort().join(', ')}.`,
      });
    }
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string' || !value.startsWith('t:')) continue;
      const found = lookup(context.strings, `${strings}.${value.slice(2)}`);
      if (found === undefined) {
        sink.add({
          ruleId: 'chart:unknown-string',
          file: spec.path,
          place: spec.locate([...at, key]),
          message: `String "${strings}.${value.slice(2)}" is not in ${context.strings.file}.`,
        });
      } else object[key] = typographyFor(context.locale)(fill(found, context.values));
    }
  });
  // Param values are set on the view (signals of the same name), so the compiled spec stays the
  // same for every edition and can be reused; here we only check that the spec declares them.
  const params = Array.isArray(bound.params) ? bound.params : [];
  for (const name of Object.keys(data.params)) {
    const param = params.find((p) => p !== null && typeof p === 'object' && !Array.isArray(p) && p.name === name);
    if (!param || typeof param !== 'object' || Array.isArray(param)) {
      sink.add({
        ruleId: 'chart:unknown-string',
        file: spec.path,
        place: spec.locate(['params']),
        message: `Chart ${chart.id} needs a param "${name}" in its spec.`,
      });
    }
  }
  if (sink.errorCount > errorsBefore) return undefined;
  // The number locale goes in the spec's config: axis labels are formatted by it (a View option alone did not reach them).
  return niceTicks(
    { ...bound, data: { name: 'rows' }, config: { ...theme, locale: { number: numberLocales[context.locale] } } },
    theme.axisX.tickCount,
  );
}

/**
 * A value axis that ends where its last labelled tick is: a quantitative x scale that is nice (a y
 * scale with a tick count of its own, too) is made nice to the axis's tick count, so its domain ends
 * on a multiple of the ticks' step (nice alone rounds to a finer step than the axis labels, and the
 * axis ran on past its last label; a small multiple's top gridline stood lower in one panel than
 * in the next).
 */
function niceTicks(spec: Record<string, unknown>, tickCount: number): Record<string, unknown> {
  const out = structuredClone(spec) as Json;
  walk(out, [], (object, at) => {
    const { scale, axis } = object;
    const channel = at.at(-1);
    if ((channel !== 'x' && channel !== 'y') || object.type !== 'quantitative') return;
    if (scale === null || typeof scale !== 'object' || Array.isArray(scale) || scale.nice === false) return;
    // An axis of its own tick count (a narrow panel beside another, a small multiple's y axis) keeps it.
    const own =
      axis !== null && typeof axis === 'object' && !Array.isArray(axis) && typeof axis.tickCount === 'number' ? axis.tickCount : undefined;
    // A y axis is made nice to its own count only: the theme's count is the x axis's.
    if (channel === 'x') scale.nice = Math.min(own ?? tickCount, tickCount);
    else if (own !== undefined) scale.nice = own;
  });
  return out as Record<string, unknown>;
}

function collectTexts(scene: unknown): TextBox[] {
  const boxes: TextBox[] = [];
  const visit = (node: unknown, dx: number, dy: number) => {
    if (!node || typeof node !== 'object') return;
    const mark = node as { marktype?: string; items?: unknown[] };
    for (const item of mark.items ?? []) {
      const it = item as {
        x?: number;
        y?: number;
        text?: unknown;
        bounds?: { x1: number; y1: number; x2: number; y2: number };
        items?: unknown[];
      };
      if (mark.marktype === 'text' && it.bounds && it.text !== undefined && String(it.text) !== '') {
        boxes.push({ text: String(it.text), x1: it.bounds.x1 + dx, y1: it.bounds.y1 + dy, x2: it.bounds.x2 + dx, y2: it.bounds.y2 + dy });
      }
      if (mark.marktype === 'group') {
        for (const child of it.items ?? []) visit(child, dx + (it.x ?? 0), dy + (it.y ?? 0));
      }
    }
  };
  visit(scene, 0, 0);
  return boxes;
}

/** Every text of a view as drawn, in SVG units. */
function textsOf(view: vega.View): TextBox[] {
  const origin = view.origin();
  return collectTexts((view.scenegraph() as unknown as { root: unknown }).root).map((b) => ({
    ...b,
    x1: b.x1 + origin[0],
    x2: b.x2 + origin[0],
    y1: b.y1 + origin[1],
    y2: b.y2 + origin[1],
  }));
}

/**
 * Category labels of several lines (a labelExpr that splits on newlines) centred on their band:
 * Vega sets a text of several lines with its first line on the baseline ("middle") and the others
 * below it, so a wrapped label hung below its bar, into the next band. Each such axis gets its line
 * height and a shift up by half the lines each label adds.
 */
function centredLabels(spec: Record<string, unknown>, lineHeight: number): Record<string, unknown> {
  const centred = structuredClone(spec) as Json;
  walk(centred, [], (object) => {
    if (typeof object.labelExpr !== 'string' || !object.labelExpr.includes('split(')) return;
    object.labelLineHeight = lineHeight;
    // Evaluated for each label (Vega-Lite keeps it on faceted axes, where it drops an axis's own encode).
    object.labelOffset = { expr: `-(length(split(datum.value, '\\n')) - 1) * ${lineHeight} / 2` };
  });
  return centred as Record<string, unknown>;
}

/** Whether any two texts of a chart overlap (by more than half a unit each way). */
function textsCollide(texts: readonly TextBox[]): boolean {
  return texts.some((a, i) =>
    texts.slice(i + 1).some((b) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5),
  );
}

/** Space between two category labels, in SVG units. */
const labelGap = 4;

/**
 * How much taller a chart's bands must be for its tallest category label and a gap: the distance
 * between the centres of neighbouring labels (one band, the least of any panel) against the tallest
 * label's height. 1 or less: the labels have room.
 */
export function bandFactor(texts: readonly TextBox[], labels: ReadonlySet<string>): number {
  const boxes = texts.filter((t) => labels.has(t.text));
  if (boxes.length < 2) return 1;
  const centres = boxes.map((b) => (b.y1 + b.y2) / 2).sort((a, b) => a - b);
  const band = Math.min(
    ...centres
      .slice(1)
      .map((c, i) => c - centres[i]!)
      .filter((d) => d > 0.5),
  );
  const tallest = Math.max(...boxes.map((b) => b.y2 - b.y1));
  return Number.isFinite(band) && band > 0 ? (tallest + labelGap) / band : 1;
}

/** The spec with every band step ("height": {"step": n}) multiplied by `factor`, rounded up. */
function withTallerBands(spec: Record<string, unknown>, factor: number): Record<string, unknown> {
  const taller = structuredClone(spec) as Json;
  walk(taller, [], (object) => {
    const height = object.height;
    if (height && typeof height === 'object' && !Array.isArray(height) && typeof height.step === 'number')
      object.height = { ...height, step: Math.ceil(height.step * factor) };
  });
  return taller as Record<string, unknown>;
}

/**
 * Vega-Lite's messages while compiling, less those the specs cause on purpose: they fit their width
 * to the brief's text width ("fit-x") and size their height by bands, which Vega-Lite notes as
 * dropping "fit-y"; and their panels have scales of their own over one data source. Anything else
 * is printed, guarded.
 */
const expectedWarnings = [
  /Dropping "fit-y" because spec has discrete height/,
  // Panels by price basis, or small multiples, each with a scale of its own over one data source
  // (Figure 1, the trend figure): Vega-Lite says it assumes the same field, which it is.
  /Detected faceted independent scales that union domain of the same fields from different source/,
];
const compileLogger: LoggerInterface = {
  level() {
    return compileLogger;
  },
  warn(...args: readonly unknown[]) {
    const message = args.join(' ');
    if (!expectedWarnings.some((expected) => expected.test(message))) console.warn(guardCommands(oneLine(message)));
    return compileLogger;
  },
  info: () => compileLogger,
  debug: () => compileLogger,
  error(...args: readonly unknown[]) {
    console.error(guardCommands(oneLine(args.join(' '))));
    return compileLogger;
  },
} as LoggerInterface;

/** Signals that carry a chart's title and source line (see compiledChart). */
const titleSignals = { text: 'chartTitle', subtitle: 'chartSubtitle' } as const;

/**
 * Vega-Lite → Vega → Vega's dataflow description, once per distinct bound spec and process. What
 * differs between editions is passed to the view instead: rows as data, params as signals, and the
 * title and source line as two signals put in the compiled spec here. So editions of the same year
 * and language share compiled charts (compiling and parsing cost about 70 ms per edition and
 * locale), and a compiled chart never holds an edition's figures.
 */
function compiledChart(bound: Record<string, unknown>, compiledCache: ChartCaches['compiled']): vega.Runtime {
  const key = JSON.stringify(bound);
  let runtime = compiledCache.get(key);
  if (!runtime) {
    const compiled = vl.compile({ ...bound, title: { text: ' ', subtitle: ' ' } } as vl.TopLevelSpec, { logger: compileLogger }).spec;
    if (!compiled.title || typeof compiled.title !== 'object' || Array.isArray(compiled.title))
      throw new Error('the compiled spec has no title block');
    // A title or source line longer than this many pixels ends in "…": the chart's width must not follow the data's text.
    // Without a title (the brief's and the page's charts, captioned outside) the title block takes no
    // room: its type sizes, offset and the subtitle's padding are 0, not a blank band above the plot.
    const titled = (size: number) => ({ signal: `${titleSignals.text} ? ${size} : 0` });
    compiled.title = {
      ...compiled.title,
      text: { signal: titleSignals.text },
      subtitle: { signal: titleSignals.subtitle },
      limit: 900,
      offset: titled(theme.title.offset),
      subtitlePadding: titled(theme.title.subtitlePadding),
      fontSize: titled(theme.title.fontSize),
      subtitleFontSize: titled(theme.title.subtitleFontSize),
    } as typeof compiled.title;
    compiled.signals = [...(compiled.signals ?? []), { name: titleSignals.text, value: '' }, { name: titleSignals.subtitle, value: '' }];
    runtime = vega.parse(compiled);
    // Bounded: a long-running process sees few distinct specs (charts × languages × years).
    if (compiledCache.size >= 200) compiledCache.clear();
    compiledCache.set(key, runtime);
  }
  return runtime;
}

/**
 * What to make besides the SVG: the PNG (default here) costs a second layout with the title and
 * source line, a raster and its encoding. Without it, the chart's png is empty and its size is the
 * SVG's. Builds make PNGs only when asked (--png); the preview never does.
 */
export interface ChartOutputs {
  readonly png?: boolean;
  /** The narrow layout for the HTML edition's phones (narrowSvg); made unless false. */
  readonly narrow?: boolean;
}

/** The titled chart as PNG pixels, with its size in SVG units. */
async function pngOf(view: vega.View): Promise<{ png: Buffer; width: number; height: number }> {
  const canvas = (await view.toCanvas(pngPixelRatio)) as unknown as Canvas;
  // The canvas package encodes off the main thread, so charts rendered concurrently (see renderEditionCharts) encode in parallel.
  const png = await canvas.encode('png');
  return { png, width: canvas.width / pngPixelRatio, height: canvas.height / pngPixelRatio };
}

/** Renders one chart in one locale; problems in its spec become diagnostics and give undefined. */
export async function renderChart(
  rootDir: string,
  chart: ChartDefinition,
  context: ChartContext,
  sink: DiagnosticSink,
  caches: ChartCaches = createChartCaches(),
  options: ChartOutputs = {},
): Promise<RenderedChart | undefined> {
  registerFonts();
  const file = path.posix.join('templates', 'charts', chart.spec);
  const spec = loadSpec(rootDir, file, sink, caches.specs);
  if (!spec) return undefined;
  const data = chart.build(context);
  // A chart of one category says nothing its sentence or table does not: it is left out.
  if ((data.categories ?? data.rows.length) < (chart.minCategories ?? minCategories)) return undefined;
  const values = { ...context.values, ...(data.titleValues ?? {}) };
  const ctx = { ...context, values };
  // Punctuation as readers of the language expect it (full-width in Chinese), as in the brief.
  const typography = typographyFor(context.locale);
  const key = chart.strings ?? `charts.${chart.id}`;
  const title = typography(fill(lookup(context.strings, `${key}.title`) ?? '', values));
  const alt = typography(fill(lookup(context.strings, `${key}.alt`) ?? '', values));
  const source = typography(fill(lookup(context.strings, 'source') ?? '', values));
  if (!title || !alt) {
    sink.add({
      ruleId: 'chart:unknown-string',
      file: context.strings.file,
      place: { line: 1, column: 1 },
      message: `Chart ${chart.id} needs a title and alt text in ${context.strings.file}.`,
    });
    return undefined;
  }
  const boundSpec = bindSpec(spec, chart, data, ctx, sink);
  if (!boundSpec) return undefined;
  const bound = centredLabels(boundSpec, chartType.label + 2);

  let view: vega.View;
  const rows = data.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? typography(v) : v])),
  );
  /** A view of a bound spec with this chart's params and rows, without title and source line. */
  const laidOut = async (spec: Record<string, unknown>, fitTo = specWidth(spec), params = data.params) => {
    const made = new vega.View(compiledChart(spec, caches.compiled), { renderer: 'none' });
    // Without title and source line: the SVG is for the brief, which sets them as caption and source line.
    made.signal(titleSignals.text, '').signal(titleSignals.subtitle, '');
    for (const [name, value] of Object.entries(params)) made.signal(name, value);
    made.data('rows', rows);
    await made.runAsync();
    if (fitTo !== undefined) await fitWidth(made, fitTo);
    return made;
  };
  // Category labels as drawn: a wrapped label is one text of several lines (labelExpr splits it).
  const categoryLabels = new Set(rows.flatMap((row) => (typeof row.label === 'string' ? [row.label.split('\n').join(',')] : [])));
  /**
   * The view, its bands made tall enough for its tallest category label: every category gets the
   * same band (so the gaps between bars stay even), and a label of two or three lines no longer
   * runs into the next (in the brief's 9 pt and in the phone layout's larger type alike).
   */
  const viewOf = async (spec: Record<string, unknown>, fitTo = specWidth(spec)) => {
    let made = await laidOut(spec, fitTo);
    const factor = bandFactor(collectTexts((made.scenegraph() as unknown as { root: unknown }).root), categoryLabels);
    const banded = factor > 1 ? withTallerBands(spec, factor) : spec;
    if (banded !== spec) {
      made.finalize();
      made = await laidOut(banded, fitTo);
    }
    // Room left of zero (xMin) for a decline's value: in larger type (the phone layout) the value at
    // the end of a long bar left of zero may reach the category labels; the room grows until it clears them.
    let params = data.params;
    for (let pass = 0; pass < 6 && typeof params.xMin === 'number' && params.xMin < 0 && textsCollide(textsOf(made)); pass++) {
      params = { ...params, xMin: (params.xMin as number) * 1.25 };
      made.finalize();
      made = await laidOut(banded, fitTo, params);
    }
    return made;
  };
  try {
    view = await viewOf(bound);
  } catch (error) {
    sink.add({
      ruleId: 'chart:spec-invalid',
      file,
      place: { line: 1, column: 1 },
      message: `Vega-Lite could not render chart ${chart.id}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
  try {
    const svg = withoutEmptyTexts(await view.toSVG());
    const size = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg);
    const texts = textsOf(view);
    const svgWidth = Number(size?.[1] ?? 0);
    const svgHeight = Number(size?.[2] ?? 0);
    // The narrow layout, in views of its own (the wide view goes on to the PNG): a spec that fits its
    // width ("fit-x") is laid out again at a phone's width; one of panels side by side stacks them.
    let narrowSvg: string | undefined;
    let narrowTexts: TextBox[] | undefined;
    if (options.narrow !== false && svgWidth > narrowChartWidth) {
      const narrowBound = phoneSpec(bound);
      const stacked = stackedSpec(bound);
      // Small multiples take two columns on a phone, or one when their titles do not fit two.
      const candidates =
        bound.facet !== undefined
          ? [stacked && phoneSpec(stacked), stacked && phoneSpec({ ...stacked, columns: 1 }), narrowBound]
          : [narrowBound, stacked && phoneSpec(stacked)];
      for (const spec of candidates) {
        if (!spec || narrowSvg) continue;
        const narrowView = await viewOf(spec, narrowChartWidth);
        try {
          // viewOf fitted the layout to the phone's width (fitWidth).
          const candidate = withoutEmptyTexts(await narrowView.toSVG());
          // A spec of fixed width keeps it: that is no narrow layout.
          if (svgWidthOf(candidate) <= narrowChartWidth) {
            narrowSvg = candidate;
            narrowTexts = textsOf(narrowView);
          }
        } finally {
          narrowView.finalize();
        }
      }
    }
    let titled: { png: Buffer; width: number; height: number } = { png: Buffer.alloc(0), width: svgWidth, height: svgHeight };
    if (options.png !== false) {
      // The PNG stands alone: it carries the title and source line, which change the chart's
      // bounds, so it is laid out again (autosize), or they would be drawn outside the picture.
      view.signal(titleSignals.text, title).signal(titleSignals.subtitle, source);
      view.resize();
      await view.runAsync();
      titled = await pngOf(view);
    }
    const png = titled.png;
    return {
      id: chart.id,
      specFile: file,
      locale: context.locale,
      title,
      source,
      alt,
      svg,
      png,
      width: titled.width,
      height: titled.height,
      svgWidth,
      svgHeight,
      ...(narrowSvg ? { narrowSvg } : {}),
      ...(narrowTexts ? { narrowTexts } : {}),
      data,
      texts,
    };
  } finally {
    view.finalize();
  }
}

export { charts, editionCharts };
