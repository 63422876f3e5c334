import { both, formatNumber as fmt, en, zh, type Label } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:part-within-whole',
  severity: 'error',
  summary: 'A figure marked as part of another (partOf) is larger than the whole.',
  fix: {
    en: 'Check both figures against the document.',
    zh: '对照原文核对这两个数据。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    partExceedsWhole: (label: Label, part: number, whole: number) =>
      both(
        `${en(label)}: the part ${fmt(part)} is larger than the whole ${fmt(whole)} it belongs to.`,
        `${zh(label)}：分项 ${fmt(part)} 大于其所属总数 ${fmt(whole)}。`,
      ),
  },
  docs: {
    en: `A figure marked \`partOf\` another is larger than it (e.g. "of which" larger than the total). *Fix:*
check both figures.`,
    zh: `标为另一数据之分项（\`partOf\`）的数据大于其所属总数（例如“其中”一项大于合计）。*改法：*核对这两个数据。`,
  },
});
