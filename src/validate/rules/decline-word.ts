import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/decline-word.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData } from '../../dataset/schema.js';
import { declineDisagreement } from '../phrase-claims.js';
import { readCitations } from './phrase-word-citations.js';

/**
 * plan:decline-word — a decline word right before a cited number (下降2.0%) requires the figure to be
 * negative. The other way round (a negative figure with no decline word) is plan:source-phrase-has-value.
 */
export function declineWord(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const { record, words } of readCitations(data)) {
    const file = files[record.role];
    for (const value of record.values) {
      if (value.unit === 'rank') continue;
      const stated = declineDisagreement(words, value.value, value.unit);
      if (stated?.change === undefined) continue;
      sink.add({
        ruleId: 'plan:decline-word',
        file: file.path,
        place: file.locate(value.path),
        path: value.path,
        message: rule.messages.declineNotNegative(record.phrase, stated.change.word, value.field, value.value),
        expected: formatNumber(-value.value),
        actual: formatNumber(value.value),
      });
    }
  }
}
