import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:text-too-long',
  severity: 'error',
  summary: 'A text is longer than its field allows.',
  fix: {
    en: 'Shorten the text to the length the message gives.',
    zh: '把文字缩短到消息所给的长度以内。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  messages: {
    textTooLong: (key: string, length: number, max: number) =>
      both(
        `Field "${key}" is ${length} characters long; it may be at most ${max}. Shorten it.`,
        `字段“${key}”长 ${length} 个字符，最多 ${max} 个；请缩短。`,
      ),
  },
  docs: {
    en: `A text is longer than its field allows (see "How long a text may be"). *Example:*
\`Field "en" is 372 characters long; it may be at most 300.\` *Fix:* shorten it; a long explanation
belongs in a \`note\`.`,
    zh: `文字超过该字段允许的长度（见“文字长度上限”）。*示例：*\`字段“en”长 372 个字符，最多 300 个；请缩短。\` *改法：*缩短文字；较长的解释请写在 \`note\`（说明）中。`,
  },
});
