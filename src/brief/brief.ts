import { fill, lookup } from '../charts/strings.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { LocaleRenderInput } from '../render/input.js';
import { MarkupError, parseMarkup, type DocNode } from './markup.js';
import { renderPdf, type PdfLayoutRecord } from './render-pdf.js';
import { loadTemplate, renderTemplate } from './templates.js';
import { mapDocText, typographyFor } from './typography.js';
import { buildViewModel } from './view-model.js';

export const briefTemplate = 'templates/brief/brief.hbs';

export type BriefInput = LocaleRenderInput;

/** Template → markup → document tree. Problems become diagnostics and give undefined. */
export function composeBrief(input: BriefInput, sink: DiagnosticSink): DocNode[] | undefined {
  const template = loadTemplate(input.rootDir, briefTemplate, sink);
  if (!template) return undefined;
  const viewModel = buildViewModel(input.plan, input.locale, input.strings, input.units, input.buildDate, input.charts);
  const markup = renderTemplate(template, viewModel, input.strings, sink);
  if (markup === undefined) return undefined;
  try {
    return parseMarkup(markup);
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

/** One brief as PDF bytes, with its layout record; undefined after diagnostics. */
export async function buildBrief(input: BriefInput, sink: DiagnosticSink): Promise<{ bytes: Buffer; layout: PdfLayoutRecord } | undefined> {
  const nodes = composeBrief(input, sink);
  if (!nodes) return undefined;
  const lang = input.locale === 'zh-CN' ? 'zh' : 'en';
  const edition = input.plan.edition;
  const values = { district: edition.district[lang], planYear: edition.planYear, reviewYear: edition.reviewYear };
  // Punctuation as readers of the language expect it, fixed here rather than in the data (whose phrases must match the source).
  const typography = typographyFor(input.locale);
  const text = (key: string, extra: Record<string, string | number> = {}) => typography(fill(lookup(input.strings, key) ?? key, { ...values, ...extra }));
  return renderPdf({
    nodes: mapDocText(nodes, typography),
    lang: input.locale,
    charts: new Map(input.charts.map((c) => [c.id, c])),
    info: {
      title: typography(edition.title[lang]),
      author: edition.issuer[lang],
      subject: text('brief.subtitle'),
      keywords: [edition.district[lang], edition.city[lang], String(edition.planYear), text('brief.language')].join(', '),
    },
    running: text('brief.running'),
    pageLabel: (page, pages) => text('brief.page', { page, pages }),
    creationDate: input.buildDate,
    continued: text('brief.continued'),
  });
}
