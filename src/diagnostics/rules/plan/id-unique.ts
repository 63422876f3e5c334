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
    en: `Two entries share one \`id\`: in an edition, or in the shared \`units.yaml\` or \`glossary.yaml\` (a unit listed twice could be read with either factor). *Fix:* give one of them a new id (and update any \`[[id]]\` citing it).`,
    zh: `两项使用了同一个编号 \`id\`：在同一版本中，或在共用的 \`units.yaml\`、\`glossary.yaml\` 中（同一单位列了两次，换算系数可能取其中任一个）。*改法：*给其中一个换一个新编号（并同步修改引用它的 \`[[id]]\`）。`,
  },
});
