import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:unit-scale',
  severity: 'error',
  summary:
    "A unit's factor or English name disagrees with the magnitude its Chinese name states, its names with the currency its quantity prints, or its Chinese name (a symbol's English name) with its id.",
  fix: {
    en: 'Make the factor (and the English name) say what the Chinese name says: 万 is 10,000, 亿 100 million of the unit it prefixes.',
    zh: '让换算系数（和英文名称）与中文名称所表示的数量级一致：万为 10,000，亿为 1 亿倍所修饰的单位。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    factor: (id: string, factor: number, expected: number, why: string) =>
      both(
        `Unit "${id}" has factor ${factor}, but its name states ${expected} (${why}): every figure in it would be converted by the wrong factor.`,
        `单位“${id}”的换算系数为 ${factor}，但其名称表示 ${expected}（${why}）：以此单位发布的数据都会按错误的系数换算。`,
      ),
    names: (id: string, zh: number, en: number) =>
      both(
        `Unit "${id}": its names state different magnitudes (Chinese ${zh}, English ${en}).`,
        `单位“${id}”：中英文名称表示的数量级不同（中文 ${zh}，英文 ${en}）。`,
      ),
    baseQuantity: (id: string, quantity: string, base: string, baseQuantity: string) =>
      both(
        `Unit "${id}" has quantity ${quantity}, but it is a multiple of "${base}", whose quantity is ${baseQuantity}: its figures would be read, converted and named as another quantity.`,
        `单位“${id}”的计量类别为 ${quantity}，但它是“${base}”的倍数，而“${base}”的计量类别为 ${baseQuantity}：以此单位发布的数据会被当作另一类量换算和称呼。`,
      ),
    currency: (id: string, quantity: string, name: string) =>
      both(
        `Unit "${id}" has quantity ${quantity}, but its name ${name} states another currency (or none): the English reports print a unit's amounts in the currency of its quantity.`,
        `单位“${id}”的计量类别为 ${quantity}，但其名称 ${name} 表示另一种货币（或未表示货币）：英文报告按计量类别所表示的货币印出金额。`,
      ),
    baseName: (id: string, en: string, base: string, baseEn: string) =>
      both(
        `Unit "${id}" is named "${en}" in English, but it is a multiple of "${base}", named "${baseEn}": one of the two English names is wrong.`,
        `单位“${id}”的英文名称为“${en}”，但它是“${base}”的倍数，而“${base}”的英文名称为“${baseEn}”：两个英文名称必有一个有误。`,
      ),
    nameNotId: (id: string, name: string) =>
      both(
        `Unit "${id}" is named "${name}": a unit's Chinese name is its id or holds it (个百分点 for 百分点), and a symbol such as % is written alike in English; the reports print the name beside figures the source gives in "${id}".`,
        `单位“${id}”的名称为“${name}”：单位的中文名称须为其编号或包含编号（百分点写作个百分点），% 一类符号的英文名称须与编号相同；报告把该名称印在原文以“${id}”给出的数字旁。`,
      ),
    idAndName: (id: string, fromId: number, zh: string, fromZh: number) =>
      both(
        `Unit "${id}": its id states ${fromId}, its Chinese name "${zh}" ${fromZh}.`,
        `单位“${id}”：编号表示 ${fromId}，中文名称“${zh}”表示 ${fromZh}。`,
      ),
  },
  docs: {
    en: `A unit in \`data/units.yaml\` whose \`factor\` or English name \`en\` disagrees with the magnitude its id or Chinese name \`zh\` states: 万 (10,000), 亿 (100 million), 十/百/千 and their combinations (千万, 万亿) before a unit. The factor must be that magnitude times the factor of the unit it prefixes (万人: 10,000 × 人; where that unit is not listed, its factor is taken as 1), and an English name that states a magnitude ("10,000 people", "RMB 100 million") must state the same one; a name with no magnitude states 1. A factor of 亿元 written as 10000000 validated and published 120.5亿元 as RMB 1.205 billion in English. 百分 (per cent, 百分点) is not a magnitude. A multiple of a listed unit measures what that unit measures (万人 has the \`quantity\` of 人: \`person-times\` validated and the English reports gave 0.5万人 as "5,000 times"). A money unit's names state its currency as its \`quantity\` prints it (\`money-cny\`: an English name starting with RMB and a Chinese name ending in 元; \`money-usd\`: USD and 美元), and no other unit's names state a currency: 亿元 with \`quantity: money-usd\` validated and the English brief published 120.5亿元 as USD 12.05 billion. The Chinese name is the id or holds it (个百分点 for 百分点), and a unit whose id is a symbol (%, no Chinese character) has that symbol as its English name: \`zh: ‰\` on % validated and the reports printed the source's 13.9% as 13.9‰. A multiple's English name holds the English name of the unit it multiplies ("10,000 people" and "people"): \`en: households\` on 人 validated and the reports gave 736人 as "736 households". *Fix:* correct the factor, the name or the quantity.`,
    zh: `\`data/units.yaml\` 中某单位的换算系数 \`factor\` 或英文名称 \`en\` 与其编号或中文名称 \`zh\` 所表示的数量级不一致：单位前的万（10,000）、亿（1 亿）、十/百/千及其组合（千万、万亿）。换算系数须为该数量级乘以所修饰单位的系数（万人：10,000 × 人；未列出该单位时按 1 计）；英文名称若写出数量级（"10,000 people"、"RMB 100 million"），须与之相同；不含数量级的名称表示 1。曾有亿元的系数写成 10000000 仍通过校验，英文版把 120.5亿元发布为 RMB 1.205 billion。百分（百分点）不是数量级。已列出单位的倍数与该单位计量同一类量（万人的 \`quantity\` 与人相同：曾写成 \`person-times\` 仍通过校验，英文版把 0.5万人印成“5,000 times”）。货币单位的名称须表示其计量类别 \`quantity\` 所印出的货币（\`money-cny\`：英文名称以 RMB 开头、中文名称以“元”结尾；\`money-usd\`：USD 与“美元”），其他单位的名称不得表示货币：亿元的 \`quantity\` 写成 \`money-usd\` 曾通过校验，英文版把 120.5亿元发布为 USD 12.05 billion。中文名称须为编号或包含编号（百分点写作个百分点）；编号为符号（%，不含汉字）的单位，英文名称须为该符号：% 的 \`zh\` 写成 ‰ 曾通过校验，报告把原文的 13.9% 印成 13.9‰。倍数单位的英文名称须包含其所修饰单位的英文名称（"10,000 people" 与 "people"）：人的 \`en\` 写成 households 曾通过校验，报告把 736人 印成“736 households”。*改法：*改正系数、名称或计量类别。`,
  },
});
