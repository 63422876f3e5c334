import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, briefTemplate, composeBrief, type BriefInput } from '../../src/brief/brief.js';
import { closingPunctuation, openingPunctuation, breakLines, kinsokuViolations } from '../../src/brief/line-break.js';
import { cellAlign, parseMarkup, type DocNode } from '../../src/brief/markup.js';
import { lineInitialOpening, maxJustifySpacing, renderPdf, type PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { briefGlyphCoverage, faceCovers } from '../../src/fonts/fonts.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { statusSymbols } from '../../src/present/reader.js';
import { defaultDataDir, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';
import { pageFills, paginationProblems } from './pagination-rules.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
// CI sets REQUIRE_INTEROP=1 so that these checks can never be skipped there.
const interop = hasPoppler || process.env.REQUIRE_INTEROP === '1';

const { dataset } = validateDir(defaultDataDir);
const units = dataset.units!;
const plan = buildPlan(dataset.editions[0]!, units, dataset.glossary!, []);
const buildDate = new Date('2025-01-15T00:00:00Z');

async function inputFor(locale: Locale, p: Plan = plan, rootDir = repoRoot): Promise<BriefInput> {
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(rootDir, locale, sink)!;
  const charts = await renderEditionCharts(repoRoot, p, locale, strings, units, sink);
  expect(sink.items).toEqual([]);
  return { rootDir, plan: p, locale, strings, units, charts, buildDate };
}

const briefs = new Map<Locale, { bytes: Buffer; layout: PdfLayoutRecord }>();
const pdfPath = (locale: Locale) => path.join(tempDir('brief-'), `brief-${locale}.pdf`);
const files = new Map<Locale, string>();

beforeAll(async () => {
  for (const locale of locales) {
    const sink = new DiagnosticSink();
    const brief = await buildBrief(await inputFor(locale), sink);
    expect(sink.items).toEqual([]);
    briefs.set(locale, brief!);
    const file = pdfPath(locale);
    writeFileSync(file, brief!.bytes);
    files.set(locale, file);
  }
});

describe('line breaking', () => {
  const measure = (s: string) => [...s].length * 10;

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text = '全区实现地区生产总值(GDP)2887.8亿元、总量列全市第二,增长5.0%、增速列全市第六;实现“千项万亿”工程。';
    for (let width = 40; width <= 300; width += 10) {
      const lines = breakLines(text, width, measure);
      expect(kinsokuViolations(lines), `width ${width}: ${lines.join(' | ')}`).toEqual([]);
      expect(lines.join('')).toBe(text);
    }
  });

  it('breaks English at spaces only', () => {
    const lines = breakLines('Growth of industrial value added above designated size', 200, measure);
    expect(lines.every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    expect(lines.join(' ')).toBe('Growth of industrial value added above designated size');
    expect(
      lines.every((l) => l.split(' ').every((w) => 'Growth of industrial value added above designated size'.split(' ').includes(w))),
    ).toBe(true);
  });
});

describe('the brief', () => {
  it('obeys the kinsoku rules on every line of both editions', () => {
    for (const locale of locales) {
      const lines = briefs.get(locale)!.layout.lines.map((l) => l.text);
      const starts = lines.filter((l) => closingPunctuation.has([...l][0] ?? ''));
      const ends = lines.filter((l) => openingPunctuation.has([...l].pop() ?? ''));
      expect(starts, locale).toEqual([]);
      expect(ends, locale).toEqual([]);
    }
  });

  it('keeps every line inside the page margins', () => {
    for (const locale of locales) {
      // A Chinese line opening with a full-width opening mark starts half an em left (clreq line-start
      // trimming): the mark's ink is in the right half of its em box, so up to half the largest
      // type's em (14 pt) is inside the margin as a reader sees it.
      const trim = (l: { text: string }) => (locale === 'zh-CN' && lineInitialOpening.test(l.text) ? 7 : 0);
      const outside = briefs.get(locale)!.layout.lines.filter((l) => l.x < 55.9 - trim(l) || l.x + l.width > 595.28 - 55.9);
      expect(
        outside.map((l) => l.text),
        locale,
      ).toEqual([]);
    }
  });

  it('lists every section in the contents with the page it starts on', () => {
    for (const locale of locales) {
      const { layout } = briefs.get(locale)!;
      const tocLines = layout.lines.filter((l) => l.page === 1).map((l) => l.text);
      const h1 = layout.headings.filter((h) => h.level === 1);
      expect(h1.length).toBeGreaterThanOrEqual(6);
      for (const heading of layout.headings.filter((h) => h.level <= 2)) {
        expect(tocLines.join('\n')).toContain(heading.text.slice(0, 12));
        expect(tocLines).toContain(String(heading.page + 1));
      }
    }
  });

  it('carries the same content in both languages: every headline figure and every table row', () => {
    for (const locale of locales) {
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      const text = briefs
        .get(locale)!
        .layout.lines.map((l) => l.text)
        .join('\n');
      for (const h of plan.headline) expect(text).toContain(h.display[lang]);
      for (const row of plan.reviewTargets!.rows) expect(text).toContain(row.target.display[lang].slice(0, 10));
      for (const table of plan.tables) for (const row of table.rows) expect(text).toContain(row.label[lang].split(' ')[0]!);
    }
  });

  it('is under 600 KB per file and byte-identical when rebuilt with the same date', async () => {
    for (const locale of locales) {
      const first = briefs.get(locale)!.bytes;
      expect(first.byteLength).toBeLessThan(600 * 1024);
      const again = await buildBrief(await inputFor(locale), new DiagnosticSink());
      expect(again!.bytes.equals(first)).toBe(true);
    }
  });

  it('uses only characters the embedded font can draw, status symbols included', () => {
    const coverage = briefGlyphCoverage();
    for (const symbol of Object.values(statusSymbols)) expect(coverage.covers(symbol.codePointAt(0)!)).toBe(true);
    for (const locale of locales) {
      const missing = briefs
        .get(locale)!
        .layout.lines.flatMap((l) => [...l.text].filter((c) => c !== ' ' && !coverage.covers(c.codePointAt(0)!)));
      expect(missing).toEqual([]);
    }
  });

  it('repeats a table header row on every page the table spans', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ kind: 'body' as const, cells: [`row ${i}`, String(i)] }));
    const { layout } = await renderPdf({
      nodes: [
        {
          type: 'table',
          caption: 'Long',
          columns: [
            { header: 'Item', align: 'left', width: 3 },
            { header: 'Value', align: 'right', width: 1 },
          ],
          rows,
        },
      ],
      lang: 'en',
      charts: new Map(),
      info: { title: 't', author: 'a', subject: 's', keywords: 'k' },
      running: 'r',
      pageLabel: (p, n) => `${p}/${n}`,
      creationDate: buildDate,
      continued: '(continued)',
    });
    expect(layout.pages).toBeGreaterThan(2);
    const headerPages = new Set(layout.lines.filter((l) => l.text === 'Value').map((l) => l.page));
    expect(headerPages.size).toBe(layout.pages);
  });
});

describe('templates', () => {
  it('prints data literally: "{{" and markup in a label never reach template logic', () => {
    const tricky = structuredClone(plan) as Plan & { headline: { label: { zh: string; en: string } }[] };
    (tricky.headline[0] as { label: { zh: string; en: string } }).label = {
      zh: '{{edition.title}} <h1>x</h1> & "q"',
      en: '{{edition.title}} <h1>x</h1> & "q"',
    };
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(repoRoot, 'en', sink)!;
    const nodes = composeBrief({ rootDir: repoRoot, plan: tricky, locale: 'en', strings, units, charts: [], buildDate }, sink)!;
    expect(sink.items).toEqual([]);
    const kpis = nodes.find((n) => n.type === 'kpis');
    expect(kpis && kpis.type === 'kpis' && kpis.items[0]!.label).toBe('{{edition.title}} <h1>x</h1> & "q"');
    expect(nodes.filter((n) => n.type === 'heading' && n.text === 'x')).toEqual([]);
  });

  async function composeWith(edit: (template: string) => string) {
    const root = tempDir('tpl-root-');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    const file = path.join(root, briefTemplate);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(root, 'en', sink)!;
    const nodes = composeBrief({ rootDir: root, plan, locale: 'en', strings, units, charts: [], buildDate }, sink);
    return { nodes, diagnostics: sink.items, lineOf: (n: number) => readFileSync(file, 'utf8').split('\n')[n - 1] };
  }

  it('names the template and line of a missing field (strict mode)', async () => {
    const { nodes, diagnostics, lineOf } = await composeWith((t) => t.replace('{{edition.title}}', '{{edition.titel}}'));
    expect(nodes).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'template:error', file: briefTemplate });
    expect(lineOf(diagnostics[0]!.place.line)).toContain('edition.titel');
  });

  it('names the template and line of a syntax error', async () => {
    const { diagnostics, lineOf } = await composeWith((t) => t.replace('{{/each}}\n</kpis>', '{{/eech}}\n</kpis>'));
    expect(diagnostics[0]).toMatchObject({ ruleId: 'template:error', file: briefTemplate });
    expect(lineOf(diagnostics[0]!.place.line)).toMatch(/each|eech/);
  });

  it('reports markup outside the vocabulary', async () => {
    const { nodes, diagnostics } = await composeWith((t) => t.replace('<toc title=', '<div>x</div><toc title='));
    expect(nodes).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'template:markup', file: briefTemplate });
    expect(diagnostics[0]!.message).toContain('<div>');
  });

  it('parses the brief markup into typed nodes', () => {
    const nodes = parseMarkup(
      '<h1>A &amp; B</h1><p class="small">x</p><table caption="c"><col header="h" align="right"/><tr class="total"><td>1</td></tr></table><pagebreak/>',
    );
    expect(nodes.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table', 'pagebreak']);
    expect(nodes[0]).toEqual({ type: 'heading', level: 1, text: 'A & B' });
    expect(() => parseMarkup('<h1>a</h1>\n<p>b</p>\n<div>c</div>')).toThrow(expect.objectContaining({ line: 3 }));
    expect(() => parseMarkup('<p>a</p>\n\n\n<p>b')).toThrow(expect.objectContaining({ line: 4 }));
  });
});

/** The titles of the charts the brief places (every chart drawn but the headline growth, whose figures the cards print). */
async function renderAllTitles(locale: Locale) {
  const input = await inputFor(locale);
  const placed = new Set(briefs.get(locale)!.layout.charts.map((c) => c.id));
  expect(placed.size).toBeGreaterThan(0);
  return { rendered: input.charts.filter((c) => placed.has(c.id)).map((c) => c.title) };
}

describe.skipIf(!interop)('PDF interop (poppler)', () => {
  it('extracts correct Unicode text: copy-paste gives the right characters', () => {
    const zh = execFileSync('pdftotext', [files.get('zh-CN')!, '-'], { encoding: 'utf8' });
    expect(zh).toContain('2887.8亿元');
    expect(zh).toContain('总量列全市第二');
    expect(zh).toContain(plan.problems!.zh.slice(0, 20));
    const en = execFileSync('pdftotext', [files.get('en')!, '-'], { encoding: 'utf8' });
    expect(en).toContain('RMB 288.78 billion');
  });

  it('has every headline figure, every Table 1 row and every chart title in the extracted text, in both languages', async () => {
    for (const locale of locales) {
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      // pdftotext -raw keeps content-stream order; whitespace differs between tools, so compare squeezed.
      const text = execFileSync('pdftotext', ['-raw', files.get(locale)!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const has = (s: string) => expect(text, `${locale}: ${s}`).toContain(s.replace(/\s+/g, ''));
      for (const h of plan.headline) has(h.display[lang]);
      for (const row of plan.reviewTargets!.rows) {
        has(row.target.display[lang]);
        for (const actual of row.actual) has(actual.display[lang]);
      }
      const { rendered } = await renderAllTitles(locale);
      for (const title of rendered) has(title);
    }
  });

  it('has no untranslated Chinese in the English brief outside the glossary terms', () => {
    const glossaryTerms = new Set(plan.glossary.map((g) => g.zh));
    const lines = briefs
      .get('en')!
      .layout.lines.map((l) => l.text)
      .filter((l) => /\p{Script=Han}/u.test(l));
    expect(lines.filter((l) => !glossaryTerms.has(l) && l !== '中文')).toEqual([]);
  });

  it('keeps every word, chart labels included, inside the page margins', () => {
    for (const locale of locales) {
      const xml = execFileSync('pdftotext', ['-bbox', files.get(locale)!, '-'], { encoding: 'utf8' });
      const outside = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
        .filter((m) => Number(m[1]) < 55 || Number(m[2]) > 595.28 - 55)
        .map((m) => m[3]);
      expect(outside, locale).toEqual([]);
    }
  });

  it('embeds and subsets its fonts, is tagged, and carries its metadata', () => {
    for (const locale of locales) {
      const fonts = execFileSync('pdffonts', [files.get(locale)!], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/yes\s+yes\s+yes/);
      const info = execFileSync('pdfinfo', [files.get(locale)!], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Title:\s+\S/);
      expect(info).toMatch(/Author:\s+\S/);
      expect(info).toMatch(/Page size:\s+595.28 x 841.89/);
      const check = spawnSync('pdftotext', [files.get(locale)!, '/dev/null'], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
    }
  });
});

describe('typesetting (issue 18)', () => {
  const textOf = (locale: Locale) => briefs.get(locale)!.layout.lines.map((l) => l.text);

  it('sets Chinese punctuation full-width beside Chinese characters, with no space between Chinese and digits', () => {
    const lines = textOf('zh-CN');
    expect(lines.filter((l) => /[,;:()?!]/.test(l)).length, 'half-width marks remain where they belong, in numbers').toBeGreaterThan(0);
    expect(lines.filter((l) => /\p{Script=Han}\s?[,;:()?!"]|[,;:()?!"]\s?\p{Script=Han}|\p{Script=Han}\. /u.test(l))).toEqual([]);
    expect(lines.filter((l) => /\p{Script=Han} +\d|\d +\p{Script=Han}/u.test(l))).toEqual([]);
    expect(lines.join('')).toContain('，');
  });

  it('justifies Chinese body text to both edges: every line of a paragraph but its last ends at the right margin', () => {
    const body = briefs.get('zh-CN')!.layout.lines.filter((l) => l.body);
    const inner = body.filter((l) => !l.body!.last);
    expect(inner.length).toBeGreaterThan(2);
    expect(inner.filter((l) => Math.abs(l.x + l.width - l.body!.right) > 0.01).map((l) => l.text)).toEqual([]);
    // Without gaps: breaks after full-width marks ("（区内）|−11%") keep every line's added spacing
    // well under the cap (a line stretched 0.125 em per character before them).
    const size = 9.5;
    expect(inner.filter((l) => l.body!.spacing! > 0.08 * size).map((l) => l.text)).toEqual([]);
    expect(Math.max(...inner.map((l) => l.body!.spacing!))).toBeLessThan(maxJustifySpacing * size);
    // The last lines stay flush left: shorter than the measure.
    expect(body.filter((l) => l.body!.last).some((l) => l.x + l.width < l.body!.right - 20)).toBe(true);
  });

  it('breaks Chinese table headers only between words (完成|情况, never 完成情|况)', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const headers = briefs.get('zh-CN')!.layout.tableHeaders.flat();
    const wrapped = headers.filter((lines) => lines.length > 1);
    // Some headers wrap, so the check is not vacuous.
    expect(wrapped.length).toBeGreaterThan(0);
    const inside = wrapped.flatMap((lines) => {
      const text = lines.join('');
      const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
      let at = 0;
      return lines.slice(0, -1).flatMap((line) => {
        at += line.length;
        const between = /\p{Script=Han}/u.test(text[at - 1]!) && /\p{Script=Han}/u.test(text[at]!);
        return between && !boundaries.has(at) ? [lines.join('|')] : [];
      });
    });
    expect(inside).toEqual([]);
  });

  it('uses typographic quotes in English', () => {
    expect(textOf('en').filter((l) => /["']/.test(l))).toEqual([]);
    expect(textOf('en').join('')).toMatch(/[“’]/);
  });

  it('shows readers no build date and no file names: the date is in the metadata only', () => {
    for (const locale of locales) {
      const text = textOf(locale).join('\n');
      const dates = [
        new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(buildDate),
        new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(buildDate),
      ];
      for (const date of dates) expect(text, locale).not.toContain(date);
      expect(text, locale).not.toContain(plan.edition.source.file);
      expect(text, locale).not.toMatch(/\.(txt|ya?ml)\b/);
    }
  });
});

describe.skipIf(!interop)('fonts (poppler)', () => {
  it('sets the English brief in the Latin face, with the Chinese face only for Chinese runs', () => {
    const fonts = (locale: Locale) => execFileSync('pdffonts', [files.get(locale)!], { encoding: 'utf8' });
    expect(fonts('en')).toMatch(/NotoSans-Regular/);
    expect(fonts('en')).toMatch(/NotoSans-Bold/);
    // The Chinese face is in the English brief for the glossary's Chinese column.
    expect(fonts('en')).toMatch(/NotoSansHans/);
  });

  it('sets the Chinese face on a page of the English brief only where the page has Chinese (or a mark only it has: ✓, →), charts included', () => {
    const file = files.get('en')!;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const cjkWithout: number[] = [];
    for (let p = 2; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
      const fonts = execFileSync('pdffonts', ['-f', String(p), '-l', String(p), file], { encoding: 'utf8' });
      // A mark only the Chinese face has: ✓, or the → of the implied changes (issue 31).
      const onlyChinese = [...text].some(
        (ch) => /\p{Script=Han}/u.test(ch) || (/\S/u.test(ch) && !faceCovers('latin', ch.codePointAt(0)!)),
      );
      if (/NotoSansHans/.test(fonts) && !onlyChinese) cjkWithout.push(p);
    }
    expect(cjkWithout, 'pages of the English brief set in the Chinese face without Chinese on them').toEqual([]);
    // Digits and signs of the Chinese brief's charts are in the Latin face: its chart pages use it.
    const zh = briefs.get('zh-CN')!.layout;
    for (const chart of zh.charts) {
      const page = String(chart.page + 1);
      expect(execFileSync('pdffonts', ['-f', page, '-l', page, files.get('zh-CN')!], { encoding: 'utf8' }), chart.id).toMatch(
        /NotoSans-Regular/,
      );
    }
  });

  it('keeps the build date in the document metadata', () => {
    for (const locale of locales) {
      const info = execFileSync('pdfinfo', ['-isodates', files.get(locale)!], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`CreationDate:\\s+${buildDate.toISOString().slice(0, 10)}`));
    }
  });
});

describe('apparatus (issue 18)', () => {
  it('gives every table column a header', async () => {
    for (const locale of locales) {
      const sink = new DiagnosticSink();
      const nodes = composeBrief(await inputFor(locale), sink)!;
      const columns = nodes.flatMap((n) => (n.type === 'table' ? n.columns.map((c) => ({ table: n.caption, header: c.header })) : []));
      expect(columns.length).toBeGreaterThan(10);
      expect(
        columns.filter((c) => c.header.trim() === ''),
        locale,
      ).toEqual([]);
    }
  });

  it('sets every cell of a column of figures flush right, words among the figures too: one alignment per column (issue 25)', async () => {
    // A figure: a number with its sign or currency, its unit and a note in brackets ("5.0%", "RMB 33.71
    // billion", "−11%", "42,859", "12,907 person-times", "2887.8亿元", "9.1%（2023年数据）"), not a phrase
    // that starts with one ("19% above the 2024 result").
    const figure = /^(?:[A-Z]{2,4} )?[−+-]?\d[\d,.]*(?:[%‰]|\p{Script=Han}{1,4}|(?: [a-z,-]+){1,2})?(?: ?[（(][^）)]*[）)])?$/u;
    const demo = validateDir(makeDataDir()).dataset;
    const demoPlan = buildPlan(demo.editions[0]!, demo.units!, demo.glossary!, []);
    let figureColumns = 0;
    for (const p of [plan, demoPlan])
      for (const locale of locales) {
        const nodes = composeBrief(await inputFor(locale, p), new DiagnosticSink())!;
        const wrong = nodes.flatMap((n) => {
          if (n.type !== 'table') return [];
          return n.columns.flatMap((column, i) => {
            const cells = n.rows.map((r) => r.cells[i]!).filter((c) => !/^[–—-]?$/.test(c));
            const figures = cells.filter((c) => figure.test(c));
            // A column most of whose cells are figures is a column of figures.
            if (i === 0 || figures.length * 2 <= cells.length) return [];
            figureColumns++;
            return [
              ...figures
                .filter((c) => cellAlign(column, c) !== 'right')
                .map((c) => `${n.caption} / ${column.header}: "${c}" not flush right`),
              // A target in words among figures ("in step with economic growth") is set as its column is.
              ...cells
                .filter((c) => !/\d/.test(c) && cellAlign(column, c) !== 'right')
                .map((c) => `${n.caption} / ${column.header}: words "${c}" not flush right like their column`),
            ];
          });
        });
        expect(wrong, `${p.edition.id}/${locale}`).toEqual([]);
      }
    expect(figureColumns).toBeGreaterThan(20);
  });
});

describe('pagination (issue 18)', () => {
  const render = (nodes: DocNode[]) =>
    renderPdf({
      nodes,
      lang: 'en',
      charts: new Map(),
      info: { title: 't', author: 'a', subject: 's', keywords: 'k' },
      running: 'r',
      pageLabel: (p, n) => `${p}/${n}`,
      creationDate: buildDate,
      continued: '(continued)',
    });
  const table = (rows: number): DocNode => ({
    type: 'table',
    caption: `Table of ${rows} rows`,
    columns: [
      { header: 'Item', align: 'left', width: 3 },
      { header: 'Value', align: 'right', width: 1 },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({ kind: 'body' as const, cells: [`row ${i}`, String(i)] })),
  });
  /** A table of `rows` rows of its body and a total row. */
  const totalled = (rows: number): DocNode => {
    const t = table(rows);
    if (t.type !== 'table') throw new Error('not a table');
    return { ...t, caption: `Table of ${rows} rows and a total`, rows: [...t.rows, { kind: 'total', cells: ['Total', String(rows)] }] };
  };
  const filler = (lines: number): DocNode => ({
    type: 'paragraph',
    style: 'body',
    text: Array.from({ length: lines }, (_, i) => `Line ${i} ${'word '.repeat(18)}`).join('\n'),
  });

  // Publication review (issue 25): a heading was left at a page's foot with only its lead paragraph,
  // and a chapter started a new page with a quarter of the page still empty.
  it('keeps a heading with its lead and two units of what follows, and starts a chapter on a new page only when less than a quarter is left, wherever they fall', async () => {
    let chapterMoved = 0;
    let leadMoved = 0;
    for (let lines = 16; lines <= 40; lines++) {
      const nodes: DocNode[] = [
        filler(lines),
        { type: 'heading', level: 1, text: 'A chapter' },
        { type: 'heading', level: 2, text: 'A section' },
        { type: 'paragraph', style: 'body', text: 'A one-line lead.' },
        { type: 'list', items: ['only item'] },
        filler(6),
        { type: 'heading', level: 2, text: 'Another section' },
        { type: 'paragraph', style: 'body', text: 'Another lead.' },
        { type: 'list', items: ['first item', 'second item', 'third item', 'fourth item'] },
        table(6),
      ];
      const { layout } = await render(nodes);
      expect(paginationProblems(layout, '(continued)').headings, `after ${lines} lines`).toEqual([]);
      const chapter = layout.headings.find((h) => h.text === 'A chapter')!;
      if (chapter.page > layout.blocks[0]!.parts.at(-1)!.page) {
        chapterMoved++;
        const before = pageFills(layout).find((f) => f.page === chapter.page)!;
        expect(before.filled, `after ${lines} lines, the page before the chapter`).toBeGreaterThanOrEqual(0.75);
      }
      if (layout.headings.find((h) => h.text === 'A section')!.page !== layout.blocks[5]!.parts[0]!.page) leadMoved++;
    }
    // Both breaks happen somewhere in the sweep, so the checks above are not vacuous.
    expect(chapterMoved).toBeGreaterThan(0);
    expect(leadMoved).toBe(0);
  });

  // Publication review (issue 25): a table of ten rows and a total broke into seven rows, and three
  // rows with the total, which the rule counted as four.
  it('carries at least four rows of a table’s body over a page, its total row not counted, wherever the table falls', async () => {
    let split = 0;
    for (let lines = 20; lines <= 46; lines++) {
      const { layout } = await render([filler(lines), totalled(10)]);
      expect(paginationProblems(layout, '(continued)').tables, `after ${lines} lines`).toEqual([]);
      const parts = layout.blocks[1]!.parts;
      if (parts.length > 1) {
        split++;
        expect(parts.at(-1)!.totals, `after ${lines} lines: the total is on the last page`).toBe(1);
      }
    }
    expect(split, 'the table breaks somewhere in the sweep').toBeGreaterThan(3);
  });

  // Review11: the brief's last page held only four rows of the glossary's continuation.
  it('ends no document on a page holding only a few rows of a table’s continuation, wherever the closing table falls', async () => {
    let whole = 0;
    let moved = 0;
    for (let lines = 4; lines <= 46; lines += 2) {
      const { layout } = await render([filler(lines), { type: 'heading', level: 2, text: 'Glossary' }, table(24)]);
      expect(paginationProblems(layout, '(continued)').lastPage, `after ${lines} lines`).toEqual([]);
      const parts = layout.blocks[2]!.parts;
      if (parts.length === 1 && parts[0]!.page > layout.blocks[0]!.parts.at(-1)!.page) whole++;
      if (parts.length > 1) moved++;
    }
    // The table goes whole to a new page somewhere in the sweep, and breaks elsewhere.
    expect(whole).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(0);
  });

  it('obeys the rules wherever a block falls on the page', async () => {
    for (let lines = 10; lines <= 46; lines += 3) {
      const nodes: DocNode[] = [
        filler(lines),
        { type: 'heading', level: 2, text: 'A heading' },
        table(7),
        { type: 'list', items: ['first item', 'second item', 'third item', 'fourth item', 'fifth item'] },
        { type: 'heading', level: 3, text: 'Another heading' },
        filler(5),
        table(5),
        table(40),
      ];
      const { layout } = await render(nodes);
      const { halfEmpty, ...rest } = paginationProblems(layout, '(continued)');
      expect(rest, `after ${lines} lines`).toEqual({ headings: [], tables: [], continued: [], charts: [], alone: [], lastPage: [] });
      expect(layout.blocks.filter((b) => b.kind === 'table' && b.parts.length > 1).length).toBeGreaterThan(0);
    }
  });

  it('keeps headings with what follows, tables whole or in fragments of 4 rows or more with "(continued)", charts with their heading and introduction, no bullet or line alone, and no page under half full unless a chapter ends there', async () => {
    for (const locale of locales) {
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const continued = lookup(strings, 'brief.continued') ?? '';
      expect(continued, locale).not.toBe('');
      const problems = paginationProblems(briefs.get(locale)!.layout, continued);
      expect(problems, locale).toEqual({ headings: [], tables: [], continued: [], charts: [], alone: [], halfEmpty: [], lastPage: [] });
      expect(briefs.get(locale)!.layout.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThan(5);
    }
  });

  // Publication review: the English at-a-glance cards ran over pages 4–5, and "(assumed)" on every
  // card read as doubt. The cards stay on one page with the note of their marks, which says the
  // assumption once.
  it('keeps the default edition’s at-a-glance cards and the note of their marks on one page, in both languages', () => {
    for (const locale of locales) {
      const { layout } = briefs.get(locale)!;
      const kpis = layout.blocks.filter((b) => b.kind === 'kpis');
      expect(kpis.length, locale).toBe(1);
      expect(
        kpis[0]!.parts.map((p) => p.page),
        locale,
      ).toHaveLength(1);
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const mark = lookup(strings, 'brief.dashboard.assumedMark')!;
      const page = kpis[0]!.parts[0]!.page;
      // The note starts with the mark, on the cards' page.
      expect(
        layout.lines.some((l) => l.page === page && l.text.startsWith(mark)),
        locale,
      ).toBe(true);
    }
  });

  it('states the assumed price basis once under the cards, with a mark on each card it concerns', () => {
    for (const locale of locales) {
      const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
      const nodes = composeBrief({ rootDir: repoRoot, plan, locale, strings, units, charts: [], buildDate }, new DiagnosticSink())!;
      const kpis = nodes.find((n) => n.type === 'kpis');
      if (kpis?.type !== 'kpis') throw new Error('no cards');
      const mark = lookup(strings, 'brief.dashboard.assumedMark')!;
      const assumed = plan.headline.filter((h) => h.growth?.basisFrom === 'kind');
      expect(assumed.length, 'the default edition reads some bases from the kind of indicator').toBeGreaterThan(0);
      const details = kpis.items.flatMap((k) => k.details).join('\n');
      expect(details, locale).not.toMatch(/assumed|推定/);
      expect(details.split(mark).length - 1, locale).toBe(assumed.length);
      expect(kpis.note?.startsWith(mark), locale).toBe(true);
      expect(kpis.note?.split(mark).length, locale).toBe(2);
    }
  });

  it('obeys the same rules in an edition with few parts (the demo edition)', async () => {
    const demo = validateDir(makeDataDir()).dataset;
    const demoPlan = buildPlan(demo.editions[0]!, demo.units!, demo.glossary!, []);
    for (const locale of locales) {
      const sink = new DiagnosticSink();
      const brief = await buildBrief(await inputFor(locale, demoPlan), sink);
      expect(sink.items).toEqual([]);
      const continued = lookup(loadUiStrings(repoRoot, locale, sink)!, 'brief.continued') ?? '';
      expect(paginationProblems(brief!.layout, continued), locale).toEqual({
        headings: [],
        tables: [],
        continued: [],
        charts: [],
        alone: [],
        halfEmpty: [],
        lastPage: [],
      });
    }
  });
});
