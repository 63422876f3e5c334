import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/source-phrase-has-text.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData, Text } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';

/**
 * plan:source-phrase-has-text — a row's words in a declared text column (统计口径) are in its source
 * phrase, as printed (spaces aside), like its figures.
 */
export function sourcePhraseHasText(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  const check = (role: 'reviewTargets' | 'tables', base: DataPath, texts: Readonly<Record<string, Text>> | undefined, phrase: string) => {
    for (const [column, text] of Object.entries(texts ?? {})) {
      if (squeeze(phrase).includes(squeeze(text.zh))) continue;
      const file = files[role];
      const path: DataPath = [...base, 'texts', column, 'zh'];
      sink.add({
        ruleId: 'plan:source-phrase-has-text',
        file: file.path,
        place: file.locate(path),
        path,
        message: rule.messages.textNotInPhrase(phrase, column, text.zh),
        expected: phrase,
        actual: text.zh,
      });
    }
  };
  data.reviewTargets?.rows.forEach((row, i) => check('reviewTargets', ['rows', i], row.texts, row.source));
  data.tables.tables.forEach((table, t) => {
    table.rows.forEach((row, r) => check('tables', ['tables', t, 'rows', r], row.texts, row.source));
  });
}
