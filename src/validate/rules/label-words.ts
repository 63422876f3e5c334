import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/label-words.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData, UnitsFile } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { walkEdition } from '../../dataset/walk.js';
import { labelFactDisagreement } from '../text-facts.js';

/**
 * plan:label-words — the numbers, ranks, scopes (and, for a table column, the unit) a label's
 * Chinese states are its phrase's: a figure's label against the phrase its record cites, a
 * column's against its table's caption and note phrases and the column's unit (the targets
 * table's text columns against its caption).
 */
export function labelWords(data: EditionData, files: EditionFiles, units: UnitsFile, sink: DiagnosticSink): void {
  for (const record of walkEdition(data).citations) {
    if (record.label === undefined) continue;
    const file = files[record.role];
    // A label borrowed from another record (a target row named by its headline indicator) is checked at its own.
    const path = ownLabelPath(file.value, record.path.slice(0, -1), record.label);
    if (path === undefined) continue;
    const d = labelFactDisagreement(record.label.zh, [record.phrase]);
    if (d === undefined) continue;
    sink.add({
      ruleId: 'plan:label-words',
      file: file.path,
      place: file.locate([...path, 'zh']),
      path: [...path, 'zh'],
      message: rule.messages.notInPhrase(d.kind, d.label, record.label.zh, record.phrase),
      expected: record.phrase,
      actual: d.label,
    });
  }
  // The targets table's text columns (统计口径), against its caption.
  const targets = data.reviewTargets;
  if (targets?.captionSource !== undefined)
    (targets.textColumns ?? []).forEach((column, i) => {
      const d = labelFactDisagreement(column.label.zh, [targets.captionSource!]);
      if (d === undefined) return;
      const path: DataPath = ['textColumns', i, 'label', 'zh'];
      sink.add({
        ruleId: 'plan:label-words',
        file: files.reviewTargets.path,
        place: files.reviewTargets.locate(path),
        path,
        message: rule.messages.notInPhrase(d.kind, d.label, column.label.zh, targets.captionSource!),
        expected: targets.captionSource!,
        actual: d.label,
      });
    });
  const file = files.tables;
  data.tables.tables.forEach((table, t) => {
    const phrases = [table.captionSource, ...(table.noteSource ? [table.noteSource] : [])];
    const columns = [
      ...table.columns.map((c, i) => ({ label: c.label.zh, path: ['tables', t, 'columns', i, 'label', 'zh'], unit: c.unit })),
      ...(table.textColumns ?? []).map((c, i) => ({
        label: c.label.zh,
        path: ['tables', t, 'textColumns', i, 'label', 'zh'],
        unit: undefined,
      })),
    ];
    for (const column of columns) {
      const unit =
        column.unit === undefined ? undefined : { id: column.unit, zh: units.units.find((u) => u.id === column.unit)?.zh ?? column.unit };
      const d = labelFactDisagreement(column.label, phrases, unit);
      if (d === undefined) continue;
      sink.add({
        ruleId: 'plan:label-words',
        file: file.path,
        place: file.locate(column.path),
        path: column.path,
        message:
          d.kind === 'unit' && unit
            ? rule.messages.columnUnit(d.label, column.label, unit.zh)
            : rule.messages.notInPhrase(d.kind, d.label, column.label, phrases.join(' / ')),
        expected: d.kind === 'unit' && unit ? unit.zh : phrases.join(' / '),
        actual: d.label,
      });
    }
  });
}

/**
 * Where a record's label is written: the `label` or `indicator` (a review target's) of the record or
 * of an object holding it (the pipeline's label, for its total), found by its words; undefined where
 * the record borrows it from elsewhere.
 */
function ownLabelPath(root: unknown, base: DataPath, label: { readonly zh: string; readonly en: string }): DataPath | undefined {
  for (let depth = base.length; depth >= 0; depth--) {
    let node: unknown = root;
    for (const key of base.slice(0, depth)) node = (node as Record<string | number, unknown> | undefined)?.[key];
    if (node === null || typeof node !== 'object') continue;
    for (const field of ['label', 'indicator']) {
      const held = (node as Record<string, unknown>)[field] as { zh?: unknown; en?: unknown } | undefined;
      if (held?.zh === label.zh && held?.en === label.en) return [...base.slice(0, depth), field];
    }
  }
  return undefined;
}
