import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber, messages, type MessageText } from '../../diagnostics/messages.js';
import type { RuleId } from '../../diagnostics/rules.js';
import { walkEdition, type FigureEntry } from '../../dataset/walk.js';
import { projectColumns, type EditionData, type Text } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath, type SourceFile } from '../../dataset/source-file.js';
import type { EditionFiles } from '../../dataset/edition.js';

const epsilon = 1e-9;

/** Half a unit in the last published digit: the most rounding can have moved the figure. */
const halfStep = (decimals: number): number => 0.5 * 10 ** -decimals;

const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));

interface Acknowledgement {
  readonly rule: RuleId;
  readonly field: string;
  readonly note: Text;
}

function report(
  sink: DiagnosticSink,
  file: SourceFile,
  path: DataPath,
  ruleId: RuleId,
  outcome: 'warning' | 'error',
  message: MessageText,
  expected: number,
  actual: number,
  subject: Text,
  acknowledgements: readonly Acknowledgement[] = [],
): void {
  const field = String(path[path.length - 1]);
  const ack = acknowledgements.find((a) => a.rule === ruleId && a.field === field);
  sink.add({
    ruleId,
    severity: ack ? 'warning' : outcome,
    file: file.path,
    place: file.locate(path),
    path,
    message: ack ? messages.acknowledged(message, ack.note) : message,
    expected: formatNumber(expected),
    actual: formatNumber(actual),
    reader: { subject, variant: outcome === 'warning' ? 'within' : 'beyond', ...(ack ? { note: ack.note } : {}) },
  });
}

const columnNamesZh: Record<string, string> = {
  'project count': '项目数',
  'total investment': '总投资额',
  'annual planned investment': '年度计划投资额',
  'annual share': '年度投资额占比',
};

const columnNames: Record<(typeof projectColumns)[number], string> = {
  projects: 'project count',
  totalInvestment: 'total investment',
  annualInvestment: 'annual planned investment',
  annualShare: 'annual share',
};

/** plan:sum-matches-total for the project tables and the pipeline. */
export function checkTotals(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.projects;
  data.projects.tables.forEach((table, t) => {
    for (const column of projectColumns) {
      const rows = table.rows.map((row, r) => ({ value: row[column], path: ['tables', t, 'rows', r, column] as DataPath }));
      checkSum(sink, file, table.caption, columnNames[column], rows, table.total[column], ['tables', t, 'total', column], table.total.knownDiscrepancies);
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
    report(sink, file, totalPath, 'plan:sum-matches-total', 'warning', messages.totalWithinRounding(label, columnLabel, total, shownSum), shownSum, total, readerSubject, acknowledgements);
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

/**
 * Compares a published percentage with part ÷ whole. Equal after rounding to the published
 * precision: fine. Otherwise a warning if rounding of the three published figures can explain
 * it, an error if not.
 */
function compareRatio(
  published: { value: number; decimals: number },
  part: { value: number; decimals: number },
  whole: { value: number; decimals: number },
): { computed: number; outcome: 'ok' | 'warning' | 'error' } {
  const exact = (part.value / whole.value) * 100;
  const computed = roundTo(exact, published.decimals);
  if (Math.abs(computed - published.value) < epsilon) return { computed, outcome: 'ok' };
  const low = ((part.value - halfStep(part.decimals)) / (whole.value + halfStep(whole.decimals))) * 100;
  const high = ((part.value + halfStep(part.decimals)) / (whole.value - halfStep(whole.decimals))) * 100;
  const h = halfStep(published.decimals);
  const overlaps = published.value - h <= high + epsilon && published.value + h >= low - epsilon;
  return { computed: roundTo(exact, published.decimals + 1), outcome: overlaps ? 'warning' : 'error' };
}

/** plan:share-matches-value — each row's annual share against its annual investment ÷ total. */
export function checkShares(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
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
      report(sink, file, sharePath, 'plan:share-matches-value', outcome, message, computed, row.annualShare, subject, row.knownDiscrepancies);
    });
  });
}

/** plan:ratio-matches-value and plan:part-within-whole for figures that cite other figures. */
export function checkRatiosAndParts(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const figures = new Map(walkEdition(data).figures.map((f) => [f.id, f]));
  const valuePath = (f: FigureEntry): DataPath => (f.role === 'planTargets' ? [...f.path, 'target', 'value'] : [...f.path, 'value']);
  const decimalsOf = (id: string) => {
    const f = figures.get(id);
    return f ? publishedDecimals(files[f.role], valuePath(f), f.value) : 0;
  };
  // A check that compares figures from elsewhere names them, so an editor who changed one of them
  // (GDP, say) sees why a message appears at another figure.
  const cited = (f: FigureEntry) => ({ id: f.id, where: `${files[f.role].path}:${files[f.role].locate(valuePath(f)).line}` });
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
        if (outcome !== 'ok') {
          const message =
            outcome === 'warning'
              ? messages.ratioWithinRounding(item.label, item.value, computed)
              : messages.ratioBeyondRounding(item.label, item.value, computed);
          const followOn = messages.followsFrom(message, [cited(numerator), cited(denominator)]);
          report(sink, file, path, 'plan:ratio-matches-value', outcome, followOn, computed, item.value, item.label, item.knownDiscrepancies);
        }
      }
    }
  });
  type Part = { role: 'headline' | 'achievements'; path: DataPath; value: number; label: Text; whole?: string; acknowledgements?: readonly Acknowledgement[] };
  const partOf: Part[] = [
    ...data.headline.indicators.map((item, i) => ({ role: 'headline' as const, path: ['indicators', i, 'value'], value: item.value, label: item.label, whole: item.partOf, acknowledgements: item.knownDiscrepancies })),
    ...data.achievements.achievements.map((item, i) => ({ role: 'achievements' as const, path: ['achievements', i, 'value'], value: item.value, label: item.label, whole: item.partOf, acknowledgements: item.knownDiscrepancies })),
  ];
  for (const part of partOf) {
    const whole = part.whole === undefined ? undefined : figures.get(part.whole);
    if (!whole || part.value <= whole.value) continue;
    const message = messages.followsFrom(messages.partExceedsWhole(part.label, part.value, whole.value), [cited(whole)]);
    report(sink, files[part.role], part.path, 'plan:part-within-whole', 'error', message, whole.value, part.value, part.label, part.acknowledgements);
  }
}
