import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { validateDataset } from '../validate/validate.js';

/** Validates a data folder and returns what it found (the build's --strict asks this when its outputs are current). */
export function validateOnly(rootDir: string, dataDir: string): readonly Diagnostic[] {
  const sink = new DiagnosticSink();
  validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
  return sink.items;
}
