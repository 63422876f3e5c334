import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:rank-result-stated',
  severity: 'warning',
  summary: "A rank target's result states a position its row's ranks do not hold, so the target is not judged.",
  fix: {
    en: "Write the positions the result states in the row's ranks (增速列全市第2位: ranks: [{measure: growth, scope: city, position: 2}]).",
    zh: '把实际完成情况所列名次写入该行的 ranks（如增速列全市第2位写作 ranks: [{measure: growth, scope: city, position: 2}]）。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    positionNotHeld: (phrase: string, statement: string) =>
      both(
        `Source phrase "${phrase}" states ${statement} for the result, but the row has no ranks: its rank target is not judged.`,
        `出处原文“${phrase}”为实际完成情况列出了“${statement}”，但该行没有 ranks：其排名目标无法判断。`,
      ),
  },
  docs: {
    en: `A rank target (\`kind: rank\`) is judged against the position its result states, which the row
holds in \`ranks:\`. Where the row's phrase states a position beside the target's own words and the row
has no \`ranks\`, the target shows as not comparable although the report gives what judges it.
*Example:* \`Source phrase "8 | 数字经济核心产业增加值增速 | 保持全市前3位 | 8.7%,列全市第2位 |" states 列全市第2位 for the result, but the row has no ranks.\`
*Fix:* add \`ranks: [{measure: growth, scope: city, position: 2}]\` to the row.`,
    zh: `排名目标（\`kind: rank\`）按实际完成情况所列名次判断，名次写在该行的 \`ranks:\` 中。该行出处原文在目标表述之外列出名次、
而该行没有 \`ranks\` 的，报告虽给出了判断依据，目标仍显示为不可比。
*示例：*\`出处原文“8 | 数字经济核心产业增加值增速 | 保持全市前3位 | 8.7%,列全市第2位 |”为实际完成情况列出了“列全市第2位”，但该行没有 ranks。\`
*改法：*在该行加上 \`ranks: [{measure: growth, scope: city, position: 2}]\`。`,
  },
});
