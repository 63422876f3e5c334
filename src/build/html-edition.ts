import { composeBrief, type BriefInput } from '../brief/brief.js';
import type { TemplateCache } from '../brief/templates.js';
import { mapDocText, typographyFor } from '../brief/typography.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { buildHtmlBrief } from '../html/html.js';

/**
 * The HTML edition of a brief: the same document tree as the PDF, with the same typography
 * (GB/T 15834 punctuation in Chinese, typographic quotes in English), given to the HTML renderer.
 */
export function renderHtmlEdition(
  input: BriefInput,
  sink: DiagnosticSink,
  templates?: TemplateCache,
): { readonly name: string; readonly bytes: string }[] | undefined {
  const nodes = composeBrief(input, sink, templates);
  if (!nodes) return undefined;
  return buildHtmlBrief(input.rootDir, mapDocText(nodes, typographyFor(input.locale)), input.locale, input.charts, sink);
}
