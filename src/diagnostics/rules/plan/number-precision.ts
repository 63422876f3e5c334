import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:number-precision',
  severity: 'error',
  summary: 'A number has more decimals or digits than the reports can show.',
  fix: {
    en: 'Write the number as published, with no more decimals than the source.',
    zh: '按公布数填写，小数位数不超过原文。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    tooManyDecimals: (raw: string, decimals: number, max: number) =>
      both(
        `Number ${raw} has ${decimals} decimals; the reports show at most ${max}. Round it as published.`,
        `数值 ${raw} 有 ${decimals} 位小数；报告最多显示 ${max} 位。请按公布数修约。`,
      ),
    tooManyDigits: (raw: string, max: number) =>
      both(
        `Number ${raw} has more than ${max} significant digits, or is too large to show exactly; write it as published.`,
        `数值 ${raw} 的有效数字超过 ${max} 位，或数值过大无法准确显示；请按公布数填写。`,
      ),
    columnDecimals: (raw: string, decimals: number, column: string, declared: number) =>
      both(
        `Number ${raw} has ${decimals} decimal${decimals === 1 ? '' : 's'}, but its column "${column}" declares decimals: ${declared}; the workbook would show it rounded. Set the column's decimals to the most any of its figures is published with.`,
        `数值 ${raw} 有 ${decimals} 位小数，但所在列“${column}”声明 decimals: ${declared}；工作簿会把它显示为修约后的数。请把该列的 decimals 设为其中数据公布的最多小数位数。`,
      ),
  },
  docs: {
    en: `A number has more than 6 decimals, or more than 15 significant digits (or is 10^15 or larger): the
reports could not show it as written. Or a table's value is written with more decimals than its column's
\`decimals\` (30.5 in a column of \`decimals: 0\`): the workbook formatted the column as whole numbers and showed 31.
*Example:* \`Number 120.50000000000000000001 has 20 decimals; the reports show at most 6.\`
*Fix:* write the number as the document publishes it.`,
    zh: `数值超过 6 位小数或 15 位有效数字（或不小于 10^15）：报告无法按原样显示。或表格中某数值的小数位数多于所在列的 \`decimals\`（\`decimals: 0\` 的列中写 30.5）：工作簿按整数格式显示为 31。*示例：*\`数值 120.50000000000000000001 有 20 位小数；报告最多显示 6 位。请按公布数修约。\`
*改法：*按文件公布的数字填写。`,
  },
});
