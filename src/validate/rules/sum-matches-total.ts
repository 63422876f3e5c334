import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { rule } from '../../diagnostics/rules/plan/sum-matches-total.js';
import type { EditionData, Text } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath, type SourceFile } from '../../dataset/source-file.js';
import { epsilon, halfStep, report, roundTo, type Acknowledgement } from './arithmetic.js';

/** plan:sum-matches-total for the statistical tables (each additive column with a published total) and the pipeline. */
export function sumMatchesTotal(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  data.tables.tables.forEach((table, t) => {
    const total = table.total;
    if (!total) return;
    for (const column of table.columns) {
      const published = total.values[column.id];
      if (column.additive === false || published === undefined) continue;
      const rows = table.rows.flatMap((row, r) =>
        row.values[column.id] === undefined
          ? []
          : [{ value: row.values[column.id]!, path: ['tables', t, 'rows', r, 'values', column.id] as DataPath }],
      );
      checkSum(
        sink,
        files.tables,
        table.caption,
        column.label,
        rows,
        published,
        ['tables', t, 'total', 'values', column.id],
        total.knownDiscrepancies,
      );
    }
  });
  const pipeline = data.projects.pipeline;
  if (!pipeline) return;
  checkSum(
    sink,
    files.projects,
    { zh: '项目推进', en: 'Project pipeline' },
    { zh: '项目数', en: 'project count' },
    pipeline.stages.map((s, i) => ({ value: s.value, path: ['pipeline', 'stages', i, 'value'] })),
    pipeline.total.value,
    ['pipeline', 'total', 'value'],
    pipeline.total.knownDiscrepancies,
  );
}

function checkSum(
  sink: DiagnosticSink,
  file: SourceFile,
  subject: Text,
  columnLabel: Text,
  rows: readonly { value: number; path: DataPath }[],
  total: number,
  totalPath: DataPath,
  acknowledgements: readonly Acknowledgement[] = [],
): void {
  const sum = rows.reduce((acc, row) => acc + row.value, 0);
  const decimals = Math.max(publishedDecimals(file, totalPath, total), ...rows.map((r) => publishedDecimals(file, r.path, r.value)));
  const difference = Math.abs(roundTo(sum, decimals + 2) - total);
  if (difference < epsilon) return;
  const tolerance =
    rows.reduce((acc, row) => acc + halfStep(publishedDecimals(file, row.path, row.value)), 0) +
    halfStep(publishedDecimals(file, totalPath, total));
  const shownSum = roundTo(sum, decimals);
  const label = subject;
  // The column is named in quotation marks: its label often has brackets of its own (a unit).
  const readerSubject = { zh: `${subject.zh}“${columnLabel.zh}”栏`, en: `${subject.en}, column “${columnLabel.en}”` };
  if (difference <= tolerance + epsilon) {
    report(
      sink,
      file,
      totalPath,
      'plan:sum-matches-total',
      'warning',
      rule.messages.totalWithinRounding(label, columnLabel, total, shownSum),
      shownSum,
      total,
      readerSubject,
      acknowledgements,
    );
  } else {
    report(
      sink,
      file,
      totalPath,
      'plan:sum-matches-total',
      'error',
      rule.messages.totalBeyondRounding(label, columnLabel, total, shownSum, roundTo(tolerance, decimals + 2)),
      shownSum,
      total,
      readerSubject,
      acknowledgements,
    );
  }
}
