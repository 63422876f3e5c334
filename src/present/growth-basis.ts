import type { GrowthBasis, Text } from '../dataset/schema.js';
import type { PlanChange, ReviewTargetRow } from '../model/plan.js';
import { formatNumber, type Locale } from '../model/format.js';
import { fill, lookup, type UiStrings } from './strings.js';
import { midSentence } from './words.js';

/**
 * Growth as readers compare it: only within one price basis (comparable or current prices, see
 * src/model/growth-basis.ts), and saying which. The words are in templates/strings/ (growthBasis.*).
 */

/** The basis in words: "comparable prices" / "可比价". */
export function basisWords(strings: UiStrings, basis: GrowthBasis): string {
  return lookup(strings, `growthBasis.${basis}`) ?? basis;
}

/**
 * The basis in words for a comparison among `figures`, marked as the brief's assumption when the
 * report states the prices of none of them or only of some ("comparable prices (assumed)"), so that
 * a key message never states as fact a basis the brief reads from the kind of indicator.
 */
export function comparedBasisWords(
  strings: UiStrings,
  basis: GrowthBasis,
  figures: readonly { readonly growth?: { readonly basisFrom?: string } }[],
): string {
  const words = basisWords(strings, basis);
  if (!figures.some((f) => f.growth?.basisFrom === 'kind')) return words;
  return fill(lookup(strings, 'growthBasis.assumed') ?? '{basis}', { basis: words });
}

/** A basis in words, marked as assumed when the brief reads it from the kind of indicator. */
export function basisWordsAssumed(strings: UiStrings, basis: GrowthBasis, assumed: boolean | undefined): string {
  return assumed ? comparedBasisWords(strings, basis, [{ growth: { basisFrom: 'kind' } }]) : basisWords(strings, basis);
}

/** A growth figure with its basis, "5.0%, at comparable prices" / "5.0%,按可比价计算"; the figure alone where it has none. */
export function growthWithBasis(strings: UiStrings, growth: PlanChange, lang: 'zh' | 'en'): string {
  if (growth.basis === undefined) return growth.display[lang];
  return fill(lookup(strings, 'growthBasis.withGrowth') ?? '{growth} ({basis})', {
    growth: growth.display[lang],
    basis: basisWords(strings, growth.basis),
  });
}

/**
 * For a relative target whose result is growth on another basis than the reference's (income at
 * current prices against GDP at comparable prices): the sentence that says so, naming the row
 * (`indicator`, as readers see it), or '' when the bases agree.
 */
export function relativeBasisNote(
  strings: UiStrings,
  row: Pick<ReviewTargetRow, 'priceBases' | 'margin'>,
  indicator: string,
  locale: Locale = 'en',
): string {
  // The model says where the bases differ (src/model/growth-basis.ts differingBases).
  if (row.priceBases === undefined) return '';
  const note = fill(lookup(strings, 'growthBasis.differs') ?? '', {
    indicator,
    basis: basisWords(strings, row.priceBases.result),
    referenceBasis: basisWords(strings, row.priceBases.reference),
  });
  // How far the verdict is from flipping: the gap the model computed (ReviewTargetRow.margin). Without
  // price data the brief cannot convert one basis into the other, but a difference between the bases
  // smaller than the gap, in either direction, leaves the verdict as it is.
  const margin = row.margin;
  if (margin === undefined || margin.value === 0) return note;
  const hold = lookup(strings, 'growthBasis.holds');
  if (hold === undefined) return note;
  return `${note}${fill(hold, { points: formatNumber(Math.abs(margin.value), margin.decimals, locale) })}`;
}

/** Figures grouped by the basis of their growth, comparable first; figures without growth are left out. */
export function byGrowthBasis<F extends { readonly growth?: PlanChange }>(figures: readonly F[]): { basis: GrowthBasis; figures: F[] }[] {
  const order: readonly GrowthBasis[] = ['comparable', 'current'];
  return order
    .map((basis) => ({ basis, figures: figures.filter((f) => f.growth !== undefined && (f.growth.basis ?? 'current') === basis) }))
    .filter((group) => group.figures.length > 0);
}

/**
 * The notes' sentence on growth whose price basis the report does not state and the brief reads
 * from the kind of indicator (src/model/growth-basis.ts): which figures, and how they are read.
 * '' when the report, or the data, states every basis.
 */
export function basisReadingNote(
  strings: UiStrings,
  figures: readonly { readonly label: Text; readonly growth?: { readonly basis?: GrowthBasis; readonly basisFrom?: string } }[],
  lang: 'zh' | 'en',
): string {
  const read = figures.filter((f) => f.growth?.basisFrom === 'kind');
  if (read.length === 0) return '';
  const names = read.map((f) => (lang === 'en' ? midSentence(f.label.en) : f.label.zh));
  return fill(lookup(strings, 'brief.notes.basisRead') ?? '', {
    list: names.join(lang === 'en' ? '; ' : '、'),
    comparable: basisWords(strings, 'comparable'),
    current: basisWords(strings, 'current'),
  });
}
