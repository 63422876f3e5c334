import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:composition-sums',
  severity: 'error',
  summary: 'The parts of a composition ratio do not add up to 100, or differ from the figures they are shares of.',
  fix: {
    en: 'Check the ratio’s parts against the document (2.8:50.9:46.3 adds up to 100).',
    zh: '对照原文核对比例的各部分（2.8：50.9：46.3 之和为100）。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  docs: {
    en: `A composition ratio (\`compositions\` in achievements.yaml, e.g. 三次产业结构2.8:50.9:46.3) is one figure
whose parts are shares in per cent: they must add up to 100 within the rounding of the parts. A part that
names the figure it is the share of (\`figure\`) is also checked against that figure ÷ the sum of the
parts' figures. *Fix:* check the parts against the document.`,
    zh: `构成比例（achievements.yaml 中的 \`compositions\`，如“三次产业结构2.8:50.9:46.3”）作为一个数据录入，各部分为百分比，其和须在修约误差内等于100。某部分注明了对应数据（\`figure\`）的，还按该数据÷各部分对应数据之和核对。*改法：*对照原文核对各部分。`,
  },
});
