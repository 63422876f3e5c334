import { chineseNumeral, formatNumber, textKey, type Locale } from '../model/format.js';
import { midSentence } from './words.js';
import type { Plan, PlanFigure } from '../model/plan.js';
import { basisWords, byGrowthBasis, comparedBasisWords } from './growth-basis.js';
import { ranksText, withMarks } from './reader.js';
import { projectCountsSentence } from './derived.js';
import { outlookMessages, scorecardSentences, scorecardTally } from './scorecard.js';
import { chineseCount, englishCount } from './words.js';
import { sayer, type UiStrings } from './strings.js';
import { contextTexts } from './context.js';

/**
 * The key messages a reader sees before the detail: the headline result, which targets were met,
 * the largest movements and the plan year's main targets, each one sentence built from the plan
 * model with the wording in templates/strings/ (keyMessages.*). Every figure and every count comes
 * from the plan; a message whose figures the edition does not have is left out.
 */

export { chineseCount, englishCount, midSentence } from './words.js';

export function keyMessages(plan: Plan, strings: UiStrings, locale: Locale): string[] {
  const lang = textKey(locale);
  const zh = locale === 'zh-CN';
  const say = sayer(strings, { reviewYear: plan.edition.reviewYear, planYear: plan.edition.planYear }, 'keyMessages.');
  const inText = (label: string) => (zh ? label : midSentence(label));
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
    // Against larger areas, when the edition has a context part: the share of each area's total and
    // the growth gap at the same prices (src/model/context.ts), in the lead's message.
    const context = contextTexts(plan, strings, locale);
    const comparisons = plan.context?.comparisons ?? [];
    const parts = comparisons.flatMap((c, i) => {
      if (c.figure.id !== lead.id || c.area === 'district' || c.year !== (lead.year ?? plan.edition.reviewYear)) return [];
      const row = context!.rows[i]!;
      const said: string[] = [];
      if (c.share) said.push(say('context.share', { share: c.share.display[lang], area: row.area }));
      if (c.growthGap && c.growth) {
        const gap = formatNumber(Math.abs(c.growthGap.value), c.growthGap.decimals, locale);
        const direction = c.growthGap.value > 0 ? 'above' : c.growthGap.value < 0 ? 'below' : 'same';
        said.push(
          say(`context.${direction}`, {
            gap,
            area: row.area,
            areaGrowth: c.growth.display[lang],
            basis: basisWords(strings, c.growth.basis),
          }),
        );
      }
      return said;
    });
    if (parts.length > 0)
      messages[0] = `${messages[0]}${zh ? '' : ' '}${say('context.sentence', { label: inText(lead.label[lang]), parts: parts.join(zh ? ',' : '; ') })}`;
  }

  // 2. The targets as the source counts them: one per indicator however many readings it has,
  // those judged on an earlier year's data set apart (src/model/scorecard.ts).
  messages.push(...scorecardSentences(plan, strings, locale));

  // 3. The largest movements: the fastest and slowest growth among the headline indicators, compared
  // only within one price basis (comparable, then current prices), each sentence naming its basis.
  // The sentences of both bases make one message, so that the messages stay few.
  const movements: string[] = [];
  for (const { basis, figures } of byGrowthBasis(plan.headline)) {
    if (figures.length < 2) continue;
    const sorted = [...figures].sort((a, b) => b.growth!.value - a.growth!.value);
    const fastest = sorted[0]!;
    const slowest = sorted[sorted.length - 1]!;
    if (fastest.growth!.value === slowest.growth!.value) continue;
    // A fall reads as a fall (review11: "X slowest, down 1.5%"): when the slowest fell, "while X fell
    // 1.5%"; when all fell, the one that fell least and the one that fell most.
    const clause =
      slowest.growth!.value >= 0 ? 'movementsClause' : fastest.growth!.value >= 0 ? 'movementsClauseFell' : 'movementsClauseAllFell';
    movements.push(
      say(clause, {
        basis: comparedBasisWords(strings, basis, [fastest, slowest]),
        fastest: inText(fastest.label[lang]),
        fastestChange: change(fastest.growth!, fastest),
        slowest: inText(slowest.label[lang]),
        slowestChange: change(slowest.growth!, slowest),
        // A fall's size, unsigned, for "fell 1.5%".
        fastestFall: withMarks(strings, fastest.growth!.display[lang], fastest, lang),
        slowestFall: withMarks(strings, slowest.growth!.display[lang], slowest, lang),
      }),
    );
  }
  // One finding per price basis.
  for (const clause of movements) messages.push(say('movements', { clauses: clause }));

  // 4. The plan year: its main targets, every one by name, with its key construction projects when
  // the edition lists them (one message on what the plan year sets out to do).
  // The plan's direction leads: the growth targets raised above the review year's results or set
  // below them ("5.0% → 5.6%"); the other main targets follow by name.
  const outlook = outlookMessages(plan, strings, locale);
  // What else the plan year's targets imply against the review year's results (the amounts set
  // below the results, the targets set in another form, every target named), one finding per kind;
  // then the main targets none of these names, by name.
  const plans: string[] = [...outlook.direction, ...outlook.messages];
  const main = plan.planTargets.main.filter((t) => !outlook.namedTargets.includes(t.id));
  // The main targets no finding names, by name, when there are some findings on the targets to set
  // them beside or several left (a lone target "not compared above" that Table 2 lists is no finding).
  if (main.length > 1 || (main.length === 1 && outlook.namedTargets.length === 0)) {
    const named = main.map((t) =>
      say('mainTarget', { label: inText(t.label[lang]), target: zh ? t.target.display.zh : midSentence(t.target.display.en) }),
    );
    plans.push(say(outlook.namedTargets.length > 0 ? 'mainTargetsOther' : 'mainTargets', { list: named.join(zh ? ',' : '; ') }));
  }
  // The key projects, with the other counts of projects the report gives (新开工重大项目) said as
  // another set than the pipeline: one finding on the plan year's projects.
  const projects = [pipelineSentence(plan, say, locale), projectCountsSentence(plan, strings, locale)].filter(
    (t): t is string => t !== undefined && t !== '',
  );
  if (projects.length > 0) plans.push(projects.join(zh ? '' : ' '));
  messages.push(...plans.filter((m) => m !== ''));

  // 6. The difficulties the report names, in its own words (its summary when the data gives one).
  if (plan.problems) {
    const text = (plan.problems.summary ?? plan.problems)[lang].trim();
    messages.push(say('risks', { text: zh ? text.replace(/[。.]$/, '') : midSentence(text.replace(/\.$/, '')) }));
  }
  return messages;
}

/**
 * The findings a reader sees first: at most five, each one short line (the headline result, the
 * count of targets met, the fastest growth, the plan year's lead target and its key projects). The
 * key messages below them (keyMessages) give each in full, with its qualifications. Every figure
 * comes from the plan; a finding whose figures the edition lacks is left out, and an edition with
 * fewer than three has none (its few messages are short enough to read first).
 */
export function keyFindings(plan: Plan, strings: UiStrings, locale: Locale): string[] {
  const lang = textKey(locale);
  const zh = locale === 'zh-CN';
  const say = sayer(strings, { reviewYear: plan.edition.reviewYear, planYear: plan.edition.planYear }, 'keyFindings.');
  const inText = (label: string) => (zh ? label : midSentence(label));
  const count = (n: number) => (zh ? chineseCount(n) : englishCount(n, locale));
  const findings: string[] = [];

  // The headline result in a statistical bulletin's order: the result, its target and whether it was
  // met, then its ranks (usefulness review 11: lead with results, not with how they are counted).
  const lead = plan.headline[0];
  if (lead) {
    const ranks = ranksText(lead, strings, locale);
    const target = lead.target;
    findings.push(
      say(lead.growth ? 'headline' : 'headlineLevel', {
        label: lead.label[lang],
        value: withMarks(strings, lead.display[lang], lead, lang),
        change: lead.growth ? lead.growth.said[lang] : '',
        target: target
          ? say('headlineTarget', {
              target: target.display[lang],
              // A verdict on an earlier year's data or across price bases says so (the full list says why).
              status: withMarks(strings, say(`status.${target.status}`), { year: target.year, priceBases: target.priceBases }, lang),
            })
          : '',
        ranks: ranks ? say('headlineRanks', { ranks }) : '',
      }),
    );
  }

  // The targets: how many met, then those missed by name (each with its mark when judged on an
  // earlier year's data or across price bases); the like-for-like count stays in the full list.
  const tally = scorecardTally(plan, strings, locale, 'keyFindings.count');
  const scorecard = plan.reviewTargets?.scorecard;
  if (tally && scorecard) {
    // Short counts, joined as a list without a conjunction: the line stays one line.
    const join = (list: readonly string[]) => list.join(zh ? '、' : ', ');
    const missed = scorecard.indicators.filter((i) => i.status === 'not-met');
    const missedNames = missed.map((i) =>
      withMarks(strings, zh ? i.label.zh : midSentence(i.label.en), { year: i.year, priceBases: i.priceBases }, lang),
    );
    findings.push(
      tally.allMet
        ? say('targetsAllMet', { total: count(tally.total) })
        : say(missed.length > 0 ? 'targetsMissed' : 'targets', {
            total: count(tally.total),
            direct: join(tally.direct),
            missed: join(missedNames),
          }),
    );
  }

  // The fastest growth of the first price basis with three or more indicators (its basis named):
  // "fastest" of two is a comparison the cards show at a glance, not a finding (usefulness review 10).
  const group = byGrowthBasis(plan.headline).find(({ figures }) => figures.length >= 3);
  if (group) {
    const fastest = [...group.figures].sort((a, b) => b.growth!.value - a.growth!.value)[0]!;
    findings.push(
      say('fastest', {
        basis: comparedBasisWords(strings, group.basis, group.figures),
        label: inText(fastest.label[lang]),
        change: withMarks(strings, fastest.growth!.said[lang], fastest, lang),
      }),
    );
  }

  // The plan year: how many main targets, naming the one that continues the lead indicator.
  const main = plan.planTargets.main;
  if (main.length > 0) {
    const first = main.find((t) => lead !== undefined && (t.indicator === lead.id || t.continues === lead.id)) ?? main[0]!;
    // The review year's result the target continues, in the target's measure (src/model/outlook.ts).
    const result = plan.outlook.find((r) => r.target === first.id)?.result;
    findings.push(
      say(main.length === 1 ? 'planOne' : 'plan', {
        n: count(main.length),
        label: inText(first.label[lang]),
        target: zh ? first.target.display.zh : midSentence(first.target.display.en),
        result: result
          ? say('planResult', {
              year: result.year ?? plan.edition.reviewYear,
              result: withMarks(strings, result.display[lang], result, lang),
            })
          : '',
      }),
    );
  }

  const projects = pipelineSentence(plan, say, locale);
  if (projects) findings.push(projects);
  // Fewer than three findings say no more than the messages themselves: the messages stand alone.
  return findings.length < 3 ? [] : findings.slice(0, 5);
}

/**
 * The plan year's key projects in one sentence (`projects`, or `projectsCount` without the year's
 * investment), in the key messages' or the key findings' words; undefined without a pipeline.
 */
function pipelineSentence(plan: Plan, say: ReturnType<typeof sayer>, locale: Locale): string | undefined {
  const pipeline = plan.projects.pipeline;
  if (!pipeline || pipeline.total <= 0) return undefined;
  const lang = textKey(locale);
  const values = { total: formatNumber(pipeline.total, 0, locale), label: pipeline.label[lang] };
  return pipeline.annualInvestment
    ? say('projects', { ...values, annual: pipeline.annualInvestment.display[lang] })
    : say('projectsCount', values);
}

/**
 * The messages in full that say something the findings above them do not: an item that states
 * three figures or more, each of them stated in the findings, repeats a finding and is left out
 * (publication review 11: the key messages printed twice). Years do not count as figures.
 */
export function beyondFindings(messages: readonly string[], findings: readonly string[]): string[] {
  // A rank in Chinese numerals (第二) is the figure 2.
  const numerals = new Map(Array.from({ length: 99 }, (_, i) => [chineseNumeral(i + 1), String(i + 1)]));
  const figures = (text: string) =>
    new Set([
      ...[...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replaceAll(',', '')).filter((n) => !/^(19|20)\d\d$/.test(n)),
      ...[...text.matchAll(/第([一二三四五六七八九十]+)/g)].flatMap((m) => numerals.get(m[1]!) ?? []),
    ]);
  const stated = figures(findings.join('\n'));
  return messages.filter((message) => {
    const own = figures(message);
    return own.size < 3 || [...own].some((n) => !stated.has(n));
  });
}
