import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import { editionValues, placeName } from '../present/reader.js';
import { fill, lookup } from '../present/strings.js';
import { projectTableKey, type WorkbookData } from './data.js';

/**
 * The workbook's layout as data: its sheets, their tables, columns, headers, number formats and
 * notes. Every text is an interface string key (`workbook.…` in templates/strings/<locale>.yaml),
 * looked up here for the reader's language; rows come from the named datasets of ./data.ts, so
 * the layout never holds a figure. Column formats: "text", "integer", "published" (the decimals
 * each figure was published with).
 */

export interface ColumnDefinition {
  readonly key: string;
  readonly header: string;
  readonly width?: number;
  readonly format?: 'text' | 'integer' | 'published';
  /** Project tables: the column has a live SUM beside the published total. */
  readonly total?: boolean;
}

export interface SheetDefinition {
  readonly kind: 'cover' | 'contents' | 'notes' | 'table' | 'charts';
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** The dataset of ./data.ts whose rows fill the table. */
  readonly dataset?: string;
  /** Numbers of the notes (Notes sheet) that apply to this table. */
  readonly notes?: readonly number[];
  readonly lines?: readonly (readonly [string, string])[];
  readonly columns?: readonly ColumnDefinition[];
  readonly totals?: { readonly sum: string; readonly published: string; readonly difference: string };
}

export interface WorkbookDefinition {
  readonly properties: { readonly title: string; readonly subject: string; readonly keywords: string; readonly language: string };
  readonly header: string;
  readonly footer: string;
  readonly sheets: readonly SheetDefinition[];
}

/** Column of a layout: a dataset field, the string key of its header, and its format. */
type ColumnLayout = readonly [key: string, header: string, format?: ColumnDefinition['format'], extra?: { width?: number; total?: boolean }];

/** A table sheet: its dataset, the string keys under `workbook.sheets.<key>`, and its columns. */
interface TableLayout {
  readonly key: string;
  readonly columns: readonly ColumnLayout[];
}

const c = (key: string, format?: ColumnDefinition['format'], extra?: ColumnLayout[3]): ColumnLayout => [key, `workbook.columns.${key}`, format, extra];

/** Tables that every edition has, before the project tables. */
const leadingTables: readonly TableLayout[] = [
  { key: 'headline', columns: [c('id'), c('indicator'), c('value', 'published'), c('unit'), c('growth', 'published'), c('rank'), c('target'), c('status')] },
  {
    key: 'reviewTargets',
    columns: [
      c('id'),
      c('no', 'integer'),
      c('indicator'),
      c('targetKind'),
      c('targetValue', 'published'),
      c('targetUnit'),
      c('target'),
      c('actual', 'published'),
      c('actualUnit'),
      c('actualGrowth', 'published'),
      c('status'),
    ],
  },
  { key: 'achievements', columns: [c('id'), c('section'), c('indicator'), c('qualifier'), c('value', 'published'), c('unit'), c('growth', 'published'), c('rank')] },
  { key: 'planTargets', columns: [c('id'), c('section'), c('indicator'), c('kind'), c('targetValue', 'published'), c('targetUnit'), c('target'), c('previous', 'published')] },
];

const pipelineTable: TableLayout = {
  key: 'pipeline',
  columns: [c('id'), ['label', 'workbook.columns.stage'], ['projects', 'workbook.columns.count', 'integer'], c('funding', 'published'), c('fundingUnit'), c('note')],
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
    ...extra,
  });
  const table = (layout: TableLayout, notes?: readonly number[]): SheetDefinition => ({
    kind: 'table',
    ...sheetText(layout.key),
    dataset: layout.key,
    ...(notes ? { notes } : {}),
    columns: layout.columns.map(column),
  });

  const projectTables = input.plan.projects.tables.map((projectTable): SheetDefinition => {
    const key = projectTableKey(projectTable.id);
    // The row label's header is the table's own dimension ("领域" / "Sector"), from the data.
    const columns: ColumnLayout[] = [
      c('id'),
      ['label', projectTable.dimension[lang]],
      ...(['projects', 'totalInvestment', 'annualInvestment', 'annualShare'] as const).map((k) => c(k, k === 'projects' ? 'integer' : 'published', { total: true })),
    ];
    return {
      ...table({ key, columns }, data.tableNotes[key] ?? []),
      totals: { sum: t('workbook.totals.sum'), published: t('workbook.totals.published'), difference: t('workbook.totals.difference') },
    };
  });

  const definition: WorkbookDefinition = {
    properties: {
      title: edition.title[lang],
      subject: t('workbook.subtitle'),
      keywords: [edition.district[lang], edition.city[lang], String(edition.planYear)].join(', '),
      language: input.locale,
    },
    header: t('workbook.header'),
    footer: t('workbook.footer'),
    sheets: [
      {
        kind: 'cover',
        key: 'cover',
        name: t('workbook.sheets.cover.name'),
        title: t('workbook.sheets.cover.title'),
        lines: [
          [t('workbook.cover.district'), placeName(edition, input.locale)],
          [t('workbook.cover.planYear'), String(edition.planYear)],
          [t('workbook.cover.source'), edition.source.title[lang]],
          [t('workbook.cover.dataVersion'), edition.dataVersion],
          [t('workbook.cover.date'), input.buildDate.toISOString().slice(0, 10)],
          [t('workbook.cover.cite'), t('workbook.cite', { version: edition.dataVersion })],
          [t('workbook.cover.units'), t('workbook.cover.unitsText')],
        ],
      },
      {
        kind: 'contents',
        ...sheetText('contents'),
        columns: [
          { key: 'sheet', header: t('workbook.sheets.contents.sheet') },
          { key: 'about', header: t('workbook.sheets.contents.about') },
        ],
      },
      {
        kind: 'notes',
        ...sheetText('notes'),
        columns: [
          { key: 'number', header: t('workbook.sheets.notes.number'), format: 'integer' },
          { key: 'text', header: t('workbook.sheets.notes.note'), width: 100 },
        ],
      },
      ...leadingTables.map((layout) => table(layout)),
      ...projectTables,
      table(pipelineTable),
      { kind: 'charts', ...sheetText('charts'), columns: [column(['title', 'workbook.columns.chart']), column(['alt', 'workbook.columns.alt', undefined, { width: 60 }])] },
      table(glossaryTable),
    ],
  };
  // Sheet names come from the strings files: Excel allows 31 characters and none of : \ / ? * [ ].
  for (const sheet of definition.sheets) {
    if (sheet.name.length === 0 || sheet.name.length > 31 || /[:\\/?*[\]]/.test(sheet.name)) {
      sink.add({
        ruleId: 'template:error',
        file: input.strings.file,
        place: { line: 1, column: 1 },
        message: `Sheet name "${sheet.name}" (workbook.sheets.${sheet.key}.name) must be 1 to 31 characters, none of : \\ / ? * [ ]`,
      });
      return undefined;
    }
    if (sheet.dataset !== undefined && !(sheet.dataset in data.datasets)) throw new Error(`Workbook layout: sheet "${sheet.key}" names dataset "${sheet.dataset}", which does not exist`);
  }
  if (missing.length > 0) {
    for (const key of [...new Set(missing)]) {
      sink.add({ ruleId: 'template:error', file: input.strings.file, place: { line: 1, column: 1 }, message: `String "${key}" is not in ${input.strings.file}` });
    }
    return undefined;
  }
  return definition;
}
