import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { rule } from '../../diagnostics/rules/plan/composition-sums.js';
import type { EditionData } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath } from '../../dataset/source-file.js';
import { compareRatio, epsilon, figureLookup, halfStep, reportZeroWhole } from './arithmetic.js';

/**
 * plan:composition-sums — a composition ratio's parts add up to 100 within their rounding, and a
 * part that names its figure matches that figure ÷ the sum of the parts' figures.
 */
export function compositionSums(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.achievements;
  const { figures, decimalsOf } = figureLookup(data, files);
  data.achievements.compositions.forEach((item, i) => {
    const base: DataPath = ['compositions', i];
    const decimals = item.parts.map((part, p) => publishedDecimals(file, [...base, 'parts', p, 'value'], part.value));
    const sum = item.parts.reduce((acc, part) => acc + part.value, 0);
    const tolerance = decimals.reduce((acc, d) => acc + halfStep(d), 0);
    const off = Math.abs(sum - 100);
    if (off > epsilon) {
      const variant = off <= tolerance + epsilon ? 'within' : 'beyond';
      sink.add({
        ruleId: 'plan:composition-sums',
        severity: variant === 'within' ? 'note' : 'error',
        file: file.path,
        place: file.locate([...base, 'parts']),
        path: [...base, 'parts'],
        message: rule.messages.compositionSum(item.label, Number(sum.toFixed(10)), variant),
        expected: '100',
        actual: String(Number(sum.toFixed(10))),
      });
    }
    // Against the figures the parts are shares of, when every part names one.
    const named = item.parts.map((part) => (part.figure === undefined ? undefined : figures.get(part.figure)));
    if (named.some((f) => f === undefined)) return;
    const whole = named.reduce((acc, f) => acc + f!.value, 0);
    const wholeDecimals = Math.max(...named.map((f) => decimalsOf(f!.id)));
    item.parts.forEach((part, p) => {
      const figure = named[p]!;
      const { computed, outcome } = compareRatio(
        { value: part.value, decimals: decimals[p]! },
        { value: figure.value, decimals: decimalsOf(figure.id) },
        { value: whole, decimals: wholeDecimals },
      );
      if (outcome === 'ok') return;
      const path: DataPath = [...base, 'parts', p, 'value'];
      if (outcome === 'zero-whole') {
        reportZeroWhole(sink, file, path, 'plan:composition-sums', rule.messages.partOfZero(item.label, part.value), part.value);
        return;
      }
      sink.add({
        ruleId: 'plan:composition-sums',
        severity: outcome === 'warning' ? 'note' : outcome,
        file: file.path,
        place: file.locate(path),
        path,
        message: rule.messages.compositionPart(item.label, part.label, part.value, computed, outcome === 'warning' ? 'within' : 'beyond'),
        expected: String(computed),
        actual: String(part.value),
      });
    });
  });
}
