import { both, formatNumber as fmt, en, zh, type Label } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:sum-matches-total',
  severity: 'error',
  summary: 'A published total differs from the sum of its rows: a note within rounding, an error beyond.',
  fix: {
    en: 'Check each row and the total against the document.',
    zh: '对照原文逐行核对各行及合计。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    totalWithinRounding: (label: Label, column: Label, total: number, sum: number) =>
      both(
        `${en(label)}: the published total of ${en(column)}, ${fmt(total)}, differs from the sum of the rows, ${fmt(sum)}, within rounding; the published figure is kept.`,
        `${zh(label)}：${zh(column)}的公布合计为 ${fmt(total)}，各行之和为 ${fmt(sum)}，差异在修约误差以内；保留公布数。`,
      ),
    totalBeyondRounding: (label: Label, column: Label, total: number, sum: number, tolerance: number) =>
      both(
        `${en(label)}: the published total of ${en(column)}, ${fmt(total)}, differs from the sum of the rows, ${fmt(sum)}, by more than rounding explains (±${fmt(tolerance)}).`,
        `${zh(label)}：${zh(column)}的公布合计为 ${fmt(total)}，各行之和为 ${fmt(sum)}，差异超出修约误差（±${fmt(tolerance)}）。`,
      ),
  },
  docs: {
    en: `A published total differs from the sum of its rows. Within what rounding of the published figures
can explain, this is a **note** (printed and listed in the reports' notes, never failing
\`--strict\`) and the published total is kept (Table 2 of the Binjiang 2025
report: total investment 1243.8, rows sum to 1243.9). Beyond that it is an **error**: a row or the
total is probably mistyped. *Fix:* check each row against the document.`,
    zh: `公布的合计与各行之和不符。差异在公布数修约所能解释的范围以内时，级别为**提示**（照常列出并写入报告的说明，不会使 \`--strict\` 失败），保留公布数（如滨江 2025 年报告表2：总投资额公布合计为 1243.8，各行之和为 1243.9）。超出这一范围时为**错误**：很可能是某一行或合计录入有误。*改法：*对照原文逐行核对。`,
  },
});
