/**
 * Native Excel charts (DrawingML), written into the package after exceljs: a chart part per chart
 * (xl/charts/chartN.xml), a drawing per sheet that holds charts (xl/drawings/drawingN.xml) with a
 * graphic frame anchoring each chart and its alt text, their relationships, the sheet's <drawing>
 * element and the content types. Series are references to the table's cells, with cached values
 * so that a reader draws the chart without recalculating.
 */
import { escapeXstring } from './xstring.js';

/** A range of cells of one column, as the chart references it, with the values it holds. */
export interface CellRange {
  /** 'Sheet name'!$A$5:$A$12, quoted and absolute. */
  readonly ref: string;
  readonly values: readonly (string | number | null)[];
}

export interface NativeSeries {
  /** The header cell naming the series. */
  readonly name: CellRange;
  readonly values: CellRange;
  /** Number format of the values (the column's). */
  readonly format: string;
  /** RRGGBB */
  readonly colour: string;
}

export interface NativeChart {
  readonly title: string;
  readonly alt: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  readonly categories: CellRange;
  /** Text size relative to the house sizes (a chart wider than usual prints smaller: its text grows). */
  readonly textScale: number;
  readonly series: readonly NativeSeries[];
  /**
   * The value axis's end, shared by the parts of one chart (one per price basis): without it each
   * part scaled itself and a 6.0 bar in one looked as long as a 12.8 bar in the other (publication
   * review 11). Undefined: the client scales the axis.
   */
  readonly valueMax?: number;
  /** Series that share no category (each row in one series) overlap fully, so that a row's bar is centred in its band. */
  readonly overlap?: boolean;
  /** The chart's size in pixels, as placed (before a printout scales the sheet). */
  readonly size?: { readonly width: number; readonly height: number };
  /** Where the chart sits: zero-based cells of its top-left and bottom-right corners. */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
}

export interface SheetCharts {
  /** The worksheet part, e.g. xl/worksheets/sheet4.xml. */
  readonly sheetPart: string;
  readonly charts: readonly NativeChart[];
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Run properties naming the fonts for Latin and East Asian text. */
const runFont = (font: Fonts) => `<a:latin typeface="${escapeXml(font.font)}"/><a:ea typeface="${escapeXml(font.chineseFont)}"/>`;

/** The workbook's font and the font of its Chinese text (the same in the Chinese workbook). */
interface Fonts {
  readonly font: string;
  readonly chineseFont: string;
}

function richText(text: string, font: Fonts, size: number, bold: boolean, language: string): string {
  const props = `sz="${size}" b="${bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${props}>${runFont(font)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="${escapeXml(language)}" ${props}>${runFont(font)}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const titleXml = (text: string, font: Fonts, size: number, bold: boolean, language: string) =>
  `<c:title>${richText(text, font, size, bold, language)}<c:overlay val="0"/></c:title>`;

function strRef(range: CellRange): string {
  const points = range.values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(escapeXstring(String(v)))}</c:v></c:pt>`))
    .join('');
  return `<c:strRef><c:f>${escapeXml(range.ref)}</c:f><c:strCache><c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(range: CellRange, format: string): string {
  // A cell without a number (shorthand text) has no point: the chart leaves a gap.
  const points = range.values.map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${escapeXml(range.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${range.values.length}"/>${points}</c:numCache></c:numRef>`;
}

const solid = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
const line = (colour: string) => `<a:ln w="9525">${solid(colour)}</a:ln>`;
const textProps = (font: Fonts, size: number, colour = '222222') =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${solid(colour)}${runFont(font)}</a:defRPr></a:pPr><a:endParaRPr/></a:p></c:txPr>`;

/** What every chart of a workbook shares: the workbook's fonts, language and punctuation. */
export interface ChartLook extends Fonts {
  /** The reader language's punctuation for the chart's text (as the cells have it). */
  readonly text: (text: string) => string;
  /** BCP 47 tag of the text, e.g. zh-CN. */
  readonly language: string;
}

/** Width in pixels of a text in 9-point type, generously: a CJK character 12, another 7 (Arial's widest lower case). */
const labelPixels = (text: string) => [...text].reduce((n, ch) => n + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 12 : 7), 0);

/**
 * The plot area of a chart of horizontal bars, placed by hand (its inner area, without the axes'
 * labels): the category labels get the room their longest needs (at most 55 % of the chart), and the category axis's title a band of its own at the left edge.
 * Left to lay it out itself, LibreOffice wrapped long labels into the title's band, and the title
 * touched the labels (publication review 7).
 */
function barLayout(chart: NativeChart): string {
  if (chart.size === undefined) return '<c:layout/>';
  const { width, height } = chart.size;
  const scale = chart.textScale;
  const labels = chart.categories.values.map((v) => (v === null ? 0 : labelPixels(String(v)) * scale));
  const labelRoom = Math.min(0.55 * width, Math.max(40, ...labels));
  const titleBand = 14 * scale + 24;
  const x = (titleBand + labelRoom + 10) / width;
  const top = (14 * 1.33 * scale + 24) / height;
  const legend = chart.series.length > 1 ? 22 * scale : 0;
  const bottom = (12 * scale + 8 + 14 * scale + 12 + legend) / height;
  const right = (44 * scale) / width;
  const fraction = (n: number) => Math.max(0, Math.min(1, n)).toFixed(4);
  return (
    '<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/>' +
    `<c:x val="${fraction(x)}"/><c:y val="${fraction(top)}"/><c:w val="${fraction(1 - x - right)}"/><c:h val="${fraction(1 - top - bottom)}"/>` +
    '</c:manualLayout></c:layout>'
  );
}

/** One chart part: horizontal bars, categories top to bottom in table order, value labels at the bar ends. */
export function chartXml(chart: NativeChart, look: ChartLook): string {
  const font = look;
  const pt = (size: number) => Math.round(size * chart.textScale);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.name)}</c:tx><c:spPr>${solid(s.colour)}</c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="${escapeXml(s.format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(font, pt(900))}<c:dLblPos val="outEnd"/>` +
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
        `<c:cat>${strRef(chart.categories)}</c:cat><c:val>${numRef(s.values, s.format)}</c:val></c:ser>`,
    )
    // Written in the series' order, each with that c:order: every client draws each row's bars in
    // the order of the table's columns and of the brief's figure.
    .join('');
  // A chart of several series that share their rows is drawn in columns, left to right in the
  // series' order, with a legend in that order in every client. In horizontal bars, Excel's legend
  // follows the series' order but LibreOffice (7.4) lists an unstacked bar chart's legend last
  // series first, whatever the legend's place or the category axis's direction (its legend is
  // built from the bottom bar up): the two clients could not agree. A chart of one series (or of
  // series that share no row) has no legend and keeps horizontal bars, whose long labels read across.
  const columns = chart.series.length > 1 && !chart.overlap;
  // Bars start at zero: a value axis that autoscales (90 to 120) would make bars lie about their
  // lengths. All values at or above zero: the axis starts at zero; all at or below: it ends there.
  const values = chart.series.flatMap((s) => s.values.values.filter((v): v is number => typeof v === 'number'));
  // CT_Scaling's order: orientation, max, min.
  const bound = values.every((v) => v >= 0)
    ? `${chart.valueMax !== undefined ? `<c:max val="${chart.valueMax}"/>` : ''}<c:min val="0"/>`
    : values.every((v) => v <= 0)
      ? '<c:max val="0"/>'
      : '';
  const legend =
    chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(font, pt(900))}</c:legend>` : '';
  return (
    header +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title, font, pt(1400), true, look.language)}<c:autoTitleDeleted val="0"/><c:plotArea>${columns ? '<c:layout/>' : barLayout(chart)}` +
    `<c:barChart><c:barDir val="${columns ? 'col' : 'bar'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${chart.overlap ? '<c:overlap val="100"/>' : ''}<c:axId val="10"/><c:axId val="20"/></c:barChart>` +
    // Bars: categories from the top (reversed axis); the value axis then crosses at the last
    // category, the bottom. Columns: categories from the left, the value axis on the left.
    `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="${columns ? 'minMax' : 'maxMin'}"/></c:scaling><c:delete val="0"/><c:axPos val="${columns ? 'b' : 'l'}"/>${titleXml(look.text(chart.categoryTitle), font, pt(1000), false, look.language)}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:spPr>${line('888888')}</c:spPr>${textProps(font, pt(900))}` +
    '<c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/>${bound}</c:scaling><c:delete val="0"/><c:axPos val="${columns ? 'l' : 'b'}"/><c:majorGridlines><c:spPr>${line('E5E5E5')}</c:spPr></c:majorGridlines>` +
    `${titleXml(look.text(chart.valueTitle), font, pt(1000), false, look.language)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${line('888888')}</c:spPr>${textProps(font, pt(900))}<c:crossAx val="10"/><c:crosses val="${columns ? 'autoZero' : 'max'}"/><c:crossBetween val="between"/>${majorUnit(chart.valueMax)}</c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid('FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr>${textProps(font, pt(1000))}</c:chartSpace>`
  );
}

/** The drawing of one sheet: a graphic frame per chart, with the chart's title and alt text. */
export function drawingXml(charts: readonly NativeChart[]): string {
  const anchors = charts
    .map(
      (chart, i) =>
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${chart.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${chart.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" title="${escapeXml(chart.title)}" descr="${escapeXml(chart.alt)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `${header}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}

const relationships = (rels: readonly { id: string; type: string; target: string }[]) =>
  `${header}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;

/** What writing the charts does to the package: parts to add, and a rewrite of parts exceljs wrote. */
export interface ChartParts {
  readonly added: readonly { readonly name: string; readonly data: Buffer }[];
  rewrite(name: string, data: Buffer): Buffer;
}

/**
 * The parts of every sheet's charts. `existing` names the package's parts (exceljs's), so that a
 * sheet's relationships part is extended when it exists and added when it does not.
 */
export function chartParts(sheets: readonly SheetCharts[], look: ChartLook, existing: ReadonlySet<string>): ChartParts {
  const added: { name: string; data: Buffer }[] = [];
  const rewrites = new Map<string, (data: Buffer) => Buffer>();
  const overrides: string[] = [];
  let chartNumber = 0;
  sheets
    .filter((s) => s.charts.length > 0)
    .forEach((sheet, i) => {
      const drawing = `xl/drawings/drawing${i + 1}.xml`;
      if (existing.has(drawing)) throw new Error(`Native charts: the package already has ${drawing}`);
      const chartRels = sheet.charts.map((chart, j) => {
        chartNumber += 1;
        const part = `xl/charts/chart${chartNumber}.xml`;
        added.push({ name: part, data: Buffer.from(chartXml(chart, look), 'utf8') });
        overrides.push(`<Override PartName="/${part}" ContentType="${CT_CHART}"/>`);
        return { id: `rId${j + 1}`, type: REL_CHART, target: `../charts/chart${chartNumber}.xml` };
      });
      added.push({ name: drawing, data: Buffer.from(drawingXml(sheet.charts), 'utf8') });
      added.push({ name: `xl/drawings/_rels/drawing${i + 1}.xml.rels`, data: Buffer.from(relationships(chartRels), 'utf8') });
      overrides.push(`<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/>`);

      const [, dir, file] = /^(.*)\/([^/]+)$/.exec(sheet.sheetPart)!;
      const relsPart = `${dir}/_rels/${file}.rels`;
      const target = `../drawings/drawing${i + 1}.xml`;
      // A relationship id no other relationship of the sheet uses.
      const id = 'rIdChartDrawing';
      const rel = `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="${target}"/>`;
      if (existing.has(relsPart))
        rewrites.set(relsPart, (data) => Buffer.from(data.toString('utf8').replace('</Relationships>', `${rel}</Relationships>`), 'utf8'));
      else added.push({ name: relsPart, data: Buffer.from(relationships([{ id, type: REL_DRAWING, target }]), 'utf8') });
      rewrites.set(sheet.sheetPart, (data) => {
        const xml = data.toString('utf8');
        if (!/xmlns:r="/.test(xml.slice(0, 1000)))
          throw new Error(`Native charts: ${sheet.sheetPart} does not declare the relationships namespace`);
        // <drawing> comes before legacy drawings, table parts and extensions (CT_Worksheet's order).
        const before =
          /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(xml)!;
        return Buffer.from(`${xml.slice(0, before.index)}<drawing r:id="${id}"/>${xml.slice(before.index)}`, 'utf8');
      });
    });
  if (overrides.length > 0) {
    rewrites.set('[Content_Types].xml', (data) =>
      Buffer.from(data.toString('utf8').replace('</Types>', `${overrides.join('')}</Types>`), 'utf8'),
    );
  }
  return { added, rewrite: (name, data) => rewrites.get(name)?.(data) ?? data };
}

/**
 * A shared axis end's tick step (1, 2, 2.5 or 5 times a power of ten, four to eight steps to the
 * end), so that the axis ends at a labelled tick in every client; none for an axis the client scales.
 */
function majorUnit(end: number | undefined): string {
  if (end === undefined) return '';
  for (const magnitude of [10 ** Math.floor(Math.log10(end)) / 10, 10 ** Math.floor(Math.log10(end))])
    for (const f of [1, 2, 2.5, 5]) {
      const step = Number((f * magnitude).toPrecision(12));
      const steps = end / step;
      if (steps >= 4 && steps <= 8 && Math.abs(steps - Math.round(steps)) < 1e-9) return `<c:majorUnit val="${step}"/>`;
    }
  return '';
}
