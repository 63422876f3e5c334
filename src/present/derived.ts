import { formatNumber, textKey, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import { listText, midSentence } from './words.js';
import { editionValues, withMarks } from './reader.js';
import { sayer, type UiStrings } from './strings.js';

/**
 * What the brief derives from the report's own figures, as readers see it: each ratio with its
 * derivation ("= A ÷ B"), and the other counts of projects the report gives beside the pipeline.
 * The figures are the model's (src/model/ratios.ts, src/model/plan.ts); the words are in
 * templates/strings/ (derived.*, brief.projects.counts*).
 */

export interface RatioText {
  readonly id: string;
  readonly label: string;
  /** "9.1%", marked "(estimate)" where an input is one. */
  readonly value: string;
  /** "= general public budget revenue, RMB 26.199 billion ÷ GDP, RMB 288.78 billion". */
  readonly derivation: string;
}

/** The derived ratios in one language; empty when the edition declares none. */
export function ratioTexts(plan: Plan, strings: UiStrings, locale: Locale): RatioText[] {
  const lang = textKey(locale);
  const say = sayer(strings, editionValues(plan.edition, locale), 'derived.');
  const named = (input: Plan['ratios'][number]['numerator']) =>
    say('input', {
      name: lang === 'en' ? midSentence(input.label.en) : input.label.zh,
      value: withMarks(strings, input.display[lang], input, lang),
    });
  return plan.ratios.map((r) => ({
    id: r.id,
    label: r.label[lang],
    value: withMarks(strings, r.display[lang], { estimate: r.estimate }, lang),
    derivation: say('derivationText', { numerator: named(r.numerator), denominator: named(r.denominator) }),
  }));
}

/**
 * The other counts of projects the report gives beside the pipeline, in one sentence ("The report
 * also names 67 major projects to start construction and 62 …; they are other sets of projects than
 * the 53 …"); '' without any.
 */
export function projectCountsSentence(plan: Plan, strings: UiStrings, locale: Locale): string {
  const counts = plan.projects.counts;
  if (counts.length === 0) return '';
  const lang = textKey(locale);
  const say = sayer(strings, editionValues(plan.edition, locale), 'brief.projects.');
  const items = counts.map((c) =>
    say('countItem', {
      value: formatNumber(c.value, 0, locale),
      // The unit as the report publishes it (a unit's id is its Chinese form: 个); the English omits it.
      unit: c.unit,
      label: lang === 'en' ? midSentence(c.label.en) : c.label.zh,
    }),
  );
  const list = listText(items, strings, locale);
  const pipeline = plan.projects.pipeline;
  return pipeline
    ? say('countsBeside', { items: list, total: formatNumber(pipeline.total, 0, locale), label: pipeline.label[lang] })
    : say('counts', { items: list });
}
