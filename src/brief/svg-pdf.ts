/**
 * Draws a chart's SVG, as Vega's SVG renderer writes it, into a PDF with pdfkit, as vector paths
 * and real text. Vega writes a small, regular part of SVG: groups moved by translate(), paths,
 * lines and rectangles, and text placed by translate() (and rotate(), for labels at an angle) at its
 * baseline, in lines (tspan with x="0" and dy). This draws exactly that part and refuses anything
 * else, naming it, so a chart spec that makes Vega write more (clipping, gradients, images) fails with a clear
 * message instead of being drawn wrongly. It replaced svg-to-pdfkit, a general SVG interpreter
 * that cost about a tenth of a whole edition's build time (measured; see issue 7's closing note).
 */

/** What the renderer needs from a pdfkit document (a subset of PDFKit.PDFDocument). */
export interface SvgCanvas {
  save(): unknown;
  restore(): unknown;
  translate(x: number, y: number): unknown;
  /** Degrees, clockwise on the page as in SVG (pdfkit's rotate). */
  rotate(angle: number, options?: { origin: [number, number] }): unknown;
  scale(factor: number): unknown;
  path(d: string): unknown;
  rect(x: number, y: number, width: number, height: number): unknown;
  moveTo(x: number, y: number): SvgCanvas;
  lineTo(x: number, y: number): unknown;
  fillColor(color: string, opacity?: number): unknown;
  strokeColor(color: string, opacity?: number): unknown;
  lineWidth(width: number): unknown;
  miterLimit(limit: number): unknown;
  dash(length: number[]): unknown;
  undash(): unknown;
  fill(): unknown;
  stroke(): unknown;
  fillAndStroke(): unknown;
  font(name: string): unknown;
  fontSize(size: number): unknown;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: { lineBreak: false; baseline: 'alphabetic' }): unknown;
}

export interface SvgDrawOptions {
  /** The pdfkit font name for a CSS font-family list and weight; throws for a font we do not embed. */
  readonly font: (family: string, bold: boolean) => string;
  /**
   * Splits a text set in `font` into runs, each with the font that sets it (per-run fallback: the
   * Latin face for digits and signs, the Chinese face for Chinese). Absent: one run in `font`.
   */
  readonly runs?: (text: string, font: string) => readonly { text: string; font: string }[];
}

/** Inherited presentation attributes. */
interface Style {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly opacity: number;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  readonly dash: readonly number[] | undefined;
  readonly miterLimit: number | undefined;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly anchor: string;
}

const initial: Style = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  opacity: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  dash: undefined,
  miterLimit: undefined,
  fontFamily: '',
  fontSize: 16,
  fontWeight: 'normal',
  anchor: 'start',
};

/** Attributes that only describe the chart for people and tools; they draw nothing. */
const ignored = new Set([
  'class',
  'role',
  'aria-label',
  'aria-roledescription',
  'aria-hidden',
  'pointer-events',
  'xmlns',
  'xmlns:xlink',
  'version',
  'ox',
]);

/** SVG the drawer does not draw: the chart spec asks for more than the brief supports. */
export class SvgNotDrawnError extends Error {}

function fail(message: string): never {
  throw new SvgNotDrawnError(`Chart SVG: ${message}`);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return entities[name] ?? fail(`unknown entity ${whole}`);
  });
}

/** The tag pattern in drawSvg admits only name="value" pairs, so this reads them all. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s=]+)="([^"]*)"/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) attributes.set(match[1]!, decode(match[2]!));
  return attributes;
}

function number(value: string, name: string): number {
  const n = Number(value.replace(/px$/, ''));
  if (!Number.isFinite(n)) fail(`${name}="${value}" is not a number`);
  return n;
}

/** One step of a transform list, as Vega writes them: translate(x[,y]) and rotate(a[,cx,cy]) (degrees). */
type TransformStep =
  | { readonly kind: 'translate'; readonly x: number; readonly y: number }
  | { readonly kind: 'rotate'; readonly angle: number; readonly cx: number; readonly cy: number };

/**
 * Reads a transform list: translate() for every moved mark, and rotate() for rotated text such as
 * axis labels at an angle (labelAngle). Anything else (scale, skew, matrix) is refused, naming it.
 */
function transformSteps(value: string): TransformStep[] {
  const steps: TransformStep[] = [];
  const item = /\s*(translate|rotate)\(\s*(-?[\d.e+-]+)(?:[\s,]+(-?[\d.e+-]+))?(?:[\s,]+(-?[\d.e+-]+))?\s*\)\s*,?/y;
  let at = 0;
  while (at < value.length && value.slice(at).trim() !== '') {
    item.lastIndex = at;
    const match = item.exec(value);
    if (!match) fail(`transform="${value}" is not a translate() or rotate(); scaled or skewed marks are not drawn`);
    const [, kind, a, b, c] = match;
    if (kind === 'translate') {
      if (c !== undefined) fail(`transform="${value}": translate() takes one or two numbers`);
      steps.push({ kind, x: number(a!, 'translate'), y: b === undefined ? 0 : number(b, 'translate') });
    } else {
      if (b !== undefined && c === undefined) fail(`transform="${value}": rotate() takes an angle, or an angle and a centre x y`);
      steps.push({
        kind: 'rotate',
        angle: number(a!, 'rotate'),
        cx: b === undefined ? 0 : number(b, 'rotate'),
        cy: c === undefined ? 0 : number(c, 'rotate'),
      });
    }
    at = item.lastIndex;
  }
  return steps;
}

/** Applies an element's own presentation attributes on top of the inherited style. */
function styled(parent: Style, attributes: Map<string, string>, element: string): Style {
  let style = parent;
  for (const [name, value] of attributes) {
    switch (name) {
      case 'fill':
        style = { ...style, fill: value };
        break;
      case 'stroke':
        style = { ...style, stroke: value };
        break;
      case 'stroke-width':
        style = { ...style, strokeWidth: number(value, name) };
        break;
      case 'opacity':
        style = { ...style, opacity: style.opacity * number(value, name) };
        break;
      case 'fill-opacity':
        style = { ...style, fillOpacity: number(value, name) };
        break;
      case 'stroke-opacity':
        style = { ...style, strokeOpacity: number(value, name) };
        break;
      case 'stroke-dasharray':
        style = { ...style, dash: value === 'none' ? undefined : value.split(/[\s,]+/).map((v) => number(v, name)) };
        break;
      case 'stroke-miterlimit':
        style = { ...style, miterLimit: number(value, name) };
        break;
      case 'font-family':
        style = { ...style, fontFamily: value };
        break;
      case 'font-size':
        style = { ...style, fontSize: number(value, name) };
        break;
      case 'font-weight':
        style = { ...style, fontWeight: value };
        break;
      case 'text-anchor':
        style = { ...style, anchor: value };
        break;
      case 'stroke-linecap':
      case 'stroke-linejoin':
        if (value !== 'butt' && value !== 'miter') fail(`${name}="${value}" on <${element}> is not drawn`);
        break;
      default:
        if (
          !ignored.has(name) &&
          !['transform', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'dy', 'viewBox', 'display'].includes(name)
        ) {
          fail(`attribute ${name} on <${element}> is not drawn`);
        }
    }
  }
  return style;
}

const visible = (color: string) => color !== 'none' && color !== 'transparent' && color !== '';

const paints = (style: Style) => visible(style.fill) || (visible(style.stroke) && style.strokeWidth > 0);

/**
 * Builds a shape with `build` and fills and/or strokes it with the element's style. A shape that
 * paints nothing is not built at all: PDF paths stay open until painted, so it would be painted
 * with the next shape.
 */
function paint(doc: SvgCanvas, style: Style, build: () => void): void {
  if (!paints(style)) return;
  build();
  const fill = visible(style.fill);
  const stroke = visible(style.stroke) && style.strokeWidth > 0;
  if (fill) doc.fillColor(style.fill, style.opacity * style.fillOpacity);
  if (stroke) {
    doc.strokeColor(style.stroke, style.opacity * style.strokeOpacity);
    doc.lineWidth(style.strokeWidth);
    if (style.miterLimit !== undefined) doc.miterLimit(style.miterLimit);
    if (style.dash && style.dash.length > 0) doc.dash([...style.dash]);
    else doc.undash();
  }
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}

interface TextLine {
  x: number;
  dy: number;
  text: string;
}

function drawText(doc: SvgCanvas, style: Style, lines: readonly TextLine[], options: SvgDrawOptions): void {
  if (!visible(style.fill) || lines.every((l) => l.text === '')) return;
  const bold = style.fontWeight === 'bold' || (/^\d+$/.test(style.fontWeight) && Number(style.fontWeight) >= 600);
  const font = options.font(style.fontFamily, bold);
  doc.fillColor(style.fill, style.opacity * style.fillOpacity);
  let y = 0;
  for (const line of lines) {
    y += line.dy;
    if (line.text === '') continue;
    const runs = (options.runs?.(line.text, font) ?? [{ text: line.text, font }]).map((run) => {
      doc.font(run.font);
      doc.fontSize(style.fontSize);
      return { ...run, width: doc.widthOfString(run.text) };
    });
    const width = runs.reduce((sum, run) => sum + run.width, 0);
    let x = line.x - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
    for (const run of runs) {
      doc.font(run.font);
      doc.fontSize(style.fontSize);
      doc.text(run.text, x, y, { lineBreak: false, baseline: 'alphabetic' });
      x += run.width;
    }
  }
}

/**
 * Draws `svg` with its top left corner at (x, y), `scale` points per SVG unit. Throws, naming the
 * element or attribute, on SVG outside the part Vega writes.
 */
export function drawSvg(doc: SvgCanvas, svg: string, x: number, y: number, scale: number, options: SvgDrawOptions): void {
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([a-zA-Z][-a-zA-Z0-9:]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  const stack: { element: string; style: Style; saved: boolean }[] = [];
  let style = initial;
  let text: { style: Style; lines: TextLine[] } | undefined;
  let tspan: TextLine | undefined;
  let hiddenDepth = 0;
  let consumed = 0;
  for (let match = token.exec(svg); match; match = token.exec(svg)) {
    if (match.index !== consumed) fail(`cannot read "${svg.slice(consumed, consumed + 40)}"`);
    consumed = token.lastIndex;
    const [whole, closing, name, rawAttributes, selfClosing, content] = match;
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (content !== undefined) {
      if (hiddenDepth > 0 || content.trim() === '') continue;
      if (!text) fail(`text outside <text>: "${content.trim().slice(0, 40)}"`);
      const value = decode(content);
      if (tspan) tspan.text += value;
      else text.lines.push({ x: 0, dy: 0, text: value });
      continue;
    }
    const element = name!;
    if (closing) {
      if (hiddenDepth > 0) {
        hiddenDepth--;
        continue;
      }
      if (element === 'tspan') {
        tspan = undefined;
        continue;
      }
      const open = stack.pop();
      if (!open || open.element !== element) fail(`</${element}> closes <${open?.element ?? 'nothing'}>`);
      if (element === 'text' && text) {
        drawText(doc, text.style, text.lines, options);
        text = undefined;
      }
      if (open.saved) doc.restore();
      style = stack[stack.length - 1]?.style ?? initial;
      continue;
    }
    if (hiddenDepth > 0) {
      if (!selfClosing) hiddenDepth++;
      continue;
    }
    const attributes = attributesOf(rawAttributes ?? '');
    if (attributes.get('display') === 'none' || attributes.get('visibility') === 'hidden') {
      if (!selfClosing) hiddenDepth = 1;
      continue;
    }
    const own = styled(style, attributes, element);
    const transform = attributes.get('transform');
    const numeric = (attribute: string) => number(attributes.get(attribute) ?? '0', attribute);
    const open = (saved: boolean) => {
      if (selfClosing) {
        if (saved) doc.restore();
      } else {
        stack.push({ element, style: own, saved });
        style = own;
      }
    };
    const moved = () => {
      if (transform === undefined) return false;
      const steps = transformSteps(transform);
      doc.save();
      for (const step of steps) {
        if (step.kind === 'translate') doc.translate(step.x, step.y);
        else if (step.angle % 360 !== 0) doc.rotate(step.angle, { origin: [step.cx, step.cy] });
      }
      return true;
    };
    switch (element) {
      case 'svg': {
        if (stack.length > 0) fail('nested <svg> is not drawn');
        doc.save();
        doc.translate(x, y);
        doc.scale(scale);
        open(true);
        break;
      }
      case 'g':
        open(moved());
        break;
      case 'rect': {
        const saved = moved();
        const [rx, ry, width, height] = [numeric('x'), numeric('y'), numeric('width'), numeric('height')];
        paint(doc, own, () => doc.rect(rx, ry, width, height));
        open(saved);
        break;
      }
      case 'path': {
        const saved = moved();
        const d = attributes.get('d') ?? '';
        if (d.trim() !== '') paint(doc, own, () => doc.path(d));
        open(saved);
        break;
      }
      case 'line': {
        const saved = moved();
        const [x1, y1, x2, y2] = [numeric('x1'), numeric('y1'), numeric('x2'), numeric('y2')];
        paint(doc, { ...own, fill: 'none' }, () => doc.moveTo(x1, y1).lineTo(x2, y2));
        open(saved);
        break;
      }
      case 'text': {
        if (text) fail('<text> inside <text>');
        const saved = moved();
        if (!selfClosing) text = { style: own, lines: [] };
        open(saved);
        break;
      }
      case 'tspan': {
        if (!text) fail('<tspan> outside <text>');
        tspan = { x: numeric('x'), dy: numeric('dy'), text: '' };
        text.lines.push(tspan);
        if (selfClosing) tspan = undefined;
        break;
      }
      default:
        fail(`<${element}> is not drawn (the brief draws the SVG Vega writes for groups, paths, lines, rectangles and text)`);
    }
  }
  if (consumed !== svg.length && svg.slice(consumed).trim() !== '') fail(`cannot read "${svg.slice(consumed, consumed + 40)}"`);
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.element}> is not closed`);
}
