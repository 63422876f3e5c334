import { both, formatNumber as fmt, en, zh, type Label } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:completion-matches',
  severity: 'error',
  summary: 'A published completion rate differs from the one its target and result give, beyond rounding.',
  fix: {
    en: 'Check the target, the result and the completion rate against the document.',
    zh: '对照原文核对目标、实际值和完成率。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    completionWithoutTarget: (label: Label) =>
      both(
        `${en(label)}: a completion rate needs a target with a figure and a result in a comparable unit; this row has none to check it against.`,
        `${zh(label)}：完成率须有带数值的目标和可比单位的实际值，本行没有可据以核对的数据。`,
      ),
    completionWithinRounding: (label: Label, published: number, computed: number) =>
      both(
        `${en(label)}: published completion rate ${fmt(published)}% differs from the ${fmt(computed)}% its target and result give, in the last digit, within rounding.`,
        `${zh(label)}：公布的完成率 ${fmt(published)}% 与按目标和实际值计算的 ${fmt(computed)}% 末位不同，在修约误差以内。`,
      ),
    completionBeyondRounding: (label: Label, published: number, computed: number) =>
      both(
        `${en(label)}: published completion rate ${fmt(published)}% differs from the ${fmt(computed)}% its target and result give, by more than rounding explains.`,
        `${zh(label)}：公布的完成率 ${fmt(published)}% 与按目标和实际值计算的 ${fmt(computed)}% 的差异超出修约误差。`,
      ),
  },
  docs: {
    en: `A review-target row's \`completion\` （完成年计划的89.4%) is checked against its target and result: result ÷
target × 100 for an amount or a count, and on growth indices for a growth target, (1 + result) ÷ (1 +
target) × 100 (growth of 5% against a target of 6.5% is 98.6%). A difference that the rounding of the
published figures can explain is a note; a larger one an error. A completion rate needs a target with a
figure and a result in a comparable unit. *Fix:* check the three figures against the document.`,
    zh: `上年目标行的 \`completion\`（如“完成年计划的89.4%”）按目标值和实际值核对：总量类为实际值÷目标值×100，增速类按发展速度计算，即（1+实际增速）÷（1+目标增速）×100（增长5%对目标6.5%，完成率为98.6%）。差异可由公布数的修约解释的，为提示；超出的，为错误。完成率须有带数值的目标和可比单位的实际值。*改法：*对照原文核对这三个数。`,
  },
});
