import PDFDocument from 'pdfkit';
import { fontFamily, parsedFont, parsedLatinFont } from '../fonts/fonts.js';
import { faceRuns, type Face } from './font-runs.js';
import { breakParagraphs, type BreakOptions } from './line-break.js';
import { justifiedUnits } from './justify.js';
import { sharedCaches } from '../runtime.js';
import { drawSvg, type SvgCanvas } from './svg-pdf.js';
import type { CoverNode, DocNode, KpiGridNode, TableNode } from './markup.js';

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
  readonly info: { title: string; author: string; subject: string; keywords: string };
  /** Running header text. */
  readonly running: string;
  /** Footer text of a page, e.g. "Page 3 of 8". */
  readonly pageLabel: (page: number, pages: number) => string;
  readonly creationDate: Date;
  /** Said after a table's caption on the pages it continues on: "（续）", "(continued)". */
  readonly continued: string;
}

/** A placed line of text. `body` marks a line of running text (paragraph or list item): whether it ends its paragraph, and the right edge of its measure. */
export interface PdfLayoutLine {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  body?: { last: boolean; right: number };
}

/** What the layout decided, for tests: every line of text placed, by page. */
export interface PdfLayoutRecord {
  readonly lines: PdfLayoutLine[];
  readonly headings: { level: number; text: string; page: number }[];
  pages: number;
}

const page = { width: 595.28, height: 841.89, left: 56, right: 56, top: 72, bottom: 68 };
const contentWidth = page.width - page.left - page.right;
const type = { title: 24, subtitle: 13, h1: 16, h2: 12.5, h3: 10.5, body: 9.5, lead: 10, small: 8, kpi: 15, table: 8.5, caption: 9 };
const leading = 1.5;
/** Where the first baseline sits below a line's top, in ems: the Chinese face's ascender, for both faces. */
const ascender = 0.88;
const colours = { text: '#1a1a1a', muted: '#555555', rule: '#999999', light: '#e6e6e6', accent: '#0072B2', stripe: '#f4f6f8' };
const statusColours: Record<string, string> = { met: '#0072B2', 'not-met': '#D55E00', 'not-comparable': '#777777' };

type Font = 'regular' | 'bold';
type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

/**
 * Text widths by font, size and text, shared by every document of the process. Shaping a piece of
 * text (fontkit) is the main cost of line breaking, and the fonts are parsed once per process, so a
 * width never changes: the characters and words of one brief recur in the next (measured on the
 * invented demo edition built after the default one: see issue 7's closing note).
 */
const widths = new Map<string, number>();
const maxCachedWidths = 200_000;

class Layout {
  readonly doc: Doc;
  y = page.top;
  readonly record: PdfLayoutRecord = { lines: [], headings: [], pages: 0 };
  private outlineH1: ReturnType<Doc['outline']['addItem']> | undefined;
  tocPage = -1;
  tocStruct: StructElement | undefined;

  constructor(private readonly input: PdfInput) {
    if (!sharedCaches) widths.clear();
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
        Title: input.info.title,
        Author: input.info.author,
        Subject: input.info.subject,
        Keywords: input.info.keywords,
        Creator: 'plan-briefs',
        Producer: 'plan-briefs (pdfkit)',
        CreationDate: input.creationDate,
        ModDate: input.creationDate,
      },
    });
    // Parsed once per process and shared by every document (pdfkit takes a fontkit font).
    this.doc.registerFont('regular', parsedFont('regular') as unknown as Buffer);
    this.doc.registerFont('bold', parsedFont('bold') as unknown as Buffer);
    this.doc.registerFont('latin-regular', parsedLatinFont('regular') as unknown as Buffer);
    this.doc.registerFont('latin-bold', parsedLatinFont('bold') as unknown as Buffer);
    this.primaryFace = input.lang === 'zh-CN' ? 'cjk' : 'latin';
  }

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
    if (this.doc.bufferedPageRange().count > 0) this.doc.continueOnNewPage();
    else this.doc.addPage();
    this.pageIndex = this.doc.bufferedPageRange().count - 1;
    this.y = page.top;
  }

  /** Starts a new page unless `height` still fits below the current position. */
  ensure(height: number): void {
    if (this.y + height > page.height - page.bottom) this.newPage();
  }

  /** Width of a text in a font and size, from the process-wide cache (see `widths`). */
  measure(text: string, font: Font, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const run of faceRuns(text, this.primaryFace)) width += this.doc.font(this.fontName(font, run.face)).fontSize(size).widthOfString(run.text);
      if (widths.size >= maxCachedWidths) widths.clear();
      widths.set(key, width);
    }
    return width;
  }

  wrap(text: string, width: number, font: Font, size: number, options: BreakOptions = {}): string[] {
    return breakParagraphs(text, width, (s) => this.measure(s, font, size), options).map((l) => l.text);
  }

  /**
   * Draws text from (x, y), each run in its face, on one baseline (the faces' ascenders differ, so
   * the baseline is set explicitly); `spacing` is added after every character (justification).
   */
  drawText(text: string, x: number, y: number, font: Font, size: number, color: string, spacing = 0): void {
    const baseline = -ascender * size;
    let left = x;
    for (const run of faceRuns(text, this.primaryFace)) {
      this.doc.font(this.fontName(font, run.face)).fontSize(size).fillColor(color);
      this.doc.text(run.text, left, y, { lineBreak: false, baseline, ...(spacing ? { characterSpacing: spacing } : {}) });
      left += this.measure(run.text, font, size) + spacing * [...run.text].length;
    }
  }

  /** Draws one line at (x, y) without pdfkit's own wrapping, and records it. */
  line(text: string, x: number, y: number, font: Font, size: number, color = colours.text, align: 'left' | 'right' = 'left', width = contentWidth): void {
    const w = this.measure(text, font, size);
    const left = align === 'right' ? x + width - w : x;
    this.drawText(text, left, y, font, size, color);
    this.record.lines.push({ page: this.pageIndex, text, x: left, y, width: w });
  }

  /**
   * A line of running Chinese text justified to both edges (两端对齐): the slack is spread evenly
   * over the gaps between characters (a run of Latin letters or digits counts as one), the way
   * printed reports set it; pdfkit's own justify only widens spaces.
   */
  justifiedLine(text: string, x: number, y: number, font: Font, size: number, color: string, width: number): void {
    const units = justifiedUnits(text);
    const natural = units.reduce((sum, u) => sum + this.measure(u.text, font, size), 0);
    const gaps = units.reduce((sum, u) => sum + (u.spread ? [...u.text].length : 1), 0) - 1;
    const extra = gaps > 0 ? Math.max(0, (width - natural) / gaps) : 0;
    let left = x;
    for (const unit of units) {
      // A run of Chinese characters takes the extra space after each character in one text operation.
      this.drawText(unit.text, left, y, font, size, color, unit.spread ? extra : 0);
      left += this.measure(unit.text, font, size) + extra * (unit.spread ? [...unit.text].length : 1);
    }
    this.record.lines.push({ page: this.pageIndex, text, x, y, width: left - extra - x, body: { last: false, right: x + width } });
  }

  /** A tagged block: its drawing runs inside a structure element of the given type. */
  tagged(structType: string, draw: () => void, options: Record<string, unknown> = {}): void {
    const element = this.doc.struct(structType, options, [draw]);
    this.doc.addStructure(element);
    element.end();
  }

  /** Lines of text from the current position; `body` text (paragraphs, list items) is justified in Chinese. */
  paragraph(text: string, font: Font, size: number, color = colours.text, indent = 0, after = size * 0.7, kind: 'body' | 'title' = 'title'): void {
    const lineHeight = size * leading;
    const width = contentWidth - indent;
    const lines = breakParagraphs(text, width, (s) => this.measure(s, font, size), kind === 'title' ? { words: true } : {});
    for (const l of lines) {
      this.ensure(lineHeight);
      if (kind === 'body' && this.primaryFace === 'cjk' && !l.end) this.justifiedLine(l.text, page.left + indent, this.y, font, size, color, width);
      else {
        this.line(l.text, page.left + indent, this.y, font, size, color);
        if (kind === 'body') this.record.lines[this.record.lines.length - 1]!.body = { last: l.end, right: page.left + indent + width };
      }
      this.y += lineHeight;
    }
    this.y += after;
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? type.h1 : level === 2 ? type.h2 : type.h3;
    if (level === 1 && this.y > page.top) this.newPage();
    // Keep a heading with at least a few lines of what follows.
    this.ensure(size * leading * 2 + 60);
    if (level > 1) this.y += size * 0.6;
    this.tagged(`H${level}`, () => this.paragraph(text, 'bold', size, level === 1 ? colours.accent : colours.text, 0, size * 0.5));
    if (level === 1) {
      this.doc.moveTo(page.left, this.y - size * 0.3).lineTo(page.width - page.right, this.y - size * 0.3).lineWidth(0.6).strokeColor(colours.accent).stroke();
      this.y += 4;
    }
    this.record.headings.push({ level, text, page: this.pageIndex });
    if (level === 1) this.outlineH1 = this.doc.outline.addItem(text);
    else if (level === 2 && this.outlineH1) this.outlineH1.addItem(text);
  }

  cover(node: CoverNode): void {
    this.newPage();
    this.doc.rect(0, 0, page.width, 12).fill(colours.accent);
    this.y = 150;
    this.tagged('H1', () => this.paragraph(node.title, 'bold', type.title, colours.text, 0, 16));
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

  kpis(node: KpiGridNode): void {
    const columns = 2;
    const gap = 12;
    const cardWidth = (contentWidth - gap * (columns - 1)) / columns;
    const pad = 8;
    this.tagged('Table', () => {
      for (let i = 0; i < node.items.length; i += columns) {
        const row = node.items.slice(i, i + columns);
        const layouts = row.map((item) => ({
          item,
          label: this.wrap(item.label, cardWidth - pad * 2, 'regular', type.small),
          details: item.details.flatMap((d) => this.wrap(d, cardWidth - pad * 2, 'regular', type.small)),
        }));
        const height = Math.max(
          ...layouts.map((l) => pad * 2 + l.label.length * type.small * leading + type.kpi * 1.4 + l.details.length * type.small * leading),
        );
        this.ensure(height + gap);
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
        });
        this.y = top + height + gap;
      }
    });
    this.y += 4;
  }

  table(node: TableNode): void {
    const totalWeight = node.columns.reduce((a, c) => a + c.width, 0);
    const widths = node.columns.map((c) => (c.width / totalWeight) * contentWidth);
    const pad = 4;
    const size = type.table;
    const lineHeight = size * 1.4;
    const cellLines = (cells: readonly string[], font: Font) => cells.map((cell, i) => this.wrap(cell, widths[i]! - pad * 2, font, size));
    const header = cellLines(
      node.columns.map((c) => c.header),
      'bold',
    );
    const headerHeight = Math.max(...header.map((l) => l.length)) * lineHeight + pad * 2;

    /** Decoration (fills, rules) is an artifact: not content a screen reader should read. */
    const decorate = (draw: () => void) => {
      this.doc.markContent('Artifact', { type: 'Layout' });
      draw();
      this.doc.endMarkedContent();
    };
    const cellLeft = (i: number) => page.left + widths.slice(0, i).reduce((a, w) => a + w, 0);
    const drawCell = (i: number, lines: readonly string[], font: Font, top: number) => {
      const column = node.columns[i]!;
      lines.forEach((l, k) => this.line(l, cellLeft(i) + pad, top + pad + k * lineHeight, font, size, colours.text, column.align, widths[i]! - pad * 2));
    };
    /** One row as TR with a TH or TD element per cell. */
    const drawRow = (lines: readonly string[][], font: Font, cellType: 'TH' | 'TD', table: StructElement) => {
      const top = this.y;
      const row = this.doc.struct('TR');
      table.add(row);
      lines.forEach((cell, i) => row.add(this.doc.struct(cellType, {}, [() => drawCell(i, cell, font, top)])));
      row.end();
    };
    const headerBackground = () => decorate(() => this.doc.rect(page.left, this.y, contentWidth, headerHeight).fill(colours.light));

    this.ensure(type.caption * leading + headerHeight + lineHeight * 3);
    this.tagged('Caption', () => this.paragraph(node.caption, 'bold', type.caption, colours.text, 0, 3));
    const tableStruct = this.doc.struct('Table');
    this.doc.addStructure(tableStruct);
    headerBackground();
    drawRow(header, 'bold', 'TH', tableStruct);
    this.y += headerHeight;

    node.rows.forEach((row, r) => {
      const font: Font = row.kind === 'total' ? 'bold' : 'regular';
      const lines = cellLines(row.cells, font);
      const height = Math.max(...lines.map((l) => l.length)) * lineHeight + pad * 2;
      if (this.y + height > page.height - page.bottom) {
        this.newPage();
        // The header row repeats on every page of the table; the repetition is an artifact.
        headerBackground();
        this.doc.markContent('Artifact', { type: 'Pagination' });
        header.forEach((cell, i) => drawCell(i, cell, 'bold', this.y));
        this.doc.endMarkedContent();
        this.y += headerHeight;
      }
      const top = this.y;
      decorate(() => {
        if (row.kind === 'total') {
          this.doc.moveTo(page.left, top).lineTo(page.left + contentWidth, top).lineWidth(0.8).strokeColor(colours.text).stroke();
        } else if (r % 2 === 1) this.doc.rect(page.left, top, contentWidth, height).fill(colours.stripe);
      });
      drawRow(lines, font, 'TD', tableStruct);
      this.y += height;
    });
    tableStruct.end();
    decorate(() => this.doc.moveTo(page.left, this.y).lineTo(page.left + contentWidth, this.y).lineWidth(0.5).strokeColor(colours.rule).stroke());
    this.y += 6;
    if (node.note) this.tagged('P', () => this.paragraph(node.note!, 'regular', type.small, colours.muted, 0, 4));
    this.y += 8;
  }

  chart(id: string): void {
    const chart = this.input.charts.get(id);
    if (!chart) throw new Error(`The brief places chart "${id}", which was not rendered`);
    const scale = Math.min(1, contentWidth / chart.width);
    const height = chart.height * scale;
    this.ensure(height + 10);
    const top = this.y;
    this.tagged(
      'Figure',
      () => {
        drawSvg(this.doc as unknown as SvgCanvas, chart.svg, page.left, top, scale, {
          font: (family, bold) => {
            const families = family.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
            if (!families.includes(fontFamily)) throw new Error(`Chart ${id} asks for font "${family}", which the brief does not embed`);
            return bold ? 'bold' : 'regular';
          },
        });
      },
      { alt: chart.alt },
    );
    this.y = top + height + 14;
  }

  /** The contents page: entries with page numbers, drawn once the pages are known. */
  drawToc(title: string): void {
    this.doc.switchToPage(this.tocPage);
    this.pageIndex = this.tocPage;
    this.y = page.top;
    const toc = this.tocStruct!;
    toc.add(this.doc.struct('H1', {}, [() => this.paragraph(title, 'bold', type.h1, colours.accent, 0, 10)]));
    for (const h of this.record.headings.filter((x) => x.level <= 2)) {
      const indent = h.level === 1 ? 0 : 16;
      const size = h.level === 1 ? type.body + 0.5 : type.body;
      const font: Font = h.level === 1 ? 'bold' : 'regular';
      const number = String(h.page + 1);
      const numberWidth = this.measure(number, 'regular', size);
      const lines = this.wrap(h.text, contentWidth - indent - numberWidth - 24, font, size, { words: true });
      toc.add(
        this.doc.struct('TOCI', {}, [
          () => {
            lines.forEach((l, i) => {
              this.line(l, page.left + indent, this.y, font, size);
              if (i === lines.length - 1) this.line(number, page.left, this.y, 'regular', size, colours.text, 'right');
              this.y += size * leading;
            });
          },
        ]),
      );
      this.y += h.level === 1 ? 4 : 1;
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
      this.doc.moveTo(page.left, 50).lineTo(page.width - page.right, 50).lineWidth(0.4).strokeColor(colours.light).stroke();
      const label = this.input.pageLabel(i - range.start + 1, range.count);
      const w = this.measure(label, 'regular', type.small);
      this.drawText(label, page.width - page.right - w, page.height - 40, 'regular', type.small, colours.muted);
      this.doc.endMarkedContent();
    }
  }
}

/** Renders the document tree to PDF bytes; also returns what the layout placed where. */
export async function renderPdf(input: PdfInput): Promise<{ bytes: Buffer; layout: PdfLayoutRecord }> {
  const layout = new Layout(input);
  const { doc } = layout;
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  let tocTitle = '';
  if (input.nodes[0]?.type !== 'cover') layout.newPage();
  for (const node of input.nodes) {
    switch (node.type) {
      case 'cover':
        layout.cover(node);
        break;
      case 'toc':
        layout.newPage();
        layout.tocPage = layout.pageIndex;
        layout.tocStruct = doc.struct('TOC');
        doc.addStructure(layout.tocStruct);
        tocTitle = node.title;
        layout.newPage();
        break;
      case 'heading':
        layout.heading(node.level, node.text);
        break;
      case 'paragraph': {
        const font: Font = 'regular';
        const size = node.style === 'lead' ? type.lead : node.style === 'small' ? type.small : type.body;
        layout.tagged('P', () => layout.paragraph(node.text, font, size, node.style === 'small' ? colours.muted : colours.text, 0, size * 0.7, 'body'));
        break;
      }
      case 'list':
        layout.tagged('L', () => {
          for (const item of node.items) {
            doc.fillColor(colours.accent);
            layout.ensure(type.body * leading);
            doc.circle(page.left + 4, layout.y + type.body * 0.62, 1.6).fill(colours.accent);
            layout.paragraph(item, 'regular', type.body, colours.text, 12, 2, 'body');
          }
          layout.y += 6;
        });
        break;
      case 'kpis':
        layout.kpis(node);
        break;
      case 'table':
        layout.table(node);
        break;
      case 'chart':
        layout.chart(node.id);
        break;
      case 'note':
        layout.tagged('Note', () => layout.paragraph(node.text, 'regular', type.small, colours.muted, 0, type.small * 0.7, 'body'));
        break;
      case 'pagebreak':
        layout.newPage();
        break;
    }
  }
  if (layout.tocPage >= 0) layout.drawToc(tocTitle);
  layout.drawPageFurniture();
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks), layout: layout.record };
}
