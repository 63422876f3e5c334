import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:schema-unknown-key',
  severity: 'error',
  summary: 'A field name is not one the schema knows (often a typo).',
  fix: {
    en: 'Correct the spelling of the field name.',
    zh: '更正字段名的拼写。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  messages: {
    unknownKey: (key: string, suggestion?: string) =>
      suggestion
        ? both(`Unknown field "${key}" (did you mean "${suggestion}"?).`, `未知字段“${key}”（是否应为“${suggestion}”？）。`)
        : both(
            `Unknown field "${key}"; check its spelling against CONTRIBUTING.md.`,
            `未知字段“${key}”；请对照 CONTRIBUTING.md 检查拼写。`,
          ),
  },
  docs: {
    en: `A field name the schema does not know, usually a typo (\`grwoth\`). *Fix:* correct the spelling.`,
    zh: `结构定义中没有的字段名，通常是拼写错误（\`grwoth\`）。*改法：*更正字段名的拼写。`,
  },
});
