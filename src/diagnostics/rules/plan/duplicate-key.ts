import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:duplicate-key',
  severity: 'error',
  summary: 'The same key appears twice in one mapping.',
  fix: {
    en: 'Keep one of the two.',
    zh: '只保留其中一个。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    duplicateKey: () => both('This key appears twice in the same mapping; keep one.', '同一映射中此字段出现了两次；请保留一个。'),
  },
  docs: {
    en: `The same field appears twice in one entry (\`value: 120.5\` and again \`value: 121\`). *Fix:* keep one.`,
    zh: `同一项中同一字段出现了两次（\`value: 120.5\` 之后又有 \`value: 121\`）。*改法：*只保留其中一个。`,
  },
});
