import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-has-text',
  severity: 'error',
  summary: "A row's words in a declared text column (统计口径 / scope) are not in the row's source phrase.",
  fix: {
    en: "Copy the words from the row of the document into texts (Chinese exactly as printed), or cite the row's phrase that holds them.",
    zh: '从原文该行照录文字列内容（中文与原文一字不差），或在 source 中引用包含这些文字的原句。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    textNotInPhrase: (phrase: string, column: string, text: string) =>
      both(
        `Source phrase "${phrase}" does not contain "${text}", the row's text in column ${column}.`,
        `出处原文“${phrase}”中没有该行 ${column} 列的文字“${text}”。`,
      ),
  },
  docs: {
    en: `A table or targets list may declare columns of words the document prints beside its figures
(\`textColumns\`, such as the statistical scope 统计口径), filled row by row in \`texts\`. Like a
figure, each row's Chinese words must be in the row's source phrase, as printed, so that a scope
cannot be typed wrong or carried from another row. *Fix:* copy the words from the document's row.`,
    zh: `表格或目标表可声明原文在数字旁列出的文字列（\`textColumns\`，如统计口径），逐行在 \`texts\` 中填写。
与数字一样，每行的中文内容必须出现在该行的出处原文中，与原文一致，以免口径填错或串行。
*改法：*从原文该行照录。`,
  },
});
