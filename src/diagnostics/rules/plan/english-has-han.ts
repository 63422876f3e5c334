import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:english-has-han',
  severity: 'error',
  adjustable: true,
  summary: 'English text contains Chinese characters.',
  fix: {
    en: 'Translate the Chinese characters; for a term, use its glossary rendering.',
    zh: '将中文字符译成英文；术语请用词汇表中的译法。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    englishHasHan: (chars: string) =>
      both(`English text contains Chinese characters "${chars}"; translate them.`, `英文文本中含有中文字符“${chars}”；请译成英文。`),
  },
  docs: {
    en: `English text contains Chinese characters. *Fix:* translate them; for a term, use its glossary rendering.`,
    zh: `英文文字中含有中文字符。*改法：*将其译成英文；术语请用词汇表中的译法。`,
  },
});
