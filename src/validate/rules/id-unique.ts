import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/id-unique.js';
import type { EditionData } from '../../dataset/schema.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { SourceFile } from '../../dataset/source-file.js';
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

/**
 * plan:id-unique in a shared registry (units.yaml, glossary.yaml): a second entry with an id already
 * listed. A unit listed twice with two factors was read by its first entry in some places and its
 * last in others: 5230人 was published as 523,000 people, with no message.
 */
export function registryIdsUnique(file: SourceFile, listKey: string, ids: readonly string[], sink: DiagnosticSink): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const at = first.get(id);
    if (at === undefined) {
      first.set(id, i);
      return;
    }
    sink.add({
      ruleId: 'plan:id-unique',
      file: file.path,
      place: file.locate([listKey, i, 'id']),
      message: rule.messages.duplicateId(id, `${file.path}:${file.locate([listKey, at, 'id']).line}`),
    });
  });
}
