import { both, formatNumber as fmt, fieldZh } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-unit',
  severity: 'error',
  summary: "A figure's unit contradicts the unit its source phrase gives the number.",
  fix: {
    en: 'Set the unit to the one the phrase gives the number (for example unit: 亿元), or cite the phrase that states the figure in the unit the data gives.',
    zh: '把单位改为原文中该数字所带的单位（例如 unit: 亿元），或改为引用以数据所写单位表述该数的原文。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    unitContradicts: (field: string, value: number, dataUnit: string, stated: string, phrase: string) =>
      both(
        `${field} ${fmt(value)} is in ${dataUnit} in the data, but source phrase "${phrase}" writes it ${stated}: the reports would print ${fmt(value)} ${dataUnit}.`,
        `${fieldZh(field)} ${fmt(value)} 在数据中的单位是 ${dataUnit}，但出处原文“${phrase}”写作 ${stated}：报告将印成 ${fmt(value)}${dataUnit}。`,
      ),
    columnEnglishLabelUnit: (column: string, dataUnit: string, header: string, unitName: string) =>
      both(
        `Column "${column}" is in ${dataUnit} ("${unitName}") in the data, but its English header "${header}" states another unit: English readers would read every figure in it wrongly.`,
        `列“${column}”在数据中的单位是 ${dataUnit}（“${unitName}”），但其英文表头“${header}”写的是另一单位：英文读者会把该列每个数字读错。`,
      ),
    columnLabelUnit: (column: string, dataUnit: string, header: string, stated: string) =>
      both(
        `Column "${column}" is in ${dataUnit} in the data, but its header "${header}" states ${stated}: the workbook and the open data would give its figures in ${dataUnit}.`,
        `列“${column}”在数据中的单位是 ${dataUnit}，但其表头“${header}”写明 ${stated}：工作簿和开放数据将以 ${dataUnit} 给出该列数字。`,
      ),
  },
  docs: {
    en: `The unit is part of a published figure. The unit word right after a cited number in its phrase
(亿元, 万元, 元, %, 个百分点, 人, 万人, 家, 项, 个, 美元, 亿美元, …, with a scale word 万 or 亿 before it) must be
the figure's \`unit\`: the same unit of \`data/units.yaml\` (个百分点 is the unit 百分点), or, for a word the
registry does not know, the same scale (5万名 is not 5 人). A number the phrase writes with no unit (a
table cell "| 955.9 |") claims none, and where the number occurs more than once, one occurrence in the
data's unit is enough. A table column's Chinese header that ends with a unit in brackets
(\`总投资额(亿元)\`, \`占比（%）\`) states the unit of the column's bare cells: it must be the column's \`unit\`; and a size or currency the English header states in brackets (\`(RMB 100 million)\`) must be that of the unit's English name (\`(RMB million)\` over 亿元 is an error even where a project has made plan:glossary-consistent a warning). *Example:*
\`value 2887.8 is in 万元 in the data, but source phrase "实现地区生产总值(GDP)2887.8亿元、总量列全市第二,增长5.0%、增速列全市第六" writes it 2887.8亿元: the reports would print 2887.8 万元.\`
*Fix:* set the unit the phrase gives, or cite the phrase that states the figure in the data's unit.`,
    zh: `单位是公布数的一部分。出处原文中紧跟被引数字的单位词（亿元、万元、元、%、个百分点、人、万人、家、项、个、美元、亿美元……，
前面可带“万”“亿”）必须就是该数据的 \`unit\`：即 \`data/units.yaml\` 中的同一个单位（“个百分点”即单位“百分点”）；
单位登记表里没有的词，数量级须相同（“5万名”不是 5 人）。原文中不带单位的数字（表格单元格“| 955.9 |”）不作单位上的要求；
同一数字在原文中出现多次时，有一处的单位与数据相同即可。表格列的中文表头以括号中的单位结尾时（\`总投资额(亿元)\`、\`占比（%）\`），
该单位就是该列各单元格的单位，必须与该列的 \`unit\` 相同；英文表头括号中写出的数量级或货币（\`(RMB 100 million)\`）须与该单位英文名称的相同（亿元列写 \`(RMB million)\` 是错误，即使项目已把 plan:glossary-consistent 调为警告）。*示例：*
\`value(数值) 2887.8 在数据中的单位是 万元，但出处原文“实现地区生产总值(GDP)2887.8亿元、总量列全市第二,增长5.0%、增速列全市第六”写作 2887.8亿元：报告将印成 2887.8万元。\`
*改法：*把单位改为原文所写的单位，或改为引用以数据单位表述该数的原文。`,
  },
});
