import { describe, expect, it } from 'vitest';
import { renderEdition } from '../../src/build/edition.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { growthComparisons } from '../../src/present/growth-targets.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { buildOpenData, csvField } from '../../src/workbook/open-data.js';
import { readablePhrase } from '../../src/workbook/wording.js';
import { defaultDataDir, repoRoot, validateDir } from '../helpers.js';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const plan = buildPlan(dataset.editions[0]!, units, dataset.glossary!, []);
const buildDate = new Date('2025-01-15T00:00:00Z');

function openData(locale: Locale, p: Plan = plan) {
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(repoRoot, locale, sink)!;
  const files = buildOpenData({ rootDir: repoRoot, plan: p, locale, strings, units, charts: [], buildDate }, sink)!;
  expect(sink.items).toEqual([]);
  return new Map(files.map((f) => [f.path, f.text]));
}

/** RFC 4180: records of fields; quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    else field += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

interface Field {
  name: string;
  title: string;
  type: string;
  unit?: string;
  description?: string;
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  encoding: string;
  format: string;
  schema: { fields: Field[]; missingValues: string[] };
}

const namePattern = /^[a-z0-9._-]+$/;
// Table Schema's `year` is a calendar year written as four digits (the Ranks sheet's year column, review11).
const typePattern: Record<string, RegExp> = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?$/, string: /^[\s\S]*$/, year: /^\d{4}$/ };

describe('open data: CSV files and a Frictionless data package', () => {
  it('describes every file, field, type, unit and the source, by the Data Package and Table Schema rules', () => {
    for (const locale of locales) {
      const files = openData(locale);
      const pkg = JSON.parse(files.get('datapackage.json')!) as {
        profile: string;
        name: string;
        sources: { title: string }[];
        resources: Resource[];
        created: string;
      };
      expect(pkg.profile).toBe('tabular-data-package');
      expect(pkg.name).toMatch(namePattern);
      expect(pkg.sources[0]!.title).toBe(plan.edition.source.title[locale === 'en' ? 'en' : 'zh']);
      expect(pkg.created).toBe(buildDate.toISOString());
      const names = pkg.resources.map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
      // Every CSV is described, and every described file exists.
      expect(pkg.resources.map((r) => r.path).sort()).toEqual([...files.keys()].filter((p) => p.endsWith('.csv')).sort());
      for (const resource of pkg.resources) {
        expect(resource.name).toMatch(namePattern);
        expect(resource.path).toMatch(/^data\/[a-z0-9._-]+\.csv$/);
        expect(resource).toMatchObject({ profile: 'tabular-data-resource', encoding: 'utf-8', format: 'csv' });
        const fields = resource.schema.fields;
        expect(new Set(fields.map((f) => f.name)).size, resource.name).toBe(fields.length);
        for (const field of fields) {
          expect(field.name).toMatch(/^[a-z][a-z0-9_]*$/);
          expect(['string', 'integer', 'number', 'year']).toContain(field.type);
          // Text and years have no unit; a number names its unit, or the column that holds it.
          if (field.type === 'string' || field.type === 'year') expect(field.unit, `${resource.name}.${field.name}`).toBeUndefined();
          if (field.type === 'number' && !field.unit) {
            const column = /(\S+)$/.exec(field.description ?? '')?.[1];
            expect(
              fields.map((f) => f.name),
              `${resource.name}.${field.name} has no unit`,
            ).toContain(column);
          }
        }
        const text = files.get(resource.path)!;
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
        expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
        const [header, ...rows] = parseCsv(text);
        expect(header, resource.name).toEqual(fields.map((f) => f.name));
        expect(rows.length, resource.name).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row.length, resource.name).toBe(fields.length);
          row.forEach((value, i) => {
            if (resource.schema.missingValues.includes(value)) return;
            expect(value, `${resource.name}.${fields[i]!.name}`).toMatch(typePattern[fields[i]!.type]!);
          });
        }
      }
      if (locale === 'zh-CN') expect(files.get('data/headline.csv')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('holds the dataset’s figures with their published decimals, and marks published totals', () => {
    const files = openData('en');
    const [header, ...rows] = parseCsv(files.get('data/headline.csv')!);
    const value = header!.indexOf('value');
    const id = header!.indexOf('id');
    for (const figure of plan.headline) {
      const row = rows.find((r) => r[id] === figure.id)!;
      expect(row[value]).toBe(figure.value.toFixed(figure.decimals));
    }
    expect(plan.tables.length).toBeGreaterThan(0);
    for (const table of plan.tables) {
      // The statistical table's file: the one whose rows carry the table's row ids.
      const text = [...files.values()].find((t) => t.includes(',row_type\r\n') && t.includes(`,${table.rows[0]!.id},`));
      expect(text, table.id).toBeDefined();
      const [h, ...r] = parseCsv(text!);
      const totals = r.filter((row) => row[h!.indexOf('row_type')] === 'total');
      expect(totals).toHaveLength(1);
      // Every declared column is a field named by its id, with each value at the decimals it is published with (100, not 100.0).
      for (const column of table.columns) {
        const field = h!.indexOf(column.id.replaceAll('-', '_'));
        expect(field, `${table.id}.${column.id}`).toBeGreaterThan(0);
        expect(totals[0]![field]).toBe(table.total!.values[column.id]!.toFixed(table.total!.decimals[column.id]));
        for (const row of table.rows) {
          const line = r.find((cells) => cells.includes(row.id))!;
          expect(line[field], `${table.id}.${row.id}.${column.id}`).toBe(row.values[column.id]!.toFixed(row.decimals[column.id]));
        }
      }
    }
  });

  it('gives the growth targets beside last year’s growth as a file of their own, both numbers in per cent', () => {
    for (const locale of locales) {
      const files = openData(locale);
      const pkg = JSON.parse(files.get('datapackage.json')!) as { resources: Resource[] };
      const resource = pkg.resources.find((r) => r.name === 'growth-targets');
      expect(resource, locale).toBeDefined();
      const fields = resource!.schema.fields;
      for (const name of ['previous', 'growth_target'])
        expect(fields.find((f) => f.name === name)).toMatchObject({ type: 'number', unit: '%' });
      const [header, ...rows] = parseCsv(files.get(resource!.path)!);
      const comparisons = growthComparisons(plan);
      expect(rows.map((r) => r[header!.indexOf('id')])).toEqual(comparisons.map((c) => c.target.id));
      rows.forEach((row, i) => {
        expect(row[header!.indexOf('previous')]).toBe(comparisons[i]!.previous.value.toFixed(comparisons[i]!.previous.decimals));
        expect(row[header!.indexOf('growth_target')]).toBe(comparisons[i]!.value.toFixed(comparisons[i]!.decimals));
      });
    }
  });

  it('quotes per RFC 4180 and keeps text that starts with =, +, -, @ or a tab from becoming a formula', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-0.1, 1)).toBe('-0.1');
    const tricky = structuredClone(plan) as Plan;
    const labels = ['=HYPERLINK("http://x","y")', '+1+2', '-3-4', '@SUM(A1)', '\t=1+1'];
    (tricky.headline as unknown as { label: { zh: string; en: string } }[])
      .slice(0, 5)
      .forEach((h, i) => (h.label = { zh: labels[i]!, en: labels[i]! }));
    const [header, ...rows] = parseCsv(openData('en', tricky).get('data/headline.csv')!);
    const indicator = header!.indexOf('indicator');
    expect(rows.slice(0, 5).map((r) => r[indicator])).toEqual(labels.map((l) => `'${l}`));
  });

  it('is written by the build beside the workbook, in every locale', async () => {
    const sink = new DiagnosticSink();
    const strings = new Map(locales.map((l) => [l, loadUiStrings(repoRoot, l, sink)!]));
    const artifacts = await renderEdition(plan, { rootDir: repoRoot, units, strings, buildDate }, sink);
    const paths = artifacts.map((a) => a.path);
    for (const locale of locales) {
      expect(paths).toContain(`${plan.edition.id}/${locale}/datapackage.json`);
      const pkg = JSON.parse(String(artifacts.find((a) => a.path === `${plan.edition.id}/${locale}/datapackage.json`)!.bytes)) as {
        resources: Resource[];
      };
      for (const resource of pkg.resources) expect(paths).toContain(`${plan.edition.id}/${locale}/${resource.path}`);
    }
  });
});

describe('Chinese CSVs (publication review)', () => {
  it('set Chinese text with full-width punctuation, as the workbook and the brief do; numbers and ids stay as they are', () => {
    const all = [...openData('zh-CN')].filter(([path]) => path.endsWith('.csv')).map(([path, text]) => ({ path, text }));
    expect(all.length).toBeGreaterThan(5);
    let chineseCells = 0;
    for (const file of all) {
      for (const record of parseCsv(file.text)) {
        for (const cell of record) {
          if (!/\p{Script=Han}/u.test(cell)) continue;
          chineseCells++;
          // No half-width comma, semicolon, colon or bracket beside a Chinese character.
          expect(cell, `${file.path}: ${cell}`).not.toMatch(/\p{Script=Han}[,;:()]|[,;:()]\p{Script=Han}/u);
        }
      }
    }
    expect(chineseCells).toBeGreaterThan(100);
    const headline = parseCsv(all.find((f) => f.path === 'data/headline.csv')!.text);
    expect(headline.flat()).toContain('总量列全市第二，增速列全市第六');
  });
});

// Usefulness review (issue 31): a figure in the CSVs could not be traced to its sentence. Every table
// of the edition's figures carries the report's words it is cited with, the last column before the ids.
describe('the report’s words', () => {
  const sources = new Map<string, string>([
    ...[...plan.headline, ...plan.achievements, ...plan.standings].map((f) => [f.id, f.source] as const),
    ...(plan.reviewTargets?.rows ?? []).map((r) => [r.id, r.source] as const),
    ...[...plan.planTargets.main, ...plan.planTargets.work].map((t) => [t.id, t.source] as const),
  ]);
  for (const locale of locales) {
    it(`${locale}: a source_phrase column before the ids, each row's phrase from the data`, () => {
      const files = openData(locale);
      for (const name of ['headline', 'review-targets', 'achievements', 'plan-targets', 'outlook', 'ranks']) {
        const [header, ...rows] = parseCsv(files.get(`data/${name}.csv`)!);
        const at = header!.indexOf('source_phrase');
        expect(at, name).toBeGreaterThan(0);
        // Only ids after it.
        expect(
          header!.slice(at + 1).every((h) => h === 'id' || h.endsWith('_id')),
          name,
        ).toBe(true);
        const id = header!.indexOf('id');
        for (const row of rows) {
          const source = sources.get(row[id]!);
          expect(source, `${name} ${row[id]}`).toBeDefined();
          // The Chinese CSVs set Chinese punctuation; the words are the report's, a quoted table
          // row given as its cells listed, as in the workbook (src/workbook/wording.ts readablePhrase).
          const strip = (t: string) => t.replace(/[,，()（）:：;；\s]/g, '');
          expect(strip(row[at]!), `${name} ${row[id]}`).toBe(strip(readablePhrase(source!)));
          expect(row[at], `${name} ${row[id]}: no table bars`).not.toContain('|');
        }
      }
      // The column's title in the data package names it.
      const pkg = JSON.parse(files.get('datapackage.json')!) as { resources: { schema: { fields: Field[] } }[] };
      const titles = pkg.resources.flatMap((r) => r.schema.fields.filter((f) => f.name === 'source_phrase').map((f) => f.title));
      expect(new Set(titles)).toEqual(new Set([locale === 'en' ? 'Report’s words (Chinese)' : '原文']));
    });
  }
});
