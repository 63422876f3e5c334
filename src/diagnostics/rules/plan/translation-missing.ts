import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:translation-missing',
  severity: 'error',
  summary: 'A text lacks its Chinese or English version.',
  fix: {
    en: 'Add the translation.',
    zh: '补上译文。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  messages: {
    translationMissing: (lang: 'zh' | 'en') =>
      lang === 'en'
        ? both('The English version of this text is missing.', '此文本缺少英文。')
        : both('The Chinese version of this text is missing.', '此文本缺少中文。'),
  },
  docs: {
    en: `A text has no \`en\` (or no \`zh\`), or it is empty. *Fix:* add the translation.`,
    zh: `文字缺少 \`en\`（或 \`zh\`），或其内容为空。*改法：*补上译文。`,
  },
});
