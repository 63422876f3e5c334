import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-found',
  severity: 'error',
  summary:
    "A figure's source phrase does not occur in the edition's source document, or the edition's district, city or province in any of its documents.",
  fix: {
    en: 'Copy the phrase exactly from source.txt (for a figure of context.yaml, from the document it names), punctuation included; name the district, city and province as the documents do.',
    zh: '从 source.txt（context.yaml 中的对比数据则从其所引文件）中原样复制出处原文，包括标点；区县、城市、省份的名称与文件中的写法一致。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    /** The edition's district, city or province, named in none of its documents. */
    placeNotNamed: (field: 'district' | 'city' | 'province', name: string) =>
      both(
        `The edition's ${field} "${name}" occurs in none of its documents (the source document or a comparison document): the reports place every rank and comparison of that scope in it.`,
        `版本的${{ district: '区县', city: '城市', province: '省份' }[field]}“${name}”在其任何文件（源文件或对比文件）中都没有出现：报告把该范围的排名和比较都归于它。`,
      ),
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
message names that file. The edition's \`district\`, \`city\` and \`province\` (Chinese) must each occur in
\`source.txt\` or a comparison document: the reports place every rank and comparison of that scope in them,
and a city no document names validated ("No. 3 in Sample City").
*Fix:* copy the phrase exactly from \`source.txt\` (or that document), including punctuation such as \`，\` versus \`,\`.`,
    zh: `出处原文 \`source\` 在 \`source.txt\` 中找不到（比较时忽略空格和换行）。*示例：*
\`出处原文“实现地区生产总值(GDP)2887.9亿元”在源文件中找不到。\`
\`context.yaml\` 中的对比数据与其 \`document\` 所指文件核对，消息中写明该文件。版本的 \`district\`、\`city\`、\`province\`（中文）须各自出现在 \`source.txt\` 或某个对比文件中：
报告把该范围的排名和比较都归于它们，曾有任何文件都没有提到的城市通过校验（“全市第三”被说成该城市的第三）。
*改法：*从 \`source.txt\`（或该文件）中原样复制出处原文，包括标点（例如全角逗号“，”与半角逗号“,”的区别）。`,
  },
});
