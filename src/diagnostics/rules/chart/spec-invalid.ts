import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'chart:spec-invalid',
  severity: 'error',
  summary: 'A chart spec under templates/charts/ is not valid JSON or not valid Vega-Lite.',
  fix: {
    en: 'Correct the JSON at that line, or the Vega-Lite property the message names.',
    zh: '更正该行的 JSON，或消息所指的 Vega-Lite 属性。',
  },
  reportedBy: 'chart',
  fixtures: 'chart-specs',
  docs: {
    en: `The spec is not valid JSON, Vega-Lite rejects it, or it asks for what the brief cannot draw:
clipping (\`"clip": true\`), image marks, gradient colours, links (\`href\`) or blend modes
(\`npm run validate\` names these; rotated axis labels, \`"axis": {"labelAngle": -45}\`, are drawn).
*Example:* \`templates/charts/headline-growth.vl.json:12:5 error …\`.
*Fix:* correct the JSON at that line, or the Vega-Lite property the message names.`,
    zh: `图表定义不是有效的 JSON，或被 Vega-Lite 拒绝。*示例：*\`templates/charts/headline-growth.vl.json:12:5 错误 …\`。
*改法：*更正该行的 JSON，或消息所指的 Vega-Lite 属性。`,
  },
});
