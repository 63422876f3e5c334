import { both, fieldZh } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:schema-enum',
  severity: 'error',
  summary: 'A field holds a value outside its allowed list.',
  fix: {
    en: 'Use one of the values the message lists.',
    zh: '改用消息中列出的值之一。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  messages: {
    notInList: (key: string, allowed: readonly string[]) =>
      both(`Field "${key}" must be one of: ${allowed.join(', ')}.`, `字段“${fieldZh(key)}”只能取以下值之一：${allowed.join('、')}。`),
  },
  docs: {
    en: `A value outside its allowed list, e.g. \`kind: exact\`. *Fix:* use one of the values the message lists.`,
    zh: `字段值不在允许的取值范围内，例如 \`kind: exact\`。*改法：*改用消息中列出的值之一。`,
  },
});
