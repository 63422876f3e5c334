import { wordNotCarried } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:rank-measure-word',
  severity: 'error',
  summary:
    "A rank's measure or scope differs from the words of its rank statement (占比全市第一 is a share rank of the city), or its scopeLabel or measureLabel is not words of its phrase.",
  fix: {
    en: "Set the rank's measure and scope to those its statement names (总量/规模/数量 total, 增速/增幅/增长速度/增长率 growth, 占比/比重 share, 人均 per-capita; 全区 district, 全市 city, 全省 province, 全国 nation); a scopeLabel to the phrase's own words for who is ranked, or leave it out; a measureLabel, for measure other only, to the words its statement ranks by (完成进度 in 规模及完成进度均列全市第一).",
    zh: '将排名的 measure 和 scope 改为原文所说的度量与范围（总量/规模/数量 total，增速/增幅/增长速度/增长率 growth，占比/比重 share，人均 per-capita；全区 district，全市 city，全省 province，全国 nation）；scopeLabel 写成原文中说明参与排名者的词，或不写；measureLabel 仅用于 measure 为 other 的排名，写成排名表述所依据的词（规模及完成进度均列全市第一中的“完成进度”）。',
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
    en: `A rank statement names what is ranked: 总量, 规模, 数量 (\`total\`), 增速, 增幅, 增长速度, 增长率 (\`growth\`), 占比, 比重
(\`share\`), 人均 (\`per-capita\`). The rank of the same scope and position must have that \`measure\`.
"总量、增速分别列全市第一、第二" pairs in order: total first, growth second. A statement with no measure
word (位列全省第一) constrains nothing. The scope word (全区, 全市, 全省, 全国) is the rank's \`scope\` in the same way: where
the phrase states the position only with another scope word, the rank is of that area (\`scope: province\` on 增速列全市第三
validated, and the English brief said "No. 3 in the province"). A \`scopeLabel\`, who is ranked when narrower than
the scope (列国家高新区第四: 国家高新区), must be words of the phrase: the reports print it as the rank's scope
(a \`scopeLabel\` 全国百强区 on 增速列全市第三 validated, and the English brief said "No. 3 among the nation's top 100
districts"). A \`measureLabel\`, what a rank of measure \`other\` is by, must be words of the measure its statement
names (完成进度 in 规模及完成进度均列全市第一), or, where the statement names none (全市…抽测成绩再获第一), words of the
statement: the reports print it as the rank's measure, and it was free text (a \`measureLabel\` 每百家拥有数 paraphrased
每百家规上工业企业“小巨人”数). Total, growth, share and per-capita ranks are named by the reports themselves and take no
\`measureLabel\`. *Example:*
\`Source phrase "占GDP比重69.9%、占比全市第一" says 占比 at city No. 1: measure must be share, not total.\`
*Fix:* set the rank's measure.`,
    zh: `排名表述说明了按什么排名：总量、规模、数量（\`total\`），增速、增幅、增长速度、增长率（\`growth\`），占比、比重（\`share\`），人均
（\`per-capita\`）。同一范围、同一位次的排名必须使用该 \`measure\`。“总量、增速分别列全市第一、第二”按顺序对应：
总量第一，增速第二。没有度量词的表述（位列全省第一）不作要求。范围词（全区、全市、全省、全国）同样决定排名的 \`scope\`：
原文只以其他范围词表述该位次时，排名属于那个范围（增速列全市第三写成 \`scope: province\` 曾通过校验，英文版称“No. 3 in the province”）。
\`scopeLabel\`（范围窄于 scope 时参与排名的是谁，如列国家高新区第四中的“国家高新区”）必须是原文中的词：报告把它当作排名的范围印出
（在增速列全市第三上写 \`scopeLabel\` 全国百强区 曾通过校验，英文版称“No. 3 among the nation's top 100 districts”）。
\`measureLabel\`（measure 为 \`other\` 的排名依据什么）必须是排名表述所说度量中的词（规模及完成进度均列全市第一中的“完成进度”）；
表述中没有度量词时（全市…抽测成绩再获第一），须是该表述中的词：报告把它当作排名的度量印出，而此前它可随意填写
（\`measureLabel\` 曾把“每百家规上工业企业“小巨人”数”改写为“每百家拥有数”）。总量、增速、占比、人均排名由报告自行命名，不写 \`measureLabel\`。*示例：*
\`出处原文“占GDP比重69.9%、占比全市第一”中 全市第1 带有“占比”：字段 measure(度量) 应为 share，而不是 total。\`
*改法：*修改排名的 measure。`,
  },
});
