import { checkChartSpecsForPdf } from '../charts/pdf-support.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';

/**
 * What the output formats can check before any data is rendered: the chart specs, for what the
 * brief cannot draw (so that a designer hears of it before a build). Apart from formats.ts, so
 * that `validate` does not load the renderers.
 */
export function checkFormatTemplates(rootDir: string, sink: DiagnosticSink): void {
  checkChartSpecsForPdf(rootDir, sink);
}
