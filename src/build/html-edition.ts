import { typesetBrief, type BriefInput } from '../brief/brief.js';
import type { DocNode } from '../brief/markup.js';
import type { TemplateCache } from '../brief/templates.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { buildHtmlBrief } from '../html/html.js';
import { lookup } from '../present/strings.js';

/**
 * The HTML edition of a brief: the same document tree as the PDF, with the same typography
 * (GB/T 15834 punctuation in Chinese, typographic quotes in English), given to the HTML renderer.
 */
export function renderHtmlEdition(
  input: BriefInput,
  sink: DiagnosticSink,
  templates?: TemplateCache,
  typeset: DocNode[] | undefined = typesetBrief(input, sink, templates),
): { readonly name: string; readonly bytes: string }[] | undefined {
  if (!typeset) return undefined;
  return buildHtmlBrief(input.rootDir, typeset, input.locale, input.charts, sink, lookup(input.strings, 'brief.html.scrollHint'));
}
