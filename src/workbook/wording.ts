import { fill, lookup, type UiStrings } from '../present/strings.js';
import { unitOf } from '../dataset/units.js';
import { boundedText, striveText, type PlanTargetValue } from '../model/plan.js';
import { formatNumber, textKey, type Locale } from '../model/format.js';
import type { Cell } from './row.js';
import { judgementText, type JudgementFlags } from '../present/reader.js';
import type { UnitsFile } from '../dataset/schema.js';
import { basisWords } from '../present/growth-basis.js';
import type { PlanChange } from '../model/plan.js';

/**
 * Workbook wording made from the data's kinds (target kinds, bounds, statuses, units), with the
 * interface strings of templates/strings/<locale>.yaml (`workbook.…`). No text of one document here.
 */

const say = (strings: UiStrings, key: string, values: Readonly<Record<string, string | number>> = {}) =>
  fill(lookup(strings, key) ?? key, values);

/**
 * What kind of target the source sets, with its qualifiers: "数值目标（力争…以上）" /
 * "numeric (strive for at least)", "相对目标（与…同步）" / "relative (in step with)".
 */
export function targetKindText(target: PlanTargetValue, strings: UiStrings): string {
  const kind = say(strings, `workbook.kinds.${target.kind}`);
  let qualifier: string | undefined;
  if (target.kind === 'numeric' && (target.bound !== undefined || target.strive)) {
    const bound = say(strings, `workbook.bounds.${target.bound ?? 'none'}`);
    qualifier = (target.strive ? say(strings, 'workbook.strive', { bound }) : bound).trim();
  } else if (target.kind === 'relative' && target.relation !== undefined) {
    qualifier = say(strings, `workbook.relations.${target.relation}`);
  }
  return qualifier ? say(strings, 'workbook.kindQualified', { kind, qualifier }) : kind;
}

/**
 * A target's words in the unit its value and unit cells give it (`value`, `decimals`, `unit` of the
 * row), so that the words and the figure beside them agree: "strive for 300 (RMB 100 million)"
 * beside 300 and "RMB 100 million", not "strive for RMB 30 billion"; "42000人" beside 42000 and 人,
 * not "4.2万人". A target of a rate (its unit %), one without a figure, and words that already state the
 * cell's figure keep their words.
 */
export function targetWordsInUnit(
  target: PlanTargetValue,
  cell: { readonly value: Cell; readonly decimals: Cell; readonly unit: Cell },
  strings: UiStrings,
  locale: Locale,
): string {
  const lang = textKey(locale);
  // Chinese keeps the report's own words ("4.2万人" beside 42000 人), as the cover says the target
  // words do: a Chinese reader reads 万 at sight, and the words are what the report published
  // (fourth publication review). English words are a translation: they state the cells' figure.
  if (lang === 'zh') return target.display.zh;
  if (target.kind !== 'numeric' || target.unit === '%' || typeof cell.value !== 'number' || typeof cell.unit !== 'string') {
    return target.display[lang];
  }
  const value = formatNumber(cell.value, typeof cell.decimals === 'number' ? cell.decimals : 0, locale);
  // Words that already state the cell's figure ("42,000" beside 42000 people) stay as they are.
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<![\\d.,])${escaped}(?![\\d.,]*\\d)`).test(target.display[lang])) return target.display[lang];
  const quantity = say(strings, 'workbook.targetInUnit', { value, unit: cell.unit });
  return striveText(boundedText({ zh: quantity, en: quantity }, target.bound), target.strive)[lang];
}

/**
 * Status as a word, as the brief gives it: a judgement on an earlier year's data or on growth at
 * other prices is set apart with its gap ("无法以2024年数据判断（2023年数据，与目标相差−0.9个百分点）").
 */
export function statusWord(flags: JudgementFlags, reviewYear: number, strings: UiStrings, lang: 'zh' | 'en'): string {
  return judgementText(strings, flags, reviewYear, lang, false);
}

/**
 * The prices a growth rate is at, as a cell says it: where neither the data nor the phrase states
 * them, the reading follows the kind of indicator and the cell says it is assumed
 * ("comparable prices (assumed)"); null for a growth without a basis.
 */
export function growthBasisText(growth: Pick<PlanChange, 'basis' | 'basisFrom'> | undefined, strings: UiStrings): string | null {
  if (!growth?.basis) return null;
  return say(strings, growth.basisFrom === 'kind' ? 'workbook.growthBasisRead' : 'workbook.growthBasisStated', {
    basis: basisWords(strings, growth.basis),
  });
}

/** What the data says about a figure beside its value: an estimate, an earlier year's figure; or null. */
export function basisText(
  figure: { readonly estimate: boolean; readonly year?: number },
  reviewYear: number,
  strings: UiStrings,
): string | null {
  const parts: string[] = [];
  if (figure.estimate) parts.push(say(strings, 'workbook.basis.estimate'));
  if (figure.year !== undefined && figure.year !== reviewYear) parts.push(say(strings, 'workbook.basis.year', { year: figure.year }));
  return parts.length > 0 ? parts.join(lookup(strings, 'workbook.listSeparator') ?? ', ') : null;
}

/**
 * A column's header: its label with its unit, "项目数（个）" / "Total investment (RMB 100 million)".
 * A label that already names its unit in brackets keeps its wording; English leaves a count unit
 * unsaid (the label names the thing counted), as its sentences do.
 */
export function headerWithUnit(label: string, unitId: string, units: UnitsFile, lang: 'zh' | 'en', strings: UiStrings): string {
  const unit = unitOf(units, unitId);
  const name = unit[lang];
  const named = [`(${name})`, `（${name}）`].some((bracketed) => label.includes(bracketed));
  // A count in a multiple (万家) names its multiple: the column's figures are not the count itself.
  if (named || (lang === 'en' && unit.inline === false && unit.factor === 1)) return label;
  return say(strings, 'workbook.withUnit', { label, unit: name });
}

/**
 * A source phrase as the Report's words column gives it. A phrase that is a row of one of the
 * report's tables (its cells between "|" as the source text flattens a table) is given as the
 * row's cells joined as Chinese lists them ("GDP，6%，5.0%"): the bars, empty cells and the
 * row's own number (the 序号 the targets sheet gives in its No. column) read as debris (publication
 * review 7). Cells are not paired with the table's headers: a row whose first cell spans two rows
 * (固定资产投资 | 区内 …, then 全区 | …) would be paired wrongly. A phrase of prose is kept as it is.
 */
export function readablePhrase(phrase: string): string {
  if (!phrase.includes('|')) return phrase;
  const cells = phrase
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  const withoutNumber = cells.length > 1 && /^\d+$/.test(cells[0]!) ? cells.slice(1) : cells;
  return withoutNumber.join('，');
}
