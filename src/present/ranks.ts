import { chineseNumeral, formatNumber, textKey, type Locale } from '../model/format.js';
import type { Localized } from '../model/format.js';
import type { Plan, PlanStanding, Rank, ReviewTargetRow } from '../model/plan.js';
import type { Text } from '../dataset/schema.js';
import { editionValues } from './reader.js';
import { sayer, type UiStrings } from './strings.js';
import { blankMark } from './typography.js';
import { midSentence, sentenceStart } from './words.js';

/**
 * Every rank the edition states, in one list: the headline indicators', the achievements', the
 * results' of the targets table (列全市第2位) and the ranks stated without a figure (standings), in
 * the document's order, each with its measure,
 * scope, position and year. A standing in words (位居全省前列) has no position: the table shows its
 * words. For the brief's rank table and the workbook's rank sheet alike.
 */

export interface RankEntry {
  /** The ranked figure or standing's id. */
  readonly id: string;
  readonly label: Text;
  /** The figure ranked, where the document gives one: the growth for a rank by growth, else the value. */
  readonly figure?: Localized;
  /** The rank stated; absent for a standing in words. */
  readonly rank?: Rank;
  /** A standing in words (前列), with its scope. */
  readonly standing?: NonNullable<PlanStanding['standing']>;
  /** The year the rank refers to: the figure's, else the review year. */
  readonly year: number;
}

export function rankEntries(plan: Plan): RankEntry[] {
  const order = new Map(plan.rankOrder.map((id, i) => [id, i]));
  const byOrder = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const figures = new Map([...plan.headline, ...plan.achievements].map((f) => [f.id, f]));
  const sameRank = (a: Rank, b: Rank) =>
    a.measure === b.measure && a.scope === b.scope && a.position === b.position && a.scopeLabel?.en === b.scopeLabel?.en;
  const ranked: { id: string; entries: RankEntry[] }[] = [
    ...[...plan.headline, ...plan.achievements].map((figure) => ({
      id: figure.id,
      entries: figure.ranks.map((rank) => ({
        id: figure.id,
        label: figure.label,
        figure: rank.measure === 'growth' && figure.growth ? figure.growth.display : figure.display,
        rank,
        year: figure.year ?? plan.edition.reviewYear,
      })),
    })),
    // A targets-table result's ranks, but for one its headline indicator already states.
    ...(plan.reviewTargets?.rows ?? []).map((row) => ({
      id: row.id,
      entries: row.ranks
        .filter((rank) => !(row.headline !== undefined && figures.get(row.headline)?.ranks.some((r) => sameRank(r, rank))))
        .map((rank) => ({
          id: row.id,
          label: row.indicator,
          ...((a) => (a ? { figure: a.display } : {}))(rankedResult(row, rank)),
          rank,
          year: row.year ?? plan.edition.reviewYear,
        })),
    })),
    ...plan.standings.map((s) => ({
      id: s.id,
      entries: [
        ...s.ranks.map((rank) => ({ id: s.id, label: s.label, rank, year: plan.edition.reviewYear })),
        ...(s.standing ? [{ id: s.id, label: s.label, standing: s.standing, year: plan.edition.reviewYear }] : []),
      ],
    })),
  ];
  // A stable sort: figures sharing one phrase keep the data's order.
  return ranked
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => byOrder(a.id) - byOrder(b.id) || a.i - b.i)
    .flatMap((r) => r.entries);
}

/** The result a rank ranks: the growth for a rank by growth, else the level (the first result when it has no other). */
function rankedResult(row: ReviewTargetRow, rank: Rank): ReviewTargetRow['actual'][number] | undefined {
  const wanted = rank.measure === 'growth' ? 'growth' : 'level';
  return row.actual.find((a) => a.measure === wanted) ?? (row.actual.length === 1 ? row.actual[0] : undefined);
}

export interface RankText {
  readonly id: string;
  readonly indicator: string;
  readonly measure: string;
  readonly scope: string;
  /** The position; null for a standing in words. */
  readonly position: number | null;
  /** "第二" / "No. 2"; a standing's words ("前列" / "among the leaders"). */
  readonly positionText: string;
  /** The figure ranked: the growth for a rank by growth, else the value; the blank mark ("–", "—") where the document gives none. */
  readonly figure: string;
  /** How many are ranked, as the document states it ("90"); "not stated" where it does not; the blank mark for a standing in words. */
  readonly of: string;
  readonly year: number;
  /**
   * The same in every language: the group ranked within (scope, or the group the report names) and
   * the position (or the standing's words as the report writes them), so that the rank profile's
   * rows correspond one to one across languages even where two renderings coincide.
   */
  readonly groupKey: string;
  readonly positionKey: string;
}

/** Whether the document says among how many any of its ranks is (ranks[].of). */
export const ranksStateHowMany = (plan: Plan): boolean => rankEntries(plan).some((e) => e.rank?.of !== undefined);

/** The ranks as readers see them: measure and scope in words (templates/strings/ ranksTable.*). */
export function rankTexts(plan: Plan, strings: UiStrings, locale: Locale): RankText[] {
  const lang = textKey(locale);
  const say = sayer(strings, editionValues(plan.edition, locale));
  return rankEntries(plan).map(({ id, label, figure, rank, standing, year }) => {
    const scope = rank?.scope ?? standing!.scope;
    return {
      id,
      indicator: label[lang],
      // Table cells start as a sentence does ("Index", "Overall evaluation"), whatever case the data writes the words in.
      measure: rank
        ? sentenceStart(rank.measure === 'other' && rank.measureLabel ? rank.measureLabel[lang] : say(`ranksTable.measure.${rank.measure}`))
        : blankMark(locale),
      scope: rank?.scopeLabel
        ? say('ranksTable.scopeWithin', { group: sentenceStart(rank.scopeLabel[lang]) })
        : say(scope === 'province' && plan.edition.province ? 'ranksTable.scopeNamed.province' : `ranksTable.scope.${scope}`),
      position: rank ? rank.position : null,
      positionText: rank
        ? say('ranksTable.position', { position: lang === 'zh' ? chineseNumeral(rank.position) : rank.position })
        : sentenceStart(standing!.text[lang]),
      figure: figure && rank ? figure[lang] : blankMark(locale),
      of: rank ? (rank.of !== undefined ? formatNumber(rank.of, 0, locale) : say('ranksTable.ofUnstated')) : blankMark(locale),
      year,
      groupKey: rank?.scopeLabel ? `within:${rank.scopeLabel.zh}` : scope,
      positionKey: rank ? `position:${rank.position}` : `standing:${standing!.text.zh}`,
    };
  });
}

/** One row of the rank profile: every rank of one position (or standing in words) within one group. */
export interface RankProfileRow {
  /** Among whom ("Hangzhou", "Zhejiang Province", "National high-tech zones"), as the rank table says it. */
  readonly scope: string;
  /** "No. 1"; a standing's words ("Among the leaders"). */
  readonly positionText: string;
  /** How many ranks of the table this row holds. */
  readonly count: string;
  /** Each ranked indicator, with what it is ranked by where the report says ("GDP (size)"). */
  readonly indicators: string;
}

/**
 * The rank profile: every rank of the rank table counted once, grouped by the group it is within and
 * its position, so that "first in the province eighteen times" is read in a few rows (usefulness
 * review 10: ranks scattered). Groups keep the table's order of first appearance; within a group,
 * positions come in order and standings in words after them. Empty without ranks.
 */
export function rankProfile(texts: readonly RankText[], strings: UiStrings, locale: Locale): RankProfileRow[] {
  const zh = textKey(locale) === 'zh';
  const say = sayer(strings, {});
  const blank = blankMark(locale);
  // Grouped by keys every language shares, so that both languages have the same rows in the same order.
  const groups = [...new Set(texts.map((t) => t.groupKey))];
  const rows: RankProfileRow[] = [];
  for (const group of groups) {
    const within = texts.filter((t) => t.groupKey === group);
    const keys = [...new Set(within.map((t) => t.positionKey))].sort((a, b) => {
      const pa = within.find((t) => t.positionKey === a)!.position ?? Number.MAX_SAFE_INTEGER;
      const pb = within.find((t) => t.positionKey === b)!.position ?? Number.MAX_SAFE_INTEGER;
      return pa - pb;
    });
    for (const key of keys) {
      const ranks = within.filter((t) => t.positionKey === key);
      const { scope, positionText } = ranks[0]!;
      rows.push({
        scope,
        positionText,
        count: formatNumber(ranks.length, 0, locale),
        // Each indicator as the table names it (as names in a list, each keeps its capital: a
        // lower-cased "china Digital Trade Port" is wrong), with what it is ranked by where the report
        // says (the measure's word mid-sentence after a colon, in English).
        // A measure the indicator's name already says is not said again ("Innovation index", not
        // "Innovation index: index"; review11).
        indicators: ranks
          .map((t) =>
            t.measure === blank || namesMeasure(t.indicator, t.measure)
              ? t.indicator
              : say('brief.ranks.profileItem', { indicator: t.indicator, measure: zh ? t.measure : midSentence(t.measure) }),
          )
          .join(zh ? ';' : '; '),
      });
    }
  }
  return rows;
}

/**
 * Whether an indicator's name already says what it is ranked by: the name is the measure of
 * something ("Innovation index", 创新指数, "Level of education modernisation", "… as a share of
 * GDP"). A measure's word used otherwise in the name ("enterprises above designated size") is not.
 */
function namesMeasure(indicator: string, measure: string): boolean {
  const name = indicator.toLowerCase().trim();
  const words = measure.toLowerCase().trim();
  if (words === '') return false;
  // Chinese: the name ends with the measure (教育现代化发展水平: 发展水平).
  if (/\p{Script=Han}/u.test(words)) return name.endsWith(words);
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}])${escaped}$|(?:^|[^\\p{L}])${escaped} of\\b`, 'u').test(name);
}
