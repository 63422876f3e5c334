import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:control-character',
  severity: 'error',
  summary:
    'A text holds an invisible control character, a bidi control, a zero-width character or a soft hyphen (or a line break where the text must be one line).',
  fix: {
    en: 'Delete the invisible character at the position named (retype the text around it if you cannot see it).',
    zh: '删除所指位置的不可见字符（看不见时，重新输入其前后的文字）。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    controlCharacter: (codePoint: string, name: string, index: number, lineBreakAllowed: boolean) =>
      both(
        `Text holds the ${/^U\+00[0-9A]/.test(codePoint) && codePoint !== 'U+00AD' ? 'control' : 'invisible'} character ${codePoint}${name ? ` (${name})` : ''} at character ${index + 1}; remove it${
          lineBreakAllowed ? ' (this text may hold line breaks, nothing else invisible)' : ' (this text must be one line)'
        }.`,
        `文本第 ${index + 1} 个字符是${/^U\+00[0-9A]/.test(codePoint) && codePoint !== 'U+00AD' ? '控制' : '不可见'}字符 ${codePoint}${name ? `（${name}）` : ''}；请删除它${lineBreakAllowed ? '（此文本可以换行，但不能含其他不可见字符）' : '（此文本必须是一行）'}。`,
      ),
  },
  docs: {
    en: `A text holds an invisible control character (pasted from a word processor or a terminal: NUL, ESC,
a tab, a carriage return), or a line break in a text that must be one line (a label, a title, a
source phrase). Characters that change how a line reads without being seen are refused too: line
and paragraph separators (U+2028, U+2029), bidi controls (U+202A–U+202E, U+2066–U+2069, which turn
a line around), zero-width characters (U+200B…) and soft hyphens (U+00AD); a paragraph text may keep
the joiners a script needs (U+200C, U+200D). The message names the character and its position. *Example:*
\`review-targets.yaml:7:33 error Text holds the control character U+000A (line break) at character 11; remove it (this text must be one line).\`
*Fix:* delete the character; in a double-quoted YAML text, remove the \`\\n\`, \`\\t\` or \`\\e\`.`,
    zh: `文字中含有不可见的控制字符（从文字处理软件或终端粘贴而来，如 NUL、ESC、制表符、回车符），或在必须为一行的文字（名称、标题、出处原文）中含有换行。行分隔符和段分隔符（U+2028、U+2029）、双向文字控制符（U+202A–U+202E、U+2066–U+2069，会使一行文字颠倒显示）、零宽字符（U+200B 等）和软连字符（U+00AD）也不允许；段落文字可以保留某些文字需要的连接符（U+200C、U+200D）。消息给出该字符及其位置。*示例：*\`review-targets.yaml:7:33 错误 文本第 11 个字符是控制字符 U+000A（line break）；请删除它（此文本必须是一行）。\`
*改法：*删除该字符；在 YAML 双引号文本中，删除 \`\\n\`、\`\\t\` 或 \`\\e\`。`,
  },
});
