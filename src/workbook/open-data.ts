import { chinesePunctuation } from '../present/typography.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { textKey } from '../model/format.js';
import type { LocaleRenderInput } from '../present/inputs.js';
import { lookup } from '../present/strings.js';
import { buildWorkbookData, type Row } from './data.js';
import type { Cell } from './row.js';
import { workbookLayout, type ColumnDefinition, type SheetDefinition } from './layout.js';

/**
 * Open data beside the workbook: every table of the workbook as a UTF-8 CSV file, and a
 * Frictionless Data Package (`datapackage.json`, Data Package 1.0 with Table Schema) describing each
 * file, field, type and unit, and the source. The tables, columns and rows are the workbook's
 * (./layout.ts, ./data.ts), so the two never disagree; CSV cells hold values, never shorthand: an
 * absent value is an empty cell, declared as the missing value.
 */

export interface OpenDataFile {
  /** Path relative to the locale folder: `datapackage.json`, `data/<table>.csv`. */
  readonly path: string;
  readonly text: string;
}

/** Text a spreadsheet would run as a formula when it opens the CSV (OWASP's list, with tab and CR). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted per RFC 4180 when it holds a comma, quote or line break; text that a
 * spreadsheet could take for a formula is prefixed with an apostrophe (and quoted), which
 * spreadsheet programs show as plain text. Numbers are never prefixed: "-0.1" stays a number.
 */
export function csvField(value: string | number | null, decimals = 0): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = value.toFixed(Math.min(20, Math.max(0, decimals)));
    // A figure that rounds to zero is written without a sign ("0.0", not "-0.0"), as the brief prints it.
    return Number(text) === 0 ? text.replace('-', '') : text;
  }
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A field name as Table Schema tools like it: lower-case ASCII words joined by underscores, starting with a letter. */
const fieldName = (key: string) => {
  const name = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_');
  return /^[a-z]/.test(name) ? name : `f_${name}`;
};

/**
 * Field names of a table's columns, each unique: a column id of the data may meet a fixed field's
 * name ("id", "label"). The program's own fields keep their names, which joins and the schema rely
 * on; a column named by the data takes a number ("id_2").
 */
function fieldNames(columns: readonly ColumnDefinition[]): string[] {
  const names: string[] = [];
  const taken = new Set<string>();
  const place = (i: number) => {
    const c = columns[i]!;
    const wanted = c.field ?? fieldName(c.key);
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}_${n}`;
    taken.add(name);
    names[i] = name;
  };
  // The program's fields first, then the data's.
  for (const i of columns.keys()) if (!columns[i]!.fromData) place(i);
  for (const i of columns.keys()) if (columns[i]!.fromData) place(i);
  return names;
}

/** A resource name: lower-case ASCII, digits, "-", "_", "." (Data Package's pattern). */
const resourceName = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');

type FieldType = 'string' | 'integer' | 'number' | 'year';

function fieldType(column: ColumnDefinition, rows: readonly Row[]): FieldType {
  if (column.format === 'integer') return 'integer';
  if (column.format === 'year') return 'year';
  if (column.format === 'published') return 'number';
  return rows.some((r) => typeof r[column.key] === 'number') ? 'number' : 'string';
}

/** The unit a header names in brackets ("Total investment (RMB 100 million)" → "RMB 100 million"). */
const headerUnit = (header: string): string | undefined => /[((]([^()()]+)[))]\s*$/.exec(header)?.[1];

/**
 * The open-data files of one edition in one locale, or undefined when the workbook layout cannot
 * be made (its diagnostics are in the sink, as for the workbook).
 */
export function buildOpenData(input: LocaleRenderInput, sink: DiagnosticSink): OpenDataFile[] | undefined {
  const data = buildWorkbookData(input.plan, input.locale, input.strings, input.units);
  const definition = workbookLayout(input, data, sink);
  if (!definition) return undefined;
  const lang = textKey(input.locale);
  const edition = input.plan.edition;
  // Chinese text with the full-width punctuation the workbook and the brief give it (one function).
  const text = (value: Cell | undefined): Cell =>
    typeof value === 'string' && input.locale === 'zh-CN' ? chinesePunctuation(value) : (value ?? null);

  const tables: { sheet: SheetDefinition; rows: readonly Row[] }[] = [];
  for (const sheet of definition.sheets) {
    if (sheet.kind === 'notes') tables.push({ sheet: { ...sheet, key: 'notes' }, rows: data.notes });
    if (sheet.kind !== 'table') continue;
    const rows = data.datasets[sheet.dataset ?? ''] ?? [];
    const total = data.totalRows[sheet.key];
    if (!sheet.totalLabel || !total) {
      tables.push({ sheet, rows });
      continue;
    }
    // The published total is a row of its own kind, marked in a column, so that a reader who
    // sums the rows leaves it out. Its cells are values or empty, never shorthand.
    const columns: ColumnDefinition[] = [
      ...(sheet.columns ?? []),
      { key: 'rowType', header: lookup(input.strings, 'workbook.columns.rowType') ?? 'rowType', field: 'row_type' },
    ];
    tables.push({ sheet: { ...sheet, columns }, rows: [...rows.map((r) => ({ ...r, rowType: 'row' })), { ...total, rowType: 'total' }] });
  }

  const files: OpenDataFile[] = [];
  const resources = tables.map(({ sheet, rows }) => {
    const columns = sheet.columns ?? [];
    const name = resourceName(sheet.key);
    const path = `data/${name}.csv`;
    const names = fieldNames(columns);
    const lines = [names.join(',')];
    for (const row of rows) {
      lines.push(columns.map((c) => csvField(text(row[c.key]), Number(row[`${c.key}__decimals`] ?? 0))).join(','));
    }
    files.push({ path, text: `${lines.join('\r\n')}\r\n` });
    const fields = columns.map((c, i) => {
      const type = fieldType(c, rows);
      // Only numbers have units; a text column's bracketed header ("Row type (row or total)") is not one.
      const unit = c.unit ?? (type === 'string' ? undefined : headerUnit(c.header));
      // A figure whose unit varies by row has the unit in the next column.
      const next = columns[i + 1]?.key;
      const unitColumn =
        type === 'number' && !unit && next !== undefined && (next === 'unit' || next.endsWith('Unit')) ? names[i + 1] : undefined;
      return {
        name: names[i]!,
        title: c.header,
        type,
        ...(unit ? { unit } : {}),
        ...(unitColumn ? { description: `${lookup(input.strings, 'workbook.openData.unitIn') ?? 'Unit in'} ${unitColumn}` } : {}),
      };
    });
    return {
      name,
      path,
      profile: 'tabular-data-resource',
      title: sheet.title,
      ...(sheet.description ? { description: sheet.description } : {}),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema: { fields, missingValues: [''] },
    };
  });

  const source = { title: edition.source.title[lang], ...(edition.source.url ? { path: edition.source.url } : {}) };
  const datapackage = {
    profile: 'tabular-data-package',
    name: resourceName(`${edition.id}-${input.locale}`),
    title: edition.title[lang],
    description: definition.properties.subject,
    version: edition.dataVersion,
    created: input.buildDate.toISOString(),
    language: input.locale,
    ...(edition.issuer ? { contributors: [{ title: edition.issuer[lang], role: 'publisher' }] } : {}),
    sources: [source],
    resources,
  };
  files.unshift({ path: 'datapackage.json', text: `${JSON.stringify(datapackage, null, 2)}\n` });
  return files;
}
