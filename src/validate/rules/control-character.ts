import type { DiagnosticSink, Place } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/control-character.js';
import { multiLineFields } from '../../dataset/schema.js';
import type { DataPath, SourceFile } from '../../dataset/source-file.js';
import { walk } from './limits.js';

// C0 and C1 controls and DEL; a line break is allowed only in texts that may span lines.
const control = /[\u0000-\u001F\u007F-\u009F]/g;
const controlNames: Readonly<Record<number, string>> = {
  0: 'NUL',
  9: 'tab',
  10: 'line break',
  13: 'carriage return',
  27: 'ESC',
  127: 'DEL',
};

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

/** plan:control-character — no control characters; line breaks only where a text may span lines. */
export function controlCharacter(file: SourceFile, sink: DiagnosticSink): void {
  walk(file.value, [], (value, path) => {
    if (typeof value !== 'string') return;
    const lineBreaks = mayHoldLineBreaks(path);
    for (const match of value.matchAll(control)) {
      const code = match[0].codePointAt(0)!;
      if (code === 0x0a && lineBreaks) continue;
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
