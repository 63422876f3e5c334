/**
 * Editions of other shapes: a review-year-only edition (no plan-year targets, work sections,
 * statistical or project tables) and the smallest edition there can be (metadata, source and a few
 * headline results). Both validate and build; their briefs and workbooks show the parts each has
 * and nothing else: no heading without content, no empty table, no heading, chart or sheet of a
 * part it lacks. What is absent is derived from each edition's data, never listed per edition.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, composeBrief } from '../../src/brief/brief.js';
import type { PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { buildReports } from '../../src/build/pipeline.js';
import { renderEditionCharts } from '../../src/charts/charts.js';
import type { RenderedChart } from '../../src/charts/render.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import type { DocNode } from '../../src/present/document.js';
import { editionValues } from '../../src/present/reader.js';
import { growthComparisons } from '../../src/present/growth-targets.js';
import { fill, loadUiStrings, lookup, type UiStrings } from '../../src/present/strings.js';
import { typographyFor } from '../../src/present/typography.js';
import {
  demoEditionDir,
  makeDataDir,
  minimalEditionDir,
  repoRoot,
  reviewOnlyEditionDir,
  tempDir,
  validateDir,
  withoutBreakMarks,
} from '../helpers.js';

const fixedDate = new Date('2025-01-15T00:00:00Z');
const shaped = [reviewOnlyEditionDir, minimalEditionDir].map((dir) => path.basename(dir));
/** The invented edition with every part: the control that the checks below see a part when it is there. */
const complete = path.basename(demoEditionDir);

/**
 * The parts an edition may have, each with what shows it: its headings (interface string keys),
 * its charts (by id) and its workbook sheets (by `workbook.sheets.<key>`). Whether an edition has
 * the part is read from its plan model.
 */
interface Part {
  readonly name: string;
  readonly present: (plan: Plan) => boolean;
  readonly headings: readonly string[];
  readonly charts: (id: string) => boolean;
  readonly sheets: readonly string[];
}
const chartIds =
  (...ids: string[]) =>
  (id: string) =>
    ids.includes(id);
const parts: readonly Part[] = [
  {
    name: 'headline results',
    present: (p) => p.headline.length > 0,
    headings: ['brief.dashboard.title'],
    charts: chartIds('headline-growth'),
    sheets: ['headline'],
  },
  {
    name: 'review-year targets table',
    present: (p) => p.reviewTargets !== undefined,
    // The notes on how statuses are judged explain the targets table's statuses.
    headings: ['brief.targets.reviewTitle', 'brief.notes.statusTitle'],
    // No chart: one of its rows would repeat the table printed beside it.
    charts: chartIds(),
    sheets: ['reviewTargets'],
  },
  {
    name: 'plan-year main targets',
    present: (p) => p.planTargets.main.length > 0,
    headings: ['brief.targets.planTitle'],
    charts: chartIds(),
    sheets: [],
  },
  {
    name: 'plan-year growth targets beside the review-year growth',
    present: (p) => growthComparisons(p).length > 0,
    headings: [],
    charts: chartIds('growth-vs-target'),
    // The table the native growth-against-target chart is drawn from.
    sheets: ['growthTargets'],
  },
  {
    name: 'plan-year targets of any kind',
    present: (p) => p.planTargets.main.length + p.planTargets.work.length > 0,
    headings: [],
    charts: chartIds(),
    sheets: ['planTargets'],
  },
  {
    name: 'results by section',
    present: (p) => p.sections.review.length > 0,
    headings: ['brief.review.title'],
    charts: chartIds(),
    sheets: [],
  },
  {
    name: 'quantified achievements',
    present: (p) => p.achievements.length > 0,
    headings: [],
    charts: chartIds(),
    sheets: ['achievements'],
  },
  { name: 'work sections', present: (p) => p.sections.plan.length > 0, headings: ['brief.plan.title'], charts: chartIds(), sheets: [] },
  {
    name: 'statistical tables',
    present: (p) => p.tables.length > 0,
    headings: ['brief.tables.title'],
    charts: (id) => id.startsWith('table-'),
    // The checks sheet compares the tables' published totals with their rows.
    sheets: ['checks'],
  },
  {
    name: 'project pipeline',
    present: (p) => p.projects.pipeline !== undefined,
    headings: ['brief.projects.title', 'brief.projects.pipeline'],
    charts: chartIds(),
    sheets: ['pipeline'],
  },
  {
    name: 'project reserves',
    present: (p) => p.projects.reserves.length > 0,
    headings: ['brief.projects.reserves'],
    charts: chartIds(),
    sheets: ['reserves'],
  },
  {
    name: 'problems paragraph',
    present: (p) => p.problems !== undefined,
    headings: ['brief.problems.title'],
    charts: chartIds(),
    sheets: [],
  },
];

interface Brief {
  readonly nodes: readonly DocNode[];
  readonly layout: PdfLayoutRecord;
  readonly charts: readonly RenderedChart[];
}
interface Built {
  readonly plan: Plan;
  readonly briefs: ReadonlyMap<Locale, Brief>;
  readonly workbooks: ReadonlyMap<Locale, ExcelJS.Workbook>;
  readonly strings: ReadonlyMap<Locale, UiStrings>;
}

let outDir: string;
let errors: readonly string[] = [];
let buildOk = false;
const built = new Map<string, Built>();

beforeAll(async () => {
  const dataDir = makeDataDir([reviewOnlyEditionDir, minimalEditionDir, demoEditionDir]);
  const { diagnostics, dataset } = validateDir(dataDir);
  errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.place.line} ${d.message} ${d.ruleId}`);
  outDir = tempDir('plan-shapes-');
  const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate, jobs: 1 });
  buildOk = result.ok;
  // Every check below reads the outputs: one clear failure instead of each test's own.
  if (!result.ok)
    throw new Error(`the test editions do not build:\n${[...errors, ...result.diagnostics.map((d) => d.message)].join('\n')}`);
  for (const edition of dataset.editions) {
    const id = edition.data.edition.id;
    const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
    const briefs = new Map<Locale, Brief>();
    const workbooks = new Map<Locale, ExcelJS.Workbook>();
    const stringsByLocale = new Map<Locale, UiStrings>();
    for (const locale of locales) {
      const sink = new DiagnosticSink();
      const strings = loadUiStrings(repoRoot, locale, sink)!;
      const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
      const input = { rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate: fixedDate };
      const nodes = composeBrief(input, sink);
      const brief = await buildBrief(input, sink);
      if (!nodes || !brief) throw new Error(`${id}/${locale}: ${sink.items.map((d) => d.message).join('\n')}`);
      briefs.set(locale, { nodes, layout: brief.layout, charts });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(outDir, id, locale, 'workbook.xlsx'));
      workbooks.set(locale, workbook);
      stringsByLocale.set(locale, strings);
    }
    built.set(id, { plan, briefs, workbooks, strings: stringsByLocale });
  }
}, 240_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** An interface string as the brief prints it: filled with the edition's values, with the language's punctuation. */
const said = (edition: Built, locale: Locale, key: string): string => {
  const template = lookup(edition.strings.get(locale)!, key);
  if (template === undefined) throw new Error(`no interface string ${key}`);
  return typographyFor(locale)(fill(template, editionValues(edition.plan.edition, locale)));
};
const sheetName = (edition: Built, locale: Locale, key: string): string => {
  const template = lookup(edition.strings.get(locale)!, `workbook.sheets.${key}.name`);
  if (template === undefined) throw new Error(`no sheet name for ${key}`);
  return fill(template, editionValues(edition.plan.edition, locale));
};

/** The body's blocks in reading order, headings with their level and text (from the layout record). */
function readingOrder(layout: PdfLayoutRecord): { kind: string; level?: number; text?: string }[] {
  let heading = 0;
  return layout.blocks
    .filter((block) => block.kind !== 'pagebreak')
    .map((block) => {
      if (block.kind !== 'heading') return { kind: block.kind };
      const h = layout.headings[heading++];
      if (!h) throw new Error('the layout record has fewer headings than heading blocks');
      return { kind: 'heading', level: h.level, text: h.text };
    });
}

/** Headings directly followed by a heading of the same or a higher level, or by the end. */
function emptyHeadings(layout: PdfLayoutRecord): string[] {
  const order = readingOrder(layout);
  return order.flatMap((block, i) => {
    if (block.kind !== 'heading') return [];
    const next = order[i + 1];
    const empty = next === undefined || (next.kind === 'heading' && next.level! <= block.level!);
    return empty ? [`h${block.level} "${block.text}"`] : [];
  });
}

/** Tables without rows, lists without items, and table columns with nothing but dashes or blanks. */
function emptyParts(nodes: readonly DocNode[]): string[] {
  const blank = (cell: string) => /^[\s–—-]*$/.test(cell);
  return nodes.flatMap((node) => {
    if (node.type === 'list' && node.items.length === 0) return ['a list without items'];
    if (node.type !== 'table') return [];
    if (node.rows.length === 0) return [`table "${node.caption}" without rows`];
    return node.columns.flatMap((column, c) =>
      node.rows.every((row) => blank(row.cells[c] ?? '')) ? [`column "${column.header}" of table "${node.caption}" holds nothing`] : [],
    );
  });
}

describe('editions of other shapes', () => {
  it('the checks find a heading without content and a table column holding nothing', () => {
    const block = (kind: DocNode['type']) => ({ kind, parts: [] });
    const layout = {
      blocks: [
        block('heading'),
        block('heading'),
        block('paragraph'),
        block('heading'),
        block('heading'),
        block('pagebreak'),
        block('heading'),
      ],
      headings: [
        { level: 1, text: 'A', page: 0 },
        { level: 2, text: 'A.1', page: 0 },
        { level: 2, text: 'A.2', page: 0 },
        { level: 1, text: 'B', page: 0 },
        { level: 3, text: 'B.0.1', page: 0 },
      ],
    } as unknown as PdfLayoutRecord;
    expect(emptyHeadings(layout)).toEqual(['h2 "A.2"', 'h3 "B.0.1"']);
    const table: DocNode = {
      type: 'table',
      caption: 'T',
      columns: [
        { header: 'x', align: 'left', width: 1 },
        { header: 'y', align: 'right', width: 1 },
      ],
      rows: [{ kind: 'body', cells: ['a', '–'] }],
    };
    expect(emptyParts([table, { type: 'list', items: [] }])).toEqual(['column "y" of table "T" holds nothing', 'a list without items']);
  });

  it('validate with no errors and build', () => {
    expect(errors).toEqual([]);
    expect(buildOk).toBe(true);
    expect([...built.keys()].sort()).toEqual([...shaped, complete].sort());
  });

  it('the review-year-only edition has what its document has: declines, completion rates, a structure ratio, a percentage-point change, an estimate, an earlier year, relative targets met and not met', () => {
    const plan = built.get(path.basename(reviewOnlyEditionDir))!.plan;
    const rows = plan.reviewTargets!.rows;
    expect(plan.headline.filter((h) => (h.growth?.value ?? 0) < 0).length).toBeGreaterThanOrEqual(2);
    for (const row of rows.filter((r) => r.completion !== undefined)) {
      // The published completion rate agrees with the one computed from result and target, at its precision.
      expect(row.completion!.computed, row.id).toBeDefined();
      expect(row.completion!.computed!.toFixed(row.completion!.decimals), row.id).toBe(
        row.completion!.value.toFixed(row.completion!.decimals),
      );
    }
    const completed = rows.filter((r) => r.completion !== undefined);
    expect(completed.some((r) => r.actual.some((a) => a.measure === 'growth'))).toBe(true);
    expect(completed.some((r) => r.actual.every((a) => a.measure === 'level'))).toBe(true);
    expect(plan.compositions.length).toBeGreaterThan(0);
    for (const c of plan.compositions) expect(c.parts.reduce((sum, p) => sum + p.value, 0)).toBeCloseTo(100, 6);
    expect(plan.achievements.some((a) => a.change !== undefined)).toBe(true);
    expect([...plan.headline, ...plan.achievements].some((f) => f.estimate)).toBe(true);
    expect(rows.some((r) => r.year !== undefined && r.year < plan.edition.reviewYear)).toBe(true);
    const relatives = rows.filter((r) => r.target.kind === 'relative');
    expect(relatives.map((r) => r.status).sort()).toEqual(['met', 'not-met']);
    // The document has no plan year, no tables and no projects: the edition holds none.
    expect(plan.planTargets.main.length + plan.planTargets.work.length + plan.sections.plan.length + plan.tables.length).toBe(0);
    expect(plan.projects.pipeline).toBeUndefined();
  });

  it('the minimal edition has only headline results', () => {
    const plan = built.get(path.basename(minimalEditionDir))!.plan;
    expect(plan.headline.length).toBeGreaterThan(0);
    expect(parts.filter((part) => part.present(plan)).map((part) => part.name)).toEqual(['headline results']);
  });

  for (const edition of shaped) {
    for (const locale of locales) {
      describe(`${edition} (${locale})`, () => {
        it('brief: no heading without content, no empty table, list or column', () => {
          const brief = built.get(edition)!.briefs.get(locale)!;
          expect(brief.layout.headings.length).toBeGreaterThan(0);
          expect(emptyHeadings(brief.layout)).toEqual([]);
          expect(emptyParts(brief.nodes)).toEqual([]);
          // The contents list exactly the headings placed, in order.
          const headings = brief.nodes.filter((n) => n.type === 'heading').map((n) => n.text);
          expect(brief.layout.headings.map((h) => h.text)).toEqual(headings);
        });

        it('brief: no heading and no chart of a part the edition lacks', () => {
          const shape = built.get(edition)!;
          const brief = shape.briefs.get(locale)!;
          const headings = new Set(brief.layout.headings.map((h) => h.text));
          // The HTML brief is made from the same document: its section headings are the PDF's.
          // Chinese text carries its break opportunities (<wbr>) in the page, and a figure its no-break
          // spaces ("2024\u00a0at a glance": a number keeps the word after it), the PDF plain spaces.
          // A number with its Chinese unit is in a span that holds it together ("2024年").
          const html = withoutBreakMarks(readFileSync(path.join(outDir, edition, locale, 'brief.html'), 'utf8')).replaceAll('\u00a0', ' ');
          const htmlHeadings = [...html.matchAll(/<h[2-6]><a class="anchor" href="#sec-[\d-]+">([^<]*)<\/a><\/h[2-6]>/g)].map((m) =>
            m[1]!.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"'),
          );
          expect(htmlHeadings).toEqual(brief.layout.headings.map((h) => h.text));
          const placedCharts = brief.layout.charts.map((c) => c.id);
          const chartFiles = readdirSync(path.join(outDir, edition, 'charts', locale)).map((f) => f.replace(/\.(svg|png|json)$/, ''));
          const lacking = parts.filter((part) => !part.present(shape.plan));
          expect(lacking.length).toBeGreaterThan(0);
          for (const part of lacking) {
            for (const key of part.headings) expect(headings.has(said(shape, locale, key)), `${part.name}: ${key}`).toBe(false);
            expect(placedCharts.filter(part.charts), part.name).toEqual([]);
            expect(chartFiles.filter(part.charts), part.name).toEqual([]);
          }
        });

        it('brief: the at-a-glance intro names only what its cards show (no targets where no card has one)', () => {
          const shape = built.get(edition)!;
          const nodes = shape.briefs.get(locale)!.nodes;
          const at = nodes.findIndex((n) => n.type === 'heading' && n.text === said(shape, locale, 'brief.dashboard.title'));
          const intro = nodes[at + 1];
          expect(intro?.type).toBe('paragraph');
          const text = intro?.type === 'paragraph' ? intro.text : '';
          const word = (part: string) => said(shape, locale, `brief.dashboard.introParts.${part}`);
          const hasTargets = shape.plan.headline.some((f) => f.target !== undefined);
          expect(text.includes(word('targets')), text).toBe(hasTargets);
          expect(text.includes(word('growth')), text).toBe(shape.plan.headline.some((f) => f.growth || f.change));
          expect(text.includes(word('values')), text).toBe(true);
        });

        it('brief: each card with a growth rate says the prices it is at (no chart beside the cards groups them)', () => {
          const shape = built.get(edition)!;
          const nodes = shape.briefs.get(locale)!.nodes;
          const cards = nodes.flatMap((n) => (n.type === 'kpis' ? n.items : []));
          const lang = locale === 'zh-CN' ? 'zh' : 'en';
          for (const figure of shape.plan.headline) {
            const card = cards.find((k) => k.label === typographyFor(locale)(figure.label[lang]));
            expect(card, figure.id).toBeDefined();
            const basis = figure.growth?.basis;
            if (basis === undefined) continue;
            const words = typographyFor(locale)(lookup(shape.strings.get(locale)!, `growthBasis.${basis}`)!);
            expect(card!.details.join(' '), figure.id).toContain(words);
          }
        });

        it('brief: every chart placed draws its labels inside its frame', () => {
          const brief = built.get(edition)!.briefs.get(locale)!;
          // The headline growth chart would draw the growth the at-a-glance cards print, one bar per card:
          // the brief leaves it out (third usefulness review), the cards say each growth's price basis.
          expect(brief.layout.charts.some((c) => c.id === 'headline-growth')).toBe(false);
          for (const chart of brief.charts) {
            expect(chart.texts.length, chart.id).toBeGreaterThan(0);
            const outside = chart.texts.filter(
              (t) => t.x1 < -0.5 || t.y1 < -0.5 || t.x2 > chart.svgWidth + 0.5 || t.y2 > chart.svgHeight + 0.5,
            );
            expect(
              outside.map((t) => `${t.text} [${t.x1.toFixed(0)}, ${t.x2.toFixed(0)}]`),
              chart.id,
            ).toEqual([]);
          }
        });

        it('workbook: no sheet of a part the edition lacks, and no empty table', () => {
          const shape = built.get(edition)!;
          const workbook = shape.workbooks.get(locale)!;
          const names = new Set(workbook.worksheets.map((ws) => ws.name));
          for (const part of parts.filter((p) => !p.present(shape.plan))) {
            for (const key of part.sheets) expect(names.has(sheetName(shape, locale, key)), `${part.name}: ${key}`).toBe(false);
          }
          // A statistical table's sheet is named by the data or numbered: none when the edition has none.
          if (shape.plan.tables.length === 0) {
            const numbered = lookup(shape.strings.get(locale)!, 'workbook.tableSheet')!;
            expect(names.has(fill(numbered, { ...editionValues(shape.plan.edition, locale), n: 1 }))).toBe(false);
          }
          // exceljs reads each sheet's tables, but its types do not declare them.
          type ReadTables = { tables?: Record<string, { table: { tableRef: string } }> };
          const tables = workbook.worksheets.flatMap((ws) =>
            Object.values((ws as unknown as ReadTables).tables ?? {}).map((t) => ({ sheet: ws.name, ref: t.table.tableRef })),
          );
          expect(tables.length).toBeGreaterThan(0);
          for (const { sheet, ref } of tables) {
            // Header row plus at least one row of data.
            const [, first, last] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref) ?? [];
            expect(Number(last) - Number(first), `${sheet} ${ref}`).toBeGreaterThanOrEqual(1);
          }
        });
      });
    }
  }

  // The control: in the edition with every part, each part's headings and sheets are there, so the
  // checks above would see a part that should not be.
  for (const locale of locales) {
    it(`control: an edition with every part shows each part's headings and sheets (${locale})`, () => {
      const shape = built.get(complete)!;
      const headings = new Set(shape.briefs.get(locale)!.layout.headings.map((h) => h.text));
      const names = new Set(shape.workbooks.get(locale)!.worksheets.map((ws) => ws.name));
      for (const part of parts) {
        expect(part.present(shape.plan), part.name).toBe(true);
        for (const key of part.headings) expect(headings.has(said(shape, locale, key)), `${part.name}: ${key}`).toBe(true);
        for (const key of part.sheets) expect(names.has(sheetName(shape, locale, key)), `${part.name}: ${key}`).toBe(true);
      }
      expect(existsSync(path.join(outDir, complete, locale, 'workbook.xlsx'))).toBe(true);
    });
  }
});
