import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:edition-empty',
  severity: 'error',
  summary: 'The edition states no figure: it has nothing a brief or workbook could report.',
  fix: {
    en: 'Add at least one figure of the document: a headline result (headline.yaml), an achievement, a target or a table.',
    zh: '至少录入原文的一项数据：主要指标（headline.yaml）、成果、目标或统计表。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    editionEmpty: () =>
      both(
        'The edition states no figure: add at least one headline result (headline.yaml), achievement, target with a figure, or table row.',
        '本版本没有任何数据：请至少录入一项主要指标（headline.yaml）、成果、带数值的目标或统计表中的一行。',
      ),
  },
  docs: {
    en: `An edition holds the parts its document has, and only edition.yaml is required; but it must state
at least one figure: a headline result, an achievement, a review or plan target with a figure, or a
table row. *Example:* \`The edition states no figure.\` *Fix:* enter the document's headline results in
headline.yaml.`,
    zh: `版本只需包含原文具备的部分，必需的文件只有 edition.yaml；但至少要有一项数据：主要指标、成果、带数值的目标或统计表中的一行。*示例：*\`本版本没有任何数据。\`*改法：*在 headline.yaml 中录入原文的主要指标。`,
  },
});
