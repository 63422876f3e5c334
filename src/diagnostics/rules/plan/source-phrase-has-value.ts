import { both, formatNumber as fmt, fieldZh } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-has-value',
  severity: 'error',
  summary: "A figure's value does not appear in its source phrase.",
  fix: {
    en: 'Correct the number, or cite the phrase that states it.',
    zh: '更正数值，或改为引用写有该数值的原文。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    valueNotInPhrase: (field: string, value: number, phrase: string) =>
      both(
        `${field} ${fmt(value)} does not appear in its source phrase "${phrase}".`,
        `${fieldZh(field)} ${fmt(value)} 不在其出处原文“${phrase}”中。`,
      ),
    /** A rank whose phrase states a standing (第一方阵, 前列), not a position. */
    rankIsStanding: (position: number, tier: string, phrase: string) =>
      both(
        `rank ${fmt(position)} is not stated in its source phrase "${phrase}": "${tier}" is a standing (a tier), not a position. Record it as a standing (standing: {scope, text}) instead of a rank.`,
        `名次 ${fmt(position)} 不在其出处原文“${phrase}”中：“${tier}”是位次（梯队），不是名次。请记为 standing（位次表述），而不是 rank。`,
      ),
    /** A standing in words (前列) that its phrase does not write. */
    standingNotInPhrase: (words: string, phrase: string) =>
      both(`The standing "${words}" does not appear in its source phrase "${phrase}".`, `位次表述“${words}”不在其出处原文“${phrase}”中。`),
    rankTargetNotInPhrase: (words: string, phrase: string) =>
      both(
        `The rank target "${words}" does not appear in its source phrase "${phrase}"; its position is read from these words.`,
        `名次目标“${words}”不在其出处原文“${phrase}”中；目标名次按这段文字读取。`,
      ),
  },
  docs: {
    en: `The number in the data is not in its source phrase. *Fix:* correct the number, or cite the phrase
that states it. Ranks such as 第二 count as 2; an ordinal that names a group or an event (第一方阵, 第一梯队, 第二届)
is no position: a rank whose phrase says only 稳居全市第一方阵 is a standing (\`standing\`), not a rank. A number right after a decline word (下降, 减少, 回落, 下滑, 降低)
counts as negative too: "下降2.0%" holds a growth of -2.0; no other phrase holds a negative number.
A standing in words (\`standing.text.zh\`, such as 前列) must be written in its phrase as it is in the data.`,
    zh: `数据中的数值不在其出处原文中。*改法：*更正数值，或改为引用写有该数值的原文。“第二”等名次按 2 计；指一组或一届的序数（第一方阵、第一梯队、第二届）不是名次：原文只说“稳居全市第一方阵”的，应记为位次（\`standing\`），而不是排名。紧跟在下降、减少、回落、下滑、降低之后的数也可作负数：“下降2.0%”含增速 -2.0；其他写法都不含负数。文字表述的位次（\`standing.text.zh\`，如“前列”）须按数据中的写法出现在出处原文中。`,
  },
});
