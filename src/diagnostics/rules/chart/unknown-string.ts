import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'chart:unknown-string',
  severity: 'error',
  summary: 'A chart spec or chart names an interface string or parameter that does not exist.',
  fix: {
    en: 'Add the string in both languages under templates/strings/, or restore the param.',
    zh: '在 templates/strings/ 中用两种语言添加该字符串，或恢复该参数。',
  },
  reportedBy: 'chart',
  fixtures: 'chart-specs',
  docs: {
    en: `A \`"t:…"\` text in the spec names no string in \`templates/strings/<locale>.yaml\`, or a \`params\` value
the chart needs is missing from the spec. *Fix:* add the string in both languages, or restore the param.`,
    zh: `图表定义中的 \`"t:…"\` 文字在 \`templates/strings/<locale>.yaml\` 中没有对应的字符串，或图表所需的 \`params\` 值在定义中缺失。*改法：*用两种语言添加该字符串，或恢复该参数。`,
  },
});
