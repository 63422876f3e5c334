import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief.js';
import type { PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { parseMarkup } from '../../src/present/document.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';
import { composeBrief } from '../../src/brief/brief.js';

// Issue 25: the tag structure of the briefs as PDF/UA (ISO 14289-1) asks, read from the PDF's
// structure tree with qpdf's JSON: lists as L > LI > Lbl + LBody, tables as Table > TR > TH/TD with
// every row of the document, every heading, every figure with alternative text, and running heads
// and footers as pagination artifacts on every page but the cover.

const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
const interop = hasQpdf || process.env.REQUIRE_INTEROP === '1';

interface Element {
  readonly type: string;
  readonly kids: Element[];
  readonly alt?: string;
}

/** The structure tree of a PDF, from qpdf --json=2: elements by type with their element kids. */
function structureTree(file: string): Element {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const objects = json.qpdf[1] as Record<string, { value?: Record<string, unknown> }>;
  const value = (ref: string) => objects[`obj:${ref}`]?.value;
  const element = (ref: string): Element | undefined => {
    const dict = value(ref);
    if (!dict || typeof dict['/S'] !== 'string') return undefined;
    const k = dict['/K'];
    const refs = (Array.isArray(k) ? k : [k]).filter((x): x is string => typeof x === 'string' && / R$/.test(x));
    const alt = typeof dict['/Alt'] === 'string' ? (dict['/Alt'] as string) : undefined;
    return {
      type: (dict['/S'] as string).slice(1),
      kids: refs.map(element).filter((e): e is Element => e !== undefined),
      ...(alt !== undefined ? { alt } : {}),
    };
  };
  const root = Object.values(objects).find((o) => o.value?.['/Type'] === '/StructTreeRoot')!.value!;
  const kids = (Array.isArray(root['/K']) ? root['/K'] : [root['/K']]) as string[];
  return { type: 'StructTreeRoot', kids: kids.map(element).filter((e): e is Element => e !== undefined) };
}

const all = (e: Element): Element[] => [e, ...e.kids.flatMap(all)];

const { dataset } = validateDir(defaultDataDir);
const built = new Map<Locale, { file: string; layout: PdfLayoutRecord; rows: number; lists: number; items: number }>();

beforeAll(async () => {
  if (!interop) return;
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const dir = tempDir('plan-structure-');
  for (const locale of locales) {
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(repoRoot, locale, sink)!;
    const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
    const input = { rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate: new Date('2025-01-15T00:00:00Z') };
    const nodes = composeBrief(input, sink)!;
    const brief = (await buildBrief(input, sink))!;
    const file = path.join(dir, `${locale}.pdf`);
    writeFileSync(file, brief.bytes);
    const tables = nodes.flatMap((n) => (n.type === 'table' ? [n] : []));
    const lists = nodes.flatMap((n) => (n.type === 'list' ? [n] : []));
    built.set(locale, {
      file,
      layout: brief.layout,
      rows: tables.reduce((sum, t) => sum + t.rows.length + 1, 0),
      lists: lists.length,
      items: lists.reduce((sum, l) => sum + l.items.length, 0),
    });
  }
}, 120_000);

describe.skipIf(!interop)('tag structure (PDF/UA)', () => {
  it('tags lists as L > LI > Lbl + LBody, one LI per item', () => {
    for (const [locale, brief] of built) {
      const elements = all(structureTree(brief.file));
      const lists = elements.filter((e) => e.type === 'L');
      expect(lists.length, locale).toBe(brief.lists);
      for (const list of lists) expect(new Set(list.kids.map((k) => k.type)), locale).toEqual(new Set(['LI']));
      const items = lists.flatMap((l) => l.kids);
      expect(items.length, locale).toBe(brief.items);
      for (const item of items)
        expect(
          item.kids.map((k) => k.type),
          locale,
        ).toEqual(['Lbl', 'LBody']);
    }
  });

  it('tags every table row of the document as TR of TH or TD cells, every heading, and every figure with its alternative text', () => {
    for (const [locale, brief] of built) {
      const elements = all(structureTree(brief.file));
      const tables = elements.filter((e) => e.type === 'Table');
      const rows = tables.flatMap((t) => t.kids.filter((k) => k.type === 'TR'));
      // The cover's details are a table of their own, without rows; every other table has its rows and header.
      expect(rows.length, locale).toBe(brief.rows);
      for (const row of rows) for (const cell of row.kids) expect(['TH', 'TD'], locale).toContain(cell.type);
      const headings = elements.filter((e) => /^H[1-6]$/.test(e.type));
      // The cover's title and the contents' title are headings too.
      expect(headings.length, locale).toBe(brief.layout.headings.length + 2);
      const figures = elements.filter((e) => e.type === 'Figure');
      expect(figures.length, locale).toBe(brief.layout.charts.length);
      for (const figure of figures) expect(figure.alt ?? '', locale).not.toBe('');
    }
  });

  it('marks running heads and footers as pagination artifacts on every page but the cover', () => {
    for (const [locale, brief] of built) {
      const qdf = `${brief.file}.qdf.pdf`;
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', brief.file, qdf]);
      // Each page's content stream, after the comment qpdf's QDF form writes before it (in file order).
      const pages: string[] = [];
      for (const m of readFileSync(qdf, 'latin1').matchAll(/%% Contents for page (\d+)\n[\s\S]*?\bstream\n([\s\S]*?)\bendstream/g))
        pages[Number(m[1]) - 1] = m[2]!;
      expect(pages.length, locale).toBe(brief.layout.pages);
      pages.forEach((content, i) => {
        const furniture = (content.match(/\/Artifact <<\s*\/Type \/Pagination/g) ?? []).length;
        if (i === 0) expect(furniture, `${locale} cover`).toBe(0);
        else expect(furniture, `${locale} page ${i + 1}`).toBeGreaterThanOrEqual(1);
      });
    }
  });
});

it('parses a list style of the notes', () => {
  expect(parseMarkup('<ul class="small"><li>a</li></ul>')).toEqual([{ type: 'list', items: ['a'], style: 'small' }]);
  expect(() => parseMarkup('<ul class="big"><li>a</li></ul>')).toThrow(/not a list style/);
});
