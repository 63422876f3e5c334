import { formatNumber, textKey, type Locale } from '../model/format.js';
import { aboutTolerance } from '../model/status.js';
import type { OutlookRow, TargetWording } from '../model/outlook.js';
import type { Plan, PlanTarget, ReviewTargetRow } from '../model/plan.js';
import type { IndicatorStatus, ScorecardIndicator } from '../model/scorecard.js';
import { basisWordsAssumed } from './growth-basis.js';
import { judgementShort, ranksText, reviewTargetLabel, setApartNote, setApartReason, withMarks } from './reader.js';
import { rankTargetWhy } from './rank-targets.js';
import { sayer, type UiStrings } from './strings.js';
import { blankMark } from './typography.js';
import { chineseCount, englishCount, listText, midSentence } from './words.js';

/**
 * Reader text of the scorecard (the review year's targets counted as the source counts them) and
 * of the outlook (what the plan year's targets imply against the review year's results), for the
 * key messages, the brief's tables and the workbook alike. The figures come from the plan model
 * (src/model/scorecard.ts, src/model/outlook.ts); the wording from templates/strings/.
 */

type Say = (key: string, extra?: Record<string, string | number>) => string;

const planSayer = (plan: Plan, strings: UiStrings): Say =>
  sayer(strings, { reviewYear: plan.edition.reviewYear, planYear: plan.edition.planYear });

/**
 * A reading's own name inside its indicator: "固定资产投资(区内)" in group "固定资产投资" is "区内";
 * "Fixed-asset investment (within the district)" is "within the district". A name that does not
 * follow "group (reading)" is kept whole.
 */
export function readingName(full: string, group: string): string {
  if (!full.startsWith(group)) return full;
  const rest = full
    .slice(group.length)
    .trim()
    .replace(/^[(（]\s*/, '')
    .replace(/\s*[)）]$/, '');
  return rest.length > 0 ? rest : full;
}

/**
 * A row's result as its table cell gives it: each figure the row states, then the positions it
 * states (a rank target is judged on them). `marked` carries each figure's marks in brackets
 * ("4.2% (estimate)"); `marks` gives their words alone, each followed by the list separator, for a
 * language that sets them in the target's brackets instead ("4.2% (estimate; target: 6%)").
 */
function resultText(row: ReviewTargetRow, say: Say, strings: UiStrings, locale: Locale): { bare: string; marked: string; marks: string } {
  const lang = textKey(locale);
  const join = (parts: readonly string[]) =>
    [...parts, ...(row.ranks.length > 0 ? [ranksText(row, strings, locale)!] : [])].join(lang === 'zh' ? ',' : ', ');
  const named = (a: ReviewTargetRow['actual'][number], text: string) =>
    row.actual.length > 1 && a.measure === 'growth' ? say('brief.targets.actualGrowth', { value: text }) : text;
  const marks = [
    ...new Set(
      row.actual.flatMap((a) => [
        ...(a.estimate ? [say('brief.marks.estimate')] : []),
        ...(a.year !== undefined ? [say('brief.marks.year', { year: a.year })] : []),
      ]),
    ),
  ];
  return {
    bare: join(row.actual.map((a) => named(a, a.display[lang]))),
    marked: join(row.actual.map((a) => named(a, withMarks(strings, a.display[lang], a, lang)))),
    marks: marks.map((m) => `${m}${say('keyMessages.outlook.separator')}`).join(''),
  };
}

/**
 * The indicator as a finding names it: its result against its target, figures first; an indicator
 * with several readings gives each reading's result and target, and which readings met it when only
 * some did. A row without a result in its table keeps its name alone.
 */
function indicatorPhrase(
  indicator: ScorecardIndicator,
  rows: readonly ReviewTargetRow[],
  say: Say,
  strings: UiStrings,
  locale: Locale,
): string {
  const lang = textKey(locale);
  const inText = (text: string) => (lang === 'zh' ? text : midSentence(text));
  const label = inText(indicator.label[lang]);
  const readings = indicator.readings.map((id) => rows.find((r) => r.id === id)!);
  const target = (row: ReviewTargetRow) => (lang === 'zh' ? row.target.display.zh : midSentence(row.target.display.en));
  if (readings.length < 2) {
    const row = readings[0]!;
    return row.actual.length === 0
      ? label
      : say('keyMessages.scorecard.figures', { label, ...resultText(row, say, strings, locale), target: target(row) });
  }
  const name = (row: ReviewTargetRow) => readingName(reviewTargetLabel(row, locale), indicator.label[lang]);
  const figures = (row: ReviewTargetRow) =>
    row.actual.length === 0
      ? name(row)
      : say('keyMessages.scorecard.readingFigures', {
          name: name(row),
          ...resultText(row, say, strings, locale),
          target: target(row),
        });
  if (indicator.status === 'partly-met') {
    const of = (status: string) =>
      readings
        .filter((r) => r.status === status)
        .map(figures)
        .join(say('keyMessages.outlook.separator'));
    return say('keyMessages.scorecard.readings.partly', {
      label,
      n: lang === 'zh' ? chineseCount(readings.length) : englishCount(readings.length),
      met: of('met'),
      notMet: of('not-met'),
    });
  }
  return say('keyMessages.scorecard.readings.figures', {
    label,
    n: lang === 'zh' ? chineseCount(readings.length) : englishCount(readings.length),
    readings: readings.map(figures).join(say('keyMessages.outlook.separator')),
  });
}

/**
 * The key message on the review year's targets, as the source counts them. It leads with two counts
 * over every numbered indicator (one with several readings counts once): read directly, target
 * against result, how many were met, partly met, not met, not judged; then, like for like on the
 * year's data, the same, with how many rest on an earlier year's data or on growth at other prices.
 * Then the details: the indicators judged like for like, by status; those judged across price bases
 * and those judged on an earlier year's data, each with its verdict on a direct reading, its figures
 * and gap, and why that reading is not like for like; and those not judged, each with why.
 */
/** The counts of the review year's target indicators, for the key findings and the key messages. */
export interface ScorecardTally {
  readonly total: number;
  /** Every indicator read directly, target against result, by status ("three were met", "three were not met"), then those not judged. */
  readonly direct: readonly string[];
  /** The indicators judged like for like on the review year's data, by status, then those not judged. */
  readonly tally: readonly string[];
  /** How many judgements are set apart (an earlier year's data, growth at other prices). */
  readonly apart: number;
  /** Why they are set apart, as the counts say it ("2023 data", "growth at other prices"). */
  readonly reasons: readonly string[];
  readonly allMet: boolean;
}

/**
 * The count of the review year's target indicators by status, one per indicator however many
 * readings it has: on a direct reading, and like for like; undefined without a targets table.
 */
export function scorecardTally(
  plan: Plan,
  strings: UiStrings,
  locale: Locale,
  countKey = 'keyMessages.scorecard.count',
): ScorecardTally | undefined {
  const targets = plan.reviewTargets;
  if (!targets || targets.scorecard.indicators.length === 0) return undefined;
  const say = planSayer(plan, strings);
  const zh = textKey(locale) === 'zh';
  const count = (n: number) => (zh ? chineseCount(n) : englishCount(n, locale));
  const number = (n: number) => (n === 1 ? 'one' : 'other');
  const { indicators, current, crossBasis, lagged, unjudged } = targets.scorecard;
  const counted: readonly IndicatorStatus[] = ['met', 'partly-met', 'not-met', 'pending'];
  const counts = (judged: readonly ScorecardIndicator[]) => [
    ...counted.flatMap((status) => {
      const n = judged.filter((i) => i.status === status).length;
      return n === 0 ? [] : [say(`${countKey}.${status}.${number(n)}`, { n: count(n) })];
    }),
    ...(unjudged.length === 0 ? [] : [say(`${countKey}.unjudged.${number(unjudged.length)}`, { n: count(unjudged.length) })]),
  ];
  const years = [...new Set(lagged.map((i) => i.year!))].sort((a, b) => a - b);
  const reasons = [
    ...(years.length > 0 ? [say('keyMessages.scorecard.reasons.lagged', { year: years.join(zh ? '、' : ', ') })] : []),
    ...(crossBasis.length > 0 ? [say('keyMessages.scorecard.reasons.bases')] : []),
  ];
  const apart = crossBasis.length + lagged.length;
  return {
    total: indicators.length,
    direct: counts([...current, ...crossBasis, ...lagged]),
    tally: counts(current),
    apart,
    reasons,
    allMet: apart === 0 && indicators.every((i) => i.status === 'met'),
  };
}

/** The counts' clause on the judgements set apart: the like-for-like count and why the others are not. */
function apartClause(tally: ScorecardTally, say: Say, prefix: string, strings: UiStrings, locale: Locale): string {
  if (tally.apart === 0) return '';
  const zh = textKey(locale) === 'zh';
  const n = zh ? chineseCount(tally.apart) : englishCount(tally.apart, locale);
  const values = {
    n,
    counts: zh ? tally.tally.join('、') : listText(tally.tally, strings, locale),
    reasons: tally.reasons.join(say('keyMessages.scorecard.reasonJoin')),
  };
  return say(`${prefix}${tally.tally.length === 0 ? 'apartOnly' : 'apart'}.${tally.apart === 1 ? 'one' : 'other'}`, values);
}

/**
 * The key messages on the review year's targets, one finding each (a paragraph of every verdict and
 * caution read as a wall of text: usefulness reviews): the counts; the firm judgements by status,
 * each with its figures; each judgement set apart, with why; the targets not judged; none without targets.
 */
export function scorecardSentences(plan: Plan, strings: UiStrings, locale: Locale): string[] {
  const targets = plan.reviewTargets;
  if (!targets || targets.scorecard.indicators.length === 0) return [];
  const say = planSayer(plan, strings);
  const lang = textKey(locale);
  const zh = lang === 'zh';
  const count = (n: number) => (zh ? chineseCount(n) : englishCount(n, locale));
  const capital = (text: string) => (zh ? text : text.charAt(0).toUpperCase() + text.slice(1));
  const { indicators, current, crossBasis, lagged, unjudged } = targets.scorecard;
  const phrase = (i: ScorecardIndicator) => indicatorPhrase(i, targets.rows, say, strings, locale);

  // 1. Two counts over every indicator of the table: read directly, then like for like with how many are set apart.
  const tally = scorecardTally(plan, strings, locale)!;
  const sentences: string[] = [
    say(tally.allMet ? 'keyMessages.scorecard.leadAllMet' : 'keyMessages.scorecard.lead', {
      total: count(indicators.length),
      counting: indicators.some((i) => i.readings.length > 1) ? say('keyMessages.scorecard.counting') : '',
      // 完成两项、未完成一项: Chinese lists the counts with 、 alone.
      direct: zh ? tally.direct.join('、') : listText(tally.direct, strings, locale),
      apart: apartClause(tally, say, 'keyMessages.scorecard.', strings, locale),
    }),
  ];

  // 2. The indicators judged like for like on the year's data, by status: one finding per
  // indicator, its status first, then its result against its target (each reading's, when it has several).
  const statuses: readonly IndicatorStatus[] = ['met', 'partly-met', 'not-met'];
  for (const status of statuses) {
    for (const indicator of current.filter((i) => i.status === status))
      sentences.push(say(`keyMessages.scorecard.part.${status}`, { list: phrase(indicator) }));
  }

  // 3. Judgements that compare growth at one price basis with growth at another: one finding per
  // indicator, with its verdict on a direct reading, both growth rates and the gap, then why the
  // reading is not like for like and how large a difference of the bases would change it.
  for (const indicator of crossBasis) {
    const row = targets.rows.find((r) => indicator.readings.includes(r.id) && r.priceBases !== undefined)!;
    const growth = row.actual.find((a) => a.measure === 'growth');
    // Whether the item gives a gap (the model's ReviewTargetRow.margin) that a difference of price bases would have to exceed.
    const gap = growth !== undefined && row.reference?.growth !== undefined && row.margin !== undefined && row.margin.value !== 0;
    const item = say(
      growth && row.reference?.growth && row.margin ? 'keyMessages.scorecard.crossBasisItem' : 'keyMessages.scorecard.crossBasisItemBare',
      {
        label: zh ? indicator.label.zh : midSentence(indicator.label.en),
        verdict: say(`keyMessages.scorecard.verdict.${indicator.status}`),
        result: growth ? growth.display[lang] : '',
        referenceGrowth: row.reference?.growth ? row.reference.growth.display[lang] : '',
        reference: row.reference ? (zh ? row.reference.label.zh : midSentence(row.reference.label.en)) : '',
        gap: row.margin ? row.margin.display[lang] : '',
      },
    );
    sentences.push(
      say('keyMessages.scorecard.crossBasis', {
        list: item,
        // A basis the brief assumes says so (usefulness review 11).
        basis: basisWordsAssumed(strings, row.priceBases!.result, row.priceBases!.resultAssumed),
        reference: zh ? row.reference!.label.zh : midSentence(row.reference!.label.en),
        referenceBasis: basisWordsAssumed(strings, row.priceBases!.reference, row.priceBases!.referenceAssumed),
      }) +
        // Without price data the brief cannot convert the bases; it can say how large a difference would flip the verdict.
        (gap ? say('keyMessages.scorecard.crossBasisHolds') : ''),
    );
  }

  // 4. Judgements on an earlier year's data: the verdict on a direct reading, with the figures and
  // gap, and why the comparison is not like for like.
  for (const indicator of lagged) {
    const row = targets.rows.find((r) => r.id === indicator.readings[0])!;
    const actual = row.actual.find((a) => a.year !== undefined) ?? row.actual[0]!;
    sentences.push(
      say(row.margin ? 'keyMessages.scorecard.lagged' : 'keyMessages.scorecard.laggedBare', {
        label: zh ? indicator.label.zh : midSentence(indicator.label.en),
        verdict: say(`keyMessages.scorecard.verdict.${indicator.status}`),
        year: indicator.year!,
        actual: actual.display[lang],
        target: zh ? row.target.display.zh : midSentence(row.target.display.en),
        gap: row.margin ? row.margin.display[lang] : '',
      }),
    );
  }

  // 5. The indicators not judged, each with why.
  if (unjudged.length > 0) {
    const why = (indicator: ScorecardIndicator) => {
      const row = targets.rows.find((r) => r.id === indicator.readings[0])!;
      return (
        rankTargetWhy(row, strings, locale) ??
        say(`keyMessages.scorecard.why.${row.target.kind === 'qualitative' ? 'qualitative' : 'no-result'}`)
      );
    };
    const label = (i: ScorecardIndicator) => (zh ? i.label.zh : midSentence(i.label.en));
    sentences.push(
      unjudged.length === 1
        ? capital(say('keyMessages.scorecard.unjudgedOne', { label: label(unjudged[0]!), why: why(unjudged[0]!) }))
        : say('keyMessages.scorecard.unjudged', {
            n: count(unjudged.length),
            list: listText(
              unjudged.map((i) => say('keyMessages.scorecard.unjudgedItem', { label: label(i), why: why(i) })),
              strings,
              locale,
            ),
          }),
    );
  }
  return sentences.map(capital);
}

/**
 * The note under the targets table, where the statuses are given: how the source numbers its
 * indicators when one has several readings; the tolerance an "about" target is judged with, when
 * the table has one; and why some statuses are set apart, when any is.
 */
export function scorecardNote(plan: Plan, strings: UiStrings, locale: Locale): string | undefined {
  const targets = plan.reviewTargets;
  if (!targets) return undefined;
  const say = planSayer(plan, strings);
  const lang = textKey(locale);
  const zh = lang === 'zh';
  const count = (n: number) => (zh ? chineseCount(n) : englishCount(n, locale));
  const sentences: string[] = [];
  const grouped = targets.scorecard.indicators.filter((i) => i.readings.length > 1);
  if (grouped.length > 0) {
    sentences.push(
      say('brief.targets.countNote', {
        total: count(targets.scorecard.indicators.length),
        rows: count(targets.rows.length),
        list: listText(
          grouped.map((i) =>
            say('brief.targets.countNoteItem', {
              no: i.no ?? '',
              label: zh ? i.label.zh : midSentence(i.label.en),
              n: count(i.readings.length),
            }),
          ),
          strings,
          locale,
        ),
      }),
    );
  }
  // An "about" target's tolerance, beside the verdicts it decides (the notes say it too).
  const about = targets.rows.filter((r) => r.target.kind === 'numeric' && r.target.bound === 'about' && r.status !== 'pending');
  if (about.length > 0) {
    sentences.push(
      say('brief.targets.aboutNote', {
        tolerance: formatNumber(aboutTolerance * 100, 0, locale),
        list: listText(
          about.map((r) => (zh ? r.target.display.zh : midSentence(r.target.display.en))),
          strings,
          locale,
        ),
      }),
    );
  }
  const { crossBasis, lagged } = targets.scorecard;
  if (crossBasis.length + lagged.length > 0) {
    sentences.push(say(`brief.targets.apartNote.${lagged.length > 0 ? (crossBasis.length > 0 ? 'both' : 'lagged') : 'bases'}`));
  }
  return sentences.length === 0 ? undefined : sentences.join(zh ? '' : ' ');
}

/** One row of the outlook as readers see it: every cell a formatted text. */
export interface OutlookText {
  readonly id: string;
  readonly indicator: string;
  readonly result: string;
  readonly previousTarget: string | null;
  /**
   * Whether the review year's own target was met (a cell of its own: one measure per cell); a
   * judgement set apart is its verdict with a mark ("✓ Met*"), the caution in the table's note.
   */
  readonly previousStatus: string | null;
  /** Why the review year's judgement is set apart (its mark's note), when it is. */
  readonly previousStatusApart: 'lagged' | 'bases' | null;
  readonly target: string;
  /** The implied change in words and figures, or null when the target has no figure to compare. */
  readonly change: string | null;
  /** "numeric → rank" when the kind of target changed, else null. */
  readonly kindChange: string | null;
  /** The change and the change of kind in one cell, or the blank mark ("–", "—") when there is neither. */
  readonly changeCell: string;
  /** The review-year result, when it is of the very indicator the target names (not a related one). */
  readonly sameIndicator: boolean;
}

/** The outlook's rows as text, in the order of the plan's targets (main, then work). */
export function outlookTexts(plan: Plan, strings: UiStrings, locale: Locale): OutlookText[] {
  const say = planSayer(plan, strings);
  const lang = textKey(locale);
  const targets = new Map([...plan.planTargets.main, ...plan.planTargets.work].map((t) => [t.id, t]));
  return plan.outlook.map((row) => {
    const target = targets.get(row.target)!;
    const change = changeText(row, plan.edition.reviewYear, say, lang);
    const previousJudgement = row.previousTarget
      ? (plan.reviewTargets?.rows.find((r) => r.id === row.previousTarget!.id) ?? row.previousTarget)
      : undefined;
    const kindChange = row.kindChange
      ? say('brief.outlook.kindChanged', {
          from: say(`brief.outlook.kinds.${row.kindChange.from}`),
          to: say(`brief.outlook.kinds.${row.kindChange.to}`),
        })
      : row.wordingChange
        ? rewordedText(row.wordingChange, say)
        : null;
    return {
      id: target.id,
      indicator: outlookIndicator(row, target, say, lang),
      // A growth shown for a target of a level (the reading its review-year target was judged by) says it is growth.
      result: withMarks(
        strings,
        row.result.measure === 'growth' && target.measure !== 'growth'
          ? say('brief.targets.actualGrowth', { value: row.result.display[lang] })
          : row.result.display[lang],
        row.result,
        lang,
      ),
      previousTarget: row.previousTarget ? row.previousTarget.display[lang] : null,
      // Set apart, as in the targets table, when judged on an earlier year's data or across price bases.
      // Set apart, as in the targets table, when judged on an earlier year's data or across price bases:
      // the verdict with a mark here, the caution in the table's note (outlookNote).
      previousStatus: previousJudgement ? judgementShort(strings, previousJudgement) : null,
      previousStatusApart: previousJudgement ? (setApartReason(previousJudgement) ?? null) : null,
      target: target.target.display[lang],
      change,
      kindChange,
      sameIndicator: target.measure === 'growth' || row.result.label[lang] === target.label[lang],
      changeCell:
        [change, fromTargetText(row, plan.edition.reviewYear, say, lang), kindChange]
          .filter((t): t is string => t !== null)
          .join(lang === 'zh' ? ';' : '; ') || blankMark(locale),
    };
  });
}

/** The notes of the marks of the outlook's set-apart statuses, once each, in the order of the rows. */
export function outlookNote(texts: readonly OutlookText[], strings: UiStrings, lang: 'zh' | 'en'): string | undefined {
  const reasons = [...new Set(texts.flatMap((t) => (t.previousStatusApart ? [t.previousStatusApart] : [])))];
  return reasons.length === 0 ? undefined : reasons.map((r) => setApartNote(strings, r)).join(lang === 'zh' ? '' : ' ');
}

/** "same figure as the 2024 target, now a floor instead of an aim": the review year's figure kept in other words. */
function rewordedText(change: NonNullable<OutlookRow['wordingChange']>, say: Say): string {
  const wording = (w: TargetWording) => say(`brief.outlook.wordings.${w.bound}.${w.strive ? 'strive' : 'set'}`);
  return say('brief.outlook.reworded', { from: wording(change.from), to: wording(change.to) });
}

/** The target's name, with the result's where the two differ (a target for urban residents continuing one for all residents). */
function outlookIndicator(row: OutlookRow, target: PlanTarget, say: Say, lang: 'zh' | 'en'): string {
  const own = target.label[lang];
  const result = row.result.label[lang];
  if (target.measure !== 'level' || result === own) return own;
  const values = { label: own, result: lang === 'en' ? midSentence(result) : result };
  // A label ending in brackets of its own takes the result inside them: "老年助餐(含配送餐,2024年为…)",
  // never two bracket groups side by side.
  return /[)）]$/u.test(own)
    ? `${own.slice(0, -1)}${say('brief.asideSeparator')}${say('brief.outlook.resultAside', values)}${own.slice(-1)}`
    : say('brief.outlook.resultOf', values);
}

/** "0.4 percentage points below the 2024 target" / "4.8% below the 2024 target", or null (usefulness review 10). */
function fromTargetText(row: OutlookRow, reviewYear: number, say: Say, lang: 'zh' | 'en'): string | null {
  const change = row.changeFromTarget;
  if (!change) return null;
  const direction = change.value < 0 ? 'down' : change.value > 0 ? 'up' : 'same';
  return say(`brief.outlook.fromTarget.${direction}`, { change: change.magnitude[lang], year: reviewYear });
}

/** "31% below the 2024 result (−31%)" / "from 4.4% to 6.0% (+1.6 percentage points)", or null. */
function changeText(row: OutlookRow, reviewYear: number, say: Say, lang: 'zh' | 'en'): string | null {
  const change = row.change;
  if (!change) return null;
  const year = row.result.year ?? reviewYear;
  if (change.kind === 'points') {
    // The Chinese takes the verb of the direction (由5.0%提高到5.6%, 由…降至…), as the key messages do.
    const way = change.value < 0 ? 'down' : change.value > 0 ? 'up' : 'same';
    return say(`brief.outlook.points.${way}`, { from: row.result.display[lang], to: change.to[lang], change: change.display[lang] });
  }
  const direction = change.value < 0 ? 'down' : change.value > 0 ? 'up' : 'same';
  // A floor says it is one (not a planned cut of a level); every other change reads in one pattern
  // against the result ("19% above the 2024 result"), a flow's too.
  const kind = row.reading === 'floor' ? 'percentFloor' : 'percent';
  return say(`brief.outlook.${kind}.${direction}`, { change: change.magnitude[lang], signed: change.display[lang], year });
}

/**
 * The rows of the review year's targets table that no plan-year target continues: neither linked
 * (`continues`) nor the targets-table row of the headline indicator a plan target names
 * (`indicator`), nor the row of a headline figure a plan target continues. Empty when the plan sets
 * no targets (a review-only edition carries nothing, and says nothing of it).
 */
export function notCarried(plan: Plan): readonly ReviewTargetRow[] {
  const rows = plan.reviewTargets?.rows ?? [];
  if (plan.planTargets.main.length + plan.planTargets.work.length === 0) return [];
  const linked = new Set(plan.outlook.flatMap((row) => [row.result.id, ...(row.previousTarget ? [row.previousTarget.id] : [])]));
  return rows.filter((row) => !linked.has(row.id) && !(row.headline !== undefined && linked.has(row.headline)));
}

/**
 * "2024 targets not carried into 2025: …", each target with its verdict, for the key messages and
 * the note of the table of what the targets imply; undefined when every target is carried.
 */
export function notCarriedText(plan: Plan, strings: UiStrings, locale: Locale): string | undefined {
  const dropped = notCarried(plan);
  if (dropped.length === 0) return undefined;
  const say = planSayer(plan, strings);
  const zh = textKey(locale) === 'zh';
  return say('keyMessages.outlook.notCarried', {
    list: dropped
      .map((row) =>
        say('keyMessages.outlook.notCarriedItem', {
          label: zh ? row.indicator.zh : midSentence(row.indicator.en),
          target: zh ? row.target.display.zh : midSentence(row.target.display.en),
          status: say(`keyFindings.status.${row.status}`),
        }),
      )
      .join(say('keyMessages.outlook.separator')),
  });
}

/**
 * The key messages on what the plan year's targets imply against the review year's results, every
 * target named: the direction of the growth targets (raised above the review year's growth, or set
 * below it, "5.0% → 5.6%"), which opens the message on the plan year's main targets; and one message
 * on the targets in amounts and counts set below the result, read by their kind (OutlookRow.reading):
 * a level set lower, with its change; a floor ("at least") below the result, with both figures and
 * whether it keeps the review year's target; a flow (what the year delivers) smaller than the review
 * year's delivery; then the targets whose kind changed (a figure become a rank).
 */
export function outlookMessages(
  plan: Plan,
  strings: UiStrings,
  locale: Locale,
): { direction: string[]; namedTargets: readonly string[]; messages: string[] } {
  const say = planSayer(plan, strings);
  const lang = textKey(locale);
  const zh = lang === 'zh';
  const targets = new Map([...plan.planTargets.main, ...plan.planTargets.work].map((t) => [t.id, t]));
  const name = (row: OutlookRow) => {
    const label = targets.get(row.target)!.label[lang];
    return zh ? label : midSentence(label);
  };
  const target = (row: OutlookRow) => {
    const display = targets.get(row.target)!.target.display[lang];
    return zh ? display : midSentence(display);
  };
  // Only the rows of targets the plan lists (a plan without its main targets names none of them).
  const shown = plan.outlook.filter((row) => targets.has(row.target));
  const messages: string[] = [];
  const direction: string[] = [];

  // 1. The direction of the growth targets (rates compared in points): raised, then set below, one finding each.
  const points = shown.filter((row) => row.change?.kind === 'points' && row.change.value !== 0);
  // Raised or lowered, in words where the language says it with a verb (由4.2%提高到6%).
  const growthItem = (row: OutlookRow) =>
    say(row.change!.value > 0 ? 'keyMessages.outlook.growthItemRaised' : 'keyMessages.outlook.growthItemLowered', {
      label: name(row),
      from: withMarks(strings, row.result.display[lang], row.result, lang),
      to: row.change!.to[lang],
    });
  const raised = points.filter((row) => row.change!.value > 0).sort((a, b) => b.change!.value - a.change!.value);
  const lowered = points.filter((row) => row.change!.value < 0).sort((a, b) => a.change!.value - b.change!.value);
  // Items carry commas of their own: they are joined as the other outlook lists are (；/ "; ").
  const list = (rows: readonly OutlookRow[]) => rows.map(growthItem).join(say('keyMessages.outlook.separator'));
  if (raised.length > 0) direction.push(say('keyMessages.outlook.growthRaised', { raised: list(raised) }));
  if (lowered.length > 0) direction.push(say('keyMessages.outlook.growthLowered', { lowered: list(lowered) }));

  // 2. Amounts and counts below the review year's result, largest first, read by their kind.
  const below = shown
    .filter((row) => row.change?.kind === 'percent' && row.change.value < 0)
    .sort((a, b) => a.change!.value - b.change!.value);
  const sentences: string[] = [];
  const levels = below.filter((row) => row.reading === 'level');
  if (levels.length > 0) {
    sentences.push(
      say('keyMessages.outlook.below', {
        list: levels
          // Every one is lower: the magnitude, said with its direction (低31%, 31% lower).
          .map((row) => say('keyMessages.outlook.item', { label: name(row), change: row.change!.magnitude[lang] }))
          .join(say('keyMessages.outlook.separator')),
      }),
    );
  }
  for (const reading of ['floor', 'flow'] as const) {
    const rows = below.filter((row) => row.reading === reading);
    if (rows.length === 0) continue;
    // A figure kept from the review year's target is unchanged only when its words are too.
    const item = (row: OutlookRow) => (row.wordingChange ? 'ItemReworded' : row.sameAsPreviousTarget ? 'ItemKept' : 'Item');
    const items = rows.map((row) =>
      say(`keyMessages.outlook.${reading}${item(row)}`, {
        label: name(row),
        target: target(row),
        result: withMarks(strings, row.result.display[lang], row.result, lang),
        year: row.result.year ?? plan.edition.reviewYear,
        // Every row here is below its result: the magnitude, said with its direction by the words.
        change: row.change!.magnitude[lang],
        ...(row.wordingChange ? { reworded: rewordedText(row.wordingChange, say) } : {}),
      }),
    );
    sentences.push(say(`keyMessages.outlook.${reading}s`, { list: items.join(say('keyMessages.outlook.separator')) }));
  }
  // 3. Targets set in another form, in the same message; a target missed in the review year that
  // became a target of another kind (a rank) says so, as the statuses of the targets table give it.
  const changed = shown.filter((row) => row.kindChange !== undefined);
  if (changed.length > 0) {
    const missed = changed.filter((row) => row.previousTarget?.status === 'not-met');
    // Every one missed: said once after the list ("both missed in 2024"); some: beside each.
    const allMissed = changed.length > 1 && missed.length === changed.length;
    const count = (n: number) => (zh ? chineseCount(n) : englishCount(n, locale));
    sentences.push(
      say(allMissed ? 'keyMessages.outlook.kindChangedMissed' : 'keyMessages.outlook.kindChanged', {
        list: listText(
          changed.map((row) =>
            say(!allMissed && missed.includes(row) ? 'keyMessages.outlook.kindItemMissed' : 'keyMessages.outlook.kindItem', {
              label: name(row),
              from: say(`brief.outlook.kinds.${row.kindChange!.from}`),
              to: say(`brief.outlook.kinds.${row.kindChange!.to}`),
            }),
          ),
          strings,
          locale,
        ),
        all: changed.length === 2 ? say('keyMessages.outlook.both') : say('keyMessages.outlook.all', { n: count(changed.length) }),
      }),
    );
  }
  // 4. The review year's targets that no plan-year target continues (src/model/outlook.ts links),
  // when the plan sets targets at all: a reader comparing the two years sees what was dropped.
  const dropped = notCarriedText(plan, strings, locale);
  if (dropped) sentences.push(dropped);
  messages.push(...sentences);
  const named = [...raised, ...lowered, ...below, ...changed];
  return { direction, namedTargets: [...new Set(named.map((row) => row.target))], messages };
}
