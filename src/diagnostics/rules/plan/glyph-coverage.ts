import { both } from '../../messages.js';
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
  },
  docs: {
    en: `A character cannot be printed with the fonts the briefs embed (Noto Sans SC, or Noto Sans for Latin text), e.g. a rare character
or an invisible control character pasted from elsewhere. *Example:* \`Character "𓀀" (U+13000) cannot be rendered\`.
*Fix:* retype the character, or replace it with a common equivalent.`,
    zh: `简报所嵌入的字体（Noto Sans SC）无法显示某个字符，例如生僻字，或从别处粘贴而来的不可见控制字符。*示例：*\`字符“𓀀”（U+13000）无法显示：字体 … 中没有这个字形。\`
*改法：*重新输入该字符，或换成常用的等价字符。`,
  },
});
