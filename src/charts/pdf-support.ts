/**
 * What the brief's chart drawer (src/brief/svg-pdf.ts) does not draw, found in the chart specs
 * before anything is rendered, so that `npm run validate` names the spec, the line and the
 * property. Rotated labels (labelAngle) are drawn; clipping, images, gradients, links and blend
 * modes are not. Anything else the drawer meets that it cannot draw stops the build with a
 * chart:spec-invalid diagnostic naming the spec as well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { parseYamlText } from '../load/source-file.js';
import type { DataPath, SourceFile } from '../dataset/source-file.js';

const chartsDir = path.join('templates', 'charts');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Why the brief cannot draw what this spec object asks for, if it cannot. */
function unsupported(object: { [key: string]: Json }): { key: string; why: string } | undefined {
  if (object.clip === true)
    return {
      key: 'clip',
      why: '"clip": true makes Vega clip the marks (an SVG clipPath), which the brief does not draw; remove it, or set the scale domain so that the marks stay inside',
    };
  const mark = typeof object.mark === 'object' && object.mark !== null && !Array.isArray(object.mark) ? object.mark.type : object.mark;
  if (mark === 'image') return { key: 'mark', why: 'image marks are not drawn in the brief' };
  if (object.gradient !== undefined) return { key: 'gradient', why: 'gradient colours are not drawn in the brief; use a plain colour' };
  if (object.href !== undefined) return { key: 'href', why: 'links (href) are not drawn in the brief' };
  if (object.blend !== undefined) return { key: 'blend', why: 'blend modes are not drawn in the brief' };
  return undefined;
}

/** Checks one parsed spec; problems become chart:spec-invalid diagnostics at the property. */
export function checkSpecForPdf(spec: SourceFile, sink: DiagnosticSink): void {
  const walk = (node: Json, at: DataPath) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (node !== null && typeof node === 'object') {
      const problem = unsupported(node);
      if (problem) {
        sink.add({
          ruleId: 'chart:spec-invalid',
          file: spec.path,
          place: spec.locateKey([...at, problem.key]),
          message: `The brief cannot draw this chart: ${problem.why}.`,
        });
      }
      for (const [key, value] of Object.entries(node)) walk(value, [...at, key]);
    }
  };
  walk(spec.value as Json, []);
}

/** Every spec under templates/charts/ checked for what the brief draws (validation reads nothing else of the templates). */
export function checkChartSpecsForPdf(rootDir: string, sink: DiagnosticSink): void {
  let files: string[];
  try {
    files = readdirSync(path.join(rootDir, chartsDir))
      .filter((f) => f.endsWith('.vl.json'))
      .sort();
  } catch {
    return; // no templates here: the build reports missing specs where it needs them
  }
  for (const file of files) {
    const display = path.posix.join('templates', 'charts', file);
    const local = new DiagnosticSink();
    const spec = parseYamlText(readFileSync(path.join(rootDir, chartsDir, file), 'utf8'), display, local);
    // A spec that does not parse is reported by the build (chart:spec-invalid) with Vega's view of it.
    if (spec && local.errorCount === 0) checkSpecForPdf(spec, sink);
  }
}
