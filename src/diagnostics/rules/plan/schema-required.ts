import { both, fieldZh } from '../../messages.js';
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
  messages: {
    required: (key: string) => both(`Field "${key}" is required here.`, `此处必须有字段“${fieldZh(key)}”。`),
    emptyText: (key: string) => both(`Field "${key}" must not be empty.`, `字段“${fieldZh(key)}”不能为空。`),
  },
  docs: {
    en: `A required field is missing or empty. *Example:* \`Field "unit" is required here.\` *Fix:* add it.`,
    zh: `缺少必填字段，或该字段为空。*示例：*\`此处必须有字段“unit(单位)”。\` *改法：*补上该字段。`,
  },
});
