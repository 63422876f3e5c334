import { chineseNumeral, formatNumber, textKey, type Locale } from '../model/format.js';
import type { Plan, PlanFigure } from '../model/plan.js';
import { basisWords, byGrowthBasis } from './growth-basis.js';
import { ranksText, reviewTargetLabel, withMarks } from './reader.js';
import { fill, lookup, type UiStrings } from './strings.js';

/**
 * The key messages a reader sees before the detail: the headline result, which targets were met,
 * the largest movements and the plan year's main targets, each one sentence built from the plan
 * model with the wording in templates/strings/ (keyMessages.*). Every figure and every count comes
 * from the plan; a message whose figures the edition does not have is left out.
 */

/** Counts in Chinese text: 两 for two (两项), otherwise the numeral (九项). */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

const englishWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Counts in English text: words up to nine, digits above, as press style writes them. */
export function englishCount(n: number, locale: Locale = 'en'): string {
  return Number.isInteger(n) && n >= 0 && n < englishWords.length ? englishWords[n]! : formatNumber(n, 0, locale);
}

/** "Fixed-asset investment" → "fixed-asset investment" inside an English sentence; "GDP growth", "R&D …" stay. */
export function midSentence(text: string): string {
  const [first, second] = [...text];
  if (!first || !second || !/[A-Z]/.test(first) || /[A-Z&]/.test(second)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** Most main targets a message lists by name; the rest are counted. */
export const maxListedTargets = 5;

export function keyMessages(plan: Plan, strings: UiStrings, locale: Locale): string[] {
  const lang = textKey(locale);
  const zh = locale === 'zh-CN';
  const count = (n: number) => (zh ? chineseCount(n) : englishCount(n, locale));
  const values = { reviewYear: plan.edition.reviewYear, planYear: plan.edition.planYear };
  const say = (key: string, extra: Record<string, string | number> = {}): string => {
    const text = lookup(strings, `keyMessages.${key}`);
    if (text === undefined) throw new Error(`String "keyMessages.${key}" is not in ${strings.file}`);
    return fill(text, { ...values, ...extra });
  };
  const inText = (label: string) => (zh ? label : midSentence(label));
  // "a, b and c" / "a、b、c": the last two joined by the language's word for it.
  const list = (items: readonly string[]) => {
    const last = say('targets.and');
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(zh ? '、' : ', ')}${last}${items[items.length - 1]}`;
  };
  // An estimate or an earlier year's figure says so wherever a message gives it.
  const change = (growth: NonNullable<PlanFigure['growth']>, figure: PlanFigure) => withMarks(strings, growth.said[lang], figure, lang);

  const messages: string[] = [];

  // 1. The headline result: the first headline indicator, with its growth and ranks when published.
  const lead = plan.headline[0];
  if (lead) {
    const ranks = ranksText(lead, strings, locale);
    messages.push(
      say(lead.growth ? (ranks ? 'headline.growthRanks' : 'headline.growth') : 'headline.level', {
        label: inText(lead.label[lang]),
        // The value carries the marks, once, for the figure and its growth.
        value: withMarks(strings, lead.display[lang], lead, lang),
        change: lead.growth ? lead.growth.said[lang] : '',
        ranks: ranks ?? '',
      }),
    );
  }

  // 2. Which targets were met and which not (qualitative targets are not judged).
  const rows = plan.reviewTargets?.rows ?? [];
  const judged = rows.filter((r) => r.status !== 'not-comparable');
  const met = judged.filter((r) => r.status === 'met').map((r) => inText(reviewTargetLabel(r, locale)));
  const notMet = judged.filter((r) => r.status === 'not-met').map((r) => inText(reviewTargetLabel(r, locale)));
  const unjudged = rows.length - judged.length;
  if (judged.length > 0) {
    const one = judged.length === 1 ? 'One' : '';
    const key = notMet.length === 0 ? `targets.allMet${one}` : met.length === 0 ? `targets.noneMet${one}` : 'targets.some';
    const verb = (n: number) => say(n === 1 ? 'targets.verb.one' : 'targets.verb.other');
    let sentence = say(key, {
      judged: count(judged.length),
      met: count(met.length),
      notMet: count(notMet.length),
      metVerb: verb(met.length),
      notMetVerb: verb(notMet.length),
      metList: list(met),
      notMetList: list(notMet),
    });
    if (unjudged > 0) sentence += say(unjudged === 1 ? 'targets.unjudgedOne' : 'targets.unjudged', { unjudged: count(unjudged) });
    messages.push(sentence);
  }

  // 3. The largest movements: the fastest and slowest growth among the headline indicators, compared
  // only within one price basis (comparable, then current prices), each sentence naming its basis.
  for (const { basis, figures } of byGrowthBasis(plan.headline)) {
    if (figures.length < 2) continue;
    const sorted = [...figures].sort((a, b) => b.growth!.value - a.growth!.value);
    const fastest = sorted[0]!;
    const slowest = sorted[sorted.length - 1]!;
    if (fastest.growth!.value === slowest.growth!.value) continue;
    messages.push(
      say('movements', {
        basis: basisWords(strings, basis),
        fastest: inText(fastest.label[lang]),
        fastestChange: change(fastest.growth!, fastest),
        slowest: inText(slowest.label[lang]),
        slowestChange: change(slowest.growth!, slowest),
      }),
    );
  }

  // 4. The plan year's main targets, by name up to maxListedTargets.
  const main = plan.planTargets.main;
  if (main.length > 0) {
    const named = main
      .slice(0, maxListedTargets)
      .map((t) => say('mainTarget', { label: inText(t.label[lang]), target: zh ? t.target.display.zh : midSentence(t.target.display.en) }));
    const rest = main.length - named.length;
    messages.push(say(rest > 0 ? 'mainTargetsMore' : 'mainTargets', { list: named.join(zh ? ',' : '; '), rest: count(rest) }));
  }

  // 5. The plan year's key construction projects, when the edition lists them.
  const pipeline = plan.projects.pipeline;
  if (pipeline && pipeline.total > 0) {
    const values = { total: formatNumber(pipeline.total, 0, locale), label: pipeline.label[lang] };
    messages.push(
      pipeline.annualInvestment
        ? say('projects', { ...values, annual: pipeline.annualInvestment.display[lang] })
        : say('projectsCount', values),
    );
  }
  return messages;
}
