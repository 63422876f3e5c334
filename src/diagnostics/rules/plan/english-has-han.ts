import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:english-has-han',
  severity: 'error',
  summary: 'English text contains Chinese characters.',
  fix: {
    en: 'Translate the Chinese characters; for a term, use its glossary rendering.',
    zh: '将中文字符译成英文;术语请用词汇表中的译法。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  docs: {
    en: `English text contains Chinese characters. *Fix:* translate them; for a term, use its glossary rendering.`,
    zh: `英文文字中含有中文字符。*改法：*将其译成英文；术语请用词汇表中的译法。`,
  },
});
