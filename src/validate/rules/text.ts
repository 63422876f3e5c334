import type { DiagnosticSink, Place } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/glyph-coverage.js';
import type { DataPath, SourceFile } from '../../dataset/source-file.js';
import type { GlyphCoverage } from '../../fonts/coverage.js';
import { describeUnseen } from '../../diagnostics/escape.js';

/**
 * The text rules' shared walks over a file's strings and zh/en pairs, and plan:glyph-coverage
 * (here because src/build/pipeline.ts checks chart strings with it); plan:english-has-han and
 * plan:glossary-consistent have a file each beside this one.
 */
export type StringVisitor = (text: string, path: DataPath) => void;

export function walkStrings(value: unknown, path: DataPath, visit: StringVisitor): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

export type TextVisitor = (zh: string, en: string, path: DataPath) => void;

export function walkTexts(value: unknown, path: DataPath, visit: TextVisitor): void {
  if (Array.isArray(value)) value.forEach((item, i) => walkTexts(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') visit(record.zh, record.en, path);
    for (const [key, item] of Object.entries(record)) walkTexts(item, [...path, key], visit);
  }
}

/** Place of the character at `index` of the string at `path`, where the scalar is on one line. */
export function placeOfChar(file: SourceFile, path: DataPath, index: number): Place {
  const place = file.locate(path);
  const raw = file.rawScalar(path);
  if (raw === undefined || raw.includes('\n')) return place;
  const quoted = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  return { line: place.line, column: place.column + quoted + index };
}

const layoutWhitespace = new Set([0x0a, 0x20]);
// Control characters are plan:control-character's to report, once.
const isControl = (codePoint: number) => codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);

/** plan:glyph-coverage — every character of every text must have a glyph in the brief's fonts. */
export function checkGlyphCoverage(file: SourceFile, coverage: GlyphCoverage, sink: DiagnosticSink): void {
  walkStrings(file.value, [], (text, path) => {
    let index = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (!layoutWhitespace.has(codePoint) && !isControl(codePoint) && !coverage.covers(codePoint)) {
        const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
        // A blank, invisible or private-use character is named and described, never quoted: a
        // terminal or CI log would show it as nothing, a box, or another program's icon.
        const unseen = describeUnseen(char);
        sink.add({
          ruleId: 'plan:glyph-coverage',
          file: file.path,
          place: placeOfChar(file, path, index),
          message: unseen
            ? rule.messages.glyphMissingUnseen(hex, unseen, coverage.fontName)
            : rule.messages.glyphMissing(char, hex, coverage.fontName),
        });
      }
      index += char.length;
    }
  });
}
