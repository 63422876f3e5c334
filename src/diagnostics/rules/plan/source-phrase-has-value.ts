import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-has-value',
  severity: 'error',
  summary: "A figure's value does not appear in its source phrase.",
  fix: {
    en: 'Correct the number, or cite the phrase that states it.',
    zh: '更正数值,或改为引用写有该数值的原文。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  docs: {
    en: `The number in the data is not in its source phrase. *Fix:* correct the number, or cite the phrase
that states it. Ranks such as 第二 count as 2.`,
    zh: `数据中的数值不在其出处原文中。*改法：*更正数值，或改为引用写有该数值的原文。“第二”等名次按 2 计。`,
  },
});
