import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { messages } from '../../diagnostics/messages.js';
import { projectColumns, type EditionData, type Text } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath, type SourceFile } from '../../dataset/source-file.js';
import { columnNames, columnNamesZh, epsilon, halfStep, report, roundTo, type Acknowledgement } from './arithmetic.js';

/** plan:sum-matches-total for the project tables and the pipeline. */
export function sumMatchesTotal(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.projects;
  data.projects.tables.forEach((table, t) => {
    for (const column of projectColumns) {
      const rows = table.rows.map((row, r) => ({ value: row[column], path: ['tables', t, 'rows', r, column] as DataPath }));
      checkSum(
        sink,
        file,
        table.caption,
        columnNames[column],
        rows,
        table.total[column],
        ['tables', t, 'total', column],
        table.total.knownDiscrepancies,
      );
    }
  });
  const pipeline = data.projects.pipeline;
  checkSum(
    sink,
    file,
    { zh: '项目推进', en: 'Project pipeline' },
    'project count',
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
  column: string,
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
  const columnLabel = { zh: columnNamesZh[column] ?? column, en: column };
  const readerSubject = { zh: `${subject.zh}(${columnLabel.zh})`, en: `${subject.en} (${column})` };
  if (difference <= tolerance + epsilon) {
    report(
      sink,
      file,
      totalPath,
      'plan:sum-matches-total',
      'warning',
      messages.totalWithinRounding(label, columnLabel, total, shownSum),
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
      messages.totalBeyondRounding(label, columnLabel, total, shownSum, roundTo(tolerance, decimals + 2)),
      shownSum,
      total,
      readerSubject,
      acknowledgements,
    );
  }
}
