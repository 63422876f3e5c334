import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:ratio-matches-value',
  severity: 'error',
  summary: 'A ratio stated in the text differs from numerator ÷ denominator beyond rounding.',
  fix: {
    en: 'Check the three figures; if the document publishes them so, acknowledge it with knownDiscrepancies.',
    zh: '核对这三个数据;若原文即如此公布,请用 knownDiscrepancies 加以说明。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  docs: {
    en: `A ratio stated in the text (\`ratioOf\`, e.g. digital economy = 69.9% of GDP) differs from numerator ÷
denominator beyond rounding. *Fix:* check the three figures.`,
    zh: `文中所述的比重（\`ratioOf\`，例如数字经济占 GDP 的 69.9%）与分子÷分母的差异超出修约误差。*改法：*核对这三个数据。`,
  },
});
