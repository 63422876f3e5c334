/**
 * Issue 28, the eighth adversarial pass (hostile7): what it found in the outputs, each with the
 * input that showed it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { csvField } from '../../src/workbook/open-data.js';
import { editFile, htmlText, makeDataDir, repoRoot, tempDir, unescapeXml } from '../helpers.js';

const edition = 'demo-2026';
const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', edition, name);
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

/** The demo edition with a table of changes: one published as −0.0 (a fall that rounds to zero), one as a fall of 1.5. */
function withChanges(): string {
  const dataDir = makeDataDir();
  editFile(
    fileOf(dataDir, 'tables.yaml'),
    (t) => `${t.trimEnd()}
  - id: change
    caption: {zh: 表3 常住人口变化, en: "Table 3. Change in residents"}
    dimension: {zh: 街道, en: Subdistrict}
    captionSource: 表3 常住人口变化
    columns:
      - {id: change, label: {zh: 变化(%), en: Change (%)}, unit: '%', decimals: 1}
    rows:
      - {id: east, label: {zh: 东岸街道, en: East Bank}, values: {change: -0.0}, source: "东岸街道 | 0.0 |"}
      - {id: west, label: {zh: 西岸街道, en: West Bank}, values: {change: -1.5}, source: "西岸街道 | 下降1.5 |"}
`,
  );
  editFile(fileOf(dataDir, 'source.txt'), (t) => `${t.trimEnd()}\n表3 常住人口变化\n东岸街道 | 0.0 |\n西岸街道 | 下降1.5 |\n`);
  return dataDir;
}

describe('a figure that rounds to zero, and a negative figure', () => {
  // A table value published as -0.0 printed "-0.0" in the brief (PDF and HTML) but "0.0" in the
  // CSV and the workbook; a fall printed "-1.5" with a hyphen in the brief and "−1.5" in the workbook.
  it('shows zero without a sign, and a fall with the minus sign, alike in brief, HTML, CSV and workbook', async () => {
    const dataDir = withChanges();
    const outDir = tempDir('hostile7-zero-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0), jobs: 1 });
    expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
    for (const [locale, east, west] of [
      ['en', 'East Bank', 'West Bank'],
      ['zh-CN', '东岸街道', '西岸街道'],
    ] as const) {
      const dir = path.join(outDir, edition, locale);
      const html = htmlText(readFileSync(path.join(dir, 'brief.html'), 'utf8').replaceAll('<wbr>', ''));
      expect(html, locale).toContain(`${east}0.0`);
      expect(html, locale).toContain(`${west}\u22121.5`);
      expect(html, locale).not.toMatch(/-0\.0|\u22120\.0|-1\.5/);
      if (hasPoppler) {
        const pdf = execFileSync('pdftotext', [path.join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' });
        expect(pdf, locale).toMatch(new RegExp(`${east}\\s+0\\.0\\s`));
        expect(pdf, locale).toMatch(new RegExp(`${west}\\s+\u22121\\.5\\s`));
        expect(pdf, locale).not.toMatch(/-0\.0|\u22120\.0|-1\.5/);
      }
      // The CSV is for machines: a plain hyphen-minus on a negative number, no sign on zero.
      const csv = readFileSync(path.join(dir, 'data', 'table-change.csv'), 'utf8');
      expect(csv).toContain(`${east},0.0,east`);
      expect(csv).toContain(`${west},-1.5,west`);
      // The workbook: 0 (shown 0.0) and −1.5 through the negative section of its number format.
      const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'workbook.xlsx')));
      const sheets = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async('string')),
      );
      const strings = (await zip.file('xl/sharedStrings.xml')!.async('string'))
        .match(/<si>.*?<\/si>/g)!
        .map((s) => unescapeXml(s.replace(/<[^>]*>/g, '')));
      const valueBeside = (label: string) => {
        const index = strings.indexOf(label);
        for (const sheet of sheets) {
          const row = sheet.match(new RegExp(`<row [^>]*><c [^>]*t="s"><v>${index}</v></c><c [^>]*><v>([^<]*)</v>`));
          if (row) return row[1];
        }
        return undefined;
      };
      expect(valueBeside(east), locale).toBe('0');
      expect(valueBeside(west), locale).toBe('-1.5');
    }
  });
});

describe('a CSV number that rounds to zero', () => {
  // csvField(-0.04, 1) wrote "-0.0" (toFixed keeps the sign of a value that rounds to zero).
  it('is written without a sign', () => {
    expect([csvField(-0.04, 1), csvField(-1e-17, 2), csvField(-0, 0), csvField(-0.06, 1)]).toEqual(['0.0', '0.00', '0', '-0.1']);
  });
});
