import { both, formatNumber as fmt, en, zh, type Label } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:share-matches-value',
  severity: 'error',
  summary: 'A published share differs from value ÷ total: a note within rounding, an error beyond.',
  fix: {
    en: 'Check the figures; if the document publishes them so, acknowledge it with knownDiscrepancies.',
    zh: '核对数据；若原文即如此公布，请用 knownDiscrepancies 加以说明。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    shareWithinRounding: (label: Label, share: number, computed: number) =>
      both(
        `${en(label)}: published share ${fmt(share)}% differs from value ÷ total = ${fmt(computed)}% in the last digit, which the rounding of the figures it is computed from explains; the published figure is kept.`,
        `${zh(label)}：公布的占比 ${fmt(share)}% 与数值÷合计 = ${fmt(computed)}% 末位不同，可由其计算所用数据的修约解释；保留公布数。`,
      ),
    shareBeyondRounding: (label: Label, share: number, computed: number) =>
      both(
        `${en(label)}: published share ${fmt(share)}% differs from value ÷ total = ${fmt(computed)}% by more than rounding explains.`,
        `${zh(label)}：公布的占比 ${fmt(share)}% 与数值÷合计 = ${fmt(computed)}% 的差异超出修约误差。`,
      ),
    shareOfZero: (label: Label, published: number) =>
      both(
        `${en(label)}: published ${fmt(published)}%, but the total it is a share of is 0, of which no share can be taken: correct the figures (an acknowledgement cannot stand for a share of nothing).`,
        `${zh(label)}：公布为 ${fmt(published)}%，但其所占的合计为 0，无法计算占比：请改正数据（无法以说明代替）。`,
      ),
  },
  docs: {
    en: `A published share (%) differs from value ÷ total. By no more than the rounding of value and total can explain: a note.
Beyond rounding: an error — unless the document itself publishes it so, in which case keep the
published figure and acknowledge it on the row, with a note that appears in the reports:

\`\`\`yaml
    knownDiscrepancies:
      - {rule: plan:share-matches-value, field: annual-share, note: {zh: "公布的占比与计算值不符，保留公布数", en: "The published share differs from the computed one; it is kept as published"}}
\`\`\`

The message then becomes a note (never failing \`--strict\`) that carries the note's text. \`knownDiscrepancies\` is accepted wherever
an arithmetic rule can fire: on table rows and totals (\`field\` is the column's id, as the table's
\`columns\` declare it, e.g. \`annual-share\`), and on the pipeline total, headline
indicators and achievements (\`field: value\`), for plan:sum-matches-total, plan:share-matches-value,
plan:ratio-matches-value and plan:part-within-whole.`,
    zh: `公布的占比（%）与数值÷合计不符。差异可由数值与合计的修约解释时为提示；超出修约误差时为错误。但如果文件本身就是这样公布的，则保留公布数，并在该行上加以说明，说明文字会显示在报告中：

\`\`\`yaml
    knownDiscrepancies:
      - {rule: plan:share-matches-value, field: annual-share, note: {zh: "公布的占比与计算值不符，保留公布数", en: "The published share differs from the computed one; it is kept as published"}}
\`\`\`

此后该消息变为附带说明的提示（不会使 \`--strict\` 失败）。凡是可能触发计算类规则之处都可以使用 \`knownDiscrepancies\`（已知差异）：统计表的行和合计（\`field\` 为该表 \`columns\` 中声明的列 id，如 \`annual-share\`），以及项目推进的合计、主要经济指标和量化成果（\`field: value\`），适用于 plan:sum-matches-total、plan:share-matches-value、plan:ratio-matches-value 和 plan:part-within-whole。`,
  },
});
