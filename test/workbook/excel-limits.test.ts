/**
 * Issue 28, sixth pass: Excel's limits on text the data fills. A table column's name and a page
 * header are at most 255 characters in Excel ([MS-OI29500] 2.1.681 tableColumn, 2.1.651 and 2.1.647
 * header and footer), where the schema lets a label, a dimension or a district name have 300: the
 * workbook of such an edition was one Excel repairs on opening.
 */
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { textLimits } from '../../src/dataset/schema.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import type { Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import { excelTextLimit, fittedHeaderFooter, uniqueColumnNames } from '../../src/workbook/sheet-names.js';
import { demoEditionDir, editText, makeDataDir, repoRoot, validateDir, unescapeXml } from '../helpers.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261207;
// Texts at the schema's limit for what heads a column (textLimits.header), which, with a unit and
// " (2)", keeps a column name within Excel's 255; the district heads the page header as well.
const long = (start: string, filler: string) => (start + filler.repeat(textLimits.header)).slice(0, textLimits.header);

async function longLabelWorkbook(locale: Locale): Promise<JSZip> {
  const dataDir = makeDataDir();
  const edition = path.join(dataDir, 'editions', path.basename(demoEditionDir));
  const file = (name: string) => path.join(edition, name);
  editText(
    file('edition.yaml'),
    'district: {zh: 示例区, en: Demo District}',
    `district: {zh: ${long('示例区', '示例')}, en: "${long('R&D Park ', 'R&D ')}"}`,
  );
  // The district is named in the document (plan:source-phrase-found).
  editText(file('source.txt'), '示例市示例区', `${long('示例区', '示例')}\n示例市示例区`);
  // Two figure columns whose labels differ only near their end, a dimension and a column of words at the limit.
  editText(file('tables.yaml'), 'en: Projects}', `en: "${long('Projects ', 'of the plan ')}"}`);
  editText(
    file('tables.yaml'),
    'en: Total investment (RMB 100 million)}',
    `en: "${long('Projects ', 'of the plan ').slice(0, textLimits.header - ' (RMB 100 million)'.length)} (RMB 100 million)"}`,
  );
  editText(
    file('tables.yaml'),
    'dimension: {zh: 领域, en: Sector}',
    `dimension: {zh: 领域, en: "${long('Sector ', 'or field ')}"}\n    textColumns: [{id: scope, label: {zh: 口径, en: "${long('Scope ', 'of count ')}"}}]`,
  );
  const { diagnostics, dataset } = validateDir(dataDir);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, diagnostics);
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(repoRoot, locale, sink)!;
  const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
  const buildDate = new Date('2026-01-15T00:00:00Z');
  const bytes = (await buildWorkbook({ rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate }, sink))!;
  expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
  return JSZip.loadAsync(bytes);
}

describe("Excel's 255-character limits", () => {
  it('table column names and page headers of an edition with labels at the schema limit are at most 255 characters, distinct, and the header cells', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const zip = await longLabelWorkbook(locale);
      const parts = Object.keys(zip.files);
      const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
      const cells = new Set([...shared.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!)));
      let longest = 0;
      for (const name of parts.filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
        const xml = await zip.file(name)!.async('string');
        const names = [...xml.matchAll(/<tableColumn [^>]*?name="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
        for (const n of names) {
          expect(n.length, `${locale} ${name}`).toBeLessThanOrEqual(excelTextLimit);
          expect(cells.has(n), `${locale}: the header cell holds the column's name`).toBe(true);
          longest = Math.max(longest, n.length);
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size, `${locale} ${name}`).toBe(names.length);
      }
      // The long labels reached the table whole.
      if (locale === 'en') expect(longest).toBeGreaterThanOrEqual(textLimits.header);
      for (const name of parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
        const xml = await zip.file(name)!.async('string');
        for (const m of xml.matchAll(/<(odd|even|first)(Header|Footer)>([^<]*)</g)) {
          const text = unescapeXml(m[3]!);
          expect(text.length, `${locale} ${name} ${m[1]}${m[2]}`).toBeLessThanOrEqual(excelTextLimit);
          // Cut between ampersand pairs, never inside one: no code but the sheet's name (&A) and the section marks.
          expect(
            text
              .replace(/&&/g, '')
              .replace(/&[LCR]/g, '')
              .replace(/&[APN]/g, ''),
          ).not.toContain('&');
        }
      }
    }
  }, 60_000);

  it('any names and values: at most 255 characters, distinct column names, whole ampersand pairs', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'A', '&', ' ', '发', '\u{20000}', '…', '(2)'), maxLength: 700 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), text, (wanted, district) => {
        const names = uniqueColumnNames(wanted);
        for (const n of names) expect(n.length).toBeLessThanOrEqual(excelTextLimit);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        const header = fittedHeaderFooter((v) => `&L${v.district} ${v.planYear} plan data&R&A`, { district, planYear: 2026 });
        expect(header.length).toBeLessThanOrEqual(excelTextLimit);
        expect(header.endsWith(' 2026 plan data&R&A')).toBe(true);
        expect(header.slice(2, -19).replace(/&&/g, '')).not.toContain('&');
        // No lone surrogate from a cut.
        expect(header).not.toMatch(/\p{Cs}/u);
      }),
      { numRuns: runs, seed },
    );
  });
});
