import { both, formatNumber as fmt, en, zh, type Label } from '../../messages.js';
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
  messages: {
    compositionSum: (label: Label, sum: number, variant: 'within' | 'beyond') =>
      both(
        `${en(label)}: the parts add up to ${fmt(sum)}, not 100${variant === 'within' ? ', within rounding' : ', by more than rounding explains'}.`,
        `${zh(label)}：各部分之和为 ${fmt(sum)}，不等于100${variant === 'within' ? '，在修约误差以内' : '，超出修约误差'}。`,
      ),
    compositionPart: (label: Label, part: Label, published: number, computed: number, variant: 'within' | 'beyond') =>
      both(
        `${en(label)}, ${en(part)}: published ${fmt(published)}% differs from its figure ÷ the sum of the parts' figures = ${fmt(computed)}%${variant === 'within' ? ', within rounding' : ', by more than rounding explains'}.`,
        `${zh(label)}：${zh(part)}公布为 ${fmt(published)}%，与其对应数据÷各部分数据之和 = ${fmt(computed)}% 不同${variant === 'within' ? '，在修约误差以内' : '，超出修约误差'}。`,
      ),
    partOfZero: (label: Label, published: number) =>
      both(
        `${en(label)}: published ${fmt(published)}%, but the sum of the parts' figures is 0, of which no share can be taken: correct the figures (an acknowledgement cannot stand for a share of nothing).`,
        `${zh(label)}：公布为 ${fmt(published)}%，但各部分数据之和为 0，无法计算占比：请改正数据（无法以说明代替）。`,
      ),
  },
  docs: {
    en: `A composition ratio (\`compositions\` in achievements.yaml, e.g. 三次产业结构2.8:50.9:46.3) is one figure
whose parts are shares in per cent: they must add up to 100 within the rounding of the parts (a difference within it is a note). A part that
names the figure it is the share of (\`figure\`) is also checked against that figure ÷ the sum of the
parts' figures. *Fix:* check the parts against the document.`,
    zh: `构成比例（achievements.yaml 中的 \`compositions\`，如“三次产业结构2.8:50.9:46.3”）作为一个数据录入，各部分为百分比，其和须在修约误差内等于100（修约误差以内的差异为提示）。某部分注明了对应数据（\`figure\`）的，还按该数据÷各部分对应数据之和核对。*改法：*对照原文核对各部分。`,
  },
});
