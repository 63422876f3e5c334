import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:id-unique',
  severity: 'error',
  summary: 'Two items share one id.',
  fix: {
    en: 'Give one of them a new id, and update any [[id]] citing it.',
    zh: '给其中一个换一个新编号，并同步修改引用它的 [[编号]]。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    duplicateId: (id: string, first: string) => both(`Id "${id}" is already used at ${first}.`, `编号“${id}”已在 ${first} 使用。`),
  },
  docs: {
    en: `Two entries share one \`id\`. *Fix:* give one of them a new id (and update any \`[[id]]\` citing it).`,
    zh: `两项使用了同一个编号 \`id\`。*改法：*给其中一个换一个新编号（并同步修改引用它的 \`[[id]]\`）。`,
  },
});
