import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:glossary-consistent',
  severity: 'error',
  adjustable: true,
  summary: 'A glossary term in the Chinese text is not rendered with its fixed English term.',
  fix: {
    en: 'Use the rendering from data/glossary.yaml, or change the glossary for every edition at once.',
    zh: '使用 data/glossary.yaml 中的译法，或统一修改词汇表。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    glossary: (term: string, english: string) =>
      both(
        `The Chinese text uses the glossary term "${term}"; its English must say "${english}".`,
        `中文使用了术语“${term}”；英文中必须使用其固定译法“${english}”。`,
      ),
  },
  docs: {
    en: `The Chinese text uses a glossary term (e.g. 专精特新) but the English does not use its fixed rendering
("specialised and sophisticated"). *Fix:* use the rendering from \`glossary.yaml\`, or change the glossary
for every edition at once.`,
    zh: `中文文字使用了词汇表中的术语（如“专精特新”），但英文没有使用其固定译法（“specialised and sophisticated”）。*改法：*使用 \`glossary.yaml\` 中的译法，或统一修改词汇表（对所有版本同时生效）。`,
  },
});
