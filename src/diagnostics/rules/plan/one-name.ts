import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:one-name',
  severity: 'error',
  summary: 'A target for a headline indicator gives the indicator a second name.',
  fix: {
    en: 'Remove the name (indicator or label): the row takes the headline indicator’s name from headline.yaml.',
    zh: '删除该名称（indicator 或 label）：该行沿用 headline.yaml 中主要指标的名称。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    oneName: (field: 'indicator' | 'label', headline: string) =>
      both(
        `This target is for the level of headline indicator "${headline}", which already has a name in headline.yaml; remove "${field}" so that the indicator has one name everywhere.`,
        `该目标针对主要指标“${headline}”的总量，其名称已在 headline.yaml 中给出；请删除“${field}”，使该指标处处同名。`,
      ),
  },
  docs: {
    en: `One indicator has one name in every card, table, chart and workbook. A review-target row that sets a
target for a headline indicator's level (\`headline\`, with a target in the indicator's unit), or a plan
target for an indicator's level (\`indicator\`, \`measure: level\`), takes its name from headline.yaml and
must not give its own (\`indicator\` or \`label\`). A target for the indicator's growth keeps its own
name ("GDP增速"). *Fix:* remove the second name, or correct the headline indicator's label.`,
    zh: `同一指标在卡片、表格、图表和工作簿中只用一个名称。为主要指标总量设定目标的上年目标行（\`headline\`，且目标单位与该指标相同），或计划年度中针对指标总量的目标（\`indicator\`、\`measure: level\`），沿用 headline.yaml 中的名称，不得另起名称（\`indicator\` 或 \`label\`）。针对增速的目标保留自己的名称（如“GDP增速”）。*改法：*删除另起的名称，或修改主要指标的 label。`,
  },
});
