import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { webFontSubset } from '../fonts/fonts.js';
import type { DocNode } from '../present/document.js';
import type { ChartImage } from '../present/inputs.js';
import type { Locale } from '../model/format.js';
import { boldCharacters, pageCharacters, renderHtmlBrief, webFontFaces, type WebFontFace } from './render-html.js';

/** The stylesheet of the HTML edition, inlined into each page. */
export const htmlStylesheet = 'templates/html/brief.css';

/**
 * The HTML edition's files, by name in the locale's folder: the page (its stylesheet inside), and
 * beside it in fonts/ the faces the PDF is set in, each reduced to the characters the page sets in
 * it (regular: every character of the page; bold: those of its bold text), so that a reader's
 * browser shows the brief in the brief's faces whatever it has installed.
 */
export async function buildHtmlBrief(
  rootDir: string,
  nodes: readonly DocNode[],
  locale: Locale,
  charts: readonly ChartImage[],
  sink: DiagnosticSink,
  units: readonly string[] = [],
): Promise<{ readonly name: string; readonly bytes: string | Uint8Array }[] | undefined> {
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
  const faces = webFontFaces(locale);
  const page = renderHtmlBrief({
    nodes,
    locale,
    charts: new Map(charts.map((c) => [c.id, c])),
    stylesheet: css,
    fonts: faces,
    units,
  });
  const characters = { regular: pageCharacters(page), bold: boldCharacters(page) };
  const fonts = await Promise.all(
    faces.map(async (face: WebFontFace) => ({
      name: face.file,
      bytes: await webFontSubset(face.weight, face.face, characters[face.weight]),
    })),
  );
  return [{ name: 'brief.html', bytes: page }, ...fonts];
}
