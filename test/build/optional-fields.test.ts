/**
 * Fields a document may not state (issue 24): the indicators' numbers, the caption of its targets
 * table and who issued it. An edition entered without them validates and builds, and readers see
 * what the document gives: no number column, the brief's own caption, "not stated" for the issuer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { editFile, htmlText, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

const edition = 'demo-2026';
const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', edition, name);
const strip = (file: string, line: RegExp) => editFile(file, (text) => text.replace(line, ''));

function withoutUnstated(): string {
  const dataDir = makeDataDir();
  strip(fileOf(dataDir, 'review-targets.yaml'), /^\s+no: \d+\n/gm);
  strip(fileOf(dataDir, 'review-targets.yaml'), /^caption(Source)?: .*\n/gm);
  strip(fileOf(dataDir, 'edition.yaml'), /^issuer: .*\n/m);
  return dataDir;
}

describe('fields a document may not state: row numbers, the targets caption, the issuer', () => {
  it('an edition without them validates with no error and builds; readers see what the document gives', async () => {
    const dataDir = withoutUnstated();
    const { diagnostics } = validateDir(dataDir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const outDir = tempDir('optional-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) });
    expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);

    const en = htmlText(readFileSync(path.join(outDir, edition, 'en', 'brief.html'), 'utf8'));
    expect(en).toContain('Report issued by');
    expect(en).toContain('not stated in the document');
    expect(en).toContain('The document does not state who issued it.');
    expect(en).toContain('Main targets for 2025 and their results');
    const enHtml = readFileSync(path.join(outDir, edition, 'en', 'brief.html'), 'utf8');
    const table1 = /<table aria-labelledby="tbl-1-caption">[\s\S]*?<\/table>/.exec(enHtml)?.[0] ?? '';
    expect(table1).toContain('Indicator');
    expect(table1).not.toContain('>No.<');

    const zh = htmlText(readFileSync(path.join(outDir, edition, 'zh-CN', 'brief.html'), 'utf8'));
    expect(zh).toContain('原文未载明发布机关');
    expect(zh).toContain('2025年主要目标及完成情况');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, edition, 'en', 'workbook.xlsx'));
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    expect(cells).toContain('not stated in the document');
    expect(cells.some((c) => c.includes('not an official publication of the body that issued it'))).toBe(true);
  });

  it('the same edition with them keeps its number column and the document caption', async () => {
    const dataDir = makeDataDir();
    const outDir = tempDir('optional-out-');
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) })).ok).toBe(true);
    const enHtml = readFileSync(path.join(outDir, edition, 'en', 'brief.html'), 'utf8');
    const table1 = /<table aria-labelledby="tbl-1-caption">[\s\S]*?<\/table>/.exec(enHtml)?.[0] ?? '';
    expect(table1).toContain('>No.<');
    expect(htmlText(enHtml)).not.toContain('not stated in the document');
  });

  it('numbers on some rows only, or a caption without its source phrase, are errors that say what to do', () => {
    const dataDir = makeDataDir();
    const file = fileOf(dataDir, 'review-targets.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^\s+no: 2\n/m, '')
        .replace(/^captionSource: .*\n/m, ''),
    );
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('review-targets.yaml'));
    const messages = errors.map((d) => d.message).join('\n');
    expect(messages).toContain('no on every row (the document numbers its indicators) or on none');
    expect(messages).toContain('caption and captionSource together');
    expect(errors.every((d) => d.place.line > 0)).toBe(true);
  });
});
