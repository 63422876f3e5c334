import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-found',
  severity: 'error',
  summary: "A figure's source phrase does not occur in the edition's source document.",
  fix: {
    en: 'Copy the phrase exactly from source.txt (for a figure of context.yaml, from the document it names), punctuation included.',
    zh: '从 source.txt（context.yaml 中的对比数据则从其所引文件）中原样复制出处原文，包括标点。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    phraseNotFound: (phrase: string) =>
      both(`Source phrase "${phrase}" does not occur in the source document.`, `出处原文“${phrase}”在源文件中找不到。`),
    /** A comparison figure's phrase (context.yaml), not in the document it names. */
    phraseNotInDocument: (phrase: string, file: string) =>
      both(
        `Source phrase "${phrase}" does not occur in the document it is quoted from, ${file}.`,
        `出处原文“${phrase}”在所引文件 ${file} 中找不到。`,
      ),
  },
  docs: {
    en: `The \`source\` phrase is not in \`source.txt\` (spaces and line breaks are ignored). *Example:*
\`Source phrase "实现地区生产总值(GDP)2887.9亿元" does not occur in the source document.\`
A comparison figure of \`context.yaml\` is checked against the document its \`document\` names, and the
message names that file.
*Fix:* copy the phrase exactly from \`source.txt\` (or that document), including punctuation such as \`，\` versus \`,\`.`,
    zh: `出处原文 \`source\` 在 \`source.txt\` 中找不到（比较时忽略空格和换行）。*示例：*
\`出处原文“实现地区生产总值(GDP)2887.9亿元”在源文件中找不到。\`
\`context.yaml\` 中的对比数据与其 \`document\` 所指文件核对，消息中写明该文件。
*改法：*从 \`source.txt\`（或该文件）中原样复制出处原文，包括标点（例如全角逗号“，”与半角逗号“,”的区别）。`,
  },
});
