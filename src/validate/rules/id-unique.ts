import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/id-unique.js';
import type { EditionData } from '../../dataset/schema.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { walkEdition, type IdEntry } from '../../dataset/walk.js';

/** plan:id-unique — ids are unique across an edition (table rows: within their table). */
export function idUnique(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const seen = new Map<string, IdEntry>();
  for (const site of walkEdition(data).ids) {
    const key = `${site.scope}\u0000${site.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, site);
      continue;
    }
    const firstFile = files[first.role];
    const firstPlace = firstFile.locate(first.path);
    sink.add({
      ruleId: 'plan:id-unique',
      file: files[site.role].path,
      place: files[site.role].locate(site.path),
      message: rule.messages.duplicateId(site.id, `${firstFile.path}:${firstPlace.line}`),
    });
  }
}
