import { describe, expect, it } from 'vitest';
import { locales } from '../../src/model/format.js';
import { keyMessages, midSentence } from '../../src/present/key-messages.js';
import { goldenPlans } from '../golden/editions.js';

/**
 * The key messages in full are scannable (usefulness review 10: "a wall of text"; the Chinese
 * reader asked for one finding per item, the figure first): each message is one finding, so none
 * runs to a paragraph, and each firm judgement of a target gives its result and target.
 */
const { plans, strings } = goldenPlans();

// Measured on the default edition before this change: its longest message ran to 1,078 characters in
// English (the counts, every firm judgement and both cross-basis cautions in one item) and to 8 items in all.
const longest = { en: 620, 'zh-CN': 300 } as const;

describe('the key messages in full: one finding per item', () => {
  it('has several editions to read', () => {
    expect(plans.length).toBeGreaterThanOrEqual(5);
  });

  for (const locale of locales) {
    it(`no ${locale} message runs to a paragraph, and none is empty`, () => {
      for (const [folder, plan] of plans) {
        for (const m of keyMessages(plan, strings.get(locale)!, locale)) {
          expect(m.trim(), `${folder}/${locale}: an empty message`).not.toBe('');
          expect(m.length, `${folder}/${locale}: "${m}"`).toBeLessThanOrEqual(longest[locale]);
        }
      }
    });
  }

  it('gives each target indicator judged like for like an item of its own, with its result and target', () => {
    for (const [folder, plan] of plans) {
      const targets = plan.reviewTargets;
      if (!targets) continue;
      for (const locale of locales) {
        const lang = locale === 'zh-CN' ? 'zh' : 'en';
        const messages = keyMessages(plan, strings.get(locale)!, locale);
        for (const indicator of targets.scorecard.current.filter((i) => i.status !== 'pending')) {
          const rows = targets.rows.filter((r) => indicator.readings.includes(r.id));
          const items = messages.filter((m) => rows.every((r) => r.actual.every((a) => m.includes(a.display[lang]))));
          // Exactly one message names every figure of the indicator's readings, and it gives each target too.
          const own = items.filter((m) =>
            rows.every((r) => m.includes(lang === 'zh' ? r.target.display.zh : midSentence(r.target.display.en))),
          );
          expect(own.length, `${folder}/${locale}: ${indicator.label[lang]}`).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});
