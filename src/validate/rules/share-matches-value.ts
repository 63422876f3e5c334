import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { rule } from '../../diagnostics/rules/plan/share-matches-value.js';
import type { EditionData } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath } from '../../dataset/source-file.js';
import { compareRatio, report, reportZeroWhole } from './arithmetic.js';

/** plan:share-matches-value — each share cell against its row's value ÷ the table's total of the column it is a share of. */
export function shareMatchesValue(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.tables;
  data.tables.tables.forEach((table, t) => {
    for (const column of table.columns) {
      const of = column.shareOf;
      const wholeValue = of === undefined ? undefined : table.total?.values[of];
      if (of === undefined || wholeValue === undefined) continue;
      const wholePath: DataPath = ['tables', t, 'total', 'values', of];
      const whole = { value: wholeValue, decimals: publishedDecimals(file, wholePath, wholeValue) };
      table.rows.forEach((row, r) => {
        const share = row.values[column.id];
        const part = row.values[of];
        if (share === undefined || part === undefined) return;
        const base: DataPath = ['tables', t, 'rows', r, 'values'];
        const sharePath = [...base, column.id];
        const { computed, outcome } = compareRatio(
          { value: share, decimals: publishedDecimals(file, sharePath, share) },
          { value: part, decimals: publishedDecimals(file, [...base, of], part) },
          whole,
        );
        if (outcome === 'ok') return;
        const label = { zh: `${table.caption.zh}：${row.label.zh}`, en: `${table.caption.en}, ${row.label.en}` };
        if (outcome === 'zero-whole') {
          reportZeroWhole(sink, file, sharePath, 'plan:share-matches-value', rule.messages.shareOfZero(label, share), share);
          return;
        }
        const message =
          outcome === 'warning'
            ? rule.messages.shareWithinRounding(label, share, computed)
            : rule.messages.shareBeyondRounding(label, share, computed);
        const subject = { zh: `${table.caption.zh}:${row.label.zh}`, en: `${table.caption.en}: ${row.label.en}` };
        report(sink, file, sharePath, 'plan:share-matches-value', outcome, message, computed, share, subject, row.knownDiscrepancies);
      });
    }
  });
}
