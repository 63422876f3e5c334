import { both, formatNumber as fmt, en, zh, type Label } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:ratio-matches-value',
  severity: 'error',
  summary: 'A ratio stated in the text differs from numerator ÷ denominator beyond rounding.',
  fix: {
    en: 'Check the three figures; if the document publishes them so, acknowledge it with knownDiscrepancies.',
    zh: '核对这三个数据；若原文即如此公布，请用 knownDiscrepancies 加以说明。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    ratioWithinRounding: (label: Label, ratio: number, computed: number) =>
      both(
        `${en(label)}: stated ratio ${fmt(ratio)}% differs from numerator ÷ denominator = ${fmt(computed)}% in the last digit, which the rounding of the figures it is computed from explains.`,
        `${zh(label)}：文中比重 ${fmt(ratio)}% 与分子÷分母 = ${fmt(computed)}% 末位不同，可由其计算所用数据的修约解释。`,
      ),
    ratioBeyondRounding: (label: Label, ratio: number, computed: number) =>
      both(
        `${en(label)}: stated ratio ${fmt(ratio)}% differs from numerator ÷ denominator = ${fmt(computed)}% by more than rounding explains.`,
        `${zh(label)}：文中比重 ${fmt(ratio)}% 与分子÷分母 = ${fmt(computed)}% 的差异超出修约误差。`,
      ),
    ratioOfZero: (label: Label, published: number) =>
      both(
        `${en(label)}: published ${fmt(published)}%, but the denominator is 0, of which no share can be taken: correct the figures (an acknowledgement cannot stand for a share of nothing).`,
        `${zh(label)}：公布为 ${fmt(published)}%，但分母为 0，无法计算占比：请改正数据（无法以说明代替）。`,
      ),
  },
  docs: {
    en: `A ratio stated in the text (\`ratioOf\`, e.g. digital economy = 69.9% of GDP) differs from numerator ÷
denominator beyond rounding. *Fix:* check the three figures.`,
    zh: `文中所述的比重（\`ratioOf\`，例如数字经济占 GDP 的 69.9%）与分子÷分母的差异超出修约误差。*改法：*核对这三个数据。`,
  },
});
