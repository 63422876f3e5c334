import { both, type MessageText } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:glyph-coverage',
  severity: 'error',
  summary: 'A character cannot be rendered by the fonts the briefs embed.',
  fix: {
    en: 'Retype the character, or replace it with a common equivalent.',
    zh: '重新输入该字符，或换成常用的等价字符。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    glyphMissing: (char: string, codePoint: string, font: string) =>
      both(
        `Character "${char}" (${codePoint}) cannot be rendered: the font ${font} has no glyph for it.`,
        `字符“${char}”（${codePoint}）无法显示：字体 ${font} 中没有这个字形。`,
      ),
    /** A character that would print as a blank or as nothing: named by its code and described, never quoted raw. */
    glyphMissingUnseen: (codePoint: string, description: MessageText, font: string) =>
      both(
        `Character ${codePoint} (${description.en}) cannot be rendered: the font ${font} has no glyph for it. Delete it, or type the character meant in its place.`,
        `字符 ${codePoint}（${description.zh}）无法显示：字体 ${font} 中没有这个字形。请删除它，或在此处输入本来要输入的字符。`,
      ),
  },
  docs: {
    en: `A character cannot be printed with the fonts the briefs embed (Noto Sans SC, or Noto Sans for Latin text), e.g. a rare character
or an invisible control character pasted from elsewhere. *Example:* \`Character "𓀀" (U+13000) cannot be rendered\`.
*Fix:* retype the character, or replace it with a common equivalent.`,
    zh: `简报所嵌入的字体（Noto Sans SC）无法显示某个字符，例如生僻字，或从别处粘贴而来的不可见控制字符。*示例：*\`字符“𓀀”（U+13000）无法显示：字体 … 中没有这个字形。\`
*改法：*重新输入该字符，或换成常用的等价字符。`,
  },
});
