import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:schema-unknown-key',
  severity: 'error',
  summary: 'A field name is not one the schema knows (often a typo).',
  fix: {
    en: 'Correct the spelling of the field name.',
    zh: '更正字段名的拼写。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  messages: {
    unknownKey: (key: string, suggestion?: string) =>
      suggestion
        ? both(`Unknown field "${key}" (did you mean "${suggestion}"?).`, `未知字段“${key}”（是否应为“${suggestion}”？）。`)
        : both(
            `Unknown field "${key}"; check its spelling against CONTRIBUTING.md.`,
            `未知字段“${key}”；请对照 CONTRIBUTING.md 检查拼写。`,
          ),
    commaInText: (key: string, field: string, quoted: string) =>
      both(
        `"${key}" reads as a field name: inside { } a comma ends the text of ${field}. Put a text that holds a comma in quotes: ${quoted}.`,
        `“${key}”被读成了字段名：在 { } 中，逗号会结束 ${field} 的文字。含逗号的文字须加引号：${quoted}。`,
      ),
  },
  docs: {
    en: `A field name the schema does not know, usually a typo (\`grwoth\`). *Fix:* correct the spelling.
It is also what an unquoted comma does inside \`{ }\`: in \`{zh: 农业、林业, en: Agriculture, forestry}\` the
comma ends the English text and "forestry" reads as a field. The message then says so; *fix:* put the
text in quotes, \`en: "Agriculture, forestry"\`.`,
    zh: `结构定义中没有的字段名，通常是拼写错误（\`grwoth\`）。*改法：*更正字段名的拼写。
在 \`{ }\` 中未加引号的逗号也会造成这一错误：\`{zh: 农业、林业, en: Agriculture, forestry}\` 中逗号结束了英文文字，
“forestry”被读成字段名。此时消息会说明这一点；*改法：*给文字加引号，\`en: "Agriculture, forestry"\`。`,
  },
});
