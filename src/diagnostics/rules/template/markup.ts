import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'template:markup',
  severity: 'error',
  summary: 'A template produced markup that is not part of the document vocabulary.',
  fix: {
    en: 'Use the elements listed at the top of templates/brief/brief.hbs.',
    zh: '使用 templates/brief/brief.hbs 开头列出的元素。',
  },
  reportedBy: 'template',
  fixtures: 'templates',
  docs: {
    en: `A template wrote markup outside the document vocabulary (an unknown element such as \`<div>\`, an
unclosed element, a table row with the wrong number of cells). The message gives the line of the
generated markup. *Fix:* use the elements listed at the top of \`templates/brief/brief.hbs\`.`,
    zh: `模板输出了文档词汇以外的标记（未知元素如 \`<div>\`、未闭合的元素、单元格数目不对的表格行）。消息给出所生成标记中的行号。*改法：*使用 \`templates/brief/brief.hbs\` 开头列出的元素。`,
  },
});
