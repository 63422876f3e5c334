import { chineseNumeral, textKey, type Locale } from '../model/format.js';
import type { Plan, PlanFigure, Rank } from '../model/plan.js';
import { fill, lookup, type UiStrings } from './strings.js';

/**
 * Every rank the edition states, in one list: the headline indicators' and the achievements', in
 * the document's order, each with its measure, scope, position and year. For the brief's rank
 * table and the workbook's rank sheet alike.
 */

export interface RankEntry {
  readonly figure: PlanFigure;
  readonly rank: Rank;
  /** The year the rank refers to: the figure's, else the review year. */
  readonly year: number;
}

export function rankEntries(plan: Plan): RankEntry[] {
  return [...plan.headline, ...plan.achievements].flatMap((figure) =>
    figure.ranks.map((rank) => ({ figure, rank, year: figure.year ?? plan.edition.reviewYear })),
  );
}

export interface RankText {
  readonly id: string;
  readonly indicator: string;
  readonly measure: string;
  readonly scope: string;
  readonly position: number;
  /** "第二" / "No. 2". */
  readonly positionText: string;
  /** The figure ranked: the growth for a rank by growth, else the value. */
  readonly figure: string;
  readonly year: number;
}

/** The ranks as readers see them: measure and scope in words (templates/strings/ ranksTable.*). */
export function rankTexts(plan: Plan, strings: UiStrings, locale: Locale): RankText[] {
  const lang = textKey(locale);
  const values = { city: plan.edition.city[lang], district: plan.edition.district[lang] };
  const say = (key: string, extra: Record<string, string | number> = {}) => {
    const text = lookup(strings, key);
    if (text === undefined) throw new Error(`String "${key}" is not in ${strings.file}`);
    return fill(text, { ...values, ...extra });
  };
  return rankEntries(plan).map(({ figure, rank, year }) => ({
    id: figure.id,
    indicator: figure.label[lang],
    measure: rank.measure === 'other' && rank.measureLabel ? rank.measureLabel[lang] : say(`ranksTable.measure.${rank.measure}`),
    scope: say(`ranksTable.scope.${rank.scope}`),
    position: rank.position,
    positionText: say('ranksTable.position', { position: lang === 'zh' ? chineseNumeral(rank.position) : rank.position }),
    figure: rank.measure === 'growth' && figure.growth ? figure.growth.display[lang] : figure.display[lang],
    year,
  }));
}
