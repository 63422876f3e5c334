import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/result-pending.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { pendingResult, type EditionData } from '../../dataset/schema.js';
import { targetName } from '../../dataset/walk.js';

/** plan:result-pending — each review target whose result is still `pending`. */
export function resultPending(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.reviewTargets;
  (data.reviewTargets?.rows ?? []).forEach((row, i) => {
    if (row.actual !== pendingResult) return;
    const label = targetName(data, { id: row.id, own: row.indicator, headline: row.headline });
    const path = ['rows', i, 'actual'];
    sink.add({
      ruleId: 'plan:result-pending',
      file: file.path,
      place: file.locate(path),
      path,
      message: rule.messages.resultPending(label.en, label.zh),
    });
  });
}
