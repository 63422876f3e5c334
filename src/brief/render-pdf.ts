import PDFDocument from 'pdfkit';
import { fontFamily, latinFontFamily, subsetFace } from '../fonts/fonts.js';
import { chartFaceRuns, compressedMarks, faceRuns, type Face } from './font-runs.js';
import { breakOpportunities, breakParagraphs, type BreakOptions, type BrokenLine } from './line-break.js';
import { justifiedUnits } from './justify.js';
import { firstFragmentHeight, splitRules, unitsThatFit, type SplitRule } from './pagination.js';
import { createTextCaches, maxCachedWidths, type TextCaches } from './text-caches.js';
import { drawSvg, SvgNotDrawnError, type SvgCanvas } from './svg-pdf.js';
import { titleLines } from './title-lines.js';

/** A chart whose SVG the brief cannot draw (buildBrief turns it into a chart: diagnostic naming the spec). */
export class ChartNotDrawnError extends Error {
  constructor(
    readonly chartId: string,
    message: string,
  ) {
    super(message);
  }
}
import { cellAlign, outlineLevels, type ChartNode, type CoverNode, type DocNode, type KpiGridNode, type TableNode } from './markup.js';

/**
 * Lays out the brief's document tree on A4 pages with pdfkit: our own line breaking (kinsoku),
 * tables whose header row repeats on every page, charts as vector graphics, a contents page with
 * page numbers, bookmarks, running header and footer, and a tagged structure tree.
 */

export interface PdfChart {
  readonly svg: string;
  readonly title: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

export interface PdfInput {
  readonly nodes: readonly DocNode[];
  readonly lang: 'zh-CN' | 'en';
  readonly charts: ReadonlyMap<string, PdfChart>;
  readonly info: { title: string; author?: string | undefined; subject: string; keywords: string };
  /** Running header text. */
  readonly running: string;
  /** Footer text of a page, e.g. "Page 3 of 8". */
  readonly pageLabel: (page: number, pages: number) => string;
  readonly creationDate: Date;
  /** Said after a table's caption on the pages it continues on: "（续）", "(continued)". */
  readonly continued: string;
  /** The units' names in the brief's language (data/units.yaml), each kept whole with its number when lines break. */
  readonly units?: readonly string[];
  /** Kept from the briefs set before (see TextCaches); absent: this brief starts with empty caches. */
  readonly textCaches?: TextCaches;
}

/** A placed line of text. `body` marks a line of running text (paragraph or list item): whether it ends its paragraph, and the right edge of its measure. */
export interface PdfLayoutLine {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  /** Body text: whether the line ends its paragraph, the measure's right edge, and the space added after each character of a justified line. */
  body?: { last: boolean; right: number; spacing?: number };
}

/**
 * One block of the document as placed: on which pages, and how many of its units (lines, items,
 * rows) on each; of a table's rows, `totals` counts its total rows (a total is not a row of the body).
 */
export interface PdfLayoutBlock {
  readonly kind: DocNode['type'];
  readonly parts: { page: number; count: number; totals: number; top: number; bottom: number }[];
}

/** What the layout decided, for tests: every line of text placed, by page, and every block. */
export interface PdfLayoutRecord {
  readonly lines: PdfLayoutLine[];
  readonly headings: { level: number; text: string; page: number }[];
  /** The blocks of the document's body in order (cover and contents excluded). */
  readonly blocks: PdfLayoutBlock[];
  /** Where the content of each page ends (y from the top of the page). */
  readonly pageEnds: number[];
  /** Every chart as placed: its page, top, and the scale its SVG was drawn at (1 = at the size it was laid out). */
  readonly charts: { id: string; page: number; top: number; scale: number; width: number; height: number }[];
  /** The header row of every table, in order: each column's header as the lines it was set in. */
  readonly tableHeaders: string[][][];
  /** Every link annotation placed: on which page, where, and to which named destination. */
  readonly links: { page: number; x: number; y: number; width: number; height: number; destination: string }[];
  /** Named destinations (one per heading), with the page each points to. */
  readonly destinations: { name: string; page: number; y: number }[];
  pages: number;
}

const page = { width: 595.28, height: 841.89, left: 56, right: 56, top: 72, bottom: 68 };
const contentWidth = page.width - page.left - page.right;
/** Where the body of a page begins and ends (y from the top), for checks on the layout record. */
export const pageArea = { top: page.top, bottom: page.height - page.bottom } as const;
const bodyHeight = pageArea.bottom - pageArea.top;
/** Space between the contents and the body below it on the same page. */
const tocGap = 18;
/** The most space, in em, a justified Chinese line adds between two characters. */
export const maxJustifySpacing = 0.1;
/** The most a justified Chinese line's gaps are set tighter, in em: a twentieth of a character. */
export const maxJustifyTightening = 0.05;
/** A line's gaps as justifiedLine spreads them: between characters, a run of Latin letters or digits counting as one. */
const justifiedGaps = (text: string): number =>
  justifiedUnits(text.trimEnd()).reduce((sum, u) => sum + (u.spread ? [...u.text].length : 1), 0) - 1;
const type = { title: 24, subtitle: 13, h1: 16, h2: 12.5, h3: 10.5, body: 9.5, lead: 10, small: 8, kpi: 15, table: 8.5, caption: 9 };
const leading = 1.5;
const headingSize = (level: 1 | 2 | 3) => (level === 1 ? type.h1 : level === 2 ? type.h2 : type.h3);
/** Where the first baseline sits below a line's top, in ems: the Chinese face's ascender, for both faces. */
const ascender = 0.88;
const colours = { text: '#1a1a1a', muted: '#555555', rule: '#999999', light: '#e6e6e6', accent: '#0072B2', stripe: '#f4f6f8' };
const statusColours: Record<string, string> = { met: '#0072B2', 'not-met': '#D55E00', 'not-comparable': '#777777' };

type Font = 'regular' | 'bold';
/** The OpenType feature that sets a full-width mark at half width (see compressedMarks). */
const halfWidth = ['halt'] as PDFKit.Mixins.OpenTypeFeatures[];
/** A full-width opening mark at the start of a line (set half width there: Layout.openingTrim). */
export const lineInitialOpening = /^[“‘（《〈「『【〔]/u;
type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

class Layout {
  readonly doc: Doc;
  y = page.top;
  readonly record: PdfLayoutRecord = {
    lines: [],
    headings: [],
    blocks: [],
    pageEnds: [],
    charts: [],
    tableHeaders: [],
    links: [],
    destinations: [],
    pages: 0,
  };
  /** The block being placed, whose units `mark` counts. */
  private block: PdfLayoutBlock | undefined;
  /** Wrapped lines by font, size, width and text: a block is measured before it is placed (keeping rules), then drawn. */
  private readonly wrapped = new Map<string, BrokenLine[]>();
  private outlineH1: ReturnType<Doc['outline']['addItem']> | undefined;
  tocPage = -1;
  tocStruct: StructElement | undefined;

  constructor(
    private readonly input: PdfInput,
    fonts: DocumentFonts,
  ) {
    this.caches = input.textCaches ?? createTextCaches();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: page.top, bottom: 0, left: page.left, right: page.right },
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      lang: input.lang,
      displayTitle: true,
      // No default font: pdfkit would otherwise load Helvetica's metrics for every document.
      font: null as unknown as string,
      info: {
        Title: xmpSafe(input.info.title),
        ...(input.info.author ? { Author: xmpSafe(input.info.author) } : {}),
        Subject: xmpSafe(input.info.subject),
        Keywords: xmpSafe(input.info.keywords),
        Creator: 'plan-briefs',
        Producer: 'plan-briefs (pdfkit)',
        CreationDate: input.creationDate,
        ModDate: input.creationDate,
      },
    });
    // Each face reduced to the characters of this document (fonts.ts subsetFace), registered by name.
    for (const [name, bytes] of Object.entries(fonts)) this.doc.registerFont(name, bytes);
    this.primaryFace = input.lang === 'zh-CN' ? 'cjk' : 'latin';
  }

  private readonly caches: TextCaches;

  /** The face most text is set in: Chinese for the Chinese brief, Latin for the English one. */
  readonly primaryFace: Face;

  private fontName(font: Font, face: Face): string {
    return face === 'cjk' ? font : `latin-${font}`;
  }

  /** Index of the page being drawn on (pdfkit can switch back to earlier pages). */
  pageIndex = -1;

  newPage(): void {
    // continueOnNewPage closes marked content on the old page and reopens it on the new one, so a
    // tagged block may span pages; addPage alone would leave the markings unbalanced.
    if (this.pageIndex >= 0) this.record.pageEnds[this.pageIndex] = this.y;
    if (this.doc.bufferedPageRange().count > 0) this.doc.continueOnNewPage();
    else this.doc.addPage();
    this.pageIndex = this.doc.bufferedPageRange().count - 1;
    this.y = page.top;
  }

  /** Space left on the page below the current position. */
  get space(): number {
    return page.height - page.bottom - this.y;
  }

  /** Does the page have nothing on it yet? */
  get atTop(): boolean {
    return this.y <= page.top + 0.001;
  }

  /** Starts a new page unless `height` still fits below the current position. */
  ensure(height: number): void {
    if (!this.atTop && height > this.space + 0.001) this.newPage();
  }

  /** Starts recording a block of the body. */
  beginBlock(kind: DocNode['type']): void {
    this.block = { kind, parts: [] };
    this.record.blocks.push(this.block);
  }

  /** Nothing after this is a block of the body (the contents page, drawn last). */
  endBlocks(): void {
    this.block = undefined;
  }

  /** Counts one unit of the current block, placed from `top` to the current position (`total`: a table's total row). */
  mark(top: number, total = false): void {
    if (!this.block) return;
    const last = this.block.parts[this.block.parts.length - 1];
    if (last && last.page === this.pageIndex) {
      last.count++;
      if (total) last.totals++;
      last.bottom = this.y;
    } else this.block.parts.push({ page: this.pageIndex, count: 1, totals: total ? 1 : 0, top, bottom: this.y });
  }

  /** Lines of a text at a width, wrapped once however often the layout asks. */
  lines(text: string, width: number, font: Font, size: number, options: BreakOptions = {}): BrokenLine[] {
    const key = `${font}\u0000${size}\u0000${width}\u0000${options.words ? 'w' : options.tighten ? 't' : 'c'}\u0000${text}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = breakParagraphs(text, width, (s) => this.measure(s, font, size), { ...options, units: this.input.units ?? [] });
      this.wrapped.set(key, lines);
    }
    return lines;
  }

  /** Width of a text in a font and size, from the build's caches (see TextCaches). */
  measure(text: string, font: Font, size: number): number {
    // The same text measures differently in the two languages' faces.
    const key = `${this.primaryFace}\u0000${font}\u0000${size}\u0000${text}`;
    const { widths } = this.caches;
    let width = widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const run of this.runs(text)) {
        const options = run.compressed ? { features: halfWidth } : {};
        width += this.doc.font(this.fontName(font, run.face)).fontSize(size).widthOfString(run.text, options);
      }
      if (widths.size >= maxCachedWidths) widths.clear();
      widths.set(key, width);
    }
    return width;
  }

  /** Runs of one face each, and in the Chinese face, the full-width marks set at half width apart (compressedMarks). */
  runs(text: string): { text: string; face: Face; compressed: boolean }[] {
    return faceRuns(text, this.primaryFace).flatMap((run) =>
      run.face === 'cjk' ? compressedMarks(run.text).map((part) => ({ ...part, face: run.face })) : [{ ...run, compressed: false }],
    );
  }

  wrap(text: string, width: number, font: Font, size: number, options: BreakOptions = {}): string[] {
    return this.lines(text, width, font, size, options).map((l) => l.text);
  }

  /**
   * Draws text from (x, y), each run in its face, on one baseline (the faces' ascenders differ, so
   * the baseline is set explicitly); `spacing` is added after every character (justification).
   */
  drawText(text: string, x: number, y: number, font: Font, size: number, color: string, spacing = 0): void {
    const baseline = -ascender * size;
    let left = x;
    for (const run of this.runs(text)) {
      this.doc.font(this.fontName(font, run.face)).fontSize(size).fillColor(color);
      this.doc.text(run.text, left, y, {
        lineBreak: false,
        baseline,
        ...(spacing ? { characterSpacing: spacing } : {}),
        ...(run.compressed ? { features: halfWidth } : {}),
      });
      const options = run.compressed ? { features: halfWidth } : {};
      left += this.doc.widthOfString(run.text, options) + spacing * [...run.text].length;
    }
  }

  /** Draws one line at (x, y) without pdfkit's own wrapping, and records it. */
  line(
    text: string,
    x: number,
    y: number,
    font: Font,
    size: number,
    color = colours.text,
    align: 'left' | 'right' = 'left',
    width = contentWidth,
  ): void {
    const w = this.measure(text, font, size);
    const left = align === 'right' ? x + width - w : x - this.openingTrim(text, size);
    this.drawText(text, left, y, font, size, color);
    this.record.lines.push({ page: this.pageIndex, text, x: left, y, width: w });
  }

  /**
   * How far a line starts left of its margin: half an em when a Chinese line opens with a full-width
   * opening mark (“ 《 （ 「 …), whose blank left half would read as an indent (clreq 3.1.6, the PDF
   * counterpart of the HTML edition's text-spacing-trim: trim-start); 0 otherwise.
   */
  openingTrim(text: string, size: number): number {
    return this.primaryFace === 'cjk' && lineInitialOpening.test(text) ? size / 2 : 0;
  }

  /**
   * A line of running Chinese text justified to both edges (两端对齐): the slack is spread evenly
   * over the gaps between characters (a run of Latin letters or digits counts as one), the way
   * printed reports set it; pdfkit's own justify only widens spaces.
   */
  justifiedLine(text: string, x0: number, y: number, font: Font, size: number, color: string, width0: number): void {
    const trim = this.openingTrim(text, size);
    const x = x0 - trim;
    const width = width0 + trim;
    const units = justifiedUnits(text);
    const natural = units.reduce((sum, u) => sum + this.measure(u.text, font, size), 0);
    const gaps = justifiedGaps(text);
    // Spacing is capped (maxJustifySpacing): a line that would need more stays short of the edge
    // rather than showing gaps (the breaks after full-width marks, line-break.ts, make it rare). A
    // line the breaker set tighter (BreakOptions.tighten) closes its gaps by at most maxJustifyTightening.
    // (A tenth more than the breaker allowed, as it adds its pieces' widths and this its runs'.)
    const extra = gaps > 0 ? Math.min(maxJustifySpacing * size, Math.max(-1.1 * maxJustifyTightening * size, (width - natural) / gaps)) : 0;
    let left = x;
    for (const unit of units) {
      // A run of Chinese characters takes the extra space after each character in one text operation.
      this.drawText(unit.text, left, y, font, size, color, unit.spread ? extra : 0);
      left += this.measure(unit.text, font, size) + extra * (unit.spread ? [...unit.text].length : 1);
    }
    this.record.lines.push({
      page: this.pageIndex,
      text,
      x,
      y,
      width: left - extra - x,
      body: { last: false, right: x + width, spacing: extra },
    });
  }

  /** A tagged block: its drawing runs inside a structure element of the given type. */
  tagged(structType: string, draw: () => void, options: Record<string, unknown> = {}): void {
    const element = this.doc.struct(structType, options, [draw]);
    this.doc.addStructure(element);
    element.end();
  }

  /** The lines of a paragraph as `paragraph` sets them. */
  paragraphLines(text: string, font: Font, size: number, indent: number, kind: 'body' | 'title'): BrokenLine[] {
    // Justified Chinese body text may set a line's gaps slightly tighter rather than leave it loose.
    const justified = kind === 'body' && this.primaryFace === 'cjk';
    return this.lines(
      text,
      contentWidth - indent,
      font,
      size,
      kind === 'title'
        ? { words: true }
        : justified
          ? { tighten: { most: maxJustifyTightening * size, loosest: maxJustifySpacing * size, gaps: justifiedGaps } }
          : {},
    );
  }

  /** Height of a paragraph as `paragraph` sets it, spacing after included. */
  paragraphHeight(text: string, font: Font, size: number, indent: number, kind: 'body' | 'title', after = size * 0.7): number {
    return this.paragraphLines(text, font, size, indent, kind).length * size * leading + after;
  }

  /**
   * Lines of text from the current position; `body` text (paragraphs, list items) is justified in
   * Chinese, and breaks across pages only as `rule` allows (titles never do).
   */
  paragraph(
    text: string,
    font: Font,
    size: number,
    color = colours.text,
    indent = 0,
    after = size * 0.7,
    kind: 'body' | 'title' = 'title',
    rule: SplitRule = splitRules.lines,
    tail = 0,
  ): void {
    const lineHeight = size * leading;
    const width = contentWidth - indent;
    const lines = this.paragraphLines(text, font, size, indent, kind);
    // `tail`: the height of what must follow the last line on its page (a table's source line after its note).
    const heights = lines.map((_, i) => lineHeight + (i === lines.length - 1 ? tail : 0));
    const splitRule = kind === 'title' ? { min: 1, whole: Infinity } : rule;
    for (let from = 0; from < lines.length; ) {
      const count = unitsThatFit(heights, from, this.space, splitRule, this.atTop);
      if (count === 0) {
        this.newPage();
        continue;
      }
      for (const l of lines.slice(from, from + count)) {
        const top = this.y;
        if (kind === 'body' && this.primaryFace === 'cjk' && !l.end)
          this.justifiedLine(l.text, page.left + indent, this.y, font, size, color, width);
        else {
          this.line(l.text, page.left + indent, this.y, font, size, color);
          if (kind === 'body') this.record.lines[this.record.lines.length - 1]!.body = { last: l.end, right: page.left + indent + width };
        }
        this.y += lineHeight;
        if (kind === 'body') this.mark(top);
      }
      from += count;
      if (from < lines.length) this.newPage();
    }
    this.y += after;
  }

  /** Height of a heading as `heading` sets it, spacing included. */
  headingHeight(level: 1 | 2 | 3, text: string): number {
    const size = headingSize(level);
    return size * (level === 1 ? 1.2 : 0.6) + this.paragraphHeight(text, 'bold', size, 0, 'title', size * 0.5) + (level === 1 ? 4 : 0);
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = headingSize(level);
    // The caller has kept the heading with what follows (see keepHeight); no space above it at the top of a page.
    if (!this.atTop) this.y += size * (level === 1 ? 1.2 : 0.6);
    const top = this.y;
    this.tagged(`H${level}`, () => this.paragraph(text, 'bold', size, level === 1 ? colours.accent : colours.text, 0, size * 0.5));
    if (level === 1) {
      this.doc
        .moveTo(page.left, this.y - size * 0.3)
        .lineTo(page.width - page.right, this.y - size * 0.3)
        .lineWidth(0.6)
        .strokeColor(colours.accent)
        .stroke();
      this.y += 4;
    }
    this.mark(top);
    // A named destination per heading, for the contents page's links.
    const destination = `heading-${this.record.headings.length + 1}`;
    this.doc.addNamedDestination(destination, 'XYZ', page.left, top, null);
    this.record.destinations.push({ name: destination, page: this.pageIndex, y: top });
    this.record.headings.push({ level, text, page: this.pageIndex });
    // Two levels of bookmarks, chapters open so that their sections show.
    if (level === 1) this.outlineH1 = this.doc.outline.addItem(text, { expanded: true });
    else if (level === 2 && this.outlineH1) this.outlineH1.addItem(text);
  }

  cover(node: CoverNode): void {
    this.newPage();
    this.doc.rect(0, 0, page.width, 12).fill(colours.accent);
    this.y = 150;
    // The title breaks at meaningful points (title-lines.ts), stepping down a size or two if that avoids a poor break.
    const title = titleLines(node.title, contentWidth, [type.title, type.title - 2, type.title - 4], (text, size) =>
      this.measure(text, 'bold', size),
    );
    this.tagged('H1', () => {
      for (const l of title.lines) {
        this.line(l, page.left, this.y, 'bold', title.size);
        this.y += title.size * 1.4;
      }
      this.y += 16;
    });
    this.tagged('P', () => this.paragraph(node.subtitle, 'regular', type.subtitle, colours.accent, 0, 30));
    this.tagged('Table', () => {
      for (const meta of node.meta) {
        const labelWidth = 110;
        const lines = this.wrap(meta.value, contentWidth - labelWidth, 'regular', type.body);
        this.line(meta.label, page.left, this.y, 'bold', type.body, colours.muted);
        for (const l of lines) {
          this.line(l, page.left + labelWidth, this.y, 'regular', type.body);
          this.y += type.body * leading;
        }
        this.y += 4;
      }
    });
    if (node.notice) {
      this.y += 20;
      this.tagged('P', () => this.paragraph(node.notice!, 'bold', type.lead, statusColours['not-met']));
    }
  }

  /** The grid of headline figures, two cards to a row; returns nothing, or with `measureOnly` the rows' heights. */
  kpiRows(node: KpiGridNode) {
    const columns = 2;
    const gap = 10;
    const cardWidth = (contentWidth - gap * (columns - 1)) / columns;
    const pad = 8;
    const rows = [];
    for (let i = 0; i < node.items.length; i += columns) {
      const layouts = node.items.slice(i, i + columns).map((item) => ({
        item,
        label: this.wrap(item.label, cardWidth - pad * 2, 'regular', type.small),
        details: item.details.flatMap((d) => this.wrap(d, cardWidth - pad * 2, 'regular', type.small)),
        // What the figure includes: a note, grey and set apart, after the lines of figures (no text is under 8 pt).
        notes: (item.notes ?? []).flatMap((d) => this.wrap(d, cardWidth - pad * 2, 'regular', type.small)),
      }));
      const height = Math.max(
        ...layouts.map(
          (l) =>
            pad * 2 +
            l.label.length * type.small * leading +
            type.kpi * 1.4 +
            l.details.length * type.small * leading +
            (l.notes.length > 0 ? 2 + l.notes.length * type.small * leading : 0),
        ),
      );
      rows.push({ layouts, height });
    }
    return { rows, gap, cardWidth, pad };
  }

  kpis(node: KpiGridNode): void {
    const { rows, gap, cardWidth, pad } = this.kpiRows(node);
    // The note of the cards' marks stays with their last row: it explains marks on the cards above.
    const noteHeight = node.note ? this.paragraphHeight(node.note, 'regular', type.small, 0, 'body', type.small * 0.7) : 0;
    this.tagged('Table', () => {
      for (const [r, { layouts, height }] of rows.entries()) {
        // Below the last row, the note's own spacing: the gap only parts rows.
        const last = r === rows.length - 1 && node.note !== undefined;
        const after = last ? 4 : gap;
        this.ensure(height + after + (last ? noteHeight : 0));
        const top = this.y;
        layouts.forEach((l, c) => {
          const x = page.left + c * (cardWidth + gap);
          this.doc.rect(x, top, cardWidth, height).fill(colours.stripe);
          if (l.item.status) this.doc.rect(x, top, 3, height).fill(statusColours[l.item.status] ?? colours.rule);
          let y = top + pad;
          for (const s of l.label) {
            this.line(s, x + pad, y, 'regular', type.small, colours.muted);
            y += type.small * leading;
          }
          this.line(l.item.value, x + pad, y, 'bold', type.kpi);
          y += type.kpi * 1.4;
          for (const d of l.details) {
            this.line(d, x + pad, y, 'regular', type.small, colours.text);
            y += type.small * leading;
          }
          if (l.notes.length > 0) y += 2;
          for (const d of l.notes) {
            this.line(d, x + pad, y, 'regular', type.small, colours.muted);
            y += type.small * leading;
          }
        });
        this.y = top + height + after;
        this.mark(top);
      }
    });
    if (node.note) this.tagged('P', () => this.paragraph(node.note!, 'regular', type.small, colours.muted, 0, type.small * 0.7, 'body'));
    this.y += 4;
  }

  /** A table's measurements: column widths, wrapped header and rows, and their heights. */
  tableLayout(node: TableNode) {
    const { widths, scale } = this.columnWidths(node, 4, type.table);
    const pad = 4 * scale;
    const size = type.table * scale;
    const lineHeight = size * 1.4;
    // An "of which" row (其中) is indented in its first cell by one em.
    const indentOf = (kind: TableNode['rows'][number]['kind'] | 'header', i: number) => (kind === 'part' && i === 0 ? size : 0);
    // Chinese in a cell breaks between words (完成|情况), never inside one (完成情|况), unless a word is wider than its column.
    const cellLines = (cells: readonly string[], font: Font, kind: TableNode['rows'][number]['kind'] | 'header' = 'header') =>
      cells.map((cell, i) => this.wrap(cell, widths[i]! - pad * 2 - indentOf(kind, i), font, size, { words: true }));
    const header = cellLines(
      node.columns.map((c) => c.header),
      'bold',
    );
    const headerHeight = Math.max(...header.map((l) => l.length)) * lineHeight + pad * 2;
    const rows = node.rows.map((row) => {
      const font: Font = row.kind === 'total' ? 'bold' : 'regular';
      const lines = cellLines(row.cells, font, row.kind);
      return { row, font, lines, height: Math.max(...lines.map((l) => l.length)) * lineHeight + pad * 2 };
    });
    const captionHeight = this.paragraphHeight(node.caption, 'bold', type.caption, 0, 'title', 3);
    // A long note under a table may go on over the page, as a paragraph does (two lines or more on
    // each side); its first lines go with the last row, and the rest, with the source, may follow.
    // A short note and the source stay with the table.
    const noteLines = node.note ? this.paragraphLines(node.note, 'regular', type.small, 0, 'body').length : 0;
    const noteHeight =
      noteLines > splitRules.lines.whole
        ? firstFragmentHeight(
            Array.from({ length: noteLines }, () => type.small * leading),
            splitRules.lines,
          ) +
          6 +
          8
        : (node.note ? this.paragraphHeight(node.note, 'regular', type.small, 0, 'body', 4) : 0) +
          (node.source ? this.paragraphHeight(node.source, 'regular', type.small, 0, 'body', 2) : 0) +
          6 +
          8;
    // The units a table breaks between: its rows, but a total row goes with the row above it, so
    // that it is never counted as a row of a fragment (issue 25's review: three rows and the total
    // were carried over as four). The note under a table goes with its last row.
    const units: { rows: number[]; height: number }[] = [];
    rows.forEach((r, i) => {
      const previous = units.at(-1);
      if (r.row.kind === 'total' && previous) {
        previous.rows.push(i);
        previous.height += r.height;
      } else units.push({ rows: [i], height: r.height });
    });
    if (units.length > 0) units.at(-1)!.height += noteHeight;
    const heights = units.map((u) => u.height);
    return { widths, pad, size, lineHeight, header, headerHeight, rows, units, captionHeight, heights, indentOf };
  }

  /**
   * Column widths that follow the content, measured: each column gets at least its longest
   * unbreakable piece (a word, a figure with its unit, a Chinese word), and the rest of the width
   * goes step by step where it saves the most for the width it takes, lines counted by filling each
   * cell's measured pieces as the table will. So a column of short names ("Zhejiang Province") gets
   * one line, and a long phrase is not squeezed over five lines beside a column with room to spare.
   * A figure (its sign, separators and per cent) is one piece, so no figure breaks inside its
   * number. When even those least widths are wider than the page (many columns of figures), the whole table is set smaller (`scale`
   * below 1) rather than a figure broken: with 60 columns, 30.5 was set as "3", "0.", "5".
   */
  columnWidths(node: TableNode, pad: number, size: number): { widths: number[]; scale: number } {
    const piecesOf = (text: string, font: Font, indent: number) => ({
      indent,
      pieces: breakOpportunities(text, { words: true, units: this.input.units ?? [] }).map((piece) => ({
        text: piece,
        width: this.measure(piece, font, size),
        trimmed: this.measure(piece.trimEnd(), font, size),
      })),
    });
    type Cell = ReturnType<typeof piecesOf>;
    // The header counts as a row.
    const table: Cell[][] = [
      node.columns.map((c) => piecesOf(c.header, 'bold', 0)),
      ...node.rows.map((row) =>
        row.cells.map((text, i) => piecesOf(text, row.kind === 'total' ? 'bold' : 'regular', row.kind === 'part' && i === 0 ? size : 0)),
      ),
    ];
    const linesOf = (cell: Cell, width: number) => {
      const room = width - pad * 2 - cell.indent;
      let lines = 1;
      let x = 0;
      for (const piece of cell.pieces) {
        if (x > 0 && x + piece.trimmed > room) {
          lines++;
          x = piece.width;
        } else x += piece.width;
      }
      return lines;
    };
    // A column's least: its longest piece, and a short cell without spaces whole (a Chinese term
    // or name up to nine ems), which reads badly broken between its words ("数字经济 | 核心产业").
    // A header only needs its longest piece.
    const longest = (cell: Cell) => Math.max(0, ...cell.pieces.map((p) => p.trimmed));
    const whole = (cell: Cell) =>
      cell.pieces.reduce((a, p) => a + p.width, 0) - (cell.pieces.at(-1)?.width ?? 0) + (cell.pieces.at(-1)?.trimmed ?? 0);
    // A label of a few words ("Relative to population", "Number per 100 firms") takes two lines at
    // most: three lines of one word each read as a list, not a label.
    const twoLines = (cell: Cell) => {
      const { pieces } = cell;
      if (pieces.length < 3 || pieces.length > 4 || !pieces.some((p) => /\s/.test(p.text)) || whole(cell) > size * 12) return 0;
      let best = Number.POSITIVE_INFINITY;
      for (let k = 1; k < pieces.length; k++) {
        const first = pieces.slice(0, k);
        const rest = pieces.slice(k);
        const line = (part: typeof pieces) => part.reduce((a, p) => a + p.width, 0) - part.at(-1)!.width + part.at(-1)!.trimmed;
        best = Math.min(best, Math.max(line(first), line(rest)));
      }
      return best;
    };
    const leastOf = (cell: Cell) =>
      Math.max(
        longest(cell),
        cell.pieces.length > 1 && cell.pieces.every((p) => !/\s/.test(p.text)) && whole(cell) <= size * 9 ? whole(cell) : 0,
        twoLines(cell),
      ) + cell.indent;
    // One point more than measured: the wrap measures again, and a column exactly as wide as its
    // widest word broke that word letter by letter ("N|o.") on a rounding difference.
    const widths = node.columns.map(
      (_, i) => Math.max(longest(table[0]![i]!), ...table.slice(1).map((row) => leastOf(row[i]!))) + pad * 2 + 1,
    );
    // What a layout costs: each row's height in lines, cubed (one row of five lines reads worse
    // than five rows of two, and a label of eight lines in a narrow first column worst: squared, the
    // width went to columns of two-line cells), and a quarter of its cells' lines besides (a row is as tall as its
    // tallest cell, so where two cells of a row wrap, widening one alone must count too).
    const cost = (w: readonly number[]) =>
      table.reduce((sum, row) => {
        const lines = row.map((c, i) => linesOf(c, w[i]!));
        return sum + Math.max(...lines) ** 3 + lines.reduce((a, n) => a + n, 0) / 4;
      }, 0);
    const needed = widths.reduce((a, w) => a + w, 0);
    // Everything in the table (type, padding, indent) scales together, so the figures just fit.
    if (needed > contentWidth) return { widths: widths.map((w) => w * (contentWidth / needed)), scale: contentWidth / needed };
    let left = contentWidth - needed;
    let now = cost(widths);
    while (left > 1) {
      let best: { column: number; extra: number; cost: number; gain: number } | undefined;
      for (const [column] of node.columns.entries()) {
        for (const step of [2, 4, 8, 16, 32, 64, 128]) {
          const extra = Math.min(step, left);
          const trial = cost(widths.map((w, k) => (k === column ? w + extra : w)));
          const gain = (now - trial) / extra;
          if (gain > 0 && (!best || gain > best.gain)) best = { column, extra, cost: trial, gain };
          if (extra === left) break;
        }
      }
      if (!best) break;
      widths[best.column]! += best.extra;
      left -= best.extra;
      now = best.cost;
    }
    // Width left over: in proportion to what each column has.
    const total = widths.reduce((a, w) => a + w, 0);
    return { widths: widths.map((w) => (w / total) * contentWidth), scale: 1 };
  }

  /**
   * `ends`: the table ends the document, so that a fragment carried over its last break would stand
   * alone on the last page. It then carries at least half a page, as far as the page before stays
   * at least half full (review11: four rows of the glossary on an otherwise empty last page).
   */
  table(node: TableNode, ends = false): void {
    const { widths, pad, size, lineHeight, header, headerHeight, rows, units, heights, indentOf, captionHeight } = this.tableLayout(node);

    /** Decoration (fills, rules) is an artifact: not content a screen reader should read. */
    const decorate = (draw: () => void) => {
      this.doc.markContent('Artifact', { type: 'Layout' });
      draw();
      this.doc.endMarkedContent();
    };
    const cellLeft = (i: number) => page.left + widths.slice(0, i).reduce((a, w) => a + w, 0);
    const drawCell = (i: number, lines: readonly string[], font: Font, top: number, indent = 0, align = node.columns[i]!.align) => {
      lines.forEach((l, k) =>
        this.line(
          l,
          cellLeft(i) + pad + indent,
          top + pad + k * lineHeight,
          font,
          size,
          colours.text,
          align,
          widths[i]! - pad * 2 - indent,
        ),
      );
    };
    /** One row as TR with a TH or TD element per cell. */
    const drawRow = (
      lines: readonly string[][],
      font: Font,
      cellType: 'TH' | 'TD',
      table: StructElement,
      kind: 'header' | TableNode['rows'][number]['kind'] = 'header',
      cells?: readonly string[],
    ) => {
      const top = this.y;
      const row = this.doc.struct('TR');
      table.add(row);
      // A header and its cells are set as their column is (cellAlign).
      const align = (i: number) => (cells ? cellAlign(node.columns[i]!, cells[i]!) : node.columns[i]!.align);
      lines.forEach((cell, i) => row.add(this.doc.struct(cellType, {}, [() => drawCell(i, cell, font, top, indentOf(kind, i), align(i))])));
      row.end();
    };
    const headerBackground = () => decorate(() => this.doc.rect(page.left, this.y, contentWidth, headerHeight).fill(colours.light));

    // The caller has kept the caption, header and first fragment together (see keepHeight).
    this.tagged('Caption', () => this.paragraph(node.caption, 'bold', type.caption, colours.text, 0, 3));
    const tableStruct = this.doc.struct('Table');
    this.doc.addStructure(tableStruct);
    headerBackground();
    this.record.tableHeaders.push(header.map((lines) => [...lines]));
    drawRow(header, 'bold', 'TH', tableStruct);
    this.y += headerHeight;

    const sum = (from: number, to: number) => heights.slice(from, to).reduce((a, h) => a + h, 0);
    let from = 0;
    let breakHere = false;
    while (from < units.length) {
      let count: number = breakHere ? 0 : unitsThatFit(heights, from, this.space, splitRules.rows, false);
      breakHere = false;
      if (count === 0) {
        // The table continues on a new page: its caption with "(continued)" and its header row again, as artifacts.
        this.newPage();
        this.doc.markContent('Artifact', { type: 'Pagination' });
        this.paragraph(
          `${node.caption}${this.input.continued.startsWith('（') ? '' : ' '}${this.input.continued}`,
          'bold',
          type.caption,
          colours.text,
          0,
          3,
        );
        this.doc.endMarkedContent();
        headerBackground();
        this.doc.markContent('Artifact', { type: 'Pagination' });
        header.forEach((cell, i) => drawCell(i, cell, 'bold', this.y));
        this.doc.endMarkedContent();
        this.y += headerHeight;
        count = unitsThatFit(heights, from, this.space, splitRules.rows, true);
      }
      // The last break of a table that ends the document (the rest fits on one page): rows move
      // over it until the last page is half full, as long as this page stays half full.
      if (ends && from + count < units.length && captionHeight + headerHeight + sum(from + count, units.length) <= bodyHeight) {
        const fit = count;
        while (
          count > splitRules.rows.min &&
          captionHeight + headerHeight + sum(from + count, units.length) < bodyHeight / 2 &&
          this.y + sum(from, from + count - 1) >= page.top + bodyHeight / 2
        )
          count--;
        breakHere = count < fit;
      }
      for (const r of units.slice(from, from + count).flatMap((u) => u.rows)) {
        const { row, font, lines, height } = rows[r]!;
        const top = this.y;
        decorate(() => {
          if (row.kind === 'total') {
            this.doc
              .moveTo(page.left, top)
              .lineTo(page.left + contentWidth, top)
              .lineWidth(0.8)
              .strokeColor(colours.text)
              .stroke();
          } else if (r % 2 === 1) this.doc.rect(page.left, top, contentWidth, height).fill(colours.stripe);
        });
        drawRow(lines, font, 'TD', tableStruct, row.kind, row.cells);
        this.y += height;
        this.mark(top, row.kind === 'total');
      }
      from += count;
    }
    tableStruct.end();
    decorate(() =>
      this.doc
        .moveTo(page.left, this.y)
        .lineTo(page.left + contentWidth, this.y)
        .lineWidth(0.5)
        .strokeColor(colours.rule)
        .stroke(),
    );
    this.y += 6;
    if (node.note) {
      const block = this.block;
      this.block = undefined; // the note is not a row
      this.tagged('P', () =>
        this.paragraph(
          node.note!,
          'regular',
          type.small,
          colours.muted,
          0,
          4,
          'body',
          splitRules.lines,
          // The source line goes with the note's last lines, never alone over the page.
          node.source ? this.paragraphHeight(node.source, 'regular', type.small, 0, 'body', 2) : 0,
        ),
      );
      this.block = block;
    }
    if (node.source) this.sourceLine(node.source);
    this.y += 8;
  }

  /** A source line under a table or chart, in small muted type; it stays whole. */
  sourceLine(text: string): void {
    const block = this.block;
    this.block = undefined; // not a unit of the table or chart
    this.tagged('P', () => this.paragraph(text, 'regular', type.small, colours.muted, 0, 2, 'body', { min: 1, whole: Infinity }));
    this.block = block;
  }

  /** A chart's height as placed, with its caption and source line (the space under it is not needed at the foot of a page). */
  chartHeight(node: ChartNode): number {
    const chart = this.input.charts.get(node.id);
    if (!chart) throw new Error(`The brief places chart "${node.id}", which was not rendered`);
    const caption = node.caption ? this.paragraphHeight(node.caption, 'bold', type.caption, 0, 'title', 3) : 0;
    const source = node.source ? this.paragraphHeight(node.source, 'regular', type.small, 0, 'body', 2) : 0;
    return caption + chart.height * Math.min(1, contentWidth / chart.width) + 4 + source;
  }

  chart(node: ChartNode): void {
    const id = node.id;
    const chart = this.input.charts.get(id);
    if (!chart) throw new Error(`The brief places chart "${id}", which was not rendered`);
    const scale = Math.min(1, contentWidth / chart.width);
    const height = chart.height * scale;
    this.ensure(this.chartHeight(node));
    if (node.caption) this.tagged('Caption', () => this.paragraph(node.caption!, 'bold', type.caption, colours.text, 0, 3));
    const top = this.y;
    this.record.charts.push({ id, page: this.pageIndex, top, scale, width: chart.width * scale, height });
    this.tagged(
      'Figure',
      () => {
        try {
          drawSvg(this.doc as unknown as SvgCanvas, chart.svg, page.left, top, scale, {
            font: (family, bold) => {
              const families = family.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
              if (!families.includes(fontFamily) && !families.includes(latinFontFamily))
                throw new SvgNotDrawnError(`Chart ${id} asks for font "${family}", which the brief does not embed`);
              return bold ? 'bold' : 'regular';
            },
            // Latin letters, digits and signs in the Latin face, Chinese in the Chinese face (see chart-faces.ts).
            runs: (text, font) =>
              chartFaceRuns(text, this.input.lang).map((run) => ({ text: run.text, font: this.fontName(font as Font, run.face) })),
          });
        } catch (error) {
          // What a chart spec asks for and the brief cannot draw is the spec's problem: name the chart.
          if (error instanceof SvgNotDrawnError) throw new ChartNotDrawnError(id, error.message);
          throw error;
        }
      },
      { alt: chart.alt },
    );
    this.y = top + height + 4;
    this.mark(top);
    if (node.source) this.sourceLine(node.source);
    this.y += 10;
  }

  /** The lines of each item of a list, and each item's height. */
  listHeights(items: readonly string[], style?: 'small'): number[] {
    const size = style === 'small' ? type.small : type.body;
    return items.map((item) => this.paragraphHeight(item, 'regular', size, 12, 'body', 2));
  }

  /**
   * A list tagged as PDF/UA asks: L, an LI per item holding its bullet (Lbl) and its text (LBody).
   * A list among notes (`small`) is set in the notes' size and colour, bullets included.
   */
  list(items: readonly string[], style?: 'small'): void {
    const heights = this.listHeights(items, style);
    const size = style === 'small' ? type.small : type.body;
    const colour = style === 'small' ? colours.muted : colours.text;
    const list = this.doc.struct('L');
    this.doc.addStructure(list);
    for (let from = 0; from < items.length; ) {
      const count = unitsThatFit(heights, from, this.space, splitRules.items, this.atTop);
      if (count === 0) {
        this.newPage();
        continue;
      }
      for (const item of items.slice(from, from + count)) {
        const top = this.y;
        const entry = this.doc.struct('LI');
        list.add(entry);
        entry.add(
          this.doc.struct('Lbl', {}, [
            () =>
              this.doc.circle(page.left + 4, this.y + size * 0.62, size * 0.17).fill(style === 'small' ? colours.muted : colours.accent),
          ]),
        );
        const block = this.block;
        this.block = undefined; // an item is one unit of the list, not lines
        entry.add(
          this.doc.struct('LBody', {}, [() => this.paragraph(item, 'regular', size, colour, 12, 2, 'body', { min: 1, whole: Infinity })]),
        );
        entry.end();
        this.block = block;
        this.mark(top);
      }
      from += count;
      if (from < items.length) this.newPage();
    }
    list.end();
    this.y += 6;
  }

  /**
   * The height that must fit below the current position for node i to start here: its first
   * fragment (all of it when it may not split), and for a heading also what follows it, and for
   * text that introduces a chart also the chart.
   */
  keepHeight(nodes: readonly DocNode[], i: number): number {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (!node) return 0;
    switch (node.type) {
      case 'heading': {
        const keeps = (n: DocNode | undefined) => n && n.type !== 'pagebreak' && !(n.type === 'heading' && n.level === 1);
        if (!keeps(next)) return this.headingHeight(node.level, node.text);
        // A short paragraph right below a heading is its lead: the heading keeps it and the start of
        // what follows it, so that a heading never stands at a page's foot with its lead alone.
        const after = nodes[i + 2];
        if (next?.type === 'paragraph' && keeps(after) && after?.type !== 'heading') {
          const size = next.style === 'lead' ? type.lead : next.style === 'small' ? type.small : type.body;
          const lines = this.paragraphLines(next.text, 'regular', size, 0, 'body').length;
          if (lines <= splitRules.lines.whole)
            return this.headingHeight(node.level, node.text) + lines * size * leading + size * 0.7 + this.startHeight(nodes, i + 2, 2);
        }
        return this.headingHeight(node.level, node.text) + this.keepHeight(nodes, i + 1);
      }
      case 'paragraph':
      case 'note': {
        const size =
          node.type === 'note' ? type.small : node.style === 'lead' ? type.lead : node.style === 'small' ? type.small : type.body;
        const lines = this.paragraphLines(node.text, 'regular', size, 0, 'body').map(() => size * leading);
        // Text that introduces a chart, or a short text before a table, stays with it.
        if (next?.type === 'chart' || (next?.type === 'table' && lines.length <= splitRules.lines.whole))
          return lines.reduce((a, h) => a + h, 0) + size * 0.7 + this.keepHeight(nodes, i + 1);
        return firstFragmentHeight(lines, splitRules.lines);
      }
      case 'list':
        return firstFragmentHeight(this.listHeights(node.items, node.style), splitRules.items);
      case 'kpis':
        return (this.kpiRows(node).rows[0]?.height ?? 0) + 12;
      case 'table': {
        const { captionHeight, headerHeight, heights } = this.tableLayout(node);
        return captionHeight + headerHeight + firstFragmentHeight(heights, splitRules.rows);
      }
      case 'chart':
        return this.chartHeight(node);
      default:
        return 0;
    }
  }

  /** The height of a heading, paragraph or table set whole (0 for other nodes). */
  wholeHeight(node: DocNode): number {
    if (node.type === 'heading') return this.headingHeight(node.level, node.text);
    if (node.type === 'paragraph') {
      const size = node.style === 'lead' ? type.lead : node.style === 'small' ? type.small : type.body;
      return this.paragraphHeight(node.text, 'regular', size, 0, 'body');
    }
    if (node.type === 'table') {
      const { captionHeight, headerHeight, heights } = this.tableLayout(node);
      return captionHeight + headerHeight + heights.reduce((a, h) => a + h, 0);
    }
    return 0;
  }

  /**
   * The height of the start of the content from node i on that holds at least `units` units (lines,
   * items), each block's first fragment as keepHeight measures it, through short blocks that hold
   * fewer (a one-item list, a one-line paragraph); 0 at a heading or a page break.
   */
  startHeight(nodes: readonly DocNode[], i: number, units: number): number {
    const node = nodes[i];
    if (!node || units <= 0 || node.type === 'heading' || node.type === 'pagebreak') return 0;
    if (node.type === 'list' && node.items.length < units) {
      const heights = this.listHeights(node.items, node.style);
      return heights.reduce((a, h) => a + h, 0) + 6 + this.startHeight(nodes, i + 1, units - heights.length);
    }
    if ((node.type === 'paragraph' || node.type === 'note') && nodes[i + 1]?.type !== 'chart') {
      const size = node.type === 'note' || node.style === 'small' ? type.small : node.style === 'lead' ? type.lead : type.body;
      const lines = this.paragraphLines(node.text, 'regular', size, 0, 'body').length;
      if (lines < units) return lines * size * leading + size * 0.7 + this.startHeight(nodes, i + 1, units - lines);
    }
    return this.keepHeight(nodes, i);
  }

  /** One entry of the contents: its face, size, indent and lines (wrapped beside a two-digit page number, whatever the page). */
  tocEntry(level: number, text: string): { font: Font; size: number; indent: number; lines: string[]; after: number } {
    const indent = level === 1 ? 0 : 16;
    const size = level === 1 ? type.body + 0.5 : type.body;
    const font: Font = level === 1 ? 'bold' : 'regular';
    const numberWidth = this.measure('99', 'regular', size);
    const lines = this.wrap(text, contentWidth - indent - numberWidth - 24, font, size, { words: true });
    return { font, size, indent, lines, after: level === 1 ? 4 : 1 };
  }

  /**
   * Height of the contents page's entries for these headings, as drawToc sets them: known before the
   * pages are, so the body can start below the contents instead of leaving that page half empty.
   */
  tocHeight(title: string, headings: readonly { level: number; text: string }[]): number {
    let height = this.paragraphHeight(title, 'bold', type.h1, 0, 'title', 10);
    const levels = outlineLevels(headings.map((h) => h.level));
    for (const [index, h] of headings.entries()) {
      const level = levels[index]!;
      if (level > 2) continue;
      const entry = this.tocEntry(level, h.text);
      height += entry.lines.length * entry.size * leading + entry.after;
    }
    return height;
  }

  /** The contents page: entries with page numbers, drawn once the pages are known. */
  drawToc(title: string): void {
    this.doc.switchToPage(this.tocPage);
    this.pageIndex = this.tocPage;
    this.y = page.top;
    const toc = this.tocStruct!;
    toc.add(this.doc.struct('H1', {}, [() => this.paragraph(title, 'bold', type.h1, colours.accent, 0, 10)]));
    // The outline's levels, as the HTML edition's contents list them (an h3 under an h1 is an entry too).
    const levels = outlineLevels(this.record.headings.map((h) => h.level));
    for (const [index, h] of this.record.headings.entries()) {
      const level = levels[index]!;
      if (level > 2) continue;
      const destination = this.record.destinations[index]!.name;
      const { font, size, indent, lines, after } = this.tocEntry(level, h.text);
      const number = String(h.page + 1);
      toc.add(
        this.doc.struct('TOCI', {}, [
          () => {
            const top = this.y;
            lines.forEach((l, i) => {
              this.line(l, page.left + indent, this.y, font, size);
              if (i === lines.length - 1) this.line(number, page.left, this.y, 'regular', size, colours.text, 'right');
              this.y += size * leading;
            });
            // The whole entry, page number included, links to its heading.
            const link = {
              page: this.pageIndex,
              x: page.left + indent,
              y: top,
              width: contentWidth - indent,
              height: this.y - top,
              destination,
            };
            this.doc.goTo(link.x, link.y, link.width, link.height, destination);
            this.record.links.push(link);
          },
        ]),
      );
      this.y += after;
    }
    toc.end();
  }

  /** Running header and footer on every page but the cover, as pagination artifacts. */
  drawPageFurniture(): void {
    const range = this.doc.bufferedPageRange();
    this.record.pages = range.count;
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.pageIndex = i;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.drawText(this.input.running, page.left, 36, 'regular', type.small, colours.muted);
      this.doc
        .moveTo(page.left, 50)
        .lineTo(page.width - page.right, 50)
        .lineWidth(0.4)
        .strokeColor(colours.light)
        .stroke();
      const label = this.input.pageLabel(i - range.start + 1, range.count);
      const w = this.measure(label, 'regular', type.small);
      this.drawText(label, page.width - page.right - w, page.height - 40, 'regular', type.small, colours.muted);
      this.doc.endMarkedContent();
    }
  }
}

/** Renders the document tree to PDF bytes; also returns what the layout placed where. */
export async function renderPdf(input: PdfInput): Promise<{ bytes: Buffer; layout: PdfLayoutRecord }> {
  const layout = new Layout(input, await documentFonts(input));
  const { doc } = layout;
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  let tocTitle = '';
  // Where the document's closing table, with the headings and paragraphs before it, starts, and its height.
  let tailStart = input.nodes.at(-1)?.type === 'table' ? input.nodes.length - 1 : -1;
  while (tailStart > 0 && ['heading', 'paragraph'].includes(input.nodes[tailStart - 1]!.type)) tailStart--;
  // Measured where it is needed, as every other height, so that fonts are first used as the page draws.
  const tail = () => input.nodes.slice(tailStart).reduce((sum, n) => sum + layout.wholeHeight(n), 0);
  if (input.nodes[0]?.type !== 'cover') layout.newPage();
  input.nodes.forEach((node, i) => {
    if (node.type === 'cover' || node.type === 'toc' || node.type === 'pagebreak') {
      if (node.type === 'cover') layout.cover(node);
      else if (node.type === 'toc') {
        layout.newPage();
        layout.tocPage = layout.pageIndex;
        layout.tocStruct = doc.struct('TOC');
        doc.addStructure(layout.tocStruct);
        tocTitle = node.title;
        // The body starts below the contents (drawn last, at the top of this page); a chapter that
        // no longer fits there moves to the next page by the rule below.
        const headings = input.nodes.flatMap((n) => (n.type === 'heading' ? [n] : []));
        layout.y = page.top + layout.tocHeight(node.title, headings) + tocGap;
        if (layout.space < bodyHeight / 4) layout.newPage();
      } else layout.newPage();
      return;
    }
    // A chapter starts on a new page when less than a quarter of the page is left (a break earlier
    // would leave a page more than a quarter empty, issue 25's review); any block starts where it
    // and what it keeps with fit.
    if (node.type === 'heading' && node.level === 1 && !layout.atTop && layout.space < bodyHeight / 4) layout.newPage();
    // The document ends in a table (with its headings and short lead): when the whole fits on a page
    // but not on this one, and this page is at least half full, it goes whole to a new page, so that
    // the last page holds more than a table's continuation (review11: the glossary's last rows alone).
    else if (i === tailStart && !layout.atTop && layout.y - page.top >= bodyHeight / 2 && tail() > layout.space && tail() <= bodyHeight)
      layout.newPage();
    else layout.ensure(layout.keepHeight(input.nodes, i));
    layout.beginBlock(node.type);
    switch (node.type) {
      case 'heading':
        layout.heading(node.level, node.text);
        break;
      case 'paragraph': {
        const font: Font = 'regular';
        const size = node.style === 'lead' ? type.lead : node.style === 'small' ? type.small : type.body;
        layout.tagged('P', () =>
          layout.paragraph(node.text, font, size, node.style === 'small' ? colours.muted : colours.text, 0, size * 0.7, 'body'),
        );
        break;
      }
      case 'list':
        layout.list(node.items, node.style);
        break;
      case 'kpis':
        layout.kpis(node);
        break;
      case 'table':
        layout.table(node, i === input.nodes.length - 1);
        break;
      case 'chart':
        layout.chart(node);
        break;
      case 'note':
        layout.tagged('Note', () => layout.paragraph(node.text, 'regular', type.small, colours.muted, 0, type.small * 0.7, 'body'));
        break;
    }
  });
  layout.record.pageEnds[layout.pageIndex] = layout.y;
  layout.endBlocks();
  if (layout.tocPage >= 0) layout.drawToc(tocTitle);
  layout.drawPageFurniture();
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks), layout: layout.record };
}

/**
 * A document-information text that pdfkit can also write into the XMP metadata (an XML packet).
 * pdfkit 0.20 puts Title, Author, Subject and Keywords into that XML as they are, so "R&D" or
 * an issuer holding "<" made the packet malformed for every XMP reader (PDF/A and PDF/UA
 * checkers, asset managers). A String object: the Info dictionary takes its value (valueOf, as a
 * PDF text string), the XML template its text (toString), escaped. test/brief/pdf-metadata.test.ts
 * checks both, so a pdfkit that changes either use fails there.
 */
class XmpSafeText extends String {
  override toString(): string {
    return this.valueOf().replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  }
}
const xmpSafe = (text: string): string => new XmpSafeText(text) as unknown as string;

/** The four fonts a brief registers (see Layout.fontName), each a subset for this document. */
type DocumentFonts = Record<'regular' | 'bold' | 'latin-regular' | 'latin-bold', Buffer>;

/** Printable ASCII: digits and signs the layout writes itself (page numbers), whatever the texts hold. */
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * Every character the document can set: its tree, metadata, running header, page labels, the
 * "continued" line and its charts' text, and printable ASCII. Both faces are reduced to this
 * set; each keeps what it has (text is set in runs, each character in a face that has it).
 */
export function documentCharacters(input: PdfInput): string {
  const texts = [ascii, JSON.stringify(input.nodes), JSON.stringify(input.info), input.running, input.continued];
  // A chart's text as the SVG writes it, and what its numeric character references stand for.
  for (const chart of input.charts.values())
    texts.push(
      chart.svg,
      chart.svg.replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, n: string) => {
        const codePoint = /^x/i.test(n) ? Number.parseInt(n.slice(1), 16) : Number(n);
        return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
      }),
    );
  for (let digit = 0; digit <= 9; digit++) texts.push(input.pageLabel(digit, digit));
  return [...new Set(texts.join(''))].join('');
}

async function documentFonts(input: PdfInput): Promise<DocumentFonts> {
  const characters = documentCharacters(input);
  const [regular, bold, latinRegular, latinBold] = await Promise.all([
    subsetFace('regular', 'cjk', characters),
    subsetFace('bold', 'cjk', characters),
    subsetFace('regular', 'latin', characters),
    subsetFace('bold', 'latin', characters),
  ]);
  return { regular, bold, 'latin-regular': latinRegular, 'latin-bold': latinBold };
}
