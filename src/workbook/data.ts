import { describeSeverityChange } from '../diagnostics/severity.js';
import { fill, lookup, type UiStrings } from '../present/strings.js';
import { formatNumber, textKey, type Locale } from '../model/format.js';
import { unitOf } from '../dataset/units.js';
import type { Plan, PlanFigure, PlanTargetValue, TextColumn } from '../model/plan.js';
import type { Text } from '../dataset/schema.js';
import { aboutTolerance } from '../model/status.js';
import { editionFiles, type UnitsFile } from '../dataset/schema.js';
import { basisWords, byGrowthBasis, growthWithBasis, relativeBasisNote } from '../present/growth-basis.js';
import { growthBases } from '../dataset/schema.js';
import { ranksText, readerNote, reviewTargetLabel, withReportTables } from '../present/reader.js';
import { midSentence } from '../present/key-messages.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { basisText, growthBasisText, statusWord, targetKindText, readablePhrase, targetWordsInUnit } from './wording.js';
import { growthComparisons } from '../present/growth-targets.js';
import { glossaryInUse } from '../present/glossary.js';
import { outlookTexts } from '../present/scorecard.js';
import { rankEntries, rankTexts } from '../present/ranks.js';
import { rankTargetReading } from '../present/rank-targets.js';
import { changeCells, quantityCells, sideBySideCells, type Row } from './row.js';
import { seriesRows } from './series.js';
import { contextDatasets } from './context-data.js';
import { ratioRows } from './ratio-data.js';

/**
 * The workbook's rows, by dataset name, in one language: numbers stay numbers (as published, with
 * the decimals they were published with beside them as `<key>__decimals`), text is localized.
 * The workbook layout (./layout.ts) chooses which datasets and columns to show; it never sees a figure.
 */

export type { Cell, Row } from './row.js';

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
  /** The published total row of each statistical table that has one (every column it gives), by dataset name. */
  readonly totalRows: Readonly<Record<string, Row>>;
  readonly notes: readonly { number: number; text: string }[];
  /** Note numbers each table (by dataset name) refers to. */
  readonly tableNotes: Readonly<Record<string, readonly number[]>>;
  /** The note that says what the shorthand in cells means ([x] not available, [z] not applicable), when a table uses it. */
  readonly shorthandNote?: number;
}

/** The workbook's dataset name (and sheet key) of a statistical table. */
export const tableKey = (tableId: string): string => `table-${tableId}`;
/** Key of a column of words (统计口径 / scope) in a dataset: apart from figure columns, whose ids have no colon. */
export const textColumnKey = (columnId: string): string => `text:${columnId}`;

/**
 * Row keys of a statistical table's label and id: column ids are lower-case letters, digits and
 * hyphens, so keys with a capital letter never meet a column's.
 */
export const tableRowKeys = { label: 'rowLabel', id: 'rowId' } as const;

/**
 * Row keys of a headline figure's growth group: its price basis as a reader names the group
 * ("Growth at comparable prices (%)") and the group's place (comparable prices first). A chart of
 * growth draws one chart per group, so that growth is compared only within one basis
 * (src/present/growth-basis.ts); a figure whose growth has no basis is in no group.
 */
export const growthGroupKeys = { label: 'growthGroup', order: 'growthGroupOrder' } as const;

export function buildWorkbookData(plan: Plan, locale: Locale, strings: UiStrings, units: UnitsFile): WorkbookData {
  const lang = textKey(locale);
  const t = (key: string) => lookup(strings, key) ?? key;
  const unitLabel = (id: string | undefined) => (id === undefined ? null : unitOf(units, id)[lang]);
  const rank = (f: PlanFigure) => ranksText(f, strings, locale);
  const reviewYear = plan.edition.reviewYear;
  const reviewRow = (id: string) => plan.reviewTargets?.rows.find((r) => r.id === id);
  /** A row's words in the document's text columns (统计口径 / scope); a cell the document leaves blank is empty. */
  const texts = (columns: readonly TextColumn[] | undefined, values: Readonly<Record<string, Text>> | undefined): Row =>
    Object.fromEntries((columns ?? []).map((c) => [textColumnKey(c.id), values?.[c.id]?.[lang] ?? null]));

  /** The columns every figure has: indicator, value, unit, growth (signed), change in points, basis and rank. */
  const figure = (f: PlanFigure): Row => ({
    indicator: f.label[lang],
    ...quantityCells('value', 'unit', f, units, locale),
    ...changeCells(f, unitOf(units, f.unit).quantity === 'ratio'),
    basis: basisText(f, reviewYear, strings),
    basis__blank: 'z',
    rank: rank(f),
    qualifier__blank: 'z',
    // What the figure includes (double counting across districts, …).
    note: f.note ? f.note[lang] : null,
    note__blank: 'z',
  });

  // A headline figure's target in words, in the unit of the row's value and unit cells where the two
  // are of one quantity ("at least 350 (RMB 100 million)" beside 414.8 and RMB 100 million, not "at
  // least RMB 35 billion": fourth publication review), as the targets sheet says it (./wording.ts).
  const headlineTarget = (f: PlanFigure, shown: Row, asCarded: string): string => {
    const target = plan.reviewTargets?.rows.find((r) => r.headline === f.id)?.target;
    if (target?.kind !== 'numeric' || target.unit === undefined || target.unit === '%') return asCarded;
    const row = sideBySideCells(
      [
        ['value', 'unit', f],
        ['targetValue', 'targetUnit', target],
      ],
      units,
      locale,
    );
    // Only where the figure's own cells (`shown`) stay as they are beside the target.
    if (row.unit !== shown.unit || row.value !== shown.value) return asCarded;
    return targetWordsInUnit(
      target,
      { value: row.targetValue ?? null, decimals: row.targetValue__decimals ?? null, unit: row.targetUnit ?? null },
      strings,
      locale,
    );
  };

  // Each headline figure's growth under its price basis's own column (the groups readers compare within).
  const basisOf = new Map(byGrowthBasis(plan.headline).flatMap(({ basis, figures }) => figures.map((f) => [f.id, basis] as const)));
  const headline: Row[] = plan.headline.map((f) => {
    const cells = figure(f);
    return {
      id: f.id,
      ...cells,
      // The prices the growth is at ("assumed" where the report does not say; a note says how).
      growthBasis: growthBasisText(f.growth, strings),
      growthBasis__blank: 'z',
      ...(basisOf.has(f.id)
        ? {
            [growthGroupKeys.label]: fill(t('workbook.columns.growthAt'), { basis: basisWords(strings, basisOf.get(f.id)!) }),
            [growthGroupKeys.order]: growthBases.indexOf(basisOf.get(f.id)!),
          }
        : {}),
      target: f.target ? headlineTarget(f, cells, f.target.display[lang]) : null,
      target__blank: 'z',
      status: f.target ? statusWord(f.target, reviewYear, strings, lang) : null,
      status__blank: 'z',
    };
  });

  // A target's words in the unit its value and unit cells give it (./wording.ts targetWordsInUnit).
  const inUnit = (target: PlanTargetValue, key: string, row: Row): Row => ({
    ...row,
    [key]: targetWordsInUnit(
      target,
      { value: row.targetValue ?? null, decimals: row.targetValue__decimals ?? null, unit: row.targetUnit ?? null },
      strings,
      locale,
    ),
  });
  const reviewTargets: Row[] = (plan.reviewTargets?.rows ?? []).map((row) => {
    // No result while it is pending (an edition in progress): its cells are not available.
    const level = row.actual.find((a) => a.measure === 'level') ?? row.actual[0];
    const growth = row.actual.find((a) => a.measure === 'growth' && a !== level);
    const indicator = reviewTargetLabel(row, locale);
    // The gap of a rate target, in percentage points, to the precision of its figures.
    const gapDecimals = Math.max(row.target.decimals ?? 0, ...row.actual.filter((a) => a.unit === row.target.unit).map((a) => a.decimals));
    const reference = row.reference;
    return inUnit(row.target, 'target', {
      id: row.id,
      ...texts(plan.reviewTargets?.textColumns, row.texts),
      // The document's number; an unnumbered edition has no such column (an empty column is not shown).
      no: row.no ?? null,
      indicator: row.note ? fill(t('workbook.withNote'), { label: indicator, note: row.note[lang] }) : indicator,
      targetKind: targetKindText(row.target, strings),
      // Target and result in one unit, the one the reader's language gives them (4.2 万人 beside a
      // result of 42,859 人 is 42,000 people in English and 42000 人 in Chinese; the target's words keep 4.2万人).
      ...sideBySideCells(
        [
          ['targetValue', 'targetUnit', row.target],
          // The result counts what its target counts (the target's noun names both).
          ['actual', 'actualUnit', level && { ...level, noun: row.target.noun }],
        ],
        units,
        locale,
      ),
      targetValue__blank: 'z',
      targetUnit__blank: 'z',
      actual__blank: 'x',
      actualUnit__blank: 'x',
      actualGrowth: growth?.value ?? null,
      actualGrowth__decimals: growth?.decimals ?? 0,
      // A result that is itself a growth rate has no growth of its own.
      actualGrowth__blank: level?.measure === 'growth' ? 'z' : 'x',
      // The positions the result states (列全市第二), which a rank target is judged on.
      rank: ranksText(row, strings, locale),
      rank__blank: 'z',
      basis: basisText(
        { estimate: row.actual.some((a) => a.estimate), ...(row.year !== undefined ? { year: row.year } : {}) },
        reviewYear,
        strings,
      ),
      basis__blank: 'z',
      // A relative target: the figure it is read against, with that figure's growth.
      reference: reference
        ? fill(t(reference.growth ? 'workbook.reference' : 'workbook.referenceNoGrowth'), {
            label: reference.label[lang],
            growth: reference.growth ? reference.growth.said[lang] : '',
          })
        : null,
      reference__blank: 'z',
      // Rate targets: result minus target in percentage points.
      gap: row.gap === undefined ? null : Number(row.gap.toFixed(gapDecimals)),
      gap__decimals: gapDecimals,
      gap__blank: 'z',
      // Amounts and counts: the result as a percentage of the target (what the brief's attainment
      // chart shows), to one decimal; none where target and result do not measure one quantity.
      attainment: row.attainment === undefined ? null : Number(row.attainment.toFixed(1)),
      attainment__decimals: 1,
      attainment__blank: 'z',
      // The completion rate as published, and as computed from result and target (a check).
      completion: row.completion?.value ?? null,
      completion__decimals: row.completion?.decimals ?? 0,
      completion__blank: 'z',
      completionComputed: row.completion?.computed === undefined ? null : Number(row.completion.computed.toFixed(row.completion.decimals)),
      completionComputed__decimals: row.completion?.decimals ?? 0,
      completionComputed__blank: 'z',
      status: statusWord(row, reviewYear, strings, lang),
    });
  });

  const sectionTitle = new Map([...plan.sections.review, ...plan.sections.plan].map((s) => [s.id, s.title[lang]]));
  const achievements: Row[] = plan.achievements.map((f) => ({
    id: f.id,
    section: sectionTitle.get(f.section ?? '') ?? null,
    ...figure(f),
    qualifier: f.qualifier ? t(`workbook.qualifiers.${f.qualifier}`) : null,
  }));

  // Composition ratios (2.8:50.9:46.3): one row per part, the ratio as published beside it.
  const compositions: Row[] = plan.compositions.flatMap((c) =>
    c.parts.map((part, n) => ({
      id: `${c.id}-${n + 1}`,
      indicator: c.label[lang],
      part: part.label[lang],
      share: part.value,
      share__decimals: part.decimals,
      ratio: c.display[lang],
      section: sectionTitle.get(c.section) ?? null,
      section__blank: 'x',
    })),
  );

  const planTargets: Row[] = [...plan.planTargets.main, ...plan.planTargets.work].map((target) =>
    inUnit(target.target, 'target', {
      id: target.id,
      section: target.section ? (sectionTitle.get(target.section) ?? null) : t('workbook.main'),
      indicator: target.label[lang],
      kind: targetKindText(target.target, strings),
      ...quantityCells('targetValue', 'targetUnit', target.target, units, locale),
      targetValue__blank: 'z',
      targetUnit__blank: 'z',
      previous: target.previous?.value ?? null,
      // The review year's growth applies to a growth target that continues a review-year figure (not
      // available when that figure has no growth); to any other target it does not apply.
      previous__blank: target.measure === 'growth' && (target.indicator ?? target.continues) !== undefined ? 'x' : 'z',
      previous__decimals: target.previous?.decimals ?? 0,
    }),
  );

  // The growth targets beside the review-year growth of the indicators they continue: the table
  // the native growth-against-target chart is drawn from (the plan targets table scatters them).
  const growth = growthComparisons(plan);
  const growthTargets: Row[] = growth.map((c) => ({
    indicator: c.label[lang],
    previous: c.previous.value,
    previous__decimals: c.previous.decimals,
    growthTarget: c.value,
    growthTarget__decimals: c.decimals,
    // The kind with its bound ("numeric (at least)"), which the number alone does not say.
    kind: targetKindText(c.target.target, strings),
    previousBasis: c.indicator ? basisText(c.indicator, reviewYear, strings) : null,
    previousBasis__blank: 'z',
    id: c.target.id,
  }));

  // What the plan year's targets imply: each target beside the review-year result it continues,
  // the change as a number in its unit and in words (src/model/outlook.ts, src/present/scorecard.ts).
  const outlookText = new Map(outlookTexts(plan, strings, locale).map((o) => [o.id, o]));
  const allTargets = new Map([...plan.planTargets.main, ...plan.planTargets.work].map((tg) => [tg.id, tg]));
  const outlook: Row[] = plan.outlook.map((o) => {
    const target = allTargets.get(o.target)!;
    const text = outlookText.get(o.target)!;
    // The review year's target, whose words are said in the unit of the row's figures too.
    const previous = o.previousTarget ? reviewRow(o.previousTarget.id)?.target : undefined;
    const cells = sideBySideCells(
      [
        ['outlookResult', 'outlookResultUnit', o.result],
        ['targetValue', 'targetUnit', target.target],
        ['previousValue', 'previousUnit', previous],
      ],
      units,
      locale,
    );
    const { previousValue, previousValue__decimals, previousUnit, ...shown } = cells;
    return inUnit(target.target, 'outlookTarget', {
      indicator: text.indicator,
      // The result and the target that continues it in one unit (./row.ts sideBySideCells).
      ...shown,
      basis: basisText(o.result, reviewYear, strings),
      basis__blank: 'z',
      previousTarget: previous
        ? targetWordsInUnit(
            previous,
            { value: previousValue ?? null, decimals: previousValue__decimals ?? null, unit: previousUnit ?? null },
            strings,
            locale,
          )
        : o.previousTarget
          ? o.previousTarget.display[lang]
          : null,
      previousTarget__blank: 'z',
      previousStatus: o.previousTarget ? statusWord(reviewRow(o.previousTarget.id) ?? o.previousTarget, reviewYear, strings, lang) : null,
      previousStatus__blank: 'z',
      targetValue__blank: 'z',
      targetUnit__blank: 'z',
      // The implied change in one unit a column: per cent of a level, percentage points of a rate.
      impliedChangePercent: o.change?.kind === 'points' ? null : (o.change?.value ?? null),
      impliedChangePercent__decimals: o.change?.decimals ?? 0,
      impliedChangePercent__blank: 'z',
      impliedChangePoints: o.change?.kind === 'points' ? o.change.value : null,
      impliedChangePoints__decimals: o.change?.decimals ?? 0,
      impliedChangePoints__blank: 'z',
      impliedChangeText: text.change,
      impliedChangeText__blank: 'z',
      kindChange: text.kindChange,
      kindChange__blank: 'z',
      id: o.target,
      resultId: o.result.id,
    });
  });
  // Every rank the edition states, one row each.
  const rankText = rankTexts(plan, strings, locale);
  const ranks: Row[] = rankEntries(plan).map((entry, i) => ({
    indicator: rankText[i]!.indicator,
    // A standing in words has no measure ranked by: the workbook's code for "not applicable", as in
    // every other sheet, not the brief's dash (fourth publication review).
    rankMeasure: entry.rank ? rankText[i]!.measure : null,
    ...(entry.rank ? {} : { rankMeasure__blank: 'z' }),
    rankScope: rankText[i]!.scope,
    position: entry.rank?.position ?? null,
    ...(entry.rank ? {} : { position__blank: 'z' }),
    // How many are ranked, where the report says: not available ([x]) where it does not, not applicable for a standing.
    rankedOf: entry.rank?.of ?? null,
    ...(entry.rank?.of !== undefined ? {} : { rankedOf__blank: entry.rank ? 'x' : 'z' }),
    // A standing in words (前列) has no position: its words.
    standing: entry.standing ? entry.standing.text[lang] : null,
    ...(entry.standing ? {} : { standing__blank: 'z' }),
    // A year as a number of a year column: formatted "0", never grouped (2024, not 2,024).
    year: entry.year,
    id: entry.id,
  }));

  // Notes: each table note, how targets are judged, how each relative target was read, then every validation warning.
  const notes: { number: number; text: string }[] = [];
  const addNote = (text: string) => {
    notes.push({ number: notes.length + 1, text });
    return notes.length;
  };
  // A note from the data that a validation warning quotes is given once, with the warning.
  const quoted = new Set(plan.warnings.flatMap((w) => (w.reader?.note ? [w.reader.note[lang]] : [])));
  // The report's own words each figure is cited with (its source phrase), so that a figure can be
  // traced to its sentence: a column before the ids of every table of the edition's figures.
  const phrases = new Map<string, string>([
    ...[...plan.headline, ...plan.achievements, ...plan.compositions, ...plan.standings].map((f) => [f.id, f.source] as const),
    ...(plan.reviewTargets?.rows ?? []).map((r) => [r.id, r.source] as const),
    ...[...plan.planTargets.main, ...plan.planTargets.work].map((t) => [t.id, t.source] as const),
  ]);
  const withPhrase = (rows: readonly Row[], idOf: (row: Row, i: number) => string | undefined = (row) => String(row.id)) =>
    rows.map((row, i) => {
      const id = idOf(row, i);
      const phrase = id !== undefined ? phrases.get(id) : undefined;
      return { ...row, sourcePhrase: phrase !== undefined ? readablePhrase(phrase) : null, sourcePhrase__blank: 'z' };
    });
  const compositionIds = plan.compositions.flatMap((c) => c.parts.map(() => c.id));
  const datasets: Record<string, Row[]> = {
    headline: withPhrase(headline),
    reviewTargets: withPhrase(reviewTargets),
    achievements: withPhrase(achievements),
    compositions: withPhrase(compositions, (_, i) => compositionIds[i]),
    planTargets: withPhrase(planTargets),
    growthTargets: withPhrase(growthTargets),
    outlook: withPhrase(outlook),
    ranks: withPhrase(ranks),
    series: seriesRows(plan, locale, strings, units),
    ...contextDatasets(plan, locale, strings, units),
    ratios: ratioRows(plan, locale, strings, units),
  };
  const totals: Record<string, ProjectTotals> = {};
  const totalRows: Record<string, Row> = {};
  const tableNotes: Record<string, number[]> = {};
  const refer = (key: string, note: number) => {
    const list = (tableNotes[key] ??= []);
    if (!list.includes(note)) list.push(note);
  };
  for (const table of plan.tables) {
    const key = tableKey(table.id);
    tableNotes[key] = [];
    if (table.note) refer(key, addNote(table.note[lang]));
    for (const row of table.rows) for (const note of row.notes) if (!quoted.has(note[lang])) refer(key, addNote(note[lang]));
    // Each cell in the format of its published decimals (a published 5 shows as 5 in a column of tenths).
    const cells = ({ values, decimals }: (typeof table.rows)[number]) =>
      Object.fromEntries(
        table.columns.flatMap((c) => [
          [c.id, values[c.id] ?? null],
          [`${c.id}__decimals`, decimals[c.id] ?? c.decimals],
        ]),
      );
    datasets[key] = table.rows.map((row) => ({
      [tableRowKeys.id]: row.id,
      [tableRowKeys.label]: row.label[lang],
      ...texts(table.textColumns, row.texts),
      ...cells(row),
    }));
    const total = table.total;
    if (total) {
      // The published total as the table's last row: every column it gives (a rate's total too).
      totalRows[key] = {
        [tableRowKeys.label]: t('workbook.totals.published'),
        [tableRowKeys.id]: null,
        [`${tableRowKeys.id}__blank`]: 'z',
        ...cells(total),
        ...Object.fromEntries(table.columns.map((c) => [`${c.id}__blank`, 'z'])),
        __total: 1,
      };
      // Checked: the additive columns whose total is published.
      const checked = table.columns.filter((c) => c.additive && total.values[c.id] !== undefined);
      if (checked.length > 0) {
        totals[key] = {
          sums: Object.fromEntries(checked.map((c) => [c.id, table.rowSums[c.id]!])),
          published: Object.fromEntries(checked.map((c) => [c.id, total.values[c.id]!])),
          differences: Object.fromEntries(checked.map((c) => [c.id, table.differences[c.id]!])),
          decimals: Object.fromEntries(checked.map((c) => [c.id, c.decimals])),
        };
      }
    }
  }
  // How targets are judged: a note for every table that shows a target's status.
  const judging = [
    ...(headline.some((r) => r.status !== null) ? ['headline'] : []),
    ...(reviewTargets.length > 0 ? ['reviewTargets'] : []),
  ];
  if (judging.length > 0) {
    const judged = addNote(fill(t('brief.notes.statusText'), { tolerance: formatNumber(aboutTolerance * 100, 0, locale) }));
    for (const key of judging) refer(key, judged);
  }
  // How a price basis the report does not state is read.
  // How a price basis the report does not state is read: one note, for each sheet that shows such a basis.
  const assumedBasis = [
    ...(plan.headline.some((f) => f.growth?.basisFrom === 'kind') ? ['headline'] : []),
    ...((plan.series?.indicators ?? []).some((i) => i.points.some((p) => p.growth?.basisFrom === 'kind')) ? ['series'] : []),
  ];
  if (assumedBasis.length > 0) {
    const number = addNote(t('workbook.growthBasisNote'));
    for (const key of assumedBasis) refer(key, number);
  }
  // How each relative target was read: against which figure's growth, and with what result.
  for (const row of plan.reviewTargets?.rows ?? []) {
    if (!row.reference) continue;
    // The reading states the price basis of the growth it compares.
    const basisNote = relativeBasisNote(
      strings,
      row,
      lang === 'en' ? midSentence(reviewTargetLabel(row, locale)) : reviewTargetLabel(row, locale),
      locale,
    );
    const number = addNote(
      [
        fill(t(`brief.notes.relative.${row.target.relation ?? 'in-step'}`), {
          indicator: reviewTargetLabel(row, locale),
          target: row.target.display[lang],
          reference: lang === 'en' ? midSentence(row.reference.label.en) : row.reference.label.zh,
          growth: row.reference.growth ? growthWithBasis(strings, row.reference.growth, lang) : t('workbook.shorthand.x'),
          status: statusWord(row, reviewYear, strings, lang),
        }),
        basisNote,
      ].join(lang === 'en' && basisNote ? ' ' : ''),
    );
    refer('reviewTargets', number);
    if (row.headline !== undefined) refer('headline', number);
  }
  // How each rank target was read: the position it was judged on, or why it was not judged.
  for (const row of plan.reviewTargets?.rows ?? []) {
    const reading = rankTargetReading(row, strings, locale);
    if (reading !== undefined) refer('reviewTargets', addNote(reading));
  }
  for (const warning of plan.warnings) {
    const note = withReportTables(readerNote(warning, strings, lang), plan, strings, lang);
    const number = addNote(lang === 'en' ? note.charAt(0).toUpperCase() + note.slice(1) : note);
    const key = warningTable(warning);
    if (key) refer(key, number);
    // A warning about a growth target, or about the indicator whose growth it continues, applies to the growth targets table too.
    if (aboutGrowthComparison(warning)) refer('growthTargets', number);
  }
  // The project's settings of the checks (data/validation.yaml), as the brief's notes give them.
  if (plan.severityChanges && plan.severityChanges.length > 0) {
    const changes = plan.severityChanges.map((change) => describeSeverityChange(change)[lang]);
    addNote(`${t('brief.notes.severityText')} ${changes.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`);
  }

  datasets.pipeline = (plan.projects.pipeline?.stages ?? []).map((s) => ({ id: s.id, label: s.label[lang], projects: s.value }));
  datasets.projectCounts = plan.projects.counts.map((c) => ({ id: c.id, label: c.label[lang], projects: c.value }));
  datasets.reserves = plan.projects.reserves.map((r) => ({
    id: r.id,
    label: r.label[lang],
    projects: r.projects,
    funding: r.funding,
    funding__decimals: r.decimals,
    fundingUnit: unitLabel(r.unit),
    // The funding's qualifier ("over", 超过) beside the funding it qualifies, as the achievements' beside their values.
    fundingQualifier: r.qualifier ? t(`workbook.qualifiers.${r.qualifier}`) : null,
    fundingQualifier__blank: 'z',
    note: r.fundingNote ? r.fundingNote[lang] : null,
    note__blank: 'z',
  }));
  // The glossary lists the terms the edition uses, in either language (so that both workbooks list
  // the same terms): its figures, targets, tables, projects, warnings and sections (their titles,
  // summaries and highlights, the text the brief prints beside these figures), not the quotations of
  // the source it does not show. A reader of the workbook beside the brief finds every term of both.
  const {
    headline: h,
    reviewTargets: rt,
    planTargets: pt,
    achievements: a,
    compositions: co,
    tables: tb,
    projects: pr,
    warnings: w,
    sections,
    problems,
  } = plan;
  const text = JSON.stringify([h, rt, pt, a, co, tb, pr, w, sections, problems ?? null, plan.edition.source.title], (key, value) =>
    key === 'source' && typeof value === 'string' ? undefined : value,
  );
  const used = new Set([...glossaryInUse(plan.glossary, text, 'zh'), ...glossaryInUse(plan.glossary, text, 'en')]);
  datasets.glossary = plan.glossary.filter((g) => used.has(g)).map((g) => ({ zh: g.zh, en: g.en, note: g.note[lang], note__blank: 'z' }));

  /**
   * The sheet (dataset name) a warning is about, from its file and data path: a statistical table
   * (tables.<index>…), or the part of the edition it names; '' when the workbook shows no such part.
   */
  function warningTable(warning: Diagnostic): string {
    const [part, index] = warning.path ?? [];
    const file = warning.file.split('/').pop() ?? '';
    if (file === editionFiles.tables.file) {
      const table = part === 'tables' && typeof index === 'number' ? plan.tables[index] : undefined;
      return table ? tableKey(table.id) : '';
    }
    const byPart: Readonly<Record<string, string>> = {
      [editionFiles.headline.file]: 'headline',
      [editionFiles.reviewTargets.file]: 'reviewTargets',
      [editionFiles.planTargets.file]: 'planTargets',
      [editionFiles.achievements.file]: part === 'compositions' ? 'compositions' : 'achievements',
      [editionFiles.projects.file]: part === 'reserves' ? 'reserves' : 'pipeline',
    };
    const key = byPart[file] ?? '';
    return (datasets[key] ?? []).length > 0 ? key : '';
  }
  /** Is a warning about a row of the growth targets table: its plan target, or the headline indicator it continues? */
  function aboutGrowthComparison(warning: Diagnostic): boolean {
    const [part, index] = warning.path ?? [];
    if (typeof index !== 'number') return false;
    const file = warning.file.split('/').pop() ?? '';
    if (file === editionFiles.planTargets.file && part === 'main') return growth.some((c) => c.target === plan.planTargets.main[index]);
    if (file === editionFiles.headline.file && part === 'indicators')
      return growth.some((c) => c.indicator !== undefined && c.indicator.id === plan.headline[index]?.id);
    return false;
  }
  // What the shorthand means, said once, as a note every table that has a cell without a value refers to.
  // A column no row fills is left off its sheet: only a column with a value somewhere shows shorthand.
  const blankIn = (rows: readonly Row[]) => {
    const keys = new Set(rows.flatMap((r) => Object.keys(r).filter((k) => !k.includes('__'))));
    return [...keys].some((k) => rows.some((r) => r[k] === null) && rows.some((r) => r[k] !== null && r[k] !== undefined));
  };
  const withBlanks = Object.keys(datasets).filter(
    (key) => key !== 'glossary' && blankIn([...datasets[key]!, ...(totalRows[key] ? [totalRows[key]!] : [])]),
  );
  let shorthandNote: number | undefined;
  if (withBlanks.length > 0) {
    shorthandNote = addNote(fill(t('workbook.shorthandNote'), { x: t('workbook.shorthand.x'), z: t('workbook.shorthand.z') }));
    for (const key of withBlanks) refer(key, shorthandNote);
  }
  return { datasets, totals, totalRows, notes, tableNotes, ...(shorthandNote !== undefined ? { shorthandNote } : {}) };
}
