import type { DiagnosticSink, Place } from '../../diagnostics/diagnostic.js';
import { messages } from '../../diagnostics/messages.js';
import type { GlossaryFile } from '../../dataset/schema.js';
import type { DataPath, SourceFile } from '../../dataset/source-file.js';
import type { GlyphCoverage } from '../../fonts/coverage.js';

type StringVisitor = (text: string, path: DataPath) => void;

function walkStrings(value: unknown, path: DataPath, visit: StringVisitor): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

type TextVisitor = (zh: string, en: string, path: DataPath) => void;

function walkTexts(value: unknown, path: DataPath, visit: TextVisitor): void {
  if (Array.isArray(value)) value.forEach((item, i) => walkTexts(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') visit(record.zh, record.en, path);
    for (const [key, item] of Object.entries(record)) walkTexts(item, [...path, key], visit);
  }
}

/** Place of the character at `index` of the string at `path`, where the scalar is on one line. */
function placeOfChar(file: SourceFile, path: DataPath, index: number): Place {
  const place = file.locate(path);
  const raw = file.rawScalar(path);
  if (raw === undefined || raw.includes('\n')) return place;
  const quoted = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  return { line: place.line, column: place.column + quoted + index };
}

const han = /\p{Script=Han}+/u;
const isEnglishPath = (path: DataPath): boolean => path[path.length - 1] === 'en' || path.includes('accept');

/** plan:english-has-han — English text must be fully translated. */
export function checkEnglishHasNoHan(file: SourceFile, sink: DiagnosticSink): void {
  walkStrings(file.value, [], (text, path) => {
    if (!isEnglishPath(path)) return;
    const match = han.exec(text);
    if (match) {
      sink.add({
        ruleId: 'plan:english-has-han',
        file: file.path,
        place: placeOfChar(file, path, match.index),
        message: messages.englishHasHan(match[0]),
      });
    }
  });
}

/** plan:glossary-consistent — a glossary term in zh must be rendered with its fixed English. */
export function checkGlossaryConsistent(file: SourceFile, glossary: GlossaryFile, sink: DiagnosticSink): void {
  walkTexts(file.value, [], (zh, en, path) => {
    const english = en.toLowerCase();
    for (const term of glossary.terms) {
      if (!zh.includes(term.zh)) continue;
      const renderings = [term.en, ...(term.accept ?? [])].map((r) => r.toLowerCase());
      if (renderings.some((r) => english.includes(r))) continue;
      sink.add({
        ruleId: 'plan:glossary-consistent',
        file: file.path,
        place: file.locate([...path, 'en']),
        message: messages.glossary(term.zh, term.en),
        expected: term.en,
        actual: en,
      });
    }
  });
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
        const shown = codePoint < 0x20 || codePoint === 0x7f ? hex : char;
        sink.add({
          ruleId: 'plan:glyph-coverage',
          file: file.path,
          place: placeOfChar(file, path, index),
          message: messages.glyphMissing(shown, hex, coverage.fontName),
        });
      }
      index += char.length;
    }
  });
}
