/**
 * Issue 28: Excel's rules for sheet names are checked in validation (a table's sheet named
 * "History" passed validation, then the build stopped inside exceljs with "a bug in the tool"),
 * and the tool's own mending never produces a name Excel refuses.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { uniqueSheetNames, validSheetName } from '../../src/workbook/sheet-names.js';
import JSZip from 'jszip';
import { excelLimits, textLimits } from '../../src/dataset/schema.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import { maximiseTexts, spacedWords } from '../hostile-helpers.js';
import { editText, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

const buildDate = new Date('2025-01-15T00:00:00Z');
const sheetLine = '    dimension: {zh: 领域, en: Sector}';

function withSheets(...sheets: [string, string][]): string {
  const dataDir = makeDataDir();
  const file = path.join(dataDir, 'editions', 'demo-2026', 'tables.yaml');
  editText(file, sheetLine, `${sheetLine}\n    sheet: {zh: ${JSON.stringify(sheets[0]![0])}, en: ${JSON.stringify(sheets[0]![1])}}`);
  return dataDir;
}

const sheetProblems = (dataDir: string) =>
  validateDir(dataDir)
    .diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('tables.yaml'))
    .map((d) => `${d.ruleId} ${d.message} | ${d.messageZh}`);

describe("Excel's sheet naming rules in validation", () => {
  it('refuses History in any case, an apostrophe at either end, and the characters Excel refuses, in both languages', () => {
    for (const [name, why] of [
      ['History', 'History'],
      ['HISTORY', 'History'],
      [' history ', 'History'],
      ["'Quoted", 'apostrophe'],
      ["Quoted'", 'apostrophe'],
      ['a/b', ': \\ / ? * [ ]'],
      ['x'.repeat(32), '31'],
    ] as const) {
      const problems = sheetProblems(withSheets(['表', name]));
      expect([name, problems]).toEqual([name, [expect.stringContaining(why)]]);
      expect(problems[0]).toMatch(/\| .*[\u4e00-\u9fff]/);
    }
    expect(sheetProblems(withSheets(['表', "It's fine"]))).toEqual([]);
  });

  it('the build of a table sheet named History stops at validation, not inside exceljs', async () => {
    const dataDir = withSheets(['历史', 'History']);
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir: tempDir('sheet-out-'), buildDate, jobs: 1 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.message)).toEqual(expect.arrayContaining([expect.stringContaining('History')]));
  });

  it('mending gives names Excel takes: no History, no apostrophe at the ends, unique without regard to case', () => {
    expect(uniqueSheetNames(['History', 'history', "'a'", 'A', 'x'.repeat(40), 'X'.repeat(40)], ['Cover'])).toEqual([
      'History (2)',
      'history (3)',
      'a',
      'A (2)',
      'x'.repeat(31),
      `${'X'.repeat(27)} (2)`,
    ]);
    expect(validSheetName('a[b]:c')).toBe('a-b--c');
  });

  it("a header longer than a workbook table's column name can be (Excel's 255 characters, less the unit the workbook adds) is a validation error naming file, line and limit", () => {
    const dataDir = makeDataDir();
    const file = path.join(dataDir, 'editions', 'demo-2026', 'tables.yaml');
    const long = 'Total investment of the key projects '.repeat(6).slice(0, textLimits.header + 1);
    editText(file, 'en: Total investment (RMB 100 million)}', `en: "${long}"}`);
    editText(file, 'dimension: {zh: 领域, en: Sector}', `dimension: {zh: ${'领'.repeat(textLimits.header + 1)}, en: Sector}`);
    const problems = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error' && d.ruleId === 'plan:text-too-long');
    expect(problems.map((d) => [d.ruleId, path.basename(d.file), d.place.line])).toEqual([
      ['plan:text-too-long', 'tables.yaml', 4],
      ['plan:text-too-long', 'tables.yaml', 8],
    ]);
    for (const d of problems) expect(d.message).toContain(`at most ${textLimits.header}`);
  });

  it("every text at its limit: every Excel table's column name within Excel's 255 characters and unique, every cell within 32,767, in both workbooks", async () => {
    const dataDir = makeDataDir();
    maximiseTexts(path.join(dataDir, 'editions', 'demo-2026'), spacedWords);
    const { dataset, diagnostics } = validateDir(dataDir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const units = dataset.units!;
    const plan = buildPlan(dataset.editions[0]!, units, dataset.glossary!, []);
    let longest = 0;
    for (const locale of locales) {
      const sink = new DiagnosticSink();
      const strings = loadUiStrings(repoRoot, locale, sink)!;
      const bytes = await buildWorkbook({ rootDir: repoRoot, plan, locale, strings, units, charts: [], buildDate }, sink);
      expect(sink.items).toEqual([]);
      const zip = await JSZip.loadAsync(bytes!);
      const tableParts = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
      expect(tableParts.length).toBeGreaterThan(0);
      for (const part of tableParts) {
        const xml = await zip.file(part)!.async('string');
        const names = [...xml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) =>
          m[1]!
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&'),
        );
        for (const name of names) {
          longest = Math.max(longest, name.length);
          expect(name.length, `${locale} ${part}: ${name.slice(0, 30)}…`).toBeLessThanOrEqual(excelLimits.columnName);
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size, part).toBe(names.length);
      }
      const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
      for (const m of shared.matchAll(/<t[^>]*>([^<]*)<\/t>/g)) expect(m[1]!.length).toBeLessThanOrEqual(excelLimits.cellText);
    }
    // The limit is reached: a header at its limit with its unit comes near Excel's.
    expect(longest).toBeGreaterThan(textLimits.header);
  });
});
