/**
 * The output formats: one list, each entry how one kind of file is made from a prepared locale of
 * an edition. The render loop (edition.ts) never names a format; a new format (a DOCX brief, say)
 * is a renderer folder under src/ and one entry here.
 */
import { datasetCaptions } from '../present/document.js';
import { buildBrief, typesetBrief } from '../brief/brief.js';
import type { DocNode } from '../brief/markup.js';
import { renderEditionCharts } from '../charts/charts.js';
import { pngPixelRatio } from '../charts/render.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { buildHtmlBrief } from '../html/html.js';
import type { Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import type { UiStrings } from '../present/strings.js';
import { stringsForEdition } from '../present/edition-scope.js';
import type { UnitsFile } from '../dataset/schema.js';
import { buildWorkbook } from '../workbook/build.js';
import { buildOpenData } from '../workbook/open-data.js';
import type { RenderCaches } from './caches.js';

/** One locale of an edition as every format takes it: its charts drawn and its brief's document tree typeset. */
export interface PreparedLocale {
  readonly locale: Locale;
  readonly input: LocaleRenderInput;
  /** The brief's document tree, typeset once for the PDF and the HTML edition; undefined after diagnostics. */
  readonly typeset: DocNode[] | undefined;
}

/** What a format renders with: where problems go, the caches kept between editions, and the build's switches. */
export interface RenderServices {
  readonly sink: DiagnosticSink;
  readonly caches: RenderCaches;
  /** Also write each chart as a PNG with its title and source line (build --png). */
  readonly chartImages: boolean;
}

/** A file of one locale, its path relative to the edition's output folder. */
export interface FormatFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

export interface OutputFormat {
  readonly id: string;
  render(prepared: PreparedLocale, services: RenderServices): Promise<readonly FormatFile[]> | readonly FormatFile[];
}

/** The formats, in the order their files are made (and listed in the manifest). */
export const formats: readonly OutputFormat[] = [
  {
    // Every chart as SVG (and PNG with --png), with titles, sources and alt text beside them.
    id: 'charts',
    render({ locale, input }, { chartImages }) {
      const files: FormatFile[] = [];
      for (const chart of input.charts) {
        files.push({ path: `charts/${locale}/${chart.id}.svg`, bytes: chart.svg });
        if (chartImages) files.push({ path: `charts/${locale}/${chart.id}.png`, bytes: chart.png });
      }
      const index = input.charts.map(({ id, title, source, alt, width, height }) => ({
        id,
        title,
        source,
        alt,
        ...(chartImages ? { width, height, pngPixelRatio } : {}),
      }));
      files.push({ path: `charts/${locale}/charts.json`, bytes: `${JSON.stringify(index, null, 2)}\n` });
      return files;
    },
  },
  {
    id: 'brief-pdf',
    async render({ locale, input, typeset }, { sink, caches }) {
      const brief = typeset ? await buildBrief(input, sink, caches, typeset) : undefined;
      return brief ? [{ path: `${locale}/brief.pdf`, bytes: brief.bytes }] : [];
    },
  },
  {
    // The same document tree as the PDF, as a web page with its stylesheet inside and its fonts beside it.
    id: 'brief-html',
    async render({ locale, input, typeset }, { sink }) {
      const files = typeset
        ? await buildHtmlBrief(
            input.rootDir,
            typeset,
            locale,
            input.charts,
            sink,
            input.units.units.map((u) => (locale === 'zh-CN' ? u.zh : u.en)),
          )
        : undefined;
      return (files ?? []).map((file) => ({ path: `${locale}/${file.name}`, bytes: file.bytes }));
    },
  },
  {
    id: 'workbook',
    async render({ locale, input }, { sink }) {
      const workbook = await buildWorkbook(input, sink);
      return workbook ? [{ path: `${locale}/workbook.xlsx`, bytes: workbook }] : [];
    },
  },
  {
    // Every table of the workbook as CSV, described by a Frictionless datapackage.json.
    id: 'open-data',
    render({ locale, input }, { sink }) {
      return (buildOpenData(input, sink) ?? []).map((file) => ({ path: `${locale}/${file.path}`, bytes: file.text }));
    },
  },
];

export interface LocaleContext {
  readonly rootDir: string;
  readonly units: UnitsFile;
  readonly strings: UiStrings;
  readonly buildDate: Date;
}

/** Draws the charts of one locale and typesets its brief: what every format of that locale is made from. */
export async function prepareLocale(plan: Plan, locale: Locale, context: LocaleContext, services: RenderServices): Promise<PreparedLocale> {
  const { rootDir, units, buildDate } = context;
  // An edition that holds only a review, or only a plan, is named for what it holds.
  const strings = stringsForEdition(context.strings, plan);
  const charts = await renderEditionCharts(rootDir, plan, locale, strings, units, services.sink, services.caches.charts, {
    png: services.chartImages,
  });
  const input: LocaleRenderInput = { rootDir, plan, locale, strings, units, charts, buildDate };
  const typeset = typesetBrief(input, services.sink, services.caches.templates);
  // The workbook and the open data title their tables with the brief's numbers.
  return { locale, input: typeset ? { ...input, briefTables: datasetCaptions(typeset) } : input, typeset };
}

/** One format's files of a prepared locale (the preview asks for the HTML brief alone). */
export async function renderFormat(id: string, prepared: PreparedLocale, services: RenderServices): Promise<readonly FormatFile[]> {
  const format = formats.find((f) => f.id === id);
  if (!format) throw new Error(`No output format "${id}" (formats: ${formats.map((f) => f.id).join(', ')})`);
  return format.render(prepared, services);
}

/** For pages the preview writes around the formats' output (its index and its list of problems). */
export { escapeHtml } from '../html/render-html.js';
