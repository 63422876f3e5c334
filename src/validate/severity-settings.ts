import type { DiagnosticSink, SeverityOverrides } from '../diagnostics/diagnostic.js';
import { rule as severityNotAdjustable } from '../diagnostics/rules/plan/severity-not-adjustable.js';
import { appliedOverrides, severityChanges, type SeverityChange } from '../diagnostics/severity.js';
import type { SourceFile } from '../dataset/source-file.js';

/**
 * plan:severity-not-adjustable — the project's severity settings, checked against the rules'
 * declarations: each milder setting of a rule that is not adjustable is reported at its line and
 * left out. Gives every change (refused ones included, for the lists) and the settings to apply.
 */
export function checkSeveritySettings(
  file: SourceFile,
  settings: SeverityOverrides,
  sink: DiagnosticSink,
): { readonly changes: readonly SeverityChange[]; readonly applied: SeverityOverrides } {
  const changes = severityChanges(settings);
  for (const change of changes) {
    if (change.allowed) continue;
    const path = ['severity', change.ruleId];
    sink.add({
      ruleId: 'plan:severity-not-adjustable',
      file: file.path,
      place: file.locateKey(path),
      path,
      message: severityNotAdjustable.messages.notAdjustable(change.ruleId, change.from, change.to),
      expected: change.from,
      actual: change.to,
    });
  }
  return { changes, applied: appliedOverrides(changes) };
}
