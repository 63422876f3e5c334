import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:result-pending',
  severity: 'warning',
  summary: 'A review target has no result yet (actual: pending): the edition is still in progress.',
  fix: {
    en: 'Enter the result from the report (actual: [{value, unit}]) and quote the phrase it is published in (source).',
    zh: '按原文填入完成情况（actual: [{value, unit}]），并在 source 中引用公布它的原句。',
  },
  reportedBy: 'check',
  unfinished: true,
  fixtures: 'demo-edition',
  messages: {
    resultPending: (label: string, labelZh: string) =>
      both(
        `The result of target "${label}" is pending: enter it from this year's report before the edition is published.`,
        `目标“${labelZh}”的完成情况尚待填报：发布前请按今年的报告填入。`,
      ),
  },
  docs: {
    en: `A review target may be written with \`actual: pending\` while an edition is in progress (npm run
new-edition writes last year's main targets so). Briefs and workbooks built from it show the target as
"Result pending"; validation warns of each, so \`--strict\` and a release refuse the edition until every
result is entered. *Example:* \`The result of target "GDP growth" is pending.\`
*Fix:* replace \`pending\` with the results (\`[{value: 5.2, unit: '%', measure: growth}]\`) and quote their phrase in \`source\`.`,
    zh: `版本编制期间，目标完成情况可写作 \`actual: pending\`（npm run new-edition 即如此写入上年的主要目标）。
据此生成的简报和工作簿把该目标标为“待填报”；校验对每一项给出警告，因此在全部结果填入之前，\`--strict\` 和发布都会拒绝该版本。
*示例：*\`目标“GDP增速”的完成情况尚待填报。\`
*改法：*把 \`pending\` 换成完成情况（\`[{value: 5.2, unit: '%', measure: growth}]\`），并在 \`source\` 中引用其原句。`,
  },
});
