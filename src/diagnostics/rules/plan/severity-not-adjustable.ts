import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:severity-not-adjustable',
  severity: 'error',
  summary: 'data/validation.yaml makes milder a rule that protects a published figure.',
  fix: {
    en: 'Remove the line from data/validation.yaml and correct the data; for one figure the document publishes as it is, acknowledge it with knownDiscrepancies.',
    zh: '删去 data/validation.yaml 中的这一行并更正数据；如某一数据文件本身即如此公布，用 knownDiscrepancies 说明。',
  },
  reportedBy: 'settings',
  fixtures: 'demo-edition',
  messages: {
    notAdjustable: (ruleId: string, from: string, to: string) =>
      both(
        `${ruleId} protects a published figure: data/validation.yaml may make it stricter, not milder (${from} → ${to}). It stays ${from}.`,
        `${ruleId} 保护公布数：data/validation.yaml 只能使其更严，不能放宽（${from} → ${to}）。该规则仍为 ${from}。`,
      ),
  },
  docs: {
    en: `\`data/validation.yaml\` sets a rule to a milder severity than its default (an \`error\` to a
\`warning\`), and the rule is not one the data may make milder: it protects a figure the reports
publish (a value, its unit, its decimals, its words, its sums). The setting is not applied: the
rule stays at its default, so a wrong figure still stops the build. Making any rule stricter is
always allowed, and every setting is listed at the top of the validate output and in the job
summary. Rules the data may make milder say so in their section ("adjustable"). *Example:*
\`plan:source-phrase-has-value protects a published figure: data/validation.yaml may make it stricter, not milder (error → warning). It stays error.\`
*Fix:* remove the line and correct the data; for one figure that the document itself publishes
so, use \`knownDiscrepancies\` on that figure.`,
    zh: `\`data/validation.yaml\` 把某条规则设得比默认更宽（由 \`error\` 改为 \`warning\`），而该规则不允许由数据放宽：
它保护报告所公布的数据（数值、单位、小数位、限定词、合计）。这一设置不被采纳：规则仍按默认级别执行，错误的数据仍会中止构建。
任何规则都可以设得更严；每一项设置都列在校验输出的开头和作业摘要中。允许放宽的规则在其说明中注明“可放宽”。*示例：*
\`plan:source-phrase-has-value 保护公布数:data/validation.yaml 只能使其更严,不能放宽(error → warning)。该规则仍为 error。\`
*改法：*删去这一行并更正数据；如某一数据文件本身即如此公布，在该数据上用 \`knownDiscrepancies\` 说明。`,
  },
});
