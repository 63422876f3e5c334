import type { DiagnosticSink, Place } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/control-character.js';
import { multiLineFields } from '../../dataset/schema.js';
import type { DataPath, SourceFile } from '../../dataset/source-file.js';
import { walk } from './limits.js';
import { invisibleCharacters } from '../../diagnostics/escape.js';

// C0 and C1 controls and DEL; a line break is allowed only in texts that may span lines. Then the
// characters a reader does not see that break or reorder a line: line and paragraph separators
// (they reached the CSV, HTML, SVG and shared strings as line breaks), bidi controls (they turn a
// line around in a terminal or a CI log), zero-width characters, soft hyphens, the byte-order mark.
const control = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029${invisibleCharacters}]`, 'g');
const controlNames: Readonly<Record<number, string>> = {
  0: 'NUL',
  9: 'tab',
  10: 'line break',
  13: 'carriage return',
  27: 'ESC',
  127: 'DEL',
  133: 'next line',
  173: 'soft hyphen',
  1564: 'Arabic letter mark',
  6158: 'Mongolian vowel separator',
  8203: 'zero-width space',
  8204: 'zero-width non-joiner',
  8205: 'zero-width joiner',
  8206: 'left-to-right mark',
  8207: 'right-to-left mark',
  8232: 'line separator',
  8233: 'paragraph separator',
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8288: 'word joiner',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
  65279: 'zero-width no-break space (byte-order mark)',
};
// Paragraph texts may keep the joiners some scripts need between letters (ZWNJ, ZWJ); one-line texts (labels, ids) may not.
const joiners = new Set([0x200c, 0x200d]);

/** Whether the text at `path` is a paragraph text (summary, note, …) in one language: it may hold line breaks. */
function mayHoldLineBreaks(path: DataPath): boolean {
  const last = path[path.length - 1];
  return (last === 'zh' || last === 'en') && path.some((segment) => typeof segment === 'string' && multiLineFields.has(segment));
}

/** Line and column of `index` in the scalar at `path`, where the file holds the text as written; else the scalar's start. */
function placeInScalar(file: SourceFile, path: DataPath, text: string, index: number): Place {
  const start = file.locate(path);
  const raw = file.rawScalar(path);
  const char = text[index]!;
  if (raw === undefined) return start;
  // Plain or quoted text on its lines: find the same occurrence of the character in the raw scalar.
  const nth = [...text.slice(0, index)].filter((c) => c === char).length;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = raw.indexOf(char, at + 1);
    if (at === -1) return start;
  }
  const before = raw.slice(0, at);
  const lineBreaks = before.split('\n').length - 1;
  const column = lineBreaks === 0 ? start.column + at : at - before.lastIndexOf('\n');
  return { line: start.line + lineBreaks, column };
}

/** plan:control-character — no control or invisible characters; line breaks and joiners only where a text may span lines. */
export function controlCharacter(file: SourceFile, sink: DiagnosticSink): void {
  walk(file.value, [], (value, path) => {
    if (typeof value !== 'string') return;
    const lineBreaks = mayHoldLineBreaks(path);
    for (const match of value.matchAll(control)) {
      const code = match[0].codePointAt(0)!;
      if ((code === 0x0a || joiners.has(code)) && lineBreaks) continue;
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      sink.add({
        ruleId: 'plan:control-character',
        file: file.path,
        place: placeInScalar(file, path, value, match.index),
        message: rule.messages.controlCharacter(hex, controlNames[code] ?? '', match.index, lineBreaks),
      });
      return; // one per text: the first is enough to find it
    }
  });
}
