import { both, fieldZh, type MessageText } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:schema-type',
  severity: 'error',
  summary: 'A field has the wrong type (text, number, list, …), or a number that is not finite.',
  fix: {
    en: 'Write a plain number (120.5), text, or a file name inside the edition folder, as the field needs.',
    zh: '按字段要求填写：普通数字（如 120.5）、文本，或版本文件夹内的文件名。',
  },
  reportedBy: 'schema',
  fixtures: 'demo-edition',
  messages: {
    wrongType: (key: string, expected: MessageText, received: MessageText) =>
      both(`Field "${key}" must be ${expected.en}, not ${received.en}.`, `字段“${fieldZh(key)}”应为${expected.zh}，而不是${received.zh}。`),
    notFinite: (key: string) =>
      both(`Field "${key}" must be a finite number (not .inf or .nan).`, `字段“${fieldZh(key)}”必须是有限数值（不能是 .inf 或 .nan）。`),
    tooSmall: (key: string, detail: MessageText) =>
      both(`Field "${key}" is too small: ${detail.en}.`, `字段“${fieldZh(key)}”过小：${detail.zh}。`),
    tooBig: (key: string, detail: MessageText) =>
      both(`Field "${key}" is too large: ${detail.en}.`, `字段“${fieldZh(key)}”过大：${detail.zh}。`),
    badFormat: (key: string, expected: MessageText) =>
      both(`Field "${key}" must be ${expected.en}.`, `字段“${fieldZh(key)}”格式不符：应为${expected.zh}。`),
    schemaOther: (key: string, detail: MessageText) => both(`Field "${key}": ${detail.en}.`, `字段“${fieldZh(key)}”：${detail.zh}。`),
  },
  docs: {
    en: `A field has the wrong kind of value: text where a number belongs (\`value: about 120\`), \`.nan\` or
\`.inf\`, a decimal where a whole number belongs, or a source file name with \`/\` or \`..\`.
*Fix:* write a plain number (\`120.5\`), or a file name inside the edition folder.`,
    zh: `字段值的类型不对：应填数字处填了文字（\`value: about 120\`）、填了 \`.nan\` 或 \`.inf\`、应填整数处填了小数，或源文件名中含有 \`/\` 或 \`..\`。
*改法：*填写普通数字（\`120.5\`），或版本文件夹内的文件名。`,
  },
});
