import { wordNotCarried } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:qualifier-word',
  severity: 'error',
  summary:
    'A qualifier word of the source phrase (以上, 超, 左右, 力争, 同步, …) is not carried by the record, or the record claims one the phrase does not say.',
  fix: {
    en: 'Set the field the message names as the phrase says (bound, strive, qualifier, or a relative target), or cite the phrase that says what the record claims.',
    zh: '按原文设置消息所指字段（bound、strive、qualifier，或改为比较型目标），或改为引用写有该说法的原文。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: { wordNotCarried },
  docs: {
    en: `The words around a cited number say what kind of figure it is, and the record must say the same.
Attached to the number: 超, 超过, 突破, 余 (500余场) are \`over\`; 以上, 不少于, 不低于 \`at-least\`; 约, 近, 左右
\`about\`; 以内, 以下, 不超过, 不高于 \`at-most\`. A target carries them in \`bound\`, a figure in
\`qualifier\`. 力争 or 争取 earlier in the same clause is \`strive: true\`. 与…同步 (in step) and 快于
(faster) need a relative target with that \`relation\`. A word counts only where it touches the
number: 以上 in 市级以上研发载体60家 qualifies 市级, not 60; 左右 after the last of a list
(80%、90%左右) qualifies each number of the list. The reverse is an error too: a \`bound\`,
\`qualifier\` or \`strive\` that the phrase gives no word for. *Example:* \`Source phrase
"力争新认定市级以上研发载体60家以上" says 以上 at 60: bound must be at-least, not (absent).\` *Fix:* set
the field as the message says, or cite a phrase that says what the record claims.`,
    zh: `被引数字前后的词说明了它是什么样的数，数据记录必须与之一致。紧贴数字的：超、超过、突破、余（500余场）为
\`over\`（超过）；以上、不少于、不低于为 \`at-least\`（不少于）；约、近、左右为 \`about\`（约）；以内、以下、不超过、
不高于为 \`at-most\`（不超过）。目标用 \`bound\` 表示，数据用 \`qualifier\` 表示。同一分句中数字之前有“力争”或
“争取”，应写 \`strive: true\`。“与…同步”“快于”须写成比较型目标（relative），并给出相应的 \`relation\`。只有紧贴
数字的词才算：“市级以上研发载体60家”中的“以上”修饰“市级”而非 60；列举末项之后的“左右”（80%、90%左右）修饰
列举中的每个数。反过来也算错误：记录写了 \`bound\`、\`qualifier\` 或 \`strive\`，原文却没有相应的词。*示例：*
\`出处原文“力争新认定市级以上研发载体60家以上”中 60 带有“以上”：字段 bound(界限) 应为 at-least，而不是 (未写)。\`
*改法：*按消息设置该字段，或改为引用写有该说法的原文。`,
  },
});
