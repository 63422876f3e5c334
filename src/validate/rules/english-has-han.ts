import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/english-has-han.js';
import type { DataPath, SourceFile } from '../../dataset/source-file.js';
import { placeOfChar, walkStrings } from './text.js';

const han = /\p{Script=Han}+/u;
const isEnglishPath = (path: DataPath): boolean => path[path.length - 1] === 'en' || path.includes('accept');

/** plan:english-has-han — English text must be fully translated. */
export function englishHasHan(file: SourceFile, sink: DiagnosticSink): void {
  walkStrings(file.value, [], (text, path) => {
    if (!isEnglishPath(path)) return;
    const match = han.exec(text);
    if (match) {
      sink.add({
        ruleId: 'plan:english-has-han',
        file: file.path,
        place: placeOfChar(file, path, match.index),
        message: rule.messages.englishHasHan(match[0]),
      });
    }
  });
}
