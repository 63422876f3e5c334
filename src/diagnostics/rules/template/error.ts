import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'template:error',
  severity: 'error',
  summary:
    'The brief template has a Handlebars syntax error or names a missing field, or a workbook string is missing or not a valid sheet name.',
  fix: {
    en: 'Correct the name at that line.',
    zh: '更正该行中的名称。',
  },
  reportedBy: 'template',
  fixtures: 'templates',
  docs: {
    en: `A template has a Handlebars syntax error, or names a field, helper or string that does not exist
(templates run in strict mode, so a typo is an error rather than an empty space), or a workbook
sheet name in \`templates/strings/\` is not a valid Excel sheet name (1 to 31 characters, none of
\`: \\ / ? * [ ]\`). *Example:*
\`templates/brief/brief.hbs:42:5 error "revieww" not defined\`. *Fix:* correct the name at that line.`,
    zh: `模板有 Handlebars 语法错误，或引用了不存在的字段、辅助函数或字符串（模板以严格模式运行，拼写错误会报错，而不是留下空白）；或 \`templates/strings/\` 中的工作簿工作表名称不是有效的 Excel 工作表名称（1 至 31 个字符，不得含有 \`: \\ / ? * [ ]\` 中的任何字符）。*示例：*
\`templates/brief/brief.hbs:42:5 错误 "revieww" not defined\`。*改法：*更正该行中的名称。`,
  },
});
