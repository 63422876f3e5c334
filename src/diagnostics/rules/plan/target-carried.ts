import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:target-carried',
  severity: 'error',
  summary: "A review target differs from the target the previous edition's plan set (value, unit, kind or bound).",
  fix: {
    en: "Make the review target say what last year's plan said, or correct last year's plan target if it was entered wrongly.",
    zh: '使执行情况中的目标与上年计划一致；如上年计划目标录入有误，则更正上年的数据。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    differs: (label: string, labelZh: string, field: string, fieldZh: string, here: string, there: string, previous: string) =>
      both(
        `Target "${label}" has ${field} ${here}, but the plan target it continues has ${there} (${previous}).`,
        `目标“${labelZh}”的${fieldZh}为 ${here},而它所延续的上年计划目标为 ${there}(${previous})。`,
      ),
    unknownTarget: (ref: string, previousFile: string) =>
      both(
        `continues: "${ref}" names no main target of the previous edition (${previousFile}).`,
        `continues:“${ref}”不是上年版本的主要目标(${previousFile})。`,
      ),
  },
  docs: {
    en: `When two editions of one district follow each other (same district and city; this edition's review
year is the other's plan year), each review target of the later one judges a main target of the earlier
one's plan: the one named in \`continues\`, else the one for the same headline indicator, else the one of the
same Chinese name. Its kind, value, unit and bound must be the same; a difference names both files and lines.
*Example:* \`Target "GDP growth" has value 5.5, but the plan target it continues has 5.6 (data/editions/x-2025/plan-targets.yaml:7).\`
*Fix:* make the review target say what last year's plan said, or correct last year's plan target if it was entered wrongly.`,
    zh: `同一区县前后相继的两个版本（区县、城市相同，本版本的执行年度为另一版本的计划年度）中，后一版本的每个目标都评判前一版本计划中的一项主要目标：
\`continues\` 所指的一项，未写时为对应同一主要指标的一项，再不然为中文名称相同的一项。两者的类型、数值、单位和限定词必须一致；不一致时报告两个文件及行号。
*示例：*\`目标“GDP增速”的数值为 5.5,而它所延续的上年计划目标为 5.6(data/editions/x-2025/plan-targets.yaml:7)。\`
*改法：*使目标与上年计划一致；如上年计划目标录入有误，则更正上年的数据。`,
  },
});
