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
  docs: {
    en: `A text has no \`en\` (or no \`zh\`), or it is empty. *Fix:* add the translation.`,
    zh: `文字缺少 \`en\`（或 \`zh\`），或其内容为空。*改法：*补上译文。`,
  },
});
