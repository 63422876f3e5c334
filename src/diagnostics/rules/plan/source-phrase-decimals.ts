import { both, fieldZh } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:source-phrase-decimals',
  severity: 'error',
  summary: 'A figure is written with other decimals than its source phrase publishes (5 for 5.0).',
  fix: {
    en: 'Write the number exactly as the phrase publishes it, trailing zeros included (growth: 5.0).',
    zh: '按原文公布的写法填写数字，末尾的 0 也要写（growth: 5.0）。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    decimalsDiffer: (field: string, written: string, stated: string, phrase: string) =>
      both(
        `${field} is written ${written} in the data, but source phrase "${phrase}" publishes ${stated}: the reports print the number as the data writes it. Write ${stated}.`,
        `${fieldZh(field)} 在数据中写作 ${written}，但出处原文“${phrase}”公布的是 ${stated}：报告按数据的写法印出该数。请写作 ${stated}。`,
      ),
  },
  docs: {
    en: `A published figure keeps its decimals: 5.0 is not 5. The reports print each number with the decimals
the data writes it with (\`growth: 5.0\` prints 5.0%, \`growth: 5\` prints 5%; the loader keeps each number's
text as written). They must be the decimals of the number in the source phrase; a table cell too is
written as its phrase publishes it. *Example:*
\`growth is written 5 in the data, but source phrase "实现地区生产总值(GDP)2887.8亿元、总量列全市第二,增长5.0%、增速列全市第六" publishes 5.0: the reports print the number as the data writes it. Write 5.0.\`
*Fix:* copy the number as published, trailing zeros included.`,
    zh: `公布数的小数位是数的一部分：5.0 不是 5。报告按数据中的写法印出数字（\`growth: 5.0\` 印成 5.0%，\`growth: 5\` 印成 5%；
读取数据时保留每个数字的原样写法）。它们必须与出处原文中该数字的小数位相同；表格单元格也按其出处原文的写法填写。*示例：*
\`growth(增速) 在数据中写作 5，但出处原文“实现地区生产总值(GDP)2887.8亿元、总量列全市第二,增长5.0%、增速列全市第六”公布的是 5.0：报告按数据的写法印出该数。请写作 5.0。\`
*改法：*照公布数原样填写，末尾的 0 也要写。`,
  },
});
