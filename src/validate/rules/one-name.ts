import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { rule } from '../../diagnostics/rules/plan/one-name.js';
import type { EditionData, UnitsFile } from '../../dataset/schema.js';
import { findUnit } from '../../dataset/units.js';

/**
 * plan:one-name — a target for a headline indicator's level takes the indicator's name: a
 * review-target row (`headline`, a target in the indicator's quantity) must not carry its own
 * `indicator`, nor a level plan target (`indicator`, `measure: level`) its own `label`.
 */
export function oneName(data: EditionData, files: EditionFiles, units: UnitsFile, sink: DiagnosticSink): void {
  const headline = new Map(data.headline.indicators.map((h) => [h.id, h]));
  const quantity = (unit: string) => findUnit(units, unit)?.quantity;
  (data.reviewTargets?.rows ?? []).forEach((row, i) => {
    const named = row.headline === undefined ? undefined : headline.get(row.headline);
    if (!named || row.indicator === undefined || row.target.kind !== 'numeric') return;
    if (quantity(row.target.unit) !== quantity(named.unit)) return;
    const path = ['rows', i, 'indicator'];
    sink.add({
      ruleId: 'plan:one-name',
      file: files.reviewTargets.path,
      place: files.reviewTargets.locateKey(path),
      path,
      message: rule.messages.oneName('indicator', named.id),
    });
  });
  data.planTargets.main.forEach((item, i) => {
    const named = item.indicator === undefined ? undefined : headline.get(item.indicator);
    if (!named || item.label === undefined || item.measure !== 'level') return;
    const path = ['main', i, 'label'];
    sink.add({
      ruleId: 'plan:one-name',
      file: files.planTargets.path,
      place: files.planTargets.locateKey(path),
      path,
      message: rule.messages.oneName('label', named.id),
    });
  });
}
