import { both } from '../../messages.js';
import { defineRule } from '../define.js';

const kindEn: Readonly<Record<string, string>> = { number: 'number', rank: 'rank', scope: 'scope word', unit: 'unit' };
const kindZh: Readonly<Record<string, string>> = { number: '数字', rank: '排名', scope: '范围词', unit: '单位' };

export const rule = defineRule({
  id: 'plan:label-words',
  severity: 'error',
  summary:
    "A label's Chinese states a number, a rank, a scope or a unit that its source phrase does not (a column's label: its table's caption, and the column's unit).",
  fix: {
    en: "Take the label's numbers, ranks, scope words and units from its phrase (a column's from its table's caption and its unit), or cite the phrase that states them; other words may paraphrase.",
    zh: '名称中的数字、排名、范围词和单位须取自其出处原文（列名取自表格标题及该列单位），或改为引用写有它们的原文；其余文字可以意译。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    notInPhrase: (kind: 'number' | 'rank' | 'scope' | 'unit', words: string, label: string, phrase: string) =>
      both(
        `Label "${label}" states the ${kindEn[kind]} "${words}", which its source phrase "${phrase}" does not state.`,
        `名称“${label}”中的${kindZh[kind]}“${words}”在出处原文“${phrase}”中没有。`,
      ),
    columnUnit: (words: string, label: string, unit: string) =>
      both(
        `Column label "${label}" names the unit "${words}", but the column's unit is ${unit}.`,
        `列名“${label}”中的单位为“${words}”，但该列的单位 unit 为 ${unit}。`,
      ),
  },
  docs: {
    en: `A label names what a figure is, and the reports print it beside the figure; it may paraphrase its source phrase
(工业投资增速 for 工业…投资分别增长13.9%), but the facts it states in words must be the phrase's: every number in digits
with its unit (a label 422家专精特新中小企业融资金额 on a phrase without 422), every rank (全省第二), and every scope
(国, 省, 市, 区: a label 全国… on a phrase of 全省…). A table column's label is read against its table's
\`captionSource\` (a year such as 2025年 comes from the caption), and a unit in brackets at its end (\`项目数(个)\`) must be
the column's \`unit\`; a text column of the targets table is read against that table's \`captionSource\`. Chinese numerals are not read: they are parts of names as often as numbers (两新, 百强). Labels
paraphrased their phrases freely before (22 of 81 in the default data), and a number or scope typed into one was
printed unchecked. *Example:* \`Label "422家专精特新中小企业融资金额" states the number "422家", which its source phrase
"落实各类融资金额超310.86亿元" does not state.\` *Fix:* cite the phrase that states it, or take it out of the label.`,
    zh: `名称说明数据是什么，报告把它印在数据旁；名称可以意译出处原文（工业投资增速 对应 工业…投资分别增长13.9%），但其中以文字表述的事实必须出自原文：
带单位的阿拉伯数字（原文没有 422 时，名称“422家专精特新中小企业融资金额”不行）、排名（全省第二）和范围（国、省、市、区：原文为全省…时名称不能写全国…）。
表格列名与所在表格的 \`captionSource\` 对照（2025年 等年份取自标题），列名末尾括号中的单位（\`项目数(个)\`）必须是该列的 \`unit\`；目标表的文字列与该表的 \`captionSource\` 对照。
中文数字不检查：它们常是名称的一部分（两新、百强）。此前名称可随意改写原文（默认数据中 81 个有 22 个），写进名称的数字或范围不经检查就印出。
*示例：*\`名称“422家专精特新中小企业融资金额”中的数字“422家”在出处原文“落实各类融资金额超310.86亿元”中没有。\`
*改法：*引用写有该数字的原文，或从名称中去掉。`,
  },
});
