import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { messages } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/ratio-matches-value.js';
import type { EditionData } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath } from '../../dataset/source-file.js';
import { compareRatio, figureLookup, report, reportZeroWhole } from './arithmetic.js';

/** plan:ratio-matches-value — a figure stated as a ratio of two others (ratioOf) against numerator ÷ denominator. */
export function ratioMatchesValue(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const { figures, decimalsOf, cited } = figureLookup(data, files);
  data.achievements.achievements.forEach((item, i) => {
    const file = files.achievements;
    const path: DataPath = ['achievements', i, 'value'];
    if (item.ratioOf) {
      const numerator = figures.get(item.ratioOf.numerator);
      const denominator = figures.get(item.ratioOf.denominator);
      if (numerator && denominator) {
        const { computed, outcome } = compareRatio(
          { value: item.value, decimals: publishedDecimals(file, path, item.value) },
          { value: numerator.value, decimals: decimalsOf(numerator.id) },
          { value: denominator.value, decimals: decimalsOf(denominator.id) },
        );
        if (outcome === 'zero-whole') {
          const message = messages.followsFrom(rule.messages.ratioOfZero(item.label, item.value), [cited(numerator), cited(denominator)]);
          reportZeroWhole(sink, file, path, 'plan:ratio-matches-value', message, item.value);
        } else if (outcome !== 'ok') {
          const message =
            outcome === 'warning'
              ? rule.messages.ratioWithinRounding(item.label, item.value, computed)
              : rule.messages.ratioBeyondRounding(item.label, item.value, computed);
          const followOn = messages.followsFrom(message, [cited(numerator), cited(denominator)]);
          report(
            sink,
            file,
            path,
            'plan:ratio-matches-value',
            outcome,
            followOn,
            computed,
            item.value,
            item.label,
            item.knownDiscrepancies,
          );
        }
      }
    }
  });
}
