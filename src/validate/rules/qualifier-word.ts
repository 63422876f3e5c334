import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/qualifier-word.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { boundDisagreement, relativeDisagreement, striveDisagreement, type WordDisagreement } from '../phrase-claims.js';
import { disagreementAt, readCitations } from './phrase-word-citations.js';

/**
 * plan:qualifier-word — the bound and strive words attached to a cited number (以上, 超, 左右, 力争, …)
 * are carried by the record's bound/qualifier/strive, and a relative word (与…同步, 快于) by a
 * relative target; and the record claims none the phrase does not say.
 */
export function qualifierWord(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const { record, words } of readCitations(data)) {
    const file = files[record.role];
    const report = (at: DataPath, d: WordDisagreement, number: string) => {
      const { path, expected, actual } = disagreementAt(at, d);
      sink.add({
        ruleId: 'plan:qualifier-word',
        file: file.path,
        place: file.locate(path),
        path,
        message: rule.messages.wordNotCarried(record.phrase, d.word, number, d.field, expected, actual),
        expected,
        actual,
      });
    };
    for (const value of record.values) {
      const claims = value.claims;
      if (claims === undefined) continue;
      const number = formatNumber(value.value);
      if (claims.boundField !== undefined) {
        const d = boundDisagreement(words, value.value, value.unit, claims.bound, claims.boundField);
        if (d) report(claims.at, d, number);
      }
      if (claims.strive !== undefined) {
        const d = striveDisagreement(words, value.value, value.unit, claims.strive);
        if (d) report(claims.at, d, number);
      }
    }
    if (record.target) {
      const d = relativeDisagreement(words, record.target);
      if (d) report(record.target.path, d, '');
    }
  }
}
