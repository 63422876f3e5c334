import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:edition-years',
  severity: 'error',
  summary: "The edition's Chinese title does not name its review year, or (where it has plan targets) its plan year.",
  fix: {
    en: 'Correct reviewYear or planYear, or the title, so that the title names both years as the document does.',
    zh: '改正 reviewYear 或 planYear，或改正标题，使标题如原文一样写明这两个年份。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    yearNotInTitle: (field: 'reviewYear' | 'planYear', year: number, title: string) =>
      both(
        `${field} is ${year}, but the edition's title "${title}" does not name ${year}年: every figure of the reports is dated by ${field}.`,
        `${field === 'reviewYear' ? 'reviewYear(执行年度)' : 'planYear(计划年度)'} 为 ${year}，但版本标题“${title}”中没有“${year}年”：报告中每个数据的年份都按它标注。`,
      ),
  },
  docs: {
    en: `Every figure of the reports is dated by the edition's \`reviewYear\` and \`planYear\`. The Chinese \`title\`
names the review year (2024年), and the plan year too where the edition has plan targets, as the
document's title does: \`planYear: 2026\` and \`reviewYear: 2025\` on a report of 2024 and 2025 validated and
every figure was dated a year late. *Example:* \`reviewYear is 2025, but the edition's title
"杭州市滨江区2024年…与2025年…" does not name 2025年.\` *Fix:* correct the year or the title.`,
    zh: `报告中每个数据的年份都按版本的 \`reviewYear\` 和 \`planYear\` 标注。中文 \`title\` 须写明执行年度（2024年），
版本含计划目标时还须写明计划年度，与原文标题一致：2024年执行情况与2025年计划的报告写成 \`planYear: 2026\`、\`reviewYear: 2025\`
曾通过校验，每个数据的年份都晚了一年。*示例：*\`reviewYear(执行年度) 为 2025，但版本标题“杭州市滨江区2024年…与2025年…”中没有“2025年”。\`
*改法：*改正年份或标题。`,
  },
});
