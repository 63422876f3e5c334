import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { DocNode } from '../present/document.js';
import type { ChartImage } from '../present/inputs.js';
import type { Locale } from '../model/format.js';
import { renderHtmlBrief } from './render-html.js';

/** The stylesheet of the HTML edition, inlined into each page. */
export const htmlStylesheet = 'templates/html/brief.css';

/** The HTML edition's files, by name in the locale's folder: one page, its stylesheet inside. */
export function buildHtmlBrief(
  rootDir: string,
  nodes: readonly DocNode[],
  locale: Locale,
  charts: readonly ChartImage[],
  sink: DiagnosticSink,
  scrollHint?: string,
): { readonly name: string; readonly bytes: string }[] | undefined {
  let css: string;
  try {
    css = readFileSync(path.join(rootDir, htmlStylesheet), 'utf8');
  } catch (error) {
    sink.add({
      ruleId: 'template:error',
      file: htmlStylesheet,
      place: { line: 1, column: 1 },
      message: `Cannot read the stylesheet of the HTML brief: ${(error as Error).message}`,
    });
    return undefined;
  }
  const page = renderHtmlBrief({
    nodes,
    locale,
    charts: new Map(charts.map((c) => [c.id, c])),
    stylesheet: css,
    ...(scrollHint ? { scrollHint } : {}),
  });
  return [{ name: 'brief.html', bytes: page }];
}
