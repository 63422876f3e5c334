/**
 * What the arithmetic rules share (plan:sum-matches-total, plan:share-matches-value,
 * plan:ratio-matches-value, plan:part-within-whole; one file each beside this one): rounding
 * tolerances, the comparison of a published percentage, and how a finding is reported
 * (acknowledged by knownDiscrepancies or not).
 */
import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber, messages, type MessageText } from '../../diagnostics/messages.js';
import type { RuleId } from '../../diagnostics/rules.js';
import { walkEdition, type FigureEntry } from '../../dataset/walk.js';
import type { EditionData, Text } from '../../dataset/schema.js';
import { publishedDecimals, type DataPath, type SourceFile } from '../../dataset/source-file.js';
import type { EditionFiles } from '../../dataset/edition.js';

export const epsilon = 1e-9;

/** Half a unit in the last published digit: the most rounding can have moved the figure. */
export const halfStep = (decimals: number): number => 0.5 * 10 ** -decimals;

export const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));

export interface Acknowledgement {
  readonly rule: RuleId;
  readonly field: string;
  readonly note: Text;
}

/** An error that no acknowledgement turns into a note: a share or ratio of a whole of 0 (compareRatio's 'zero-whole'). */
export function reportZeroWhole(
  sink: DiagnosticSink,
  file: SourceFile,
  path: DataPath,
  ruleId: RuleId,
  message: MessageText,
  actual: number,
): void {
  sink.add({
    ruleId,
    severity: 'error',
    file: file.path,
    place: file.locate(path),
    path,
    message,
    expected: '–',
    actual: formatNumber(actual),
  });
}

export function report(
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
    // Within published rounding, or acknowledged by the data: a note, which readers see in the notes.
    severity: ack || outcome === 'warning' ? 'note' : outcome,
    file: file.path,
    place: file.locate(path),
    path,
    message: ack ? messages.acknowledged(message, ack.note) : message,
    expected: formatNumber(expected),
    actual: formatNumber(actual),
    reader: { subject, variant: outcome === 'warning' ? 'within' : 'beyond', ...(ack ? { note: ack.note } : {}) },
  });
}

/**
 * Compares a published percentage with part ÷ whole. Equal after rounding to the published
 * precision: fine. Otherwise a warning if rounding of the three published figures can explain
 * it, an error if not.
 */
export function compareRatio(
  published: { value: number; decimals: number },
  part: { value: number; decimals: number },
  whole: { value: number; decimals: number },
): { computed: number; outcome: 'ok' | 'warning' | 'error' | 'zero-whole' } {
  // A share of nothing is no number (NaN or Infinity reached the notes of the reports as "NaN%").
  // A published 0 of a part of 0 stands (a row with nothing in a column with nothing).
  if (whole.value === 0)
    return part.value === 0 && published.value === 0 ? { computed: 0, outcome: 'ok' } : { computed: Number.NaN, outcome: 'zero-whole' };
  const exact = (part.value / whole.value) * 100;
  const computed = roundTo(exact, published.decimals);
  if (Math.abs(computed - published.value) < epsilon) return { computed, outcome: 'ok' };
  const low = ((part.value - halfStep(part.decimals)) / (whole.value + halfStep(whole.decimals))) * 100;
  const high = ((part.value + halfStep(part.decimals)) / (whole.value - halfStep(whole.decimals))) * 100;
  const h = halfStep(published.decimals);
  const overlaps = published.value - h <= high + epsilon && published.value + h >= low - epsilon;
  return { computed: roundTo(exact, published.decimals + 1), outcome: overlaps ? 'warning' : 'error' };
}

/** The edition's figures by id, with their published decimals and where each is (for follow-on messages). */
export function figureLookup(data: EditionData, files: EditionFiles) {
  const figures = new Map(walkEdition(data).figures.map((f) => [f.id, f]));
  const valuePath = (f: FigureEntry): DataPath => (f.role === 'planTargets' ? [...f.path, 'target', 'value'] : [...f.path, 'value']);
  const decimalsOf = (id: string) => {
    const f = figures.get(id);
    return f ? publishedDecimals(files[f.role], valuePath(f), f.value) : 0;
  };
  // A check that compares figures from elsewhere names them, so an editor who changed one of them
  // (GDP, say) sees why a message appears at another figure.
  const cited = (f: FigureEntry) => ({ id: f.id, where: `${files[f.role].path}:${files[f.role].locate(valuePath(f)).line}` });
  return { figures, decimalsOf, cited };
}
