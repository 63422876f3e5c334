import { wordNotCarried } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:estimate-word',
  severity: 'error',
  summary:
    'The source phrase marks a figure as an estimate (预计) or as data of an earlier year (错年数据), and the record does not say so; or the record gives a growth basis other than the one its phrase names (按可比价计算), or a comparison figure an area, year, population basis or compared indicator other than its phrase and document state.',
  fix: {
    en: 'Add estimate: true, or year: <the year of the data>, to the figure; set growthBasis (populationBasis) to the basis the phrase names, or leave it out; give a comparison figure the area and year its phrase and document state, and compare it with a figure of its own indicator.',
    zh: '为该数据加上 estimate: true，或 year: <数据所属年份>；growthBasis（populationBasis）改为原文所说的口径，或不写；比较数据的地区范围和年份须与其原文及文件所写一致，并只与同一指标的数据比较。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: { wordNotCarried },
  docs: {
    en: `预计, 初步预计 or 预估 before a figure in the same clause (or table cell), or a note "(预计)" right after it
(4.2%(预计)), marks it as an estimate: the
figure needs \`estimate: true\`, and the reports say so. 错年数据, or a note such as "(2023年数据)", marks
data of an earlier year: the figure (for a review-target row, its actual) needs \`year\`, equal to
the year the note names if it names one; the reports say so wherever the figure is judged. A
\`growthBasis\` the data gives must be the one its phrase names, if it names one (按可比价计算, 不变价, 实际增长:
\`comparable\`; 按现价计算, 名义增长: \`current\`): the reports print the data's basis, and \`growthBasis: current\` on
按可比价计算增长5.4% validated and the brief said "at current prices". A comparison figure of
\`context.yaml\` is of the \`area\` its phrase names (全区, 全市, 全省, 全国, when it names one), of the \`year\` the
phrase opens with (2023年全区…) or else the one year its document's title names, and a population's
\`populationBasis\` is the one its phrase names (年末, 年底 \`year-end\`; 平均 \`average\`): \`area: province\` on
全年全市地区生产总值… validated and the context table gave the city's GDP as the province's. What a
comparison figure \`compares\` is a figure of the same indicator: its label names what the edition's figure's
label does (one holds the other) and is words of its phrase (\`compares: investment\` on the city's GDP validated
and the context table gave that GDP as the city's fixed-asset investment).
*Example:*
\`Source phrase "6 | …(错年数据) | 10%左右 | 9.1% |" says 错年数据 at 9.1: year must be the year of the data, not (absent).\`
*Fix:* add \`estimate: true\` or \`year\`.`,
    zh: `同一分句（或表格单元格）中数字之前有“预计”“初步预计”“预估”的，或数字之后紧跟“（预计）”注明的，为预计数：该数据须写 \`estimate: true\`，
报告中会注明。“错年数据”或 \`(2023年数据)\` 一类注明的是往年数据：该数据（目标完成情况表中为其实际完成值）须写
\`year\`，注明了年份的须与之相同；凡评判该数据之处，报告都会注明。数据写的 \`growthBasis\` 必须与原文所说的价格口径一致（按可比价计算、
不变价、实际增长为 \`comparable\`；按现价计算、名义增长为 \`current\`）：报告印出的是数据写的口径，曾有按可比价计算增长5.4%
写成 \`growthBasis: current\` 通过校验，简报称“按现价计算”。\`context.yaml\` 中的比较数据，\`area\` 须为原文所写的范围
（全区、全市、全省、全国，原文写明时），\`year\` 须为原文开头所写的年份（2023年全区…），原文未写时须为其文件标题所写的唯一年份；
人口的 \`populationBasis\` 须为原文所写的口径（年末、年底为 \`year-end\`，平均为 \`average\`）：曾有“全年全市地区生产总值…”写成
\`area: province\` 通过校验，比较表把全市的地区生产总值当作全省的。\`compares\` 须指向同一指标的数据：比较数据的名称与本版本该数据的名称
相互包含，且为其原文中的词（在全市地区生产总值上写 \`compares: investment\` 曾通过校验，比较表把它当作全市的固定资产投资）。*示例：*
\`出处原文“6 | …(错年数据) | 10%左右 | 9.1% |”中 9.1 带有“错年数据”：字段 year(数据年份) 应为 数据所属年份，而不是 (未写)。\`
*改法：*加上 \`estimate: true\` 或 \`year\`。`,
  },
});
