import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/rank-result-stated.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { pendingResult, type EditionData } from '../../dataset/schema.js';
import { readPhrase } from '../phrase-words.js';

/**
 * plan:rank-result-stated — a rank target whose phrase states a position for the result (a rank
 * statement with a position outside the target's own words) while the row holds no `ranks`.
 */
export function rankResultStated(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.reviewTargets;
  (data.reviewTargets?.rows ?? []).forEach((row, i) => {
    if (row.target.kind !== 'rank' || row.ranks !== undefined || row.actual === pendingResult) return;
    const own = row.target.text.zh;
    const stated = readPhrase(row.source).ranks.find((r) => r.position !== undefined && !own.includes(r.text) && !r.text.includes(own));
    if (!stated) return;
    const path = ['rows', i, 'target'];
    sink.add({
      ruleId: 'plan:rank-result-stated',
      file: file.path,
      place: file.locate(path),
      path,
      message: rule.messages.positionNotHeld(row.source, stated.text),
    });
  });
}
