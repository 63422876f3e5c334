import type { UnitsFile } from '../dataset/schema.js';
import { currencies, unitOf } from '../dataset/units.js';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
/** Data texts are keyed zh/en; the reader's locale maps onto them. */
export type Localized = { readonly zh: string; readonly en: string };
export const textKey = (locale: Locale): 'zh' | 'en' => (locale === 'zh-CN' ? 'zh' : 'en');

/** A figure as published: value, unit id, and the number of decimals it was published with. */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly decimals: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Chinese official documents write 2887.8 and 42859 without grouping; English groups (42,859). */
export const usesGrouping = (locale: Locale): boolean => locale === 'en';

/** Cached Intl formatter (creating one per call is slow, and ICU output is pinned by Node version). */
function numberFormat(locale: Locale, decimals: number, minDecimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}:${minDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: decimals,
      useGrouping: usesGrouping(locale),
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Formats with `decimals` places for a reader; `minDecimals` lower lets a rescaled whole number stay
 * whole. A negative figure has the minus sign (U+2212) that the workbook's number formats and the
 * brief's signed changes show ("−1.5", not "-1.5"); a figure that rounds to zero has no sign.
 */
export function formatNumber(value: number, decimals: number, locale: Locale, minDecimals = decimals): string {
  // Intl.NumberFormat takes at most 20 (plan:number-precision keeps published figures well within).
  const max = Math.min(20, Math.max(0, decimals));
  const text = numberFormat(locale, max, Math.min(max, Math.max(0, minDecimals))).format(value);
  // A figure that rounds to zero at its decimals is zero, not "-0.0" (a statistician writes no sign on zero).
  if (!text.startsWith('-')) return text;
  return /[1-9]/.test(text) ? `\u2212${text.slice(1)}` : text.slice(1);
}

// English scales for large amounts: the unit of money becomes "billion" or "million".
const englishScales = [
  { factor: 1e9, word: 'billion' },
  { factor: 1e6, word: 'million' },
] as const;

const currencyPrefix: Record<string, string> = Object.fromEntries(Object.entries(currencies).map(([quantity, c]) => [quantity, c.code]));

/**
 * Formats a published quantity for a reader. Chinese keeps the published unit (2887.8亿元);
 * English converts to a natural scale, keeping exactly the published precision
 * (2887.8 亿元 → RMB 288.78 billion; 4.2 万人 → 42,000 people).
 */
export function formatQuantity(q: Quantity, units: UnitsFile, locale: Locale): string {
  const unit = unitOf(units, q.unit);
  if (locale === 'zh-CN') return `${formatNumber(q.value, q.decimals, locale)}${unit.zh}`;
  if (unit.quantity === 'ratio') return `${formatNumber(q.value, q.decimals, locale)}%`;
  const base = q.value * unit.factor;
  const prefix = currencyPrefix[unit.quantity];
  if (prefix) {
    const scale = englishScales.find((s) => Math.abs(base) >= s.factor);
    if (scale) {
      const decimals = q.decimals + Math.round(Math.log10(scale.factor / unit.factor));
      // 300 亿元 is RMB 30 billion, not 30.0: a whole published figure stays whole.
      const minDecimals = q.decimals > 0 ? decimals : 0;
      return `${prefix} ${formatNumber(base / scale.factor, decimals, locale, minDecimals)} ${scale.word}`;
    }
    return `${prefix} ${formatNumber(base, q.decimals - Math.round(Math.log10(unit.factor)), locale)}`;
  }
  const shown = readerQuantity(q, units, locale);
  if (shown !== q) {
    // 万人 and the like: the count itself (4.2 万人 → 42,000 people).
    const baseUnit = unitOf(units, shown.unit);
    const word = baseUnit.inline === false ? '' : ` ${baseUnit.en}`;
    return `${formatNumber(shown.value, shown.decimals, locale)}${word}`;
  }
  // Count units ("个", "家") go unsaid in English: the label names the thing counted.
  const word = unit.inline === false ? '' : ` ${unit.en}`;
  return `${formatNumber(q.value, q.decimals, locale)}${word}`;
}

/**
 * How a column of money an English reader is given: in one scale for the whole column, the one its
 * largest amount is written in (1,243.8 亿元 → RMB billion, so the column reads 124.38 … 0.55), as
 * the English text and charts give money. Chinese keeps the published unit; other quantities, and
 * money below a million, are undefined (kept as published).
 */
export function englishMoneyColumn(
  units: UnitsFile,
  unitId: string,
  values: readonly number[],
  locale: Locale,
): { readonly multiply: number; readonly extraDecimals: number; readonly unit: string } | undefined {
  if (locale === 'zh-CN') return undefined;
  const unit = unitOf(units, unitId);
  const prefix = currencyPrefix[unit.quantity];
  if (!prefix || values.length === 0) return undefined;
  const largest = Math.max(...values.map((v) => Math.abs(v * unit.factor)));
  const scale = englishScales.find((s) => largest >= s.factor);
  if (!scale || scale.factor === unit.factor) return undefined;
  const extraDecimals = Math.round(Math.log10(scale.factor / unit.factor));
  // Only where the published figures stay exact: a scale above the published unit adds decimals.
  if (extraDecimals < 0) return undefined;
  return { multiply: unit.factor / scale.factor, extraDecimals, unit: `${prefix} ${scale.word}` };
}

/**
 * A published quantity in the unit a reader of `locale` is given it in, the one place that converts
 * a figure's unit for readers: Chinese keeps the published unit; English gives a count published in
 * a multiple (万人, 万家, 万件, 万人次) as the count itself in its base unit, to the published precision
 * (4.2 万人 → 42,000 people; 2.1 万家 → 21,000), as an English statistician writes it. Money, areas
 * and rates keep their published unit (the same object is returned).
 */
export function readerQuantity(q: Quantity, units: UnitsFile, locale: Locale): Quantity {
  return locale === 'zh-CN' ? q : countQuantity(q, units);
}

/**
 * A count published in a multiple (万人, 万家, 万件, 万人次) as the count itself, in its base unit, to
 * the published precision (4.2 万人 → 42,000 人; 80.73 万人次 → 807,300 人次): what English readers are
 * given everywhere (readerQuantity), and what a spreadsheet gives in either language, where a count
 * is a count (no decimals) and one unit serves a quantity on every sheet. Money, areas and rates keep
 * their published unit (the same object is returned).
 */
export function countQuantity(q: Quantity, units: UnitsFile): Quantity {
  const unit = unitOf(units, q.unit);
  if (unit.factor === 1 || currencyPrefix[unit.quantity] || unit.quantity === 'ratio') return q;
  // The count in its own measure word where the registry has it (万件 → 件, 万人次 → 人次): a
  // quantity can have several units of one (个, 件 and 项 all count items); else the quantity's first.
  const ones = units.units.filter((u) => u.quantity === unit.quantity && u.factor === 1);
  const baseUnit = ones.filter((u) => unit.zh.endsWith(u.zh)).sort((a, b) => b.zh.length - a.zh.length)[0] ?? ones[0];
  if (!baseUnit) return q;
  const decimals = Math.max(0, q.decimals - Math.round(Math.log10(unit.factor)));
  // Rounded to its precision: 80.73 × 10,000 is 807300.0000000001 in binary floating point.
  return { value: Number((q.value * unit.factor).toFixed(decimals)), unit: baseUnit.id, decimals };
}

/**
 * Figures that one row of a table sets side by side (a target and its result, a district's figure
 * and its city's), those of one quantity published in different multiples (300 亿元 beside 5,000
 * 万元) all in the smallest of those multiples, to each figure's published precision: a row reads in
 * one unit. Rates (ratio units) and figures alone in their quantity keep their unit (the same
 * objects are returned).
 */
export function oneUnit(qs: readonly Quantity[], units: UnitsFile): Quantity[] {
  return qs.map((q) => {
    const unit = unitOf(units, q.unit);
    if (unit.quantity === 'ratio') return q;
    const finest = qs
      .map((o) => unitOf(units, o.unit))
      .filter((u) => u.quantity === unit.quantity && u.factor < unit.factor)
      .sort((a, b) => a.factor - b.factor)[0];
    if (finest === undefined) return q;
    const ratio = unit.factor / finest.factor;
    const decimals = Math.max(0, q.decimals - Math.round(Math.log10(ratio)));
    // Rounded to its precision, as countQuantity does (binary floating point).
    return { value: Number((q.value * ratio).toFixed(decimals)), unit: finest.id, decimals };
  });
}

/** Both languages at once. */
export function localizeQuantity(q: Quantity, units: UnitsFile): Localized {
  return { zh: formatQuantity(q, units, 'zh-CN'), en: formatQuantity(q, units, 'en') };
}

/**
 * Factor that turns a published amount into a chart's axis unit: Chinese charts keep the
 * published unit (亿元); English charts show money in billions (RMB billion, USD billion).
 */
export function chartFactor(units: UnitsFile, unitId: string, locale: Locale): number {
  if (locale === 'zh-CN') return 1;
  const unit = unitOf(units, unitId);
  return currencyPrefix[unit.quantity] ? unit.factor / 1e9 : 1;
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 26 → 二十六: ranks in Chinese text are written in Chinese numerals. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return chineseDigits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : chineseDigits[tens]}十${ones === 0 ? '' : chineseDigits[ones]}`;
}
