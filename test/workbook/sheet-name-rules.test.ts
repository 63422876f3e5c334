/**
 * Issue 28: Excel's rules for sheet names are checked in validation (a table's sheet named
 * "History" passed validation, then the build stopped inside exceljs with "a bug in the tool"),
 * and the tool's own mending never produces a name Excel refuses.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { uniqueSheetNames, validSheetName } from '../../src/workbook/sheet-names.js';
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
});
