import { fill, lookup } from '../present/strings.js';
import { editionValues } from '../present/reader.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import { MarkupError, parseMarkup, type DocNode } from './markup.js';
import { numberApparatus } from './apparatus.js';
import { ChartNotDrawnError, renderPdf, type PdfLayoutRecord } from './render-pdf.js';
import { loadTemplate, renderTemplate, type TemplateCache } from './templates.js';
import { mapDocText, typographyFor } from './typography.js';
import type { TextCaches } from './text-caches.js';
import { buildViewModel } from './view-model.js';

export const briefTemplate = 'templates/brief/brief.hbs';

export type BriefInput = LocaleRenderInput;

/** Template → markup → document tree. Problems become diagnostics and give undefined. */
export function composeBrief(input: BriefInput, sink: DiagnosticSink, templates?: TemplateCache): DocNode[] | undefined {
  const template = loadTemplate(input.rootDir, briefTemplate, sink, templates);
  if (!template) return undefined;
  const viewModel = buildViewModel(input.plan, input.locale, input.strings, input.units, input.buildDate, input.charts);
  const markup = renderTemplate(template, viewModel, input.strings, sink);
  if (markup === undefined) return undefined;
  try {
    return numberApparatus(parseMarkup(markup), {
      table: lookup(input.strings, 'brief.tableLabel') ?? '{n}',
      figure: lookup(input.strings, 'brief.figureLabel') ?? '{n}',
    });
  } catch (error) {
    if (!(error instanceof MarkupError)) throw error;
    sink.add({
      ruleId: 'template:markup',
      file: briefTemplate,
      place: { line: 1, column: 1 },
      message: `${error.message} (line ${error.line} of the generated markup)`,
    });
    return undefined;
  }
}

/**
 * The document tree as readers see it: composed, with punctuation as readers of the language
 * expect it (fixed here rather than in the data, whose phrases must match the source). The PDF and
 * the HTML edition are both drawn from it, so a build makes it once per locale.
 */
export function typesetBrief(input: BriefInput, sink: DiagnosticSink, templates?: TemplateCache): DocNode[] | undefined {
  const nodes = composeBrief(input, sink, templates);
  return nodes ? mapDocText(nodes, typographyFor(input.locale)) : undefined;
}

/** What a brief may keep from the briefs built before it: parsed templates, shaped and measured text. */
export interface BriefCaches {
  readonly templates?: TemplateCache;
  readonly text?: TextCaches;
}

/** One brief as PDF bytes, with its layout record; undefined after diagnostics. `nodes`: the tree from typesetBrief, when already made. */
export async function buildBrief(
  input: BriefInput,
  sink: DiagnosticSink,
  caches: BriefCaches = {},
  nodes: DocNode[] | undefined = typesetBrief(input, sink, caches.templates),
): Promise<{ bytes: Buffer; layout: PdfLayoutRecord } | undefined> {
  if (!nodes) return undefined;
  const lang = input.locale === 'zh-CN' ? 'zh' : 'en';
  const edition = input.plan.edition;
  const values = editionValues(edition, input.locale);
  const typography = typographyFor(input.locale);
  const text = (key: string, extra: Record<string, string | number> = {}) =>
    typography(fill(lookup(input.strings, key) ?? key, { ...values, ...extra }));
  try {
    return await drawBrief(input, nodes, lang, text, typography, caches.text);
  } catch (error) {
    if (!(error instanceof ChartNotDrawnError)) throw error;
    const chart = input.charts.find((c) => c.id === error.chartId);
    sink.add({
      ruleId: 'chart:spec-invalid',
      file: chart?.specFile ?? 'templates/charts',
      place: { line: 1, column: 1 },
      message: `The brief cannot draw chart ${error.chartId} as this spec makes Vega write it: ${error.message.replace(/^Chart SVG: /, '')}.`,
    });
    return undefined;
  }
}

function drawBrief(
  input: BriefInput,
  nodes: DocNode[],
  lang: 'zh' | 'en',
  text: (key: string, extra?: Record<string, string | number>) => string,
  typography: (text: string) => string,
  textCaches: TextCaches | undefined,
) {
  const edition = input.plan.edition;
  return renderPdf({
    nodes,
    lang: input.locale,
    charts: new Map(input.charts.map((c) => [c.id, { svg: c.svg, title: c.title, alt: c.alt, width: c.svgWidth, height: c.svgHeight }])),
    info: {
      title: typography(edition.title[lang]),
      // Who issued the report, or else who prepared the brief; none when the edition names neither.
      author: (edition.issuer ?? edition.preparedBy)?.[lang],
      subject: text('brief.subtitle'),
      keywords: [edition.district[lang], edition.city[lang], String(edition.planYear), text('brief.language')].join(', '),
    },
    running: text('brief.running'),
    pageLabel: (page, pages) => text('brief.page', { page, pages }),
    creationDate: input.buildDate,
    continued: text('brief.continued'),
    units: input.units.units.map((u) => u[lang]),
    ...(textCaches ? { textCaches } : {}),
  });
}
