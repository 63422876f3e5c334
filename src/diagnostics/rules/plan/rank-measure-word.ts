import { wordNotCarried } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:rank-measure-word',
  severity: 'error',
  summary: "A rank's measure differs from the measure word of its rank statement (占比全市第一 is a share rank).",
  fix: {
    en: "Set the rank's measure to the one its statement names (总量/规模/数量 total, 增速 growth, 占比/比重 share, 人均 per-capita).",
    zh: '将排名的 measure 改为原文所说的度量（总量/规模/数量 total，增速 growth，占比/比重 share，人均 per-capita）。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    wordNotCarried,
    /** Where a rank statement is: "city No. 2" / "全市第2". */
    rankAt: (scope: 'district' | 'city' | 'province' | 'nation', position: number): { en: string; zh: string } => ({
      en: `${scope} No. ${position}`,
      zh: `${{ district: '全区', city: '全市', province: '全省', nation: '全国' }[scope]}第${position}`,
    }),
  },
  docs: {
    en: `A rank statement names what is ranked: 总量, 规模, 数量 (\`total\`), 增速, 增幅 (\`growth\`), 占比, 比重
(\`share\`), 人均 (\`per-capita\`). The rank of the same scope and position must have that \`measure\`.
"总量、增速分别列全市第一、第二" pairs in order: total first, growth second. A statement with no measure
word (位列全省第一) constrains nothing. *Example:*
\`Source phrase "占GDP比重69.9%、占比全市第一" says 占比 at city No. 1: measure must be share, not total.\`
*Fix:* set the rank's measure.`,
    zh: `排名表述说明了按什么排名：总量、规模、数量（\`total\`），增速、增幅（\`growth\`），占比、比重（\`share\`），人均
（\`per-capita\`）。同一范围、同一位次的排名必须使用该 \`measure\`。“总量、增速分别列全市第一、第二”按顺序对应：
总量第一，增速第二。没有度量词的表述（位列全省第一）不作要求。*示例：*
\`出处原文“占GDP比重69.9%、占比全市第一”中 全市第1 带有“占比”：字段 measure(度量) 应为 share，而不是 total。\`
*改法：*修改排名的 measure。`,
  },
});
