import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/rank-measure-word.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData } from '../../dataset/schema.js';
import {
  rankMeasureDisagreement,
  rankMeasureLabelDisagreement,
  rankScopeLabelDisagreement,
  rankScopeDisagreement,
} from '../phrase-claims.js';
import { disagreementAt, readCitations } from './phrase-word-citations.js';

/**
 * plan:rank-measure-word — a rank's scope and measure are those its rank statement names (占比全市第一: city, share),
 * and its own names of who is ranked (scopeLabel) and of what it is ranked by (measureLabel) are words of its phrase.
 */
export function rankMeasureWord(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const { record, words } of readCitations(data)) {
    const file = files[record.role];
    for (const value of record.values) {
      const rank = value.claims?.rank;
      if (rank === undefined) continue;
      const claim = {
        measure: rank.measure,
        scope: rank.scope,
        position: rank.position,
        ...(rank.measureLabel ? { measureLabel: rank.measureLabel.zh } : {}),
      };
      const d =
        rankScopeDisagreement(words, claim) ??
        rankMeasureDisagreement(words, claim) ??
        rankMeasureLabelDisagreement(words, record.phrase, claim) ??
        rankScopeLabelDisagreement(record.phrase, rank.scopeLabel?.zh);
      if (d === undefined) continue;
      const { path, expected, actual } = disagreementAt(value.claims!.at, d);
      sink.add({
        ruleId: 'plan:rank-measure-word',
        file: file.path,
        place: file.locate(path),
        path,
        message: rule.messages.wordNotCarried(
          record.phrase,
          d.word,
          rule.messages.rankAt(rank.scope, rank.position),
          d.field,
          expected,
          actual,
        ),
        expected,
        actual,
      });
    }
  }
}
