import { both, formatNumber as fmt, wordFieldZh } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:decline-word',
  severity: 'error',
  summary: 'The source phrase states a decline (下降, 减少, 回落, 下滑, 降低) but the figure is positive.',
  fix: {
    en: 'Write the figure as negative (下降2.0% is -2.0).',
    zh: '将该数写为负数（“下降2.0%”即 -2.0）。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    declineNotNegative: (phrase: string, word: string, field: string, value: number) =>
      both(
        `Source phrase "${phrase}" says ${word} ${fmt(value)}, a decline: ${field} must be ${fmt(-value)}, not ${fmt(value)}.`,
        `出处原文“${phrase}”为“${word}${fmt(value)}”，是降幅：字段 ${wordFieldZh(field)} 应为 ${fmt(-value)}，而不是 ${fmt(value)}。`,
      ),
  },
  docs: {
    en: `A decline word right before the number (下降, 减少, 回落, 下滑, 降低, also 下降了) makes it a fall:
"下降2.0%" is the growth -2.0, "减少1.2个百分点" the change -1.2. A positive figure citing it is an error.
"下降至2.0%" (fell *to*) states a level, not a decline. The other way round, a negative figure whose
phrase has no decline word is reported by [plan:source-phrase-has-value](#plansource-phrase-has-value):
only a decline word states a negative number. *Fix:* write the figure as negative.`,
    zh: `紧贴数字之前的下降类词（下降、减少、回落、下滑、降低，以及“下降了”）表示降幅：“下降2.0%”即增速 -2.0，
“减少1.2个百分点”即变化 -1.2。引用它的数据若为正数即为错误。“下降至2.0%”说的是降到的水平，不是降幅。反过来，
负数而原文无下降类词的，由 [plan:source-phrase-has-value](#plansource-phrase-has-value) 报告：只有下降类词才表示负数。
*改法：*将该数写为负数。`,
  },
});
