import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { MessageText } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/completion-matches.js';
import { resultsOf, type EditionData, type UnitsFile } from '../../dataset/schema.js';
import { findUnit } from '../../dataset/units.js';
import { publishedDecimals, type DataPath } from '../../dataset/source-file.js';
import { targetName } from '../../dataset/walk.js';
import { completionRate } from '../../dataset/completion.js';
import { epsilon, halfStep, roundTo } from './arithmetic.js';

/**
 * plan:completion-matches — a published completion rate against its target and result: result ÷
 * target for an amount or a count, (1 + result) ÷ (1 + target) for a growth target (on growth
 * indices, as statistical reports compute it). Equal at the published precision: fine; within
 * the rounding of the three published figures: a note; beyond: an error.
 */
export function completionMatches(data: EditionData, files: EditionFiles, units: UnitsFile, sink: DiagnosticSink): void {
  const file = files.reviewTargets;
  const unit = (id: string) => findUnit(units, id);
  const rate = unit('%')?.quantity;
  (data.reviewTargets?.rows ?? []).forEach((row, i) => {
    if (row.completion === undefined) return;
    const base: DataPath = ['rows', i];
    const path: DataPath = [...base, 'completion'];
    const label = targetName(data, { id: row.id, own: row.indicator, headline: row.headline });
    const add = (severity: 'note' | 'error', message: MessageText, expected?: number) =>
      sink.add({
        ruleId: 'plan:completion-matches',
        severity,
        file: file.path,
        place: file.locate(path),
        path,
        message,
        ...(expected !== undefined ? { expected: String(expected), actual: String(row.completion) } : {}),
      });
    const target = row.target;
    const targetUnit = target.kind === 'numeric' ? unit(target.unit) : undefined;
    const results = resultsOf(row);
    const k = results.findIndex((a) => unit(a.unit)?.quantity === targetUnit?.quantity);
    const actual = results[k];
    if (target.kind !== 'numeric' || !targetUnit || !actual) return add('error', rule.messages.completionWithoutTarget(label));
    const actualUnit = unit(actual.unit)!;
    const growth = actual.measure === 'growth' && targetUnit.quantity === rate;
    const h = (p: DataPath, v: number) => halfStep(publishedDecimals(file, p, v));
    const ha = h([...base, 'actual', k, 'value'], actual.value);
    const ht = h([...base, 'target', 'value'], target.value);
    // Both in the target's unit (4.2 万人 against 42859 人).
    const scale = actualUnit.factor / targetUnit.factor;
    const completion = (a: number, t: number) => completionRate(growth ? a : a * scale, t, growth);
    if (!growth && target.value === 0) return add('error', rule.messages.completionWithoutTarget(label));
    const decimals = publishedDecimals(file, path, row.completion);
    const exact = completion(actual.value, target.value);
    if (Math.abs(roundTo(exact, decimals) - row.completion) < epsilon) return;
    // Completion grows with the result and falls with the target.
    const low = completion(actual.value - ha, target.value + ht);
    const high = completion(actual.value + ha, target.value - ht);
    const hc = halfStep(decimals);
    const within = row.completion - hc <= high + epsilon && row.completion + hc >= low - epsilon;
    const computed = roundTo(exact, decimals + 1);
    add(
      within ? 'note' : 'error',
      within
        ? rule.messages.completionWithinRounding(label, row.completion, computed)
        : rule.messages.completionBeyondRounding(label, row.completion, computed),
      computed,
    );
  });
}
