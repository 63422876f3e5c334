import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:target-unmatched',
  severity: 'warning',
  summary: "A review target matches no main target of the previous edition's plan.",
  fix: {
    en: 'Name the plan target it judges in continues, or, if the report added it, acknowledge that with notInLastPlan: true.',
    zh: '在 continues 中写明它所评判的上年计划目标；如为报告新增的目标，写 notInLastPlan: true 予以确认。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    unmatched: (label: string, labelZh: string, previousFile: string) =>
      both(
        `Target "${label}" matches no main target of the previous edition's plan (${previousFile}).`,
        `目标“${labelZh}”在上年版本的计划中没有对应的主要目标(${previousFile})。`,
      ),
  },
  docs: {
    en: `A review target of an edition that follows another of its district is looked for among the earlier
edition's main targets (see plan:target-carried). A report may judge a target its last plan did not set;
the editor says so with \`notInLastPlan: true\` on the row, which this warning then leaves alone.
*Example:* \`Target "New talent recruited" matches no main target of the previous edition's plan.\`
*Fix:* write \`continues: <plan target id>\`, or \`notInLastPlan: true\` when the report added the target.`,
    zh: `某区县的版本若紧接在该区县另一版本之后，其每个目标都会在前一版本的主要目标中查找对应项（见 plan:target-carried）。报告也可能评判上年计划未设的目标；
编辑在该行写 \`notInLastPlan: true\` 予以确认后，不再警告。
*示例：*\`目标“新引进人才数”在上年版本的计划中没有对应的主要目标。\`
*改法：*写 \`continues: <上年计划目标编号>\`；如为报告新增的目标，写 \`notInLastPlan: true\`。`,
  },
});
