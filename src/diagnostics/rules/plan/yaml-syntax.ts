import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:yaml-syntax',
  severity: 'error',
  summary: 'A data file is not well-formed YAML.',
  fix: {
    en: 'Look at the line named and the one before; put texts containing ", " or ": " in double quotes.',
    zh: '检查所指的行及其上一行；含有英文逗号加空格“，”或英文冒号加空格“：”的文本请加英文双引号。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    yamlSyntax: (detail: string, more: number) =>
      both(
        `YAML syntax error: ${detail}${more > 0 ? ` (${more} more error${more === 1 ? '' : 's'} follow from it; fix this one first)` : ''}`,
        `YAML 语法错误：${detail}${more > 0 ? `（由此引起另外 ${more} 个错误；请先改正这一处）` : ''}`,
      ),
  },
  docs: {
    en: `The file is not well-formed YAML: often a missing \`}\` or \`]\`, a tab instead of spaces, or a text
containing \`, \` or \`: \` inside \`{ … }\` without quotes. *Example:* \`headline.yaml:5:5 error YAML syntax error: …\`.
*Fix:* look at the line named (and the one before); put such texts in double quotes.`,
    zh: `文件不是格式正确的 YAML：常见原因是缺少 \`}\` 或 \`]\`、用制表符代替空格，或 \`{ … }\` 中含有 \`, \` 或 \`: \` 的文本未加引号。*示例：*\`headline.yaml:5:5 错误 YAML 语法错误:…\`。
*改法：*检查所指的行及其上一行；此类文本请加英文双引号。`,
  },
});
