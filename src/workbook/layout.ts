import type { TextColumn } from '../model/plan.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import { compiledText, editionValues, placeName } from '../present/reader.js';
import { fill, lookup } from '../present/strings.js';
import { oneUnit, usesGrouping, type Quantity } from '../model/format.js';
import { workbookQuantity } from './row.js';
import { unitOf } from '../dataset/units.js';
import { tableKey, tableRowKeys, textColumnKey, type Row, type WorkbookData } from './data.js';
import { headerWithUnit } from './wording.js';
import { fittedHeaderFooter, uniqueSheetNames } from './sheet-names.js';
import { midSentence } from '../present/key-messages.js';
import { chartTable, type ChartTable } from './chart-tables.js';
import { splitCaptionNumber } from '../dataset/caption-number.js';

/**
 * The workbook's layout as data: its sheets, their tables, columns, headers, number formats and
 * notes. Every text is an interface string key (`workbook.…` in templates/strings/<locale>.yaml),
 * looked up here for the reader's language; rows come from the named datasets of ./data.ts, so
 * the layout never holds a figure. Column formats: "text", "integer", "published" (the decimals
 * each figure was published with), "year".
 */

export interface ColumnDefinition {
  readonly key: string;
  readonly header: string;
  readonly width?: number;
  /**
   * "text"; "integer"; "published": numbers with the most decimals any row of the column was
   * published with, so that the column reads in one format; "year": a calendar year, never grouped (2024, not 2,024).
   */
  readonly format?: 'text' | 'integer' | 'published' | 'year';
  /** Text set against the right edge: a qualifier ("over", 超过), beside the figure right of it that it qualifies. */
  readonly align?: 'right';
  /** The unit of the column's numbers, as the reader's language names it (open data: the field's unit). */
  readonly unit?: string;
  /** The open-data field name, where it is not made from the key. */
  readonly field?: string;
  /**
   * The column's id is the edition's (a figure column or a column of words of its tables): its
   * open-data field yields the name to the program's own fields (id, label, row_type…).
   */
  readonly fromData?: true;
  /**
   * An id for machines (a join with the CSV files, a lookup), not a figure or a word for readers:
   * the last columns of a table, narrow, in small grey type.
   */
  readonly role?: 'id';
}

/** Shorthand written in a cell without a value, with its meaning (explained on the cover). */
export interface Shorthand {
  readonly x: string;
  readonly z: string;
}

/** A value on the cover: text, a number, a date, a link, or null (not available). */
export type CoverValue = string | number | Date | { readonly text: string; readonly hyperlink: string } | null;

/** One row of the check table: a project table's column, its published total against the sum of its rows. */
export interface CheckDefinition {
  /** The sheet (by key) of the project table. */
  readonly sheet: string;
  readonly table: string;
  readonly column: string;
  readonly columnKey: string;
}

export interface SheetDefinition {
  readonly kind: 'cover' | 'contents' | 'notes' | 'table' | 'checks' | 'charts' | 'chart';
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** The dataset of ./data.ts whose rows fill the table. */
  readonly dataset?: string;
  /** Numbers of the notes (Notes sheet) that apply to this table. */
  readonly notes?: readonly number[];
  readonly lines?: readonly (readonly [string, CoverValue])[];
  readonly columns?: readonly ColumnDefinition[];
  /** Project tables: the label of the last row, the published total. */
  readonly totalLabel?: string;
  /** The check sheet: one row per checked column. */
  readonly checks?: readonly CheckDefinition[];
  /** A chart's sheet: the chart (by id) and the table its data comes from (see ./chart-tables.ts). */
  readonly chart?: ChartTable & { readonly id: string; readonly categoryTitle?: string };
}

export interface WorkbookDefinition {
  readonly properties: { readonly title: string; readonly subject: string; readonly keywords: string; readonly language: string };
  readonly header: string;
  readonly footer: string;
  /** The workbook's font (its default, and every cell's): one installed with Office and WPS. */
  readonly font: string;
  /** The font of cells that hold Chinese: the workbook's font in the Chinese workbook. */
  readonly chineseFont: string;
  /** Thousands separators in number formats, as the locale writes numbers. */
  readonly grouping: boolean;
  readonly shorthand: Shorthand;
  readonly sheets: readonly SheetDefinition[];
}

/**
 * Column of a layout: a dataset field, the string key of its header, and its format. An optional
 * column is shown only when a row of its dataset has a value in it (a part of the model that the
 * edition may not use: changes in points, completion rates, …).
 */
type ColumnLayout = readonly [
  key: string,
  header: string,
  format?: ColumnDefinition['format'],
  extra?: { width?: number; optional?: boolean; unit?: string; align?: 'right'; role?: 'id' },
];

/** A table sheet: its dataset, the string keys under `workbook.sheets.<key>`, and its columns. */
interface TableLayout {
  readonly key: string;
  readonly columns: readonly ColumnLayout[];
}

const c = (key: string, format?: ColumnDefinition['format'], extra?: ColumnLayout[3]): ColumnLayout => [
  key,
  `workbook.columns.${key}`,
  format,
  extra,
];
/** An optional column (see ColumnLayout). */
const o = (key: string, format?: ColumnDefinition['format'], unit?: string): ColumnLayout =>
  c(key, format, { optional: true, ...(unit ? { unit } : {}) });
/** A qualifier of the figure in the next column, set against it (an optional column). */
const qualifier = (key: string): ColumnLayout => c(key, undefined, { optional: true, align: 'right' });
/** An id column (a row's own, or the id of a figure it refers to): the last columns of a table. */
const id = (key: string): ColumnLayout => c(key, undefined, { role: 'id' });
/** The report's own words a figure is cited with: the last column before the ids. */
const phrase: ColumnLayout = c('sourcePhrase', undefined, { width: 60, optional: true });
/** Units (ids of data/units.yaml) of the columns whose unit is fixed by what they hold. */
const percent = '%';
const points = '百分点';

// Every table: the row label first, ids last (they are for machines: lookups and joins).
/** Tables that every edition has, before the project tables. */
const leadingTables: readonly TableLayout[] = [
  {
    key: 'headline',
    columns: [
      c('indicator'),
      c('value', 'published'),
      c('unit'),
      o('growth', 'published', percent),
      o('growthBasis'),
      o('change', 'published', points),
      o('rank'),
      o('basis'),
      o('target'),
      o('status'),
      o('note'),
      phrase,
      id('id'),
    ],
  },
  {
    key: 'reviewTargets',
    columns: [
      c('indicator'),
      o('no', 'integer'),
      c('targetKind'),
      c('target'),
      c('targetValue', 'published'),
      c('targetUnit'),
      c('actual', 'published'),
      c('actualUnit'),
      o('actualGrowth', 'published', percent),
      o('rank'),
      o('basis'),
      o('reference'),
      o('gap', 'published', points),
      o('attainment', 'published', percent),
      o('completion', 'published', percent),
      o('completionComputed', 'published', percent),
      c('status'),
      phrase,
      id('id'),
    ],
  },
  {
    key: 'achievements',
    columns: [
      c('indicator'),
      o('section'),
      qualifier('qualifier'),
      c('value', 'published'),
      c('unit'),
      o('growth', 'published', percent),
      o('change', 'published', points),
      o('rank'),
      o('basis'),
      o('note'),
      phrase,
      id('id'),
    ],
  },
  {
    key: 'compositions',
    columns: [c('indicator'), c('part'), c('share', 'published', { unit: percent }), c('ratio'), o('section'), phrase, id('id')],
  },
  {
    key: 'planTargets',
    columns: [
      c('indicator'),
      c('section'),
      c('kind'),
      c('target'),
      c('targetValue', 'published'),
      c('targetUnit'),
      o('previous', 'published', percent),
      phrase,
      id('id'),
    ],
  },
  {
    // The growth targets beside last year's growth: the table the growth-against-target chart is drawn from.
    key: 'growthTargets',
    columns: [
      c('indicator'),
      c('previous', 'published', { unit: percent }),
      c('growthTarget', 'published', { unit: percent }),
      c('kind'),
      o('previousBasis'),
      phrase,
      id('id'),
    ],
  },
  {
    // Each plan-year target beside the review-year result it continues, with the implied change.
    key: 'outlook',
    columns: [
      c('indicator'),
      c('outlookResult', 'published'),
      c('outlookResultUnit'),
      o('basis'),
      o('previousTarget'),
      o('previousStatus'),
      c('outlookTarget'),
      c('targetValue', 'published'),
      c('targetUnit'),
      // One unit a column: a level's change in per cent, a rate's in percentage points.
      o('impliedChangePercent', 'published', percent),
      o('impliedChangePoints', 'published', points),
      c('impliedChangeText'),
      o('kindChange'),
      phrase,
      id('resultId'),
      id('id'),
    ],
  },
  {
    // Every rank the edition states.
    key: 'ranks',
    columns: [
      c('indicator'),
      c('rankMeasure'),
      c('rankScope'),
      c('position', 'integer'),
      // Only where some rank states among how many (ranks[].of), as the brief's rank table: a column
      // of "[x]" in every row says nothing (review11).
      o('rankedOf', 'integer'),
      o('standing'),
      c('year', 'year'),
      phrase,
      id('id'),
    ],
  },
  {
    // The district compared with larger areas and its previous year (context.yaml): shares and growth at the same prices.
    key: 'context',
    columns: [
      c('indicator'),
      c('area'),
      c('year', 'year'),
      c('districtValue', 'published'),
      c('districtUnit'),
      c('areaValue', 'published'),
      c('areaUnit'),
      o('areaShare', 'published', percent),
      o('districtGrowth', 'published', percent),
      o('areaGrowth', 'published', percent),
      o('growthBasis'),
      o('growthGap', 'published', points),
      c('document'),
      id('figureId'),
      id('id'),
    ],
  },
  {
    // Figures per resident: the total, the population and the quotient.
    key: 'perCapita',
    columns: [
      c('indicator'),
      c('area'),
      c('year', 'year'),
      c('total', 'published'),
      c('totalUnit'),
      c('population', 'published'),
      c('populationUnit'),
      o('populationBasis'),
      c('perCapitaValue', 'published'),
      c('perCapitaUnit'),
      o('basis'),
      c('document'),
      id('figureId'),
      id('id'),
    ],
  },
  {
    // Ratios derived from two of the report's figures (./ratio-data.ts), with both inputs.
    key: 'ratios',
    columns: [
      c('indicator'),
      c('ratioValue', 'published', { unit: percent }),
      c('numeratorName'),
      c('numerator', 'published'),
      c('numeratorUnit'),
      c('denominatorName'),
      c('denominator', 'published'),
      c('denominatorUnit'),
      o('basis'),
      id('id'),
    ],
  },
  {
    // The headline indicators year by year across the district's editions (./series.ts); only with earlier editions.
    key: 'series',
    columns: [
      c('indicator'),
      c('year', 'year'),
      c('value', 'published'),
      c('unit'),
      o('growth', 'published', percent),
      o('change', 'published', points),
      o('growthBasis'),
      o('basis'),
      c('edition'),
      id('editionId'),
      id('id'),
    ],
  },
];

const pipelineTable: TableLayout = {
  key: 'pipeline',
  columns: [['label', 'workbook.columns.stage'], ['projects', 'workbook.columns.count', 'integer'], id('id')],
};
/** Other counts of projects the report gives beside the pipeline (新开工重大项目): another set, a sheet of its own. */
const projectCountsTable: TableLayout = {
  key: 'projectCounts',
  columns: [['label', 'workbook.columns.counted'], ['projects', 'workbook.columns.count', 'integer'], id('id')],
};
const reservesTable: TableLayout = {
  key: 'reserves',
  columns: [
    ['label', 'workbook.columns.reserve'],
    ['projects', 'workbook.columns.count', 'integer'],
    qualifier('fundingQualifier'),
    c('funding', 'published'),
    c('fundingUnit'),
    o('note'),
    id('id'),
  ],
};
const glossaryTable: TableLayout = { key: 'glossary', columns: [c('zh'), c('en'), c('note', undefined, { width: 70 })] };

/**
 * The workbook of one edition in one locale. A string missing from the strings file is a
 * `template:error` diagnostic naming the key, and gives undefined.
 */
export function workbookLayout(input: LocaleRenderInput, data: WorkbookData, sink: DiagnosticSink): WorkbookDefinition | undefined {
  const lang = input.locale === 'zh-CN' ? 'zh' : 'en';
  const edition = input.plan.edition;
  const values = editionValues(edition, input.locale);
  const missing: string[] = [];
  const t = (key: string, extra: Readonly<Record<string, string | number>> = {}): string => {
    const text = lookup(input.strings, key);
    if (text === undefined) {
      missing.push(key);
      return key;
    }
    return fill(text, { ...values, ...extra });
  };
  const sheetText = (key: string) => ({
    key,
    name: t(`workbook.sheets.${key}.name`),
    title: t(`workbook.sheets.${key}.title`),
    description: t(`workbook.sheets.${key}.description`),
  });
  const column = ([key, header, format, extra]: ColumnLayout): ColumnDefinition => ({
    key,
    header: header.startsWith('workbook.') ? t(header) : header,
    ...(format ? { format } : {}),
    ...(extra?.width !== undefined ? { width: extra.width } : {}),
    ...(extra?.align !== undefined ? { align: extra.align } : {}),
    ...(extra?.unit !== undefined ? { unit: unitOf(input.units, extra.unit)[lang] } : {}),
    ...(extra?.role !== undefined ? { role: extra.role } : {}),
  });
  // The document's columns of words (统计口径 / scope), after the row label, as it prints them.
  const textColumnsOf: Readonly<Record<string, readonly TextColumn[]>> = {
    ...(input.plan.reviewTargets?.textColumns ? { reviewTargets: input.plan.reviewTargets.textColumns } : {}),
    ...Object.fromEntries(input.plan.tables.flatMap((table) => (table.textColumns ? [[tableKey(table.id), table.textColumns]] : []))),
  };
  const withTexts = (key: string, columns: ColumnDefinition[]): ColumnDefinition[] => {
    const texts = (textColumnsOf[key] ?? []).map(
      (col): ColumnDefinition => ({ key: textColumnKey(col.id), header: col.label[lang], format: 'text', field: col.id, fromData: true }),
    );
    return texts.length === 0 ? columns : [columns[0]!, ...texts, ...columns.slice(1)];
  };
  const shown = (rows: readonly Row[]) => (layout: ColumnLayout) =>
    !layout[3]?.optional || rows.some((r) => r[layout[0]] !== null && r[layout[0]] !== undefined);
  const table = (layout: TableLayout, text: Partial<Pick<SheetDefinition, 'title'>> = {}): SheetDefinition => {
    const notes = data.tableNotes[layout.key] ?? [];
    return {
      kind: 'table',
      ...sheetText(layout.key),
      ...text,
      dataset: layout.key,
      ...(notes.length > 0 ? { notes } : {}),
      columns: withTexts(layout.key, layout.columns.filter(shown(data.datasets[layout.key] ?? [])).map(column)),
    };
  };
  // Sheets whose title the data gives: the targets table's caption, the pipeline's name. A caption
  // is given without the report's own number (the workbook numbers its tables itself, in reading
  // order); the description says which table of the report, and of the brief, a sheet holds.
  const caption = (text: string) => splitCaptionNumber(text).caption;
  const reportNumbers = new Map<string, number>();
  const reportNumber = (key: string, text: string) => {
    const n = splitCaptionNumber(text).number;
    if (n !== undefined) reportNumbers.set(key, n);
  };
  const titles: Readonly<Record<string, Partial<Pick<SheetDefinition, 'title'>>>> = {
    ...(input.plan.reviewTargets?.caption ? { reviewTargets: { title: caption(input.plan.reviewTargets.caption[lang]) } } : {}),
  };
  if (input.plan.reviewTargets?.caption) reportNumber('reviewTargets', input.plan.reviewTargets.caption[lang]);

  // Statistical tables: sheet name, title, header and columns come from the data.
  const statTables = input.plan.tables.map((statTable, n): SheetDefinition => {
    const key = tableKey(statTable.id);
    reportNumber(key, statTable.caption[lang]);
    const notes = data.tableNotes[key] ?? [];
    return {
      kind: 'table',
      key,
      name: statTable.sheet ? statTable.sheet[lang] : t('workbook.tableSheet', { n: n + 1 }),
      title: caption(statTable.caption[lang]),
      description: t(data.totalRows[key] ? 'workbook.tableDescription' : 'workbook.tableDescriptionNoTotal', {
        dimension: lang === 'en' ? midSentence(statTable.dimension.en) : statTable.dimension.zh,
      }),
      dataset: key,
      ...(notes.length > 0 ? { notes } : {}),
      columns: withTexts(key, [
        { key: tableRowKeys.label, header: statTable.dimension[lang], field: 'label' },
        ...statTable.columns.map(
          (col): ColumnDefinition => ({
            key: col.id,
            header: headerWithUnit(col.label[lang], col.unit, input.units, lang, input.strings),
            // One format per column, with the decimals the document publishes in it.
            format: col.decimals === 0 ? 'integer' : 'published',
            unit: unitOf(input.units, col.unit)[lang],
            fromData: true,
          }),
        ),
        { ...column(id('id')), key: tableRowKeys.id, field: 'id' },
      ]),
      ...(data.totalRows[key] ? { totalLabel: t('workbook.totals.published') } : {}),
    };
  });
  const checks = statTables.flatMap((sheet) => {
    const checked = data.totals[sheet.key];
    return checked === undefined
      ? []
      : (sheet.columns ?? [])
          .filter((col) => col.key in checked.published)
          .map((col) => ({ sheet: sheet.key, table: sheet.title, column: col.header, columnKey: col.key }));
  });
  // Whether a figure's unit is given otherwise than published (counts in 万, in either language): the cover then says how.
  const plan = input.plan;
  const unitIds = [
    ...plan.headline.map((f) => f.unit),
    ...plan.achievements.map((f) => f.unit),
    ...(plan.reviewTargets?.rows ?? []).flatMap((r) => [r.target.unit, ...r.actual.map((a) => a.unit)]),
    ...[...plan.planTargets.main, ...plan.planTargets.work].map((tg) => tg.target.unit),
    ...(plan.series?.indicators ?? []).map((i) => i.unit),
    ...(plan.context
      ? [
          ...plan.context.comparisons.flatMap((c) => [c.figure.unit, c.value.unit]),
          ...plan.context.perCapita.flatMap((p) => [p.total.unit, p.population.unit, p.perCapita.unit]),
        ]
      : []),
  ].filter((id): id is string => id !== undefined);
  const convertedUnits = unitIds.some((unit) => {
    const q = { value: 1, unit, decimals: 0 };
    return workbookQuantity(q, input.units) !== q;
  });
  // Whether a row sets figures of one quantity published in different multiples side by side
  // (300 亿元 beside 5000 万元): the cover then says they are given in one unit (./row.ts sideBySideCells).
  const targetById = new Map([...plan.planTargets.main, ...plan.planTargets.work].map((tg) => [tg.id, tg.target]));
  const sideBySide: (readonly (Partial<Quantity> | undefined)[])[] = [
    ...(plan.reviewTargets?.rows ?? []).map((r) => [r.target, r.actual.find((a) => a.measure === 'level') ?? r.actual[0]]),
    ...plan.outlook.map((o) => [o.result, targetById.get(o.target)]),
    ...(plan.context?.comparisons ?? []).map((c) => [c.figure, c.value]),
  ];
  const rowUnits = sideBySide.some((figures) => {
    const qs = figures.flatMap((q) =>
      q?.value === undefined || q.unit === undefined
        ? []
        : [workbookQuantity({ value: q.value, unit: q.unit, decimals: q.decimals ?? 0 }, input.units)],
    );
    return oneUnit(qs, input.units).some((q, i) => q.unit !== qs[i]!.unit);
  });
  const coverDate = (iso: string | undefined): Date | undefined => (iso === undefined ? undefined : new Date(`${iso}T00:00:00Z`));
  const sourceUrl = edition.source.url;
  // The release details the edition gives, each on its line; those it does not give, said once in words.
  const details: readonly (readonly [string, CoverValue | undefined])[] = [
    ['link', sourceUrl ? { text: sourceUrl, hyperlink: sourceUrl } : undefined],
    ['released', coverDate(edition.released)],
    ['nextUpdate', coverDate(edition.nextUpdate)],
  ];
  // Whom to ask: the edition's contact where it gives one; otherwise the cover says so in words and
  // names who issued the report (questions on its figures) and who prepared the workbook, as the
  // edition states them (the guidance asks every cover for a contact).
  const contact = edition.contact
    ? edition.contact[lang]
    : [
        t(edition.issuer ? 'workbook.cover.contactNone' : 'workbook.cover.contactNoneNoIssuer', {
          issuer: edition.issuer ? edition.issuer[lang] : '',
        }),
        edition.preparedBy ? t('workbook.cover.contactPrepared', { preparedBy: edition.preparedBy[lang] }) : '',
      ]
        .filter((part) => part !== '')
        .join(lang === 'en' ? ' ' : '');
  const absent = details.filter(([, value]) => value === undefined).map(([key]) => t(`workbook.cover.items.${key}`));
  const listed =
    absent.length < 2
      ? absent.join('')
      : `${absent.slice(0, -1).join(t('workbook.listSeparator'))}${t('workbook.listLast')}${absent[absent.length - 1]}`;
  const release: (readonly [string, CoverValue])[] = [
    [t('workbook.cover.contact'), contact],
    ...details.flatMap(([key, value]) => (value === undefined ? [] : [[t(`workbook.cover.${key}`), value] as const])),
    ...(absent.length > 0 ? [[t('workbook.cover.notGiven'), t('workbook.cover.notGivenText', { items: listed })] as const] : []),
  ];

  // Sheet names from the data: valid for Excel, and none the same as another sheet's.
  const fixedNames = [
    'cover',
    'contents',
    'notes',
    ...leadingTables.map((l) => l.key),
    'checks',
    'pipeline',
    'reserves',
    'charts',
    'glossary',
  ]
    .map((key) => t(`workbook.sheets.${key}.name`))
    .concat(input.charts.map((_, i) => t('workbook.sheets.chart.name', { n: i + 1 })));
  const statNames = uniqueSheetNames(
    statTables.map((sheet) => sheet.name),
    fixedNames,
  );
  statTables.forEach((sheet, i) => {
    statTables[i] = { ...sheet, name: statNames[i]! };
  });
  // A sheet per native chart: the rows of its table that hold a number in every plotted column,
  // ordered as the brief's chart (./build.ts sorts them), with the chart below them.
  const tableSheets = [
    ...leadingTables.filter((layout) => (data.datasets[layout.key] ?? []).length > 0).map((layout) => table(layout, titles[layout.key])),
    ...statTables,
  ];
  const chartSheets = input.charts.flatMap((chart): SheetDefinition[] => {
    const found = chartTable(chart.id, input.plan.tables);
    const from = found && tableSheets.find((sheet) => sheet.key === found.table);
    if (!found || !from) return [];
    const source = found;
    const pick = (key: string) => from.columns?.find((col) => col.key === key);
    const shown = [source.category, ...(source.splitColumn ? [source.splitColumn] : []), ...source.values];
    if (source.values.length === 0 || shown.some((key) => !pick(key))) return [];
    return [
      {
        kind: 'chart',
        key: `chart-${chart.id}`,
        name: '',
        title: chart.title,
        description: t(source.splitBy ? 'workbook.sheets.chart.descriptionSplit' : 'workbook.sheets.chart.description', {
          sheet: from.name,
        }),
        dataset: source.table,
        chart: { ...source, id: chart.id, ...(source.categoryTitleKey ? { categoryTitle: t(source.categoryTitleKey) } : {}) },
        columns: shown.map((key) => pick(key)!),
      },
    ];
  });
  chartSheets.forEach((sheet, i) => {
    chartSheets[i] = {
      ...sheet,
      name: t('workbook.sheets.chart.name', { n: i + 1 }),
      title: t('workbook.numbered', { label: t('workbook.chartLabel', { n: i + 1 }), title: sheet.title }),
    };
  });
  // Every table sheet numbered in reading order (Table 1 to Table n, as the brief numbers its
  // tables; chart sheets are numbered above, Chart 1 to Chart n); a sheet that holds a table of the brief or of
  // the report says which, as those number it.
  let tableCount = 0;
  const numberedTitles = new Map<string, string>();
  const numberSheets = (sheets: readonly SheetDefinition[]) => sheets.map(numbered);
  const numbered = (sheet: SheetDefinition): SheetDefinition => {
    if (sheet.kind !== 'table' && sheet.kind !== 'checks') return sheet;
    tableCount += 1;
    const brief = input.briefTables?.get(sheet.key);
    const inBrief = brief === undefined ? undefined : splitCaptionNumber(brief).number;
    const inReport = reportNumbers.get(sheet.key);
    const same =
      inBrief !== undefined && inReport !== undefined
        ? t('workbook.sameTable.both', { brief: inBrief, report: inReport })
        : inBrief !== undefined
          ? t('workbook.sameTable.brief', { brief: inBrief })
          : inReport !== undefined
            ? t('workbook.sameTable.report', { report: inReport })
            : '';
    const title = t('workbook.numbered', { label: t('workbook.tableLabel', { n: tableCount }), title: sheet.title });
    numberedTitles.set(sheet.key, title);
    return {
      ...sheet,
      title,
      ...(sheet.description !== undefined ? { description: `${sheet.description}${same}` } : {}),
      // The check table names each table as its sheet is titled (numbered above it: the checks follow the tables).
      ...(sheet.checks
        ? { checks: sheet.checks.map((check) => ({ ...check, table: numberedTitles.get(check.sheet) ?? check.table })) }
        : {}),
    };
  };
  const definition: WorkbookDefinition = {
    properties: {
      title: edition.title[lang],
      subject: t('workbook.subtitle'),
      keywords: [edition.district[lang], edition.city[lang], String(edition.planYear)].join(', '),
      language: input.locale,
    },
    // At most 255 characters, its values' ampersands said twice (fittedHeaderFooter).
    header: fittedHeaderFooter((filled) => t('workbook.header', filled), values),
    footer: t('workbook.footer'),
    font: t('workbook.font'),
    chineseFont: t('workbook.fontChinese'),
    grouping: usesGrouping(input.locale),
    shorthand: { x: t('workbook.shorthand.x'), z: t('workbook.shorthand.z') },
    sheets: numberSheets([
      {
        kind: 'cover',
        key: 'cover',
        name: t('workbook.sheets.cover.name'),
        title: t('workbook.sheets.cover.title'),
        lines: [
          [t('workbook.cover.coverage'), t('workbook.cover.coverageText', { place: placeName(edition, input.locale) })],
          // The year the edition is of: the plan year, or a review's reference year (editionScope).
          [t('workbook.cover.planYear'), Number(t('workbook.cover.year'))],
          // Who issued the report, and who prepared this workbook from it: the workbook is not the
          // issuer's publication, and its statuses and checks are its own reading.
          [t('workbook.cover.issuer'), edition.issuer ? edition.issuer[lang] : t('workbook.cover.issuerUnstated')],
          // The report's title as its language marks a title (《…》 in Chinese, as the citation gives it).
          [t('workbook.cover.source'), t('workbook.sourceTitle', { source: edition.source.title[lang] })],
          ...(edition.preparedBy ? [[t('workbook.cover.preparedBy'), edition.preparedBy[lang]] as const] : []),
          [t('workbook.cover.compiled'), compiledText(edition, input.strings, lang, 'workbook')],
          ...release,
          [t('workbook.cover.dataVersion'), edition.dataVersion],
          // Cited by the title the cover gives it (a review-only edition's is its review year's).
          [t('workbook.cover.cite'), t('workbook.cite', { version: edition.dataVersion, title: t('workbook.sheets.cover.title') })],
          [
            t('workbook.cover.units'),
            [
              t('workbook.cover.unitsText'),
              // Only where some figure's unit is converted (./row.ts workbookQuantity).
              convertedUnits ? t('workbook.cover.unitsCounts') : '',
              rowUnits ? t('workbook.cover.unitsRows') : '',
              checks.length > 0 ? t('workbook.cover.unitsChecks', { checks: t('workbook.sheets.checks.name') }) : '',
            ]
              .filter((part) => part !== '')
              .join(lang === 'en' ? ' ' : ''),
          ],
          [
            t('workbook.cover.shorthand'),
            data.shorthandNote === undefined
              ? t('workbook.cover.shorthandText', { x: t('workbook.shorthand.x'), z: t('workbook.shorthand.z') })
              : t('workbook.cover.shorthandSee', {
                  x: t('workbook.shorthand.x'),
                  z: t('workbook.shorthand.z'),
                  n: data.shorthandNote,
                  notes: t('workbook.sheets.notes.name'),
                }),
          ],
          [t('workbook.cover.ids'), t('workbook.cover.idsText')],
          [t('workbook.cover.font'), t('workbook.cover.fontText', { font: t('workbook.font'), chineseFont: t('workbook.fontChinese') })],
        ],
      },
      {
        kind: 'contents',
        ...sheetText('contents'),
        columns: [
          { key: 'sheet', header: t('workbook.sheets.contents.sheet') },
          { key: 'title', header: t('workbook.sheets.contents.heading'), width: 50 },
          { key: 'about', header: t('workbook.sheets.contents.about'), width: 60 },
        ],
      },
      ...(data.notes.length > 0
        ? [
            {
              kind: 'notes' as const,
              ...sheetText('notes'),
              columns: [
                { key: 'number', header: t('workbook.sheets.notes.number'), format: 'integer' as const },
                { key: 'text', header: t('workbook.sheets.notes.note'), width: 100 },
              ],
            },
          ]
        : []),
      ...tableSheets,
      ...(checks.length > 0
        ? [
            {
              kind: 'checks' as const,
              ...sheetText('checks'),
              checks,
              columns: [
                { key: 'table', header: t('workbook.sheets.checks.table') },
                { key: 'column', header: t('workbook.sheets.checks.column') },
                { key: 'published', header: t('workbook.sheets.checks.published'), format: 'published' as const },
                { key: 'sum', header: t('workbook.sheets.checks.sum'), format: 'published' as const },
                { key: 'difference', header: t('workbook.sheets.checks.difference'), format: 'published' as const },
              ],
            },
          ]
        : []),
      ...(input.plan.projects.pipeline && (data.datasets.pipeline ?? []).length > 0
        ? [table(pipelineTable, { title: t('workbook.sheets.pipeline.title', { label: input.plan.projects.pipeline.label[lang] }) })]
        : []),
      ...((data.datasets.projectCounts ?? []).length > 0 ? [table(projectCountsTable)] : []),
      ...(input.plan.projects.reserves.length > 0 ? [table(reservesTable)] : []),
      // The charts of the brief, listed; none when the edition's parts give no chart.
      ...(input.charts.length > 0
        ? [
            {
              kind: 'charts' as const,
              ...sheetText('charts'),
              columns: [
                column(['title', 'workbook.columns.chart']),
                column(['alt', 'workbook.columns.alt', undefined, { width: 60 }]),
                column(['where', 'workbook.columns.chartWhere', undefined, { width: 40 }]),
              ],
            },
            ...chartSheets,
          ]
        : []),
      ...((data.datasets.glossary ?? []).length > 0 ? [table(glossaryTable)] : []),
    ]),
  };
  // Sheet names come from the strings files: Excel allows 31 characters and none of : \ / ? * [ ].
  for (const sheet of definition.sheets) {
    if (sheet.name.length === 0 || sheet.name.length > 31 || /[:\\/?*[\]]|^'|'$|^history$/i.test(sheet.name)) {
      sink.add({
        ruleId: 'template:error',
        file: input.strings.file,
        place: { line: 1, column: 1 },
        message: `Sheet name "${sheet.name}" (workbook.sheets.${sheet.key}.name) must be 1 to 31 characters, none of : \\ / ? * [ ], no apostrophe at either end, and not "History"`,
      });
      return undefined;
    }
    if (sheet.dataset !== undefined && !(sheet.dataset in data.datasets))
      throw new Error(`Workbook layout: sheet "${sheet.key}" names dataset "${sheet.dataset}", which does not exist`);
  }
  if (missing.length > 0) {
    for (const key of [...new Set(missing)]) {
      sink.add({
        ruleId: 'template:error',
        file: input.strings.file,
        place: { line: 1, column: 1 },
        message: `String "${key}" is not in ${input.strings.file}`,
      });
    }
    return undefined;
  }
  return definition;
}
