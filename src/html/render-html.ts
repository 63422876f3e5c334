import type { ChartImage } from '../present/inputs.js';
import { cellAlign, type ChartNode, type DocNode, type KpiGridNode, type TableNode } from '../present/document.js';
import type { Locale } from '../model/format.js';
import type { Face, FontWeight } from '../fonts/fonts.js';
import { numberUnitSpans, unitCharacters } from '../present/typography.js';

/**
 * The HTML edition of the brief: the same document tree as the PDF (templates/brief/brief.hbs →
 * src/present/document.ts), written as one static page. Headings nest in sections with stable
 * ids (sec-1, sec-1-2 …, the same in both languages), tables have a caption and header cells with
 * a scope, charts are the build's SVGs inlined with a title and a description, and the key
 * figures are text. Everything from the data is escaped; nothing but the tree reaches the page.
 */

export interface HtmlBriefInput {
  /** The document tree, its text already set for the locale (typography applied). */
  readonly nodes: readonly DocNode[];
  readonly locale: Locale;
  readonly charts: ReadonlyMap<string, Pick<ChartImage, 'id' | 'title' | 'alt' | 'source' | 'svg' | 'narrowSvg'>>;
  /** The stylesheet, inlined: the page works from file://, any server, or as a release asset. */
  readonly stylesheet: string;
  /** The web fonts beside the page (webFontFaces), declared before the stylesheet. */
  readonly fonts?: readonly WebFontFace[];
  /** The units' names in the page's language (data/units.yaml): a number and its unit never break ("−0.6个百分点"). */
  readonly units?: readonly string[];
}

/** A web font the page loads from beside it: the brief's faces, each a subset for the page. */
export interface WebFontFace {
  /** Path relative to the page. */
  readonly file: string;
  readonly family: string;
  readonly face: Face;
  readonly weight: FontWeight;
  /** The characters the browser takes from this face (CSS unicode-range), when not all it has. */
  readonly unicodeRange?: string;
}

/** The family names the stylesheet asks for first (templates/html/brief.css, --latin and --cjk). */
export const webFontFamilies = { latin: 'Brief Sans', cjk: 'Brief Sans SC' } as const;

/**
 * The page's web fonts: Noto Sans and Noto Sans SC, regular and bold, as in the PDF. On a Chinese
 * page the Latin face leaves the quotation marks, dashes, ellipsis and middle dot to the Chinese
 * face, which sets them full-width as Chinese text wants (as the charts do, font-runs.ts).
 */
export function webFontFaces(locale: Locale): WebFontFace[] {
  const latinRange = locale === 'zh-CN' ? 'U+0-B6, U+B8-2013, U+2015-2017, U+201A-201B, U+201E-2025, U+2027-10FFFF' : undefined;
  return (['regular', 'bold'] as const).flatMap((weight): WebFontFace[] => {
    const suffix = weight === 'regular' ? 'Regular' : 'Bold';
    return [
      {
        file: `fonts/NotoSans-${suffix}.woff`,
        family: webFontFamilies.latin,
        face: 'latin',
        weight,
        ...(latinRange ? { unicodeRange: latinRange } : {}),
      },
      { file: `fonts/NotoSansSC-${suffix}.woff`, family: webFontFamilies.cjk, face: 'cjk', weight },
    ];
  });
}

/** The @font-face rules of the page's web fonts. */
export function fontFaceRules(faces: readonly WebFontFace[]): string {
  return faces
    .map(
      (f) =>
        `@font-face { font-family: "${f.family}"; src: url("${f.file}") format("woff"); font-weight: ${f.weight === 'bold' ? 700 : 400}; ` +
        `font-style: normal; font-display: swap;${f.unicodeRange ? ` unicode-range: ${f.unicodeRange};` : ''} }`,
    )
    .join('\n');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** Text of a piece of the page: tags dropped, character references decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
    if (entities[name] !== undefined) return entities[name]!;
    if (!name.startsWith('#')) return whole;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const printableAscii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const unique = (text: string) => [...new Set(text)].sort().join('');

/** Every character the page shows (its text and its charts' text), and printable ASCII: the regular faces' subset. */
export function pageCharacters(page: string): string {
  return unique(printableAscii + textOf(page.replace(/<style>[\s\S]*?<\/style>/g, '')));
}

/**
 * The characters the page sets in bold, as its stylesheet makes them: headings, captions, column
 * headers, totals, key figures, cover labels, the notice, and charts' text (their titles are bold).
 */
export function boldCharacters(page: string): string {
  const bold = [
    /<(h[1-4]|caption|figcaption|thead|dt|summary)\b[^>]*>[\s\S]*?<\/\1>/g,
    /<(p|tr) class="(?:kpi-value|total|notice|table-caption)"[^>]*>[\s\S]*?<\/\1>/g,
    /<svg\b[\s\S]*?<\/svg>/g,
  ];
  const body = page.replace(/<style>[\s\S]*?<\/style>/g, '');
  return unique(printableAscii + bold.flatMap((pattern) => [...body.matchAll(pattern)].map((m) => textOf(m[0]))).join(''));
}

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value, escaped for HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => escapeMap[ch]!);

const han = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
// A run of Chinese in English text: Chinese characters and punctuation, with digits or spaces inside.
const chineseRun = new RegExp(`[${han}](?:[${han}\\d.,%\\s]*[${han}])?`, 'gu');
// A run of English in Chinese text: Latin words, digits inside a word included (COVID-19); two letters
// at least (R&D, GDP), so "5G" or "A" stay as they are.
const latinRun = /[A-Za-z][A-Za-z0-9'’&.-]*(?:[ -]+[A-Za-z][A-Za-z0-9'’&.-]*)*/g;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const numeric = /^[\d.,%‰]+$/u;
const hanWord = /^\p{Script=Han}+$/u;
/** Marks a line may not start with (GB/T 15834, clreq): closing marks, the middle dot, and a note's reference mark (*, †). */
const noBreakBefore = /^[，。、；：？！）》」』”’·%‰*†‡]/u;

/**
 * Chinese text with a break opportunity (<wbr>) between words and nowhere else where the page sets
 * `word-break: keep-all` (table cells, captions, key figures): Intl.Segmenter finds the words, and a number stays with the short
 * words after it that make its unit (300|亿|元 → 300亿元, 10|%|左右 → 10%左右), as neither a
 * segmenter nor BudouX keeps them (see shared STACK.md); a number and a unit of the registry
 * (`units`, data/units.yaml) stay one piece whatever its length (−0.6个百分点, 42.8万人次). No break
 * before a closing mark or "·".
 */
export function chineseBreaks(text: string, units: readonly string[] = []): string {
  const pieces: string[] = [];
  const source = text.replace(/ (?=·)/gu, '\u00a0');
  const spans = numberUnitSpans(source, units);
  const insideUnit = (at: number) => spans.some(([start, end]) => start < at && at < end);
  let glue = 0; // how many Chinese characters may still join the number before them
  let joinNext = true; // after an opening mark, or at the start
  for (const { segment, index } of segmenter.segment(source)) {
    const unit = (glue > 0 && hanWord.test(segment) && segment.length <= glue) || insideUnit(index);
    // A lone character is seldom a word of its own (序|号, 经济|和): it stays with the word before
    // it, when there is one (after a mark or a number it starts a piece: "）|系以", not "）系以").
    const single = segment.length === 1 && hanWord.test(segment) && /[\p{L}\p{N}]$/u.test(pieces.at(-1) ?? '');
    if (joinNext || noBreakBefore.test(segment) || /^\s+$/u.test(segment) || unit || single)
      pieces[Math.max(0, pieces.length - 1)] = (pieces.at(-1) ?? '') + segment;
    else pieces.push(segment);
    if (numeric.test(segment)) glue = 2;
    else if (unit) glue -= segment.length;
    else if (!/^[%‰]+$/u.test(segment)) glue = 0;
    // An opening mark or a sign (×, ✓) goes with what follows it.
    // A no-break space joins what is on both sides of it.
    joinNext = /[（《「『“‘(\u00a0]$/u.test(segment) || (/^[^\p{L}\p{N}\s]+$/u.test(segment) && !noBreakBefore.test(segment));
  }
  // A piece with a number and Chinese (a figure and its unit) is held together by its own span, so running
  // text, which may break between any two Chinese characters (brief.css), never breaks it either. In
  // running text only the number with its unit is held (.nw); the words a short text keeps with it
  // ("2024年|实绩的", "10%|左右") are one piece (.w) where words are kept whole, and break in running
  // text, so that a justified line before the figure is not spread wide (review11).
  const held = (piece: string) => /\d/u.test(piece) && /\p{Script=Han}/u.test(piece);
  return pieces.map((piece) => (held(piece) ? heldPiece(piece, units) : escapeHtml(piece))).join('<wbr>');
}

/** A figure: an opening mark or a sign before its number, a per cent sign after it, and the closing marks after its unit. */
const figureAt = /[（《“‘(]*[+\-−]?\d[\d.,]*(?:[%‰]|[A-Za-z]+)?/gu;
const closingMarks = /^[，。、；：？！）》」』”’·*†‡]+/u;

/** A piece with a number: each number with its unit in a span that never breaks (.nw), the whole in one that breaks only in running text (.w). */
function heldPiece(piece: string, units: readonly string[]): string {
  const spans = numberUnitSpans(piece, units);
  const figures: [number, number][] = [];
  for (const match of piece.matchAll(figureAt)) {
    const start = match.index!;
    if (start < (figures.at(-1)?.[1] ?? 0)) continue;
    let end = start + match[0].length;
    const unit = spans.find(([from, to]) => from >= start && from <= end && to > end);
    if (unit) end = unit[1];
    else for (let n = 0; n < 4 && unitCharacters.has(piece[end] ?? ''); n++) end++;
    end += closingMarks.exec(piece.slice(end))?.[0].length ?? 0;
    figures.push([start, end]);
  }
  if (figures.length === 1 && figures[0]![0] === 0 && figures[0]![1] === piece.length)
    return `<span class="nw">${escapeHtml(piece)}</span>`;
  let out = '';
  let last = 0;
  for (const [start, end] of figures) {
    out += `${escapeHtml(piece.slice(last, start))}<span class="nw">${escapeHtml(piece.slice(start, end))}</span>`;
    last = end;
  }
  return `<span class="w">${out}${escapeHtml(piece.slice(last))}</span>`;
}

/** A space after a sign (× Not met, ✓ 已完成) does not break: the sign stays with its word. */
const signSpace = /([\p{So}×]) /gu;

/** Escaped text, with every run in the other language in a span with its own lang; a number and a unit of `units` never break. */
/**
 * Whether a text is dense with figures (a number for every 40 characters or fewer): a number with
 * its unit does not break, so a justified Chinese line before one that does not fit is spread
 * wide ("（ 增 长 8.2% ， 对 照 5.0%"). Such text is set flush left (brief.css).
 */
export function figureDense(text: string): boolean {
  const numbers = text.match(/\d[\d.,]*/g)?.length ?? 0;
  return numbers > 0 && numbers * 40 >= [...text].length;
}

export function langText(raw: string, locale: Locale, units: readonly string[] = []): string {
  // Nor does a space before a middle dot: "· ✓ Met" never starts a line.
  // A number keeps the word after it and a currency code the number after it, as in the PDF
  // (line-break.ts): "RMB 8.801 billion" never breaks.
  // An arrow goes with the figure after it: "6.0% →" never ends a line before "7.0%" (review11).
  const spaced = raw
    .replace(/([→←↑↓]) (?=\S)/gu, '$1\u00a0')
    .replace(signSpace, '$1\u00a0')
    .replace(/ (?=·)/gu, '\u00a0')
    .replace(/(\d) (?=[A-Za-z])/g, '$1\u00a0')
    .replace(/\b([A-Z]{2,4}) (?=[+\-−]?\d)/g, '$1\u00a0');
  // A unit of several words after its number ("0.6 percentage points") is one word to its reader.
  const text = locale === 'zh-CN' ? spaced : keepUnits(spaced, units);
  const pattern = locale === 'zh-CN' ? latinRun : chineseRun;
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const own = locale === 'zh-CN' ? (part: string) => chineseBreaks(part, units) : escapeHtml;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const run = match[0];
    if (locale === 'zh-CN' && !/[A-Za-z].*[A-Za-z]/.test(run)) continue;
    out += `${own(text.slice(last, match.index))}<span lang="${other}">${escapeHtml(run)}</span>`;
    last = match.index! + run.length;
  }
  return out + own(text.slice(last));
}

/** The text with the spaces inside each number-and-unit span made no-break spaces. */
function keepUnits(text: string, units: readonly string[]): string {
  let out = text;
  for (const [start, end] of numberUnitSpans(text, units))
    out = out.slice(0, start) + out.slice(start, end).replace(/ /g, '\u00a0') + out.slice(end);
  return out;
}

/** A chart's SVG as an accessible image in the page: its own roles removed, a title and a description added. */
export function inlineChartSvg(svg: string, id: string, title: string, description: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`Chart ${id} is not an SVG document`);
  const viewBox = /\bviewBox="([^"]*)"/.exec(open[0])?.[1];
  const width = /\bwidth="([\d.]+)"/.exec(open[0])?.[1];
  const height = /\bheight="([\d.]+)"/.exec(open[0])?.[1];
  const box = viewBox ?? (width && height ? `0 0 ${width} ${height}` : undefined);
  // The picture is one image to assistive technology: Vega's per-mark roles (graphics-symbol …)
  // and labels inside it are dropped, the text below it says what it shows.
  const body = svg
    .slice(open.index + open[0].length)
    .replace(/<\/svg>\s*$/, '')
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
    // Vega's empty title and subtitle (the caption is the page's own text): nothing to read.
    .replace(/<text\b[^>]*\/>|<text\b[^>]*>\s*<\/text>/g, '');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${titleId} ${descId}"${box ? ` viewBox="${box}"` : ''}` +
    `${width && height ? ` width="${width}" height="${height}"` : ''} preserveAspectRatio="xMidYMid meet">` +
    `<title id="${titleId}">${escapeHtml(title)}</title><desc id="${descId}">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'chart';

/** The column that names each row: the first left-aligned column wider than a number column. */
function rowHeaderColumn(table: TableNode): number {
  const index = table.columns.findIndex((c) => c.align === 'left' && c.width >= 1);
  return index === -1 ? 0 : index;
}

interface Heading {
  readonly id: string;
  readonly level: number;
  readonly text: string;
  readonly html: string;
}

/** The page as a string: `<!doctype html>` to `</html>`. */
export function renderHtmlBrief(input: HtmlBriefInput): string {
  const { nodes, locale } = input;
  const units = input.units ?? [];
  const t = (text: string) => langText(text, locale, units);
  const headings: Heading[] = [];
  const counters = [0, 0, 0];
  const open: number[] = []; // levels of the sections now open
  let tables = 0;
  const figureIds = new Set<string>();
  let title = '';
  let cover = '';
  let tocTitle: string | undefined;
  const main: string[] = [];

  const templateLevels: number[] = []; // the template's level of each open section
  const closeSections = (level: number) => {
    while (open.length > 0 && open[open.length - 1]! >= level) {
      open.pop();
      templateLevels.pop();
      main.push('</section>');
    }
  };

  const kpis = (node: KpiGridNode) =>
    `<ul class="kpis">${node.items
      .map(
        (k) =>
          `<li class="kpi${k.status ? ` status-${slug(k.status)}` : ''}"><p class="kpi-label">${t(k.label)}</p>` +
          `<p class="kpi-value">${t(k.value)}</p>${k.details.map((d) => `<p class="kpi-detail">${t(d)}</p>`).join('')}` +
          `${(k.notes ?? []).map((d) => `<p class="kpi-note">${t(d)}</p>`).join('')}</li>`,
      )
      .join('')}</ul>${node.note ? `<p class="small kpi-notes">${t(node.note)}</p>` : ''}`;

  const table = (node: TableNode) => {
    const id = `tbl-${++tables}`;
    const header = rowHeaderColumn(node);
    const num = ' class="num"';
    const head = node.columns.map((c) => `<th scope="col"${c.align === 'right' ? num : ''}>${t(c.header)}</th>`).join('');
    // A cell is set as its column is (cellAlign: one alignment per column).
    const align = (i: number, cell: string) => (cellAlign(node.columns[i]!, cell) === 'right' ? num : '');
    // Each cell carries its column's header (data-label): on a phone a wide table is read row by
    // row, each row a card of label–value pairs (brief.css), the header row hidden from view.
    const label = (i: number) => ` data-label="${escapeHtml(node.columns[i]!.header)}"`;
    const rows = node.rows
      .map(
        (row) =>
          `<tr${row.kind === 'body' ? '' : ` class="${row.kind}"`}>${row.cells
            .map((cell, i) =>
              i === header ? `<th scope="row"${align(i, cell)}>${t(cell)}</th>` : `<td${align(i, cell)}${label(i)}>${t(cell)}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('');
    const note = node.note ? `<p class="table-note">${t(node.note)}</p>` : '';
    const source = node.source ? `<p class="source">${t(node.source)}</p>` : '';
    // A table of more than three columns is wider than a phone: there it is read as cards (brief.css).
    const wide = node.columns.length > 3;
    // The caption is above the table's box, not inside the table. It names the table and its region (aria-labelledby).
    return (
      `<div class="table${wide ? ' wide' : ''}" id="${id}"><p class="table-caption" id="${id}-caption">${t(node.caption)}</p>` +
      `<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">` +
      `<table aria-labelledby="${id}-caption"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>${note}${source}</div>`
    );
  };

  const figure = (node: ChartNode) => {
    const chartId = node.id;
    const chart = input.charts.get(chartId);
    if (!chart) throw new Error(`The brief places chart "${chartId}", which was not rendered`);
    let id = `fig-${slug(chartId)}`;
    for (let n = 2; figureIds.has(id); n++) id = `fig-${slug(chartId)}-${n}`;
    figureIds.add(id);
    // The numbered caption and the source line are text on the page, as in the PDF. On a narrow
    // screen the chart's narrow layout (the same spec laid out at a phone's width) takes its place.
    const caption = `<figcaption id="${id}-caption">${t(node.caption ?? chart.title)}</figcaption>`;
    const wide = `<div class="chart-image${chart.narrowSvg ? ' wide' : ''}">${inlineChartSvg(chart.svg, id, chart.title, chart.alt)}</div>`;
    const narrow = chart.narrowSvg
      ? `<div class="chart-image narrow">${inlineChartSvg(chart.narrowSvg, `${id}-narrow`, chart.title, chart.alt)}</div>`
      : '';
    const source = node.source ? `<p class="source">${t(node.source)}</p>` : '';
    return `<figure class="chart" id="${id}" aria-labelledby="${id}-caption">${caption}${wide}${narrow}${source}</figure>`;
  };

  for (const node of nodes) {
    switch (node.type) {
      case 'cover': {
        title = node.title;
        const meta = node.meta.map((m) => `<div><dt>${t(m.label)}</dt><dd>${t(m.value)}</dd></div>`).join('');
        cover =
          `<header class="cover"><h1 id="top">${t(node.title)}</h1><p class="subtitle">${t(node.subtitle)}</p>` +
          `<dl class="meta">${meta}</dl>${node.notice ? `<p class="notice" role="note">${t(node.notice)}</p>` : ''}</header>`;
        break;
      }
      case 'toc':
        tocTitle = node.title;
        break;
      case 'heading': {
        // A level skipped in the template (an h3 straight under an h1) is not skipped in the page:
        // the heading nests one level under the nearest open section of a higher template level, so
        // its siblings of the same template level stay its siblings.
        let parent = open.length;
        while (parent > 0 && templateLevels[parent - 1]! >= node.level) parent--;
        const level = (open[parent - 1] ?? 0) + 1;
        counters[level - 1]!++;
        for (let i = level; i < counters.length; i++) counters[i] = 0;
        const id = `sec-${counters.slice(0, level).join('-')}`;
        closeSections(level);
        open.push(level);
        templateLevels.push(node.level);
        const html = t(node.text);
        headings.push({ id, level, text: node.text, html });
        main.push(`<section id="${id}"><h${level + 1}><a class="anchor" href="#${id}">${html}</a></h${level + 1}>`);
        break;
      }
      case 'paragraph':
        main.push(`<p${node.style === 'body' ? '' : ` class="${node.style}"`}>${t(node.text)}</p>`);
        break;
      case 'note':
        main.push(`<p class="note">${t(node.text)}</p>`);
        break;
      case 'list':
        main.push(
          `<ul${node.style ? ` class="${node.style}"` : ''}>${node.items
            .map((item) => `<li${figureDense(item) ? ' class="figures"' : ''}>${t(item)}</li>`)
            .join('')}</ul>`,
        );
        break;
      case 'kpis':
        main.push(kpis(node));
        break;
      case 'table':
        main.push(table(node));
        break;
      case 'chart':
        main.push(figure(node));
        break;
      case 'pagebreak':
        main.push('<div class="page-break" aria-hidden="true"></div>');
        break;
    }
  }
  closeSections(1);
  if (!title) title = headings[0]?.text ?? '';

  const nav =
    tocTitle === undefined
      ? ''
      : `<nav class="contents" aria-labelledby="contents-h"><h2 id="contents-h">${t(tocTitle)}</h2>${tocList(headings)}</nav>`;
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${input.fonts ? `${fontFaceRules(input.fonts)}\n` : ''}${input.stylesheet.replace(/<\//g, '<\\/')}</style>`,
    '</head>',
    `<body class="lang-${locale}">`,
    cover,
    nav,
    `<main id="main">${main.join('\n')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The contents: sections and their subsections (as the PDF's contents page lists them). */
function tocList(headings: readonly Heading[]): string {
  const items: string[] = [];
  let sub: string[] = [];
  const flush = () => {
    if (sub.length > 0 && items.length > 0)
      items[items.length - 1] = items[items.length - 1]!.replace(/<\/li>$/, `<ol>${sub.join('')}</ol></li>`);
    else items.push(...sub);
    sub = [];
  };
  for (const h of headings) {
    if (h.level === 1) {
      flush();
      items.push(`<li><a href="#${h.id}">${h.html}</a></li>`);
    } else if (h.level === 2) sub.push(`<li><a href="#${h.id}">${h.html}</a></li>`);
  }
  flush();
  return `<ol>${items.join('')}</ol>`;
}
