import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { messages } from '../../diagnostics/messages.js';
import type { EditionData } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath } from '../../dataset/source-file.js';
import { compareRatio, report } from './arithmetic.js';

/** plan:share-matches-value — each row's annual share against its annual investment ÷ total. */
export function shareMatchesValue(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.projects;
  data.projects.tables.forEach((table, t) => {
    const wholePath: DataPath = ['tables', t, 'total', 'annualInvestment'];
    const whole = { value: table.total.annualInvestment, decimals: publishedDecimals(file, wholePath, table.total.annualInvestment) };
    table.rows.forEach((row, r) => {
      const base: DataPath = ['tables', t, 'rows', r];
      const sharePath = [...base, 'annualShare'];
      const { computed, outcome } = compareRatio(
        { value: row.annualShare, decimals: publishedDecimals(file, sharePath, row.annualShare) },
        { value: row.annualInvestment, decimals: publishedDecimals(file, [...base, 'annualInvestment'], row.annualInvestment) },
        whole,
      );
      if (outcome === 'ok') return;
      const label = { zh: `${table.caption.zh}:${row.label.zh}`, en: `${table.caption.en}, ${row.label.en}` };
      const message =
        outcome === 'warning'
          ? messages.shareWithinRounding(label, row.annualShare, computed)
          : messages.shareBeyondRounding(label, row.annualShare, computed);
      const subject = { zh: `${table.caption.zh}:${row.label.zh}`, en: `${table.caption.en}: ${row.label.en}` };
      report(
        sink,
        file,
        sharePath,
        'plan:share-matches-value',
        outcome,
        message,
        computed,
        row.annualShare,
        subject,
        row.knownDiscrepancies,
      );
    });
  });
}
