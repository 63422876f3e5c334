import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:drafted',
  severity: 'warning',
  summary: 'An item proposed by a program (npm run draft or new-edition) is not yet confirmed by an editor (drafted: true).',
  fix: {
    en: 'Check the item against the report (figure, unit, bound words, label, phrase), correct it, then remove drafted: true.',
    zh: '对照原文核对该项（数值、单位、限定词、名称、原句），改正后删去 drafted: true。',
  },
  reportedBy: 'check',
  unfinished: true,
  fixtures: 'demo-edition',
  messages: {
    drafted: (what: string, whatZh: string) =>
      both(
        `${what} was drafted by a program and is not confirmed yet: check it against the report, then remove "drafted: true".`,
        `${whatZh}由程序起草，尚未确认：请对照原文核对，然后删去“drafted: true”。`,
      ),
  },
  docs: {
    en: `\`npm run draft\` proposes figures, targets and sections read from a report's text, and \`npm run
new-edition\` carries last year's edition metadata; each such item carries \`drafted: true\`. A program can
misread a phrase, so validation warns of each drafted item, and \`--strict\` and a release refuse the edition
until an editor has confirmed every one. *Example:* \`Headline indicator "gdp" was drafted by a program and
is not confirmed yet.\` *Fix:* compare the item with its phrase in the report (value, unit, growth, bound
and strive words, label), correct what is wrong, add the English label, then delete the line \`drafted: true\`.`,
    zh: `\`npm run draft\` 从报告文本中读出数据、目标和章节并提出草稿，\`npm run new-edition\` 沿用上年版本的基本信息；这些条目都带有
\`drafted: true\`。程序可能读错原句，因此校验对每个草稿条目给出警告；在编辑逐项确认之前，\`--strict\` 和发布都会拒绝该版本。
*示例：*\`主要指标“gdp”由程序起草，尚未确认。\`
*改法：*对照原文中的原句核对该项（数值、单位、增速、限定词和“力争”、名称），改正错误、补上英文名称，然后删去 \`drafted: true\` 这一行。`,
  },
});
