/**
 * The brief's document model: what a template's output means, as a typed tree. Templates write a
 * small XML vocabulary (escaped by Handlebars, so data can never add a tag); this module parses
 * it. The renderers (the PDF in src/brief, the HTML edition in src/html) read only this tree,
 * never the dataset.
 */

export interface CoverNode {
  readonly type: 'cover';
  readonly title: string;
  readonly subtitle: string;
  readonly meta: readonly { label: string; value: string }[];
  readonly notice?: string;
}
export interface TocNode {
  readonly type: 'toc';
  readonly title: string;
}
export interface HeadingNode {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: string;
}
export interface ParagraphNode {
  readonly type: 'paragraph';
  readonly text: string;
  readonly style: 'body' | 'lead' | 'small';
}
export interface ListNode {
  readonly type: 'list';
  readonly items: readonly string[];
  /** `small`: a list among notes, in the notes' size and colour (<ul class="small">). */
  readonly style?: 'small';
}
export interface KpiNode {
  readonly label: string;
  readonly value: string;
  readonly details: readonly string[];
  /** What the figure includes or leaves out ("Includes the … cooperation zone"): set small and grey under the figures (<detail class="note">). */
  readonly notes?: readonly string[];
  readonly status?: string;
}
export interface KpiGridNode {
  readonly type: 'kpis';
  readonly items: readonly KpiNode[];
  /** What the cards' marks mean, set under them and kept with their last row. */
  readonly note?: string;
}
export interface TableColumn {
  readonly header: string;
  /** `right`: a column of figures (its header and its figures set flush right); `left`: a column of text. */
  readonly align: 'left' | 'right';
  readonly width: number;
}

/**
 * How a cell is set: as its column is, one alignment per column. A column of figures is flush
 * right, so that figures line up, and a target in words among them ("与经济增长同步", "stay among
 * the province's leaders") is set flush right too: a column that mixes both edges reads as ragged.
 * A column of text is flush left.
 */
export function cellAlign(column: TableColumn, _cell: string): 'left' | 'right' {
  return column.align;
}
export interface TableRow {
  /** `part`: an "of which" row (其中), a part of the row above it, set indented. */
  readonly kind: 'body' | 'total' | 'part';
  readonly cells: readonly string[];
}
export interface TableNode {
  readonly type: 'table';
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly note?: string;
  /** The source line under the table ("Source: …."). */
  readonly source?: string;
  /** The workbook sheet (its dataset key) that holds the same data, which the workbook titles with this table's number. */
  readonly dataset?: string;
}
export interface ChartNode {
  readonly type: 'chart';
  readonly id: string;
  /** The caption above the chart, numbered by the brief's apparatus ("Figure 2. …"); the chart's SVG has no title of its own. */
  readonly caption?: string;
  /** The source line under the chart. */
  readonly source?: string;
}
export interface NoteNode {
  readonly type: 'note';
  readonly text: string;
}
export interface PageBreakNode {
  readonly type: 'pagebreak';
}

export type DocNode =
  | CoverNode
  | TocNode
  | HeadingNode
  | ParagraphNode
  | ListNode
  | KpiGridNode
  | TableNode
  | ChartNode
  | NoteNode
  | PageBreakNode;

/** A problem in template output, with the line of the markup it is on. */
export class MarkupError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (Element | string)[];
  readonly line: number;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=', '#39': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D|#39);/g, (_, name: string) => entities[name] ?? '');

const tagPattern = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-zA-Z-]*="[^"]*")*)\s*(\/?)>/g;
const attrPattern = /([a-z][a-zA-Z-]*)="([^"]*)"/g;

function parseElements(markup: string): Element[] {
  const root: Element = { name: '#root', attrs: {}, children: [], line: 1 };
  const stack: Element[] = [root];
  let last = 0;
  // Line numbers by offset, counted once (tags are visited in order, so a running count would do,
  // but errors can also ask about earlier offsets).
  const lineStarts = [0];
  for (let i = markup.indexOf('\n'); i !== -1; i = markup.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  for (const match of markup.matchAll(tagPattern)) {
    const offset = match.index ?? 0;
    const text = markup.slice(last, offset);
    if (/[<>]/.test(text)) throw new MarkupError(`Unrecognised markup near "${text.trim().slice(0, 40)}"`, lineAt(last));
    if (text.trim()) stack[stack.length - 1]!.children.push(decode(text));
    last = offset + match[0].length;
    const [, closing, name = '', attrText = '', selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new MarkupError(`Closing </${name}> does not match <${open?.name ?? 'nothing'}>`, lineAt(offset));
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(attrPattern)) attrs[a[1]!] = decode(a[2]!);
    const element: Element = { name, attrs, children: [], line: lineAt(offset) };
    stack[stack.length - 1]!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const tail = markup.slice(last);
  if (/[<>]/.test(tail)) throw new MarkupError('Unrecognised markup at the end', lineAt(last));
  if (tail.trim()) root.children.push(decode(tail));
  if (stack.length > 1) throw new MarkupError(`<${stack[stack.length - 1]!.name}> is never closed`, stack[stack.length - 1]!.line);
  return root.children.filter((c): c is Element => typeof c !== 'string');
}

// Whitespace from template indentation is not content: collapse it, and drop it between CJK characters.
const normalize = (text: string) =>
  text
    .replace(/\s*\n\s*/g, '\n')
    .replace(/([\u2E80-\u9FFF\uFF00-\uFFEF])\n(?=[\u2E80-\u9FFF\uFF00-\uFFEF])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

function textOf(element: Element): string {
  return normalize(element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join(''));
}

function attr(element: Element, name: string, required = true): string {
  const value = element.attrs[name];
  if (value === undefined && required) throw new MarkupError(`<${element.name}> needs the attribute ${name}`, element.line);
  return value ?? '';
}

function childElements(element: Element, name: string): Element[] {
  return element.children.filter((c): c is Element => typeof c !== 'string' && c.name === name);
}

function toNode(element: Element): DocNode {
  switch (element.name) {
    case 'cover':
      return {
        type: 'cover',
        title: attr(element, 'title'),
        subtitle: attr(element, 'subtitle'),
        meta: childElements(element, 'meta').map((m) => ({ label: attr(m, 'label'), value: textOf(m) })),
        ...(element.attrs.notice ? { notice: element.attrs.notice } : {}),
      };
    case 'toc':
      return { type: 'toc', title: attr(element, 'title') };
    case 'h1':
    case 'h2':
    case 'h3':
      return { type: 'heading', level: Number(element.name[1]) as 1 | 2 | 3, text: textOf(element) };
    case 'p': {
      const style = element.attrs.class ?? 'body';
      if (style !== 'body' && style !== 'lead' && style !== 'small')
        throw new MarkupError(`<p class="${style}"> is not a paragraph style`, element.line);
      return { type: 'paragraph', text: textOf(element), style };
    }
    case 'ul':
      if (element.attrs.class !== undefined && element.attrs.class !== 'small')
        throw new MarkupError(`<ul class="${element.attrs.class}"> is not a list style`, element.line);
      return { type: 'list', items: childElements(element, 'li').map(textOf), ...(element.attrs.class ? { style: 'small' as const } : {}) };
    case 'kpis':
      for (const d of element.children.flatMap((k) => (typeof k === 'string' ? [] : childElements(k, 'detail'))))
        if (d.attrs.class !== undefined && d.attrs.class !== 'note')
          throw new MarkupError(`<detail class="${d.attrs.class}"> is not a detail style`, d.line);
      return {
        type: 'kpis',
        items: childElements(element, 'kpi').map((k) => ({
          label: attr(k, 'label'),
          value: attr(k, 'value'),
          details: childElements(k, 'detail')
            .filter((d) => d.attrs.class === undefined)
            .map(textOf),
          ...(childElements(k, 'detail').some((d) => d.attrs.class === 'note')
            ? {
                notes: childElements(k, 'detail')
                  .filter((d) => d.attrs.class === 'note')
                  .map(textOf),
              }
            : {}),
          ...(k.attrs.status ? { status: k.attrs.status } : {}),
        })),
        ...(element.attrs.note ? { note: element.attrs.note } : {}),
      };
    case 'table': {
      const columns = childElements(element, 'col').map((c) => {
        const align = c.attrs.align ?? 'left';
        if (align !== 'left' && align !== 'right') throw new MarkupError(`align="${align}" must be left or right`, c.line);
        return { header: attr(c, 'header'), align, width: Number(c.attrs.width ?? '1') || 1 } as TableColumn;
      });
      const rows = childElements(element, 'tr').map((r) => {
        const cells = childElements(r, 'td').map(textOf);
        if (cells.length !== columns.length) throw new MarkupError(`A row has ${cells.length} cells for ${columns.length} columns`, r.line);
        const kind = r.attrs.class ?? 'body';
        if (kind !== 'body' && kind !== 'total' && kind !== 'part') throw new MarkupError(`<tr class="${kind}"> is not a row kind`, r.line);
        return { kind, cells } as TableRow;
      });
      return {
        type: 'table',
        caption: attr(element, 'caption'),
        columns,
        rows,
        ...(element.attrs.note ? { note: element.attrs.note } : {}),
        ...(element.attrs.source ? { source: element.attrs.source } : {}),
        ...(element.attrs.dataset ? { dataset: element.attrs.dataset } : {}),
      };
    }
    case 'chart':
      return {
        type: 'chart',
        id: attr(element, 'id'),
        ...(element.attrs.caption ? { caption: element.attrs.caption } : {}),
        ...(element.attrs.source ? { source: element.attrs.source } : {}),
      };
    case 'note':
      return { type: 'note', text: textOf(element) };
    case 'pagebreak':
      return { type: 'pagebreak' };
    default:
      throw new MarkupError(`<${element.name}> is not an element of the brief markup`, element.line);
  }
}

/**
 * The level each heading takes in the outline, from its template levels in order: a level skipped
 * in the template (an h3 straight under an h1) is not skipped in the outline; the heading nests one
 * level under the nearest open heading of a higher template level. The HTML edition's sections and
 * both editions' contents read it, so the PDF's contents list what the HTML's list.
 */
export function outlineLevels(templateLevels: readonly number[]): number[] {
  const open: number[] = []; // template levels of the headings now open, outermost first
  return templateLevels.map((level) => {
    let parent = open.length;
    while (parent > 0 && open[parent - 1]! >= level) parent--;
    open.length = parent;
    open.push(level);
    return parent + 1;
  });
}

/**
 * The numbered caption of each table that names the workbook sheet holding its data, by that
 * sheet's dataset key: the workbook titles its sheets with the brief's numbers.
 */
export function datasetCaptions(nodes: readonly DocNode[]): ReadonlyMap<string, string> {
  return new Map(nodes.flatMap((n) => (n.type === 'table' && n.dataset ? [[n.dataset, n.caption] as const] : [])));
}

/** Parses template output into the document tree; throws MarkupError with a line on bad markup. */
export function parseMarkup(markup: string): DocNode[] {
  return parseElements(markup).map(toNode);
}
