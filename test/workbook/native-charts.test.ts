import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { fill, loadUiStrings, lookup } from '../../src/present/strings.js';
import { editionValues } from '../../src/present/reader.js';
import { growthComparisons } from '../../src/present/growth-targets.js';
import { basisWords, byGrowthBasis } from '../../src/present/growth-basis.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { buildWorkbook } from '../../src/workbook/build.js';
import { chartTable } from '../../src/workbook/chart-tables.js';
import { sharedAxisEnd } from '../../src/workbook/place-charts.js';
import { palette } from '../../src/present/palette.js';
import { chinesePunctuation } from '../../src/present/typography.js';
import { defaultDataDir, repoRoot, validateDir, unescapeXml, zipText } from '../helpers.js';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const plan = buildPlan(dataset.editions[0]!, units, dataset.glossary!, []);
const buildDate = new Date('2025-01-15T00:00:00Z');
const dir = process.env.XLCHARTS_OUT ?? mkdtempSync(path.join(tmpdir(), 'xlcharts-'));

interface Book {
  readonly file: string;
  readonly zip: JSZip;
  /** Every chart of the brief, with its title and alt text: each has a table in the workbook and a native chart. */
  readonly expected: readonly { id: string; title: string; alt: string }[];
}
const books = new Map<Locale, Book>();

beforeAll(async () => {
  for (const locale of locales) {
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(repoRoot, locale, sink)!;
    const charts = await renderEditionCharts(repoRoot, plan, locale, strings, units, sink);
    const bytes = (await buildWorkbook({ rootDir: repoRoot, plan, locale, strings, units, charts, buildDate }, sink))!;
    expect(sink.items).toEqual([]);
    const file = path.join(dir, `workbook-${locale}.xlsx`);
    writeFileSync(file, bytes);
    const expected = charts.map((c) => ({ id: c.id, title: c.title, alt: c.alt }));
    books.set(locale, { file, zip: await JSZip.loadAsync(bytes), expected });
  }
}, 60_000);

/** The values of the cells of a chart's range ('Sheet'!$B$5:$B$9), as the workbook holds them. */
async function cellsOf(file: string, ref: string): Promise<unknown[]> {
  const [, quoted, from, to] = /^'((?:[^']|'')+)'!\$?([A-Z]+\$?\d+)(?::\$?([A-Z]+\$?\d+))?$/.exec(ref)!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(quoted!.replace(/''/g, "'"))!;
  const [c1, r1] = [/[A-Z]+/.exec(from!.replace('$', ''))![0], Number(/\d+/.exec(from!)![0])];
  const r2 = to ? Number(/\d+/.exec(to)![0]) : r1;
  return Array.from({ length: r2 - r1 + 1 }, (_, i) => ws.getCell(`${c1}${r1 + i}`).value);
}

describe('a chart drawn in parts, one per price basis (publication review 11)', () => {
  it('gives every part one value axis, ending at a round number above the largest bar', async () => {
    expect(sharedAxisEnd([12.8, 6, 4.4])).toBe(15);
    expect(sharedAxisEnd([6, 5.6])).toBe(8);
    expect(sharedAxisEnd([95.59, 3])).toBe(120);
    expect(sharedAxisEnd([-1, 5])).toBeUndefined();
    expect(sharedAxisEnd(['[x]'])).toBeUndefined();
    for (const locale of locales) {
      const { zip } = books.get(locale)!;
      const byTitle = new Map<string, string[]>();
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
        const xml = await zipText(zip, name);
        const max = /<c:valAx>[\s\S]*?<c:max val="([^"]+)"\/>/.exec(xml)?.[1] ?? 'auto';
        // The axis ends at a labelled tick: the end is a whole number of tick steps.
        const step = /<c:majorUnit val="([^"]+)"\/>/.exec(xml)?.[1];
        if (max !== 'auto') expect(Number.isInteger(Number(max) / Number(step)), `${name}: ${max} by ${step}`).toBe(true);
        // A part's title is the chart's title, then its part after a colon (place-charts.ts partTitle).
        const title = /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!.split(/[:：]/)[0]!;
        byTitle.set(title, [...(byTitle.get(title) ?? []), max]);
      }
      const parted = [...byTitle].filter(([, maxes]) => maxes.length > 1);
      expect(parted.length, `${locale}: the default edition has a chart in parts`).toBeGreaterThan(0);
      for (const [title, maxes] of parted) {
        expect(new Set(maxes).size, `${locale} ${title}: ${maxes.join(', ')}`).toBe(1);
        expect(maxes[0], title).not.toBe('auto');
      }
    }
  });
});

describe('native charts', () => {
  for (const locale of locales) {
    it(`${locale}: every chart of the brief is a chart part, with a drawing, relationships and content types; no pictures`, async () => {
      const { zip, expected } = books.get(locale)!;
      expect(expected.length).toBeGreaterThan(0);
      const chartFiles = Object.keys(zip.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .sort();
      // One part per chart, or one per column where a chart's columns could not share an axis.
      expect(chartFiles.length).toBeGreaterThanOrEqual(expected.length);
      expect(Object.keys(zip.files).filter((n) => n.startsWith('xl/media/'))).toEqual([]);
      const types = await zipText(zip, '[Content_Types].xml');
      const titles: string[] = [];
      const sortedParts = new Map<string, boolean>();
      for (const name of chartFiles) {
        expect(types).toContain(
          `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
        );
        const xml = await zipText(zip, name);
        titles.push(/<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!);
        // Categories and values are references to the table's cells, with cached values.
        expect(xml).toMatch(
          /<c:cat><c:strRef><c:f>'[^<]+'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/c:f><c:strCache><c:ptCount val="\d+"\/><c:pt idx="0">/,
        );
        expect(xml).toMatch(
          /<c:val><c:numRef><c:f>'[^<]+'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/c:f><c:numCache><c:formatCode>[^<]*<\/c:formatCode><c:ptCount val="\d+"\/><c:pt idx="\d+"><c:v>-?\d/,
        );
        // Bars start at zero: the value axis is pinned at zero on the side of the values' sign.
        const cached = [...xml.matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)].flatMap((m) =>
          [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
        );
        expect(cached.length, name).toBeGreaterThan(0);
        // Only cells that hold a number are plotted: every category has a value in every series,
        // and every cell a series refers to holds a number on its sheet (no shorthand text).
        const categories = Number(/<c:cat>[\s\S]*?<c:ptCount val="(\d+)"/.exec(xml)![1]);
        for (const ser of xml.match(/<c:val>[\s\S]*?<\/c:val>/g)!) {
          expect(Number(/<c:ptCount val="(\d+)"/.exec(ser)![1]), name).toBe(categories);
          expect([...ser.matchAll(/<c:pt idx="(\d+)">/g)].length, name).toBe(categories);
          const ref = /<c:f>([^<]*)<\/c:f>/.exec(ser)![1]!.replace(/&apos;/g, "'");
          const cells = await cellsOf(books.get(locale)!.file, ref);
          expect(cells.length, ref).toBe(categories);
          for (const cell of cells) expect(typeof cell, `${ref}: ${String(cell)}`).toBe('number');
        }
        // Largest first, by one of its series (the one the brief's chart sorts by); a chart drawn
        // in parts keeps its first part's order, so that each row stays in its place.
        sortedParts.set(
          name,
          xml.match(/<c:val>[\s\S]*?<\/c:val>/g)!.some((ser) => {
            const values = [...ser.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1]));
            return values.every((v, i) => i === 0 || v <= values[i - 1]!);
          }),
        );
        const scaling = /<c:valAx>[\s\S]*?<c:scaling>([\s\S]*?)<\/c:scaling>/.exec(xml)![1]!;
        if (cached.every((v) => v >= 0)) expect(scaling, name).toContain('<c:min val="0"/>');
        else if (cached.every((v) => v <= 0)) expect(scaling, name).toContain('<c:max val="0"/>');
        // Title, both axis titles, the palette's first colour.
        expect(xml.match(/<c:title>/g)!.length).toBe(3);
        expect(xml).toContain(`<a:srgbClr val="${palette[0].slice(1)}"/>`);
      }
      // Each part is titled with its chart's title, followed by its column where the chart is drawn in parts.
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const part = lookup(strings, 'workbook.chartPart')!;
      const typography = locale === 'zh-CN' ? chinesePunctuation : (t: string) => t;
      for (const title of titles.map(unescapeXml)) {
        const owners = expected.filter(
          (c) => title === typography(c.title) || title.startsWith(fill(part, { title: typography(c.title), column: '' })),
        );
        expect(owners.length, title).toBe(1);
      }
      for (const c of expected)
        expect(
          titles.map(unescapeXml).some((t) => t.startsWith(typography(c.title))),
          c.title,
        ).toBe(true);

      // Each drawing: one graphic frame per chart with its alt text, related to its chart parts;
      // each drawing related from exactly one sheet that names it with <drawing r:id>.
      const drawings = Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
      const alts: string[] = [];
      let related = 0;
      for (const drawing of drawings) {
        expect(types).toContain(
          `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
        );
        const xml = await zipText(zip, drawing);
        for (const m of xml.matchAll(/<xdr:cNvPr [^>]*descr="([^"]*)"/g)) alts.push(unescapeXml(m[1]!));
        const rels = await zipText(zip, `${drawing.replace('drawings/', 'drawings/_rels/')}.rels`);
        for (const m of xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)) {
          const target = new RegExp(`Id="${m[1]}" Type="[^"]+/chart" Target="\\.\\./charts/(chart\\d+\\.xml)"`).exec(rels);
          expect(target, `${drawing} ${m[1]}`).not.toBeNull();
          expect(chartFiles).toContain(`xl/charts/${target![1]}`);
          related++;
        }
        const name = drawing.split('/').pop()!;
        const sheetRels = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n));
        const owners: string[] = [];
        for (const relsName of sheetRels) {
          const m = new RegExp(`Id="([^"]+)" Type="[^"]+/drawing" Target="\\.\\./drawings/${name}"`).exec(await zipText(zip, relsName));
          if (!m) continue;
          owners.push(relsName);
          const sheet = await zipText(zip, relsName.replace('_rels/', '').replace(/\.rels$/, ''));
          expect(sheet).toContain(`<drawing r:id="${m[1]}"/>`);
          // CT_Worksheet order: the drawing before the table parts.
          expect(sheet.indexOf('<drawing ')).toBeLessThan(sheet.indexOf('<tableParts') === -1 ? Infinity : sheet.indexOf('<tableParts'));
        }
        expect(owners.length, drawing).toBe(1);
      }
      expect(related).toBe(chartFiles.length);
      // The brief's text alternative, or the workbook's own where it draws the chart otherwise (columns, not bars with marks).
      const uiStrings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const altOf = (c: { id: string; alt: string }) => {
        const own = lookup(uiStrings, `charts.${c.id}.workbookAlt`);
        return own === undefined ? c.alt : fill(own, editionValues(plan.edition, locale));
      };
      expect([...new Set(alts)].sort()).toEqual(expected.map((c) => typography(altOf(c))).sort());
    });
  }

  it('every chart of the brief has a workbook table to be drawn from', () => {
    const ids = books.get('en')!.expected.map((c) => c.id);
    expect(ids).toContain('growth-vs-target');
    for (const id of ids) expect(chartTable(id, plan.tables), id).toBeDefined();
  });

  for (const locale of locales) {
    it(`${locale}: the headline growth chart is one chart per price basis, each plotting only growth at its basis, titled with it`, async () => {
      const { zip, expected } = books.get(locale)!;
      const chart = expected.find((c) => c.id === 'headline-growth')!;
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      const typography = locale === 'zh-CN' ? chinesePunctuation : (t: string) => t;
      const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      const xmls = await Promise.all(parts.map((n) => zipText(zip, n)));
      const mine = xmls.filter((x) => x.includes(`<a:t>${typography(chart.title).replace(/&/g, '&amp;')}`));
      const basisOf = new Map(
        byGrowthBasis(plan.headline).flatMap(({ basis, figures }) => figures.map((f) => [typography(f.label[lang]), basis] as const)),
      );
      const groups = byGrowthBasis(plan.headline);
      // The default edition has growth on both bases: one chart of both would compare across them.
      expect(groups.length).toBe(2);
      expect(mine.length).toBe(groups.length);
      const seen: string[] = [];
      for (const xml of mine) {
        const title = /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!;
        const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
        expect(series.length, title).toBe(1);
        const categories = [.../<c:cat>[\s\S]*?<\/c:cat>/.exec(series[0]!)![0].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map(
          (m) => m[2]!.replace(/&amp;/g, '&'),
        );
        const bases = new Set(categories.map((label) => basisOf.get(label)));
        // One basis a chart, named in its title.
        expect(bases.size, title).toBe(1);
        const basis = [...bases][0]!;
        expect(basis, title).toBeDefined();
        expect(title).toContain(basisWords(strings, basis!));
        // The brief's order: largest first within the basis.
        const figures = groups.find((g) => g.basis === basis)!.figures;
        expect(categories).toEqual([...figures].sort((a, b) => b.growth!.value - a.growth!.value).map((f) => typography(f.label[lang])));
        seen.push(basis!);
      }
      // Comparable prices first, as the brief's chart.
      expect(seen).toEqual(groups.map((g) => g.basis));
    });

    it(`${locale}: each chart's category axis says what its rows are, in the workbook's language, never the generic column header`, async () => {
      const { zip, expected } = books.get(locale)!;
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const say = (key: string) => fill(lookup(strings, key)!, editionValues(plan.edition, locale));
      const typography = locale === 'zh-CN' ? chinesePunctuation : (t: string) => t;
      const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      const axisTitles = new Map<string, string>();
      for (const name of parts) {
        const xml = await zipText(zip, name);
        const title = /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!.replace(/&amp;/g, '&');
        const axis = /<c:catAx>[\s\S]*?<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!.replace(/&amp;/g, '&');
        expect(axis, title).not.toBe(typography(say('workbook.columns.indicator')));
        const owner = expected.find((c) => title.startsWith(typography(c.title)))!;
        axisTitles.set(owner.id, axis);
      }
      expect(axisTitles.get('headline-growth')).toBe(typography(say('workbook.chartAxes.headlineGrowth')));
      expect(axisTitles.get('growth-vs-target')).toBe(typography(say('workbook.chartAxes.growthVsTarget')));
      // A statistical table's chart: the table's dimension (its rows).
      for (const table of plan.tables.filter((t) => t.chart)) {
        const axis = axisTitles.get(`table-${table.id}`);
        expect(axis, table.id).toBe(typography(locale === 'zh-CN' ? table.dimension.zh : table.dimension.en));
      }
    });

    it(`${locale}: the growth-against-target chart is two series (last year's growth, this year's target) on the cells of its own table's sheet`, async () => {
      const { zip, expected } = books.get(locale)!;
      const chart = expected.find((c) => c.id === 'growth-vs-target')!;
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const say = (key: string) => fill(lookup(strings, key)!, editionValues(plan.edition, locale));
      // The chart's own sheet: its data, then the chart.
      const sheet = `'${say('workbook.sheets.chart.name').replace('{n}', String(expected.indexOf(chart) + 1))}'`;
      const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      const xmls = await Promise.all(parts.map((n) => zipText(zip, n)));
      const xml = xmls.find((x) => x.includes(`<a:t>${chart.title.replace(/&/g, '&amp;')}</a:t>`));
      expect(xml, chart.title).toBeDefined();
      const refs = [...xml!.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
      // Per series: its name (the header cell), the categories and the values; all on the table's sheet.
      expect(refs.length).toBe(6);
      for (const ref of refs) expect(ref.startsWith(`${sheet}!`), ref).toBe(true);
      // Series written in the brief's order (last year's growth, then this year's target), each
      // with that c:order, in columns: Excel and LibreOffice both draw last year's column left of
      // the target's and list the legend in that order (in horizontal bars LibreOffice lists the
      // legend last series first; the LibreOffice test below reads the printed legend).
      expect(xml).toContain('<c:barDir val="col"/>');
      const written = [...xml!.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
      const order = (ser: string) => Number(/<c:order val="(\d+)"\/>/.exec(ser)![1]);
      const idx = (ser: string) => Number(/<c:idx val="(\d+)"\/>/.exec(ser)![1]);
      expect(written.map(order)).toEqual([0, 1]);
      expect(written.map(idx)).toEqual([0, 1]);
      const series = written;
      expect(series.length).toBe(2);
      const names = series.map((ser) => /<c:tx><c:strRef>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]);
      expect(names).toEqual([say('workbook.columns.previous'), say('workbook.columns.growthTarget')]);
      // The cached values are the comparisons' figures, highest target first (as the brief's chart).
      const comparisons = [...growthComparisons(plan)].sort((a, b) => b.value - a.value);
      const cached = (ser: string) =>
        [.../<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
      expect(cached(series[0]!)).toEqual(comparisons.map((c) => c.previous.value));
      expect(cached(series[1]!)).toEqual(comparisons.map((c) => c.value));
      // A legend names the two series; the value axis says what both measure.
      expect(xml).toContain('<c:legend>');
      const valueTitle = /<c:valAx>[\s\S]*?<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml!)![1];
      expect(valueTitle).toBe(say('workbook.columns.growth'));
      // Its text alternative describes these columns, not the brief's bars with a target mark across each.
      const drawings = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))
          .map((n) => zipText(zip, n)),
      );
      const descr = drawings
        .flatMap((d) => [...d.matchAll(/<xdr:cNvPr [^>]*title="([^"]*)" descr="([^"]*)"/g)])
        .find((m) => unescapeXml(m[1]!) === chart.title)?.[2];
      expect(descr && unescapeXml(descr)).toBe(say('charts.growth-vs-target.workbookAlt'));
      expect(say('charts.growth-vs-target.workbookAlt')).not.toBe(chart.alt);
    });
  }
});
