import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:ref-resolves',
  severity: 'error',
  summary: 'A reference (unit, section, figure id, [[figure]] in text) names nothing that exists.',
  fix: {
    en: 'Correct the reference, or add the unit to data/units.yaml.',
    zh: '更正引用,或在 data/units.yaml 中添加该单位。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  docs: {
    en: `Something refers to what does not exist: a unit not in \`units.yaml\`, a \`section\` not in
\`sections.yaml\`, an \`indicator\`, \`partOf\` or \`ratioOf\` id, or \`[[id]]\` in text, naming no figure.
*Fix:* correct the reference, or add the unit to \`units.yaml\`.`,
    zh: `引用了不存在的对象：\`units.yaml\` 中没有的单位、\`sections.yaml\` 中没有的领域 \`section\`，或 \`indicator\`、\`partOf\`、\`ratioOf\` 的编号以及文字中的 \`[[id]]\` 不对应任何数据。
*改法：*更正引用，或在 \`units.yaml\` 中添加该单位。`,
  },
});
