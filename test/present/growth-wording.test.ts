import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { stringsForEdition } from '../../src/present/edition-scope.js';
import { loadUiStrings, type UiStrings } from '../../src/present/strings.js';
import { defaultDataDir, makeDataDir, repoRoot, validateDir } from '../helpers.js';

/**
 * A fall reads as a fall (review11: "general public budget revenue slowest, down 1.5%"): the key
 * messages compare growth with words of growth only where the figure grew, over every edition of
 * the golden corpus, in both languages.
 */
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'editions');
const { dataset } = validateDir(
  makeDataDir([
    path.join(defaultDataDir, 'editions', 'binjiang-2025'),
    ...['demo-2026', 'lanting-2024', 'wuyao-2022', 'wuyao-2023', 'wuyao-2024', 'yanxi-2024'].map((e) => path.join(fixtures, e)),
  ]),
);
const strings = new Map<Locale, UiStrings>(locales.map((l) => [l, loadUiStrings(repoRoot, l, new DiagnosticSink())!]));
const plans = dataset.editions.map((e) => [e.folder, buildPlan(e, dataset.units!, dataset.glossary!, [])] as const);
const messagesOf = (plan: (typeof plans)[number][1], locale: Locale) =>
  keyMessages(plan, stringsForEdition(strings.get(locale)!, plan), locale);

describe('growth comparisons in the key messages', () => {
  it('say a headline figure that fell as a fall, in both languages', () => {
    let falls = 0;
    for (const [folder, plan] of plans) {
      const fell = plan.headline.filter((f) => f.growth !== undefined && f.growth.value < 0);
      for (const locale of locales) {
        const lang = locale === 'zh-CN' ? 'zh' : 'en';
        const messages = messagesOf(plan, locale);
        for (const m of messages) {
          // Words of growth never carry a fall.
          if (lang === 'en') expect(m, `${folder}/en`).not.toMatch(/\b(?:slowest|fastest|grew\s+\w+),\s+down\b/);
          else expect(m, `${folder}/zh-CN`).not.toMatch(/增速最[高低][,，]下降/);
        }
        for (const f of fell) {
          const label = lang === 'en' ? f.label.en.toLowerCase() : f.label.zh;
          const naming = messages.filter(
            (m) => (lang === 'en' ? m.toLowerCase() : m).includes(label) && m.includes(f.growth!.display[lang]),
          );
          for (const m of naming) {
            falls++;
            const fall = lang === 'en' ? `fell ${f.growth!.display.en}` : `下降${f.growth!.display.zh}`;
            expect(m.includes(fall) || m.includes(`most, ${f.growth!.display.en}`), `${folder}/${locale}: ${m}`).toBe(true);
          }
        }
      }
    }
    // The corpus has editions whose slowest headline figure fell (lanting-2024, wuyao-2022, yanxi-2024).
    expect(falls).toBeGreaterThanOrEqual(3);
  });

  it('compare with larger areas in words that say so', () => {
    let compared = 0;
    for (const [folder, plan] of plans) {
      for (const m of messagesOf(plan, 'en')) {
        expect(m, folder).not.toMatch(/\bBeside larger areas\b/i);
        if (m.includes('Compared with larger areas, ')) compared++;
      }
    }
    // yanxi-2024 has a context part.
    expect(compared).toBeGreaterThan(0);
  });
});
