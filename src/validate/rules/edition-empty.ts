import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { rule } from '../../diagnostics/rules/plan/edition-empty.js';
import type { EditionData } from '../../dataset/schema.js';
import { walkEdition } from '../../dataset/walk.js';

/** plan:edition-empty — an edition states at least one figure (a cited number anywhere in its data). */
export function editionEmpty(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const stated = walkEdition(data).citations.some((record) => record.values.some((v) => v.unit !== 'rank'));
  if (stated) return;
  sink.add({
    ruleId: 'plan:edition-empty',
    file: files.edition.path,
    place: files.edition.locate([]),
    message: rule.messages.editionEmpty(),
  });
}
