import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:schema-required',
  severity: 'error',
  summary: 'A required field is missing.',
  fix: {
    en: 'Add the field.',
    zh: '补上该字段。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  docs: {
    en: `A required field is missing or empty. *Example:* \`Field "unit" is required here.\` *Fix:* add it.`,
    zh: `缺少必填字段，或该字段为空。*示例：*\`此处必须有字段“unit(单位)”。\` *改法：*补上该字段。`,
  },
});
