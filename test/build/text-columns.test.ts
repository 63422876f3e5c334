/**
 * Declared columns of words (issue 24): a statistical scope (统计口径) that a document prints beside
 * its figures is a column of the table or targets list, in the brief, the HTML edition, the
 * workbook and the CSV, never folded into the rows' names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { defaultDataDir, editFile, htmlText, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

const edition = 'demo-2026';
const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', edition, name);
const scope = '{id: scope, label: {zh: 统计口径, en: Statistical scope}}';

function withScope(): string {
  const dataDir = makeDataDir();
  editFile(fileOf(dataDir, 'review-targets.yaml'), (t) =>
    t
      .replace(/^rows:\n/m, `textColumns: [${scope}]\nrows:\n`)
      .replace(/^(\s+)no: 1\n/m, '$1no: 1\n$1texts: {scope: {zh: 实际管辖, en: Area administered}}\n'),
  );
  editFile(fileOf(dataDir, 'tables.yaml'), (t) =>
    t
      .replace(/^(\s+)dimension: \{zh: 领域, en: Sector\}\n/m, `$1dimension: {zh: 领域, en: Sector}\n$1textColumns: [${scope}]\n`)
      .replace(
        /^(\s+)label: \{zh: 产业领域, en: Industry\}\n/m,
        '$1label: {zh: 产业领域, en: Industry}\n$1texts: {scope: {zh: 全区, en: Whole district}}\n',
      ),
  );
  // The document prints the scope in the rows (source.txt and the rows' phrases alike).
  for (const name of ['source.txt', 'review-targets.yaml', 'tables.yaml'])
    editFile(fileOf(dataDir, name), (t) =>
      t.replace('1 | GDP | 5% | 4.0% |', '1 | GDP | 实际管辖 | 5% | 4.0% |').replace('产业领域 | 3 | 30.5', '产业领域 | 全区 | 3 | 30.5'),
    );
  return dataDir;
}

describe('declared columns of words: a statistical scope beside the figures', () => {
  it('is a column of the targets table and of the statistical table in both briefs and both workbooks', async () => {
    const dataDir = withScope();
    expect(validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const outDir = tempDir('text-columns-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) });
    expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);

    for (const [locale, header, reviewCell, tableCell] of [
      ['en', 'Statistical scope', 'Area administered', 'Whole district'],
      ['zh-CN', '统计口径', '实际管辖', '全区'],
    ] as const) {
      const html = readFileSync(path.join(outDir, edition, locale, 'brief.html'), 'utf8').replaceAll('<wbr>', '');
      const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
      const withHeader = tables.filter((t) => t.includes(`<th scope="col">${header}</th>`));
      expect(withHeader.length, locale).toBe(2);
      expect(htmlText(withHeader.join(''))).toContain(reviewCell);
      expect(htmlText(withHeader.join(''))).toContain(tableCell);
      // The name stays the indicator's own.
      expect(htmlText(html)).not.toContain(`GDP growth (${reviewCell})`);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(outDir, edition, locale, 'workbook.xlsx'));
      const sheetsWithScope = wb.worksheets.filter((ws) => {
        let found = false;
        ws.eachRow((row) => row.eachCell((cell) => (found ||= cell.text === header)));
        return found;
      });
      expect(sheetsWithScope.length, `${locale} workbook`).toBe(2);
    }
  });

  it('texts naming a column the table does not declare, or a text column named like a figure column, are errors', () => {
    const dataDir = withScope();
    editFile(fileOf(dataDir, 'review-targets.yaml'), (t) => t.replace('texts: {scope:', 'texts: {area:'));
    editFile(fileOf(dataDir, 'tables.yaml'), (t) => t.replace('textColumns: [{id: scope,', 'textColumns: [{id: projects,'));
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    const messages = errors.map((d) => `${d.file}:${d.place.line} ${d.message}`).join('\n');
    expect(messages).toMatch(/review-targets\.yaml:\d+ .*a text column declared in textColumns/);
    expect(messages).toMatch(/tables\.yaml:\d+ .*a text column id that no figure column of the table has/);
  });

  it('labelled like another column of its table, it still makes a table Excel opens: column names stay unique', async () => {
    // Excel deletes ("repairs") a table whose columns share a name; the label beside the row label's is the data's to choose.
    const dataDir = withScope();
    editFile(fileOf(dataDir, 'review-targets.yaml'), (t) =>
      t.replace(`textColumns: [${scope}]`, 'textColumns: [{id: scope, label: {zh: 指标, en: Indicator}}]'),
    );
    editFile(fileOf(dataDir, 'tables.yaml'), (t) =>
      t.replace(`textColumns: [${scope}]`, 'textColumns: [{id: scope, label: {zh: 领域, en: SECTOR}}]'),
    );
    expect(validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const outDir = tempDir('text-columns-names-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) });
    expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
    for (const locale of ['en', 'zh-CN']) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, edition, locale, 'workbook.xlsx')));
      const parts = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
      let repeatedLabels = 0;
      for (const part of parts) {
        const xml = await zip.file(part)!.async('string');
        const names = [...xml.matchAll(/<tableColumn [^>]*?name="([^"]*)"/g)].map((m) => m[1]!.toLowerCase());
        expect(new Set(names).size, `${locale} ${part}: ${names.join(', ')}`).toBe(names.length);
        if (names.some((n) => /^(indicator|sector|指标|领域) \(2\)$/.test(n))) repeatedLabels++;
      }
      expect(repeatedLabels, locale).toBe(2);
    }
  });

  it('with an id like a fixed field ("id"), the open data keep the row id under "id" and name the column of words "id_2"', async () => {
    const dataDir = withScope();
    for (const name of ['review-targets.yaml', 'tables.yaml'])
      editFile(fileOf(dataDir, name), (t) =>
        t.replace('textColumns: [{id: scope,', 'textColumns: [{id: id,').replace('texts: {scope:', 'texts: {id:'),
      );
    expect(validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const outDir = tempDir('text-columns-id-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) });
    expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
    for (const [file, rowId, text] of [
      ['review-targets.csv', 't1-gdp-growth', 'Area administered'],
      ['table-by-sector.csv', 'industry', 'Whole district'],
    ] as const) {
      const [header, first] = readFileSync(path.join(outDir, edition, 'en', 'data', file), 'utf8').split(/\r?\n/);
      const fields = header!.split(',');
      const cells = first!.split(',');
      expect(cells[fields.indexOf('id')], `${file}: ${header}`).toBe(rowId);
      expect(cells[fields.indexOf('id_2')], `${file}: ${header}`).toBe(text);
    }
  });

  it('at most three per table or list: a fourth is an error that says so (more would squeeze the figures until they break)', () => {
    const dataDir = makeDataDir();
    const columns = [0, 1, 2, 3].map((i) => `{id: c${i}, label: {zh: 列${i}, en: Column ${i}}}`).join(', ');
    editFile(fileOf(dataDir, 'review-targets.yaml'), (t) => t.replace(/^rows:\n/m, `textColumns: [${columns}]\nrows:\n`));
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.place.line, d.message])).toEqual([
      ['editions/demo-2026/review-targets.yaml', 3, expect.stringMatching(/"textColumns" is too large: .*at most 3/)],
    ]);
  });

  it('in a copy of the default edition: Table 1’s 区内 / 全区 as a scope column validates; a scope its row does not print is plan:source-phrase-has-text', () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    const file = path.join(dataDir, 'editions', 'binjiang-2025', 'review-targets.yaml');
    const withScopes = (within: string) =>
      editFile(file, (t) =>
        t
          .replace(/^rows:\n/m, `textColumns: [${scope}]\nrows:\n`)
          .replace(
            /( {2}- id: t1-investment-within\n(?: {4}.*\n)*? {4}no: 2\n)/,
            `$1    texts: {scope: {zh: ${within}, en: Within the district}}\n`,
          )
          .replace(/( {2}- id: t1-investment-whole\n(?: {4}.*\n)*? {4}no: 2\n)/, '$1    texts: {scope: {zh: 全区, en: Whole district}}\n'),
      );
    withScopes('区内');
    expect(validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The mistake: the whole district's scope typed on the row whose phrase says 区内.
    editFile(file, (t) => t.replace('texts: {scope: {zh: 区内,', 'texts: {scope: {zh: 全区,'));
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.file, d.actual])).toEqual([
      ['plan:source-phrase-has-text', 'editions/binjiang-2025/review-targets.yaml', '全区'],
    ]);
  });
});
