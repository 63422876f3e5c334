import { fontFamily } from '../fonts/fonts.js';
import { palette as okabeIto } from '../present/palette.js';

/**
 * The house theme for every chart: one type scale, the Okabe–Ito colour-blind-safe palette,
 * light gridlines. Specs under templates/charts/ never set fonts or sizes themselves.
 */
export const palette: string[] = [...okabeIto];

export const theme = {
  font: fontFamily,
  background: '#ffffff',
  padding: 12,
  view: { stroke: null },
  title: { fontSize: 14, fontWeight: 'bold', anchor: 'start', offset: 10, subtitleFontSize: 10, subtitleColor: '#555555', subtitlePadding: 4 },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', titleColor: '#333333', labelColor: '#222222', gridColor: '#e5e5e5', domainColor: '#888888', tickColor: '#888888' },
  axisY: { grid: false, ticks: false, domain: false, labelPadding: 6 },
  axisX: { grid: true, tickCount: 5 },
  legend: { labelFontSize: 11, symbolType: 'square', labelLimit: 0 },
  text: { fontSize: 11, color: '#222222' },
  range: { category: palette },
  bar: { color: palette[0] },
} as const;

/** d3-format locales: Chinese official figures are not grouped; English groups by thousands. */
export const numberLocales = {
  'zh-CN': { decimal: '.', thousands: '', grouping: [3], currency: ['¥', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] },
} as const;
