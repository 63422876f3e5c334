import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/estimate-word.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData } from '../../dataset/schema.js';
import { earlierYearDisagreement, estimateDisagreement, type WordDisagreement } from '../phrase-claims.js';
import { disagreementAt, readCitations } from './phrase-word-citations.js';

/**
 * plan:estimate-word — 预计/初步预计/预估 before a cited figure in its clause requires `estimate: true`;
 * 错年数据 or "(2023年数据)" in the phrase requires `year` on each figure or actual the phrase gives.
 */
export function estimateWord(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const { record, words } of readCitations(data)) {
    const file = files[record.role];
    const reported = new Set<string>();
    for (const value of record.values) {
      const claims = value.claims;
      if (claims?.dated === undefined) continue;
      const found: WordDisagreement[] = [];
      const estimate = estimateDisagreement(words, record.phrase, value.value, value.unit, claims.dated.estimate);
      if (estimate) found.push(estimate);
      const year = earlierYearDisagreement(words, claims.dated.year);
      if (year) found.push(year);
      for (const d of found) {
        const { path, expected, actual } = disagreementAt(claims.at, d);
        // A figure's value, growth and change share one estimate and one year: report each field once.
        const key = path.join('/');
        if (reported.has(key)) continue;
        reported.add(key);
        sink.add({
          ruleId: 'plan:estimate-word',
          file: file.path,
          place: file.locate(path),
          path,
          message: rule.messages.wordNotCarried(record.phrase, d.word, formatNumber(value.value), d.field, expected, actual),
          expected,
          actual,
        });
      }
    }
  }
}
