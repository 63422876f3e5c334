/**
 * Issue 28, fourth pass: text from the data read back as the data has it by a spreadsheet, where
 * the XML part it is written in gives some characters a meaning of their own.
 *
 * - A workbook's shared strings, table column names and a chart's cached labels are OOXML's
 *   ST_Xstring, where `_xHHHH_` stands for U+HHHH: a label holding "_x000D_" opened in LibreOffice
 *   as a carriage return in the cell (the control character validation refuses, let in), and
 *   Excel shows "_x0041_" as "A".
 * - A sheet named "_x0041_ it's" is read as "A it's": every link and check formula naming it
 *   pointed at no sheet (LibreOffice recalculated the check sums as 0).
 * - A page header's `&` starts a code: a district named "R&D" printed "R", the date and the
 *   page number on every page of the printed workbook.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import type { Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import { uniqueSheetNames, validSheetName } from '../../src/workbook/sheet-names.js';
import { escapeXstring } from '../../src/workbook/xstring.js';
import { defaultDataDir, editText, fullSize, makeDataDir, repoRoot, validateDir, unescapeXml } from '../helpers.js';

const runs = Number(process.env.PROPERTY_RUNS ?? (fullSize ? 5000 : 500));
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261207;
const buildDate = new Date('2025-01-15T00:00:00Z');

/** How Excel and LibreOffice read ST_Xstring: each `_xHHHH_`, left to right, is the character it names. */
const readXstring = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/**
 * A page header as Excel prints it: `&&` is an ampersand, `&L`, `&C`, `&R` start a section, and
 * any other `&x` is a code (the date, the page, the sheet's name…), returned apart.
 */
function readHeader(header: string): { left: string; codes: string[] } {
  let left = '';
  let section = 'L';
  const codes: string[] = [];
  for (let i = 0; i < header.length; i++) {
    const ch = header[i]!;
    if (ch !== '&') {
      if (section === 'L') left += ch;
      continue;
    }
    const next = header[++i] ?? '';
    if (next === '&') {
      if (section === 'L') left += '&';
    } else if ('LCR'.includes(next)) section = next;
    else codes.push(`${section}${next}`);
  }
  return { left, codes };
}

const hostileLabel = 'Gross _x0041_ product _x000D_ (GDP) _x005F_x0041_ &D';
const hostileDistrict = 'R&D &P Park & Co';
const hostileHeader = 'Projects _x0009_';
const formulaLabel = '=HYPERLINK("https://evil.example/","Services value added")';

async function hostileWorkbook(locale: Locale) {
  // The default edition: its GDP is plotted in a native chart.
  const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
  const edition = path.join(dataDir, 'editions', 'binjiang-2025');
  editText(path.join(edition, 'headline.yaml'), 'en: "Gross domestic product (GDP)"', `en: ${JSON.stringify(hostileLabel)}`);
  editText(path.join(edition, 'edition.yaml'), 'en: "Binjiang District"', `en: ${JSON.stringify(hostileDistrict)}`);
  editText(path.join(edition, 'tables.yaml'), 'en: "Projects"', `en: ${JSON.stringify(hostileHeader)}`);
  editText(path.join(edition, 'headline.yaml'), 'en: "Services value added"', `en: ${JSON.stringify(formulaLabel)}`);
  editText(path.join(edition, 'tables.yaml'), 'en: "Table 2. ', 'en: "-Table 2. ');
  const { diagnostics, dataset } = validateDir(dataDir);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, diagnostics);
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(repoRoot, locale, sink)!;
  const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
  const bytes = (await buildWorkbook({ rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate }, sink))!;
  expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
  return JSZip.loadAsync(bytes);
}

describe('workbook text as a spreadsheet reads it', () => {
  it('shared strings, table column names and chart labels read back as the data has them', async () => {
    const zip = await hostileWorkbook('en');
    const parts = Object.keys(zip.files);
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    const cells = [...shared.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => readXstring(unescapeXml(m[1]!)));
    expect(cells).toContain(hostileLabel);
    for (const cell of cells) expect(cell).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    // Every table column name reads as its header cell (else Excel repairs the file), the hostile one included.
    const columnNames: string[] = [];
    for (const name of parts.filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
      const xml = await zip.file(name)!.async('string');
      for (const m of xml.matchAll(/<tableColumn [^>]*?name="([^"]*)"/g)) columnNames.push(readXstring(unescapeXml(m[1]!)));
    }
    for (const name of columnNames) expect(cells).toContain(name);
    expect(columnNames).toEqual(expect.arrayContaining([expect.stringContaining(hostileHeader)]));
    const chartLabels: string[] = [];
    for (const name of parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))) {
      const xml = await zip.file(name)!.async('string');
      for (const m of xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)) chartLabels.push(readXstring(unescapeXml(m[1]!)));
    }
    expect(chartLabels).toContain(hostileLabel);
  });

  it("the page header prints the district's ampersands as ampersands, with no code but the sheet's name", async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const zip = await hostileWorkbook(locale);
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const header = unescapeXml(/<oddHeader>([^<]*)<\/oddHeader>/.exec(sheet)![1]!);
      const { left, codes } = readHeader(header);
      expect(codes).toEqual(['RA']);
      if (locale === 'en') expect(left).toBe(`${hostileDistrict} 2025 plan data`);
      else expect(left).not.toContain('&');
    }
  });

  it(`escaped text reads back as given (${runs} generated texts)`, () => {
    const piece = fc.oneof(
      fc.constantFrom('_', 'x', '_x', '_x0041_', '_x000D_', '_x005F_', '_X0041_', '_x00zz_', '0', 'F', 'a', '&', '<'),
      fc.stringMatching(/^_x[0-9A-Fa-f]{4}_$/),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(readXstring(escapeXstring(text))).toBe(text);
        // Text without such a sequence is written as it is.
        if (!/_x[0-9A-Fa-f]{4}_/.test(text)) expect(escapeXstring(text)).toBe(text);
      }),
      { numRuns: runs, seed },
    );
  });
});

describe('text that a spreadsheet could read as a formula', () => {
  it('is a text cell formatted as text ("@"), wherever it stands, so that editing it keeps it text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await hostileWorkbook('en')).generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
    const formulaLike: { sheet: string; text: string; numFmt: string | undefined }[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          const text =
            typeof value === 'string'
              ? value
              : value !== null && typeof value === 'object' && 'text' in value
                ? String(value.text)
                : undefined;
          if (text === undefined || !/^[=+\-@]/.test(text)) return;
          // Written as text, never as a formula.
          expect(cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Hyperlink).toBe(true);
          formulaLike.push({ sheet: ws.name, text, numFmt: cell.numFmt });
        }),
      ),
    );
    // The label on its sheets and charts' sheets, and the caption as a sheet title and in the contents and checks.
    expect(formulaLike.filter((c) => c.text === formulaLabel).length).toBeGreaterThan(1);
    expect(formulaLike.filter((c) => c.text.startsWith('-Table 2.')).length).toBeGreaterThan(1);
    for (const cell of formulaLike) expect(cell).toEqual({ ...cell, numFmt: '@' });
  });
});

describe('sheet names a spreadsheet would read as other names', () => {
  it('validation refuses _xHHHH_ in a sheet name, in both languages; mending takes it apart', () => {
    const dataDir = makeDataDir();
    const sheetLine = '    dimension: {zh: 领域, en: Sector}';
    editText(
      path.join(dataDir, 'editions', 'demo-2026', 'tables.yaml'),
      sheetLine,
      `${sheetLine}\n    sheet: {zh: 表, en: "_x0041_ it's"}`,
    );
    const problems = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(problems.map((d) => d.message)).toEqual([expect.stringContaining('_x0041_')]);
    expect(problems[0]!.messageZh).toContain('_x0041_');
    expect(validSheetName("_x0041_ it's")).toBe("-x0041_ it's");
    expect(validSheetName('_x005F_x0041_')).toBe('-x005F-x0041_');
    for (const name of uniqueSheetNames(['_x0041_', '-x0041_', '_X00aF_'], ['Cover'])) expect(readXstring(name)).toBe(name);
  });
});
