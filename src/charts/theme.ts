import { chartFontFamilies } from '../fonts/chart-faces.js';
import { palette as okabeIto } from '../present/palette.js';

/**
 * The house theme for every chart: one type scale, the Okabe–Ito colour-blind-safe palette,
 * light gridlines. Specs under templates/charts/ never set fonts or sizes themselves.
 */
export const palette: string[] = [...okabeIto];

/**
 * What each colour of the charts means, the same in every figure of a brief (the specs under
 * templates/charts/ use these): a figure as published (bars, lines, the panels of a table's
 * columns, each panel titled by its own axis) in one colour, and a target, beside the result it
 * is set against, in another. Growth on another price basis is another panel, never a colour.
 */
export const chartColours = { figure: okabeIto[0], target: okabeIto[1] } as const;

/**
 * One type scale for every chart, in points as placed: the brief draws each chart's SVG at its own
 * size (the specs lay charts out at the brief's text width), so 9 pt here is 9 pt on the page and
 * no chart text is under 8 pt. The title and source line are in the workbook's PNG only; the brief
 * sets them as the figure's caption and source line.
 */
export const chartType = { title: 11, subtitle: 9, label: 9, axisTitle: 9 } as const;

export const theme = {
  font: chartFontFamilies,
  background: '#ffffff',
  padding: 4,
  view: { stroke: null },
  title: {
    fontSize: chartType.title,
    fontWeight: 'bold',
    anchor: 'start',
    offset: 8,
    subtitleFontSize: chartType.subtitle,
    subtitleColor: '#555555',
    subtitlePadding: 3,
  },
  axis: {
    labelFontSize: chartType.label,
    titleFontSize: chartType.axisTitle,
    titleFontWeight: 'normal',
    titleColor: '#333333',
    labelColor: '#222222',
    gridColor: '#e5e5e5',
    domainColor: '#888888',
    tickColor: '#888888',
  },
  axisY: { grid: false, ticks: false, domain: false, labelPadding: 6 },
  axisX: { grid: true, tickCount: 5 },
  legend: { labelFontSize: chartType.label, symbolType: 'square', labelLimit: 0 },
  // The titles of small multiples' panels.
  header: { labelFontSize: chartType.label, labelColor: '#222222', labelAnchor: 'start', labelLimit: 0, title: null },
  text: { fontSize: chartType.label, color: '#222222' },
  range: { category: palette },
  bar: { color: palette[0] },
} as const;

/** d3-format locales: Chinese official figures are not grouped; English groups by thousands. */
export const numberLocales = {
  'zh-CN': { decimal: '.', thousands: '', grouping: [3], currency: ['¥', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] },
} as const;
