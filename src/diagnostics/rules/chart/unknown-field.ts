import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'chart:unknown-field',
  severity: 'error',
  summary: 'A chart spec names a data field that the chart data does not have.',
  fix: {
    en: 'Use one of the fields the message lists.',
    zh: '改用消息中列出的字段之一。',
  },
  reportedBy: 'chart',
  fixtures: 'chart-specs',
  docs: {
    en: `The spec encodes a \`field\` that the chart's data does not provide (a typo, or a field of another
chart). The message lists the fields that exist. *Fix:* use one of them.`,
    zh: `图表定义中编码的字段 \`field\` 在该图表的数据中不存在（拼写错误，或属于其他图表的字段）。消息列出现有的字段。*改法：*改用其中之一。`,
  },
});
