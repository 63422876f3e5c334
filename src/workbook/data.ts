import { fill, lookup, type UiStrings } from '../present/strings.js';
import { textKey, unitOf, type Locale } from '../model/format.js';
import type { Plan, PlanFigure } from '../model/plan.js';
import { aboutTolerance, type Status } from '../model/status.js';
import type { UnitsFile } from '../dataset/schema.js';
import { ranksText, readerNote, reviewTargetLabel } from '../present/reader.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * The workbook's rows, by dataset name, in one language: numbers stay numbers (as published, with
 * the decimals they were published with beside them as `<key>__decimals`), text is localized.
 * The workbook layout (./layout.ts) chooses which datasets and columns to show; it never sees a figure.
 */

export type Cell = string | number | null;
/**
 * A row: values by column key; `<key>__decimals` gives a number's published decimals and
 * `<key>__blank` why a value is absent: 'x' not available (the source gives none), 'z' not
 * applicable (there is nothing to give). An absent value without a reason is 'x'.
 */
export type Row = Record<string, Cell>;

export interface ProjectTotals {
  /** Row sums per column, the cached results of the SUM formulas. */
  readonly sums: Readonly<Record<string, number>>;
  readonly published: Readonly<Record<string, number>>;
  readonly differences: Readonly<Record<string, number>>;
  readonly decimals: Readonly<Record<string, number>>;
}

export interface WorkbookData {
  readonly datasets: Readonly<Record<string, readonly Row[]>>;
  readonly totals: Readonly<Record<string, ProjectTotals>>;
  readonly notes: readonly { number: number; text: string }[];
  /** Note numbers each table (by dataset name) refers to. */
  readonly tableNotes: Readonly<Record<string, readonly number[]>>;
}

/** The workbook's dataset name (and sheet key) of a statistical table. */
export const tableKey = (tableId: string): string => `table-${tableId}`;

export function buildWorkbookData(plan: Plan, locale: Locale, strings: UiStrings, units: UnitsFile): WorkbookData {
  const lang = textKey(locale);
  const t = (key: string) => lookup(strings, key) ?? key;
  // Status as a word: a symbol means nothing to a screen reader or a formula.
  const status = (s: Status) => lookup(strings, `status.${s}`) ?? s;
  const unitLabel = (id: string | undefined) => (id === undefined ? null : unitOf(units, id)[lang]);
  const rank = (f: PlanFigure) => ranksText(f, strings, locale);

  /** The columns every figure has: indicator, value, unit, growth and rank. */
  const figure = (f: PlanFigure): Row => ({
    indicator: f.label[lang],
    value: f.value,
    value__decimals: f.decimals,
    unit: unitLabel(f.unit),
    growth: f.growth?.value ?? null,
    growth__decimals: f.growth?.decimals ?? 0,
    rank: rank(f),
    qualifier__blank: 'z',
  });

  const headline: Row[] = plan.headline.map((f) => ({
    id: f.id,
    ...figure(f),
    target: f.target ? f.target.display[lang] : null,
    target__blank: 'z',
    status: f.target ? status(f.target.status) : null,
    status__blank: 'z',
  }));

  const reviewTargets: Row[] = (plan.reviewTargets?.rows ?? []).map((row) => {
    const level = row.actual.find((a) => a.measure === 'level') ?? row.actual[0]!;
    const growth = row.actual.find((a) => a.measure === 'growth' && a !== level);
    const indicator = reviewTargetLabel(row, locale);
    // The target value in the result's unit when both measure one quantity (4.2 万人 → 42000 人),
    // so that target and result compare in one unit; otherwise in its own.
    const inResultUnit = convert(row.target.value, row.target.decimals ?? 0, row.target.unit, level.unit);
    return {
      id: row.id,
      no: row.no,
      indicator: row.note ? `${indicator} (${row.note[lang]})` : indicator,
      targetKind: t(`workbook.kinds.${row.target.kind}`),
      targetValue: inResultUnit?.value ?? row.target.value ?? null,
      targetValue__decimals: inResultUnit?.decimals ?? row.target.decimals ?? 0,
      targetValue__blank: 'z',
      targetUnit: inResultUnit ? unitLabel(level.unit) : unitLabel(row.target.unit),
      targetUnit__blank: 'z',
      target: row.target.display[lang],
      actual: level.value,
      actual__decimals: level.decimals,
      actualUnit: unitLabel(level.unit),
      actualGrowth: growth?.value ?? null,
      actualGrowth__decimals: growth?.decimals ?? 0,
      // A result that is itself a growth rate has no growth of its own.
      actualGrowth__blank: level.measure === 'growth' ? 'z' : 'x',
      // The result as a percentage of the target (what the brief's attainment chart shows), to one
      // decimal; none where target and result do not measure one quantity.
      attainment: row.attainment === undefined ? null : Number(row.attainment.toFixed(1)),
      attainment__decimals: 1,
      attainment__blank: 'z',
      status: status(row.status),
    };
  });

  const sectionTitle = new Map([...plan.sections.review, ...plan.sections.plan].map((s) => [s.id, s.title[lang]]));
  const achievements: Row[] = plan.achievements.map((f) => ({
    id: f.id,
    section: sectionTitle.get(f.section ?? '') ?? null,
    ...figure(f),
    qualifier: f.qualifier ? t(`workbook.qualifiers.${f.qualifier}`) : null,
  }));

  const planTargets: Row[] = [...plan.planTargets.main, ...plan.planTargets.work].map((target) => ({
    id: target.id,
    section: target.section ? (sectionTitle.get(target.section) ?? null) : t('workbook.main'),
    indicator: target.label[lang],
    kind: t(`workbook.kinds.${target.target.kind}`),
    targetValue: target.target.value ?? null,
    targetValue__decimals: target.target.decimals ?? 0,
    targetValue__blank: 'z',
    targetUnit: unitLabel(target.target.unit),
    targetUnit__blank: 'z',
    target: target.target.display[lang],
    previous: target.previous?.value ?? null,
    previous__blank: target.indicator === undefined ? 'z' : 'x',
    previous__decimals: target.previous?.decimals ?? 0,
  }));

  // Notes: each table note, the "about" reading, then every validation warning.
  const notes: { number: number; text: string }[] = [];
  const addNote = (text: string) => {
    notes.push({ number: notes.length + 1, text });
    return notes.length;
  };
  // A note from the data that a validation warning quotes is given once, with the warning.
  const quoted = new Set(plan.warnings.flatMap((w) => (w.reader?.note ? [w.reader.note[lang]] : [])));
  const datasets: Record<string, Row[]> = { headline, reviewTargets, achievements, planTargets };
  const totals: Record<string, ProjectTotals> = {};
  const tableNotes: Record<string, number[]> = {};
  for (const table of plan.tables) {
    const key = tableKey(table.id);
    tableNotes[key] = [];
    if (table.note) tableNotes[key].push(addNote(table.note[lang]));
    for (const row of table.rows) for (const note of row.notes) if (!quoted.has(note[lang])) tableNotes[key].push(addNote(note[lang]));
    datasets[key] = table.rows.map((row) => ({
      id: row.id,
      label: row.label[lang],
      ...Object.fromEntries(
        table.columns.flatMap((c) => [
          [c.id, row.values[c.id] ?? null],
          [`${c.id}__decimals`, c.decimals],
        ]),
      ),
    }));
    const total = table.total;
    if (total) {
      const checked = table.columns.filter((c) => c.additive && total.values[c.id] !== undefined);
      totals[key] = {
        sums: Object.fromEntries(checked.map((c) => [c.id, table.rowSums[c.id]!])),
        published: Object.fromEntries(checked.map((c) => [c.id, total.values[c.id]!])),
        differences: Object.fromEntries(checked.map((c) => [c.id, table.differences[c.id]!])),
        decimals: Object.fromEntries(checked.map((c) => [c.id, c.decimals])),
      };
    }
  }
  // How targets are judged: a note for every table that shows a target's status.
  const judged = addNote(fill(t('brief.notes.about'), { tolerance: aboutTolerance * 100 }));
  for (const key of ['headline', 'reviewTargets']) (tableNotes[key] ??= []).push(judged);
  for (const warning of plan.warnings) {
    const number = addNote(readerNote(warning, strings, lang));
    tableNotes[warningTable(warning)]?.push(number);
  }

  datasets.pipeline = (plan.projects.pipeline?.stages ?? []).map((s) => ({ id: s.id, label: s.label[lang], projects: s.value }));
  datasets.reserves = plan.projects.reserves.map((r) => ({
    id: r.id,
    label: r.label[lang],
    projects: r.projects,
    funding: r.funding,
    funding__decimals: r.decimals,
    fundingUnit: unitLabel(r.unit),
    note:
      [r.qualifier ? t(`workbook.qualifiers.${r.qualifier}`) : null, r.fundingNote ? r.fundingNote[lang] : null]
        .filter(Boolean)
        .join('; ') || null,
    note__blank: 'z',
  }));
  datasets.glossary = plan.glossary.map((g) => ({ zh: g.zh, en: g.en, note: g.note[lang], note__blank: 'z' }));

  /** A value in another unit of the same quantity, with the decimals that keep its precision; or undefined. */
  function convert(
    value: number | undefined,
    decimals: number,
    from: string | undefined,
    to: string,
  ): { value: number; decimals: number } | undefined {
    if (value === undefined || from === undefined || from === to) return undefined;
    const a = unitOf(units, from);
    const b = unitOf(units, to);
    if (a.quantity !== b.quantity) return undefined;
    const ratio = a.factor / b.factor;
    const places = Math.min(20, Math.max(0, decimals - Math.round(Math.log10(ratio))));
    return { value: Number((value * ratio).toFixed(places)), decimals: places };
  }

  /** The project table a warning is about, from its data path (tables.<index>…), or ''. */
  function warningTable(warning: Diagnostic): string {
    const [part, index] = warning.path ?? [];
    const table = part === 'tables' && typeof index === 'number' ? plan.tables[index] : undefined;
    return table ? tableKey(table.id) : '';
  }
  return { datasets, totals, notes, tableNotes };
}
