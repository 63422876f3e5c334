import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:yaml-syntax',
  severity: 'error',
  summary: 'A data file is not well-formed YAML.',
  fix: {
    en: 'Look at the line named and the one before; close every "[" and "{" opened; put texts containing ", " or ": " in double quotes.',
    zh: '检查所指的行及其上一行；打开的“[”和“{”都要关闭；含有英文逗号加空格“，”或英文冒号加空格“：”的文本请加英文双引号。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    yamlSyntax: (detail: string, more: number) =>
      both(
        `YAML syntax error: ${detail}${more > 0 ? ` (${more} more error${more === 1 ? '' : 's'} follow from it; fix this one first)` : ''}`,
        `YAML 语法错误：${detail}${more > 0 ? `（由此引起另外 ${more} 个错误；请先改正这一处）` : ''}`,
      ),
    /** The reader ran out of stack: brackets (or indented levels) nested hundreds deep. */
    tooDeep: () =>
      both(
        'The file nests lists or mappings too deeply to be read (hundreds of "[" or "{" inside one another, or as many indented levels; it got this far). A data file nests a few levels: look for brackets opened and never closed.',
        '文件中的列表或映射嵌套过深，无法读取（数百个“[”或“{”层层嵌套，或同样多的缩进层级；读到此处为止）。数据文件只嵌套几层：请查找打开后没有关闭的括号。',
      ),
  },
  docs: {
    en: `The file is not well-formed YAML: often a missing \`}\` or \`]\`, a tab instead of spaces, or a text
containing \`, \` or \`: \` inside \`{ … }\` without quotes. Brackets nested hundreds deep are said as such
(the file nests too deeply to be read). *Example:* \`headline.yaml:5:5 error YAML syntax error: …\`.
*Fix:* look at the line named (and the one before); put such texts in double quotes.`,
    zh: `文件不是格式正确的 YAML：常见原因是缺少 \`}\` 或 \`]\`、用制表符代替空格，或 \`{ … }\` 中含有 \`, \` 或 \`: \` 的文本未加引号。括号层层嵌套数百层时，消息说明文件嵌套过深、无法读取。*示例：*\`headline.yaml:5:5 错误 YAML 语法错误:…\`。
*改法：*检查所指的行及其上一行；此类文本请加英文双引号。`,
  },
});
