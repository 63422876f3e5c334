import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { stringsForEdition } from '../../src/present/edition-scope.js';
import { editText, makeDataDir, minimalEditionDir, validateDir } from '../helpers.js';
import { goldenPlans } from '../golden/editions.js';

/**
 * A fall reads as a fall (review11: "general public budget revenue slowest, down 1.5%"): the key
 * messages compare growth with words of growth only where the figure grew, over every edition of
 * the golden corpus, in both languages.
 */
const { plans, strings } = goldenPlans();
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
            expect(
              m.includes(fall) || m.includes(`least, ${f.growth!.display.en}`) || m.includes(`most, ${f.growth!.display.en}`),
              `${folder}/${locale}: ${m}`,
            ).toBe(true);
          }
        }
      }
    }
    // The corpus has editions whose slowest headline figure fell (lanting-2024, wuyao-2022, yanxi-2024).
    expect(falls).toBeGreaterThanOrEqual(3);
  });

  it('say the least and the largest fall when every figure of a price basis fell', () => {
    // The invented lanting-2024 edition, its retail sales edited to fall 4.8% (at current prices, as revenue, −1.5%).
    const dataDir = makeDataDir([minimalEditionDir]);
    const folder = path.join(dataDir, 'editions', 'lanting-2024');
    editText(path.join(folder, 'source.txt'), '97.4亿元、增长4.8%', '97.4亿元、下降4.8%');
    editText(path.join(folder, 'headline.yaml'), '97.4亿元、增长4.8%', '97.4亿元、下降4.8%');
    editText(path.join(folder, 'headline.yaml'), 'growth: 4.8', 'growth: -4.8');
    const edited = validateDir(dataDir);
    expect(edited.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const plan = buildPlan(edited.dataset.editions[0]!, edited.dataset.units!, edited.dataset.glossary!, []);
    const en = messagesOf(plan, 'en').join('\n');
    const zh = messagesOf(plan, 'zh-CN').join('\n');
    expect(en).toContain('general public budget revenue fell least, 1.5%, and retail sales of consumer goods most, 4.8%');
    expect(zh).toContain('一般公共预算收入降幅最小,下降1.5%,社会消费品零售总额降幅最大,下降4.8%');
    expect(en).not.toMatch(/grew fastest|slowest/);
    expect(zh).not.toMatch(/增速最[高低]/);
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
