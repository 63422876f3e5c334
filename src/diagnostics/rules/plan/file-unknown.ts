import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:file-unknown',
  severity: 'warning',
  adjustable: true,
  summary: 'A file or folder under data/ that the project does not read (often a misspelt file name).',
  fix: {
    en: 'Rename it to the file the message suggests, or move it into attachments/ if it is not data.',
    zh: '按提示改成应有的文件名；不是数据的文件请移到 attachments/ 文件夹。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    unknownFile: (name: string, suggestion: string | undefined, expected: readonly string[], attachments: string) =>
      both(
        `"${name}" is not read by the project${suggestion ? ` (did you mean ${suggestion}?)` : ''}; this folder holds ${expected.join(', ')}. Keep other files in ${attachments}/.`,
        `项目不读取“${name}”${suggestion ? `（是否应为 ${suggestion}？）` : ''}；此文件夹应包含 ${expected.join('、')}。其他文件请放在 ${attachments}/ 中。`,
      ),
  },
  docs: {
    en: `A file or folder under \`data/\` that the project does not read, a **warning**. *Example:*
\`data/editions/x/headlines.yaml:1:1 warning "headlines.yaml" is not read by the project (did you mean headline.yaml?); …\`.
It is an **error** when the name is close to a data file the edition lacks (\`headlines.yaml\` with no
\`headline.yaml\`): every part but edition.yaml is optional, so the part would silently be left out.
*Fix:* rename it to the name suggested, or move it into an \`attachments/\` folder (see "Where things are").
A hidden name, one that starts with \`.\` (\`.DS_Store\`, an editor's swap or lock file, a folder
\`data/editions/.draft-2026\` set aside), is never read, built or reported (but a hidden copy of an expected name, \`.headline.yaml\`, is still named): to build such an edition,
rename its folder without the dot. A hidden link out of \`data/\` is still an error (plan:file-unreadable).`,
    zh: `项目不读取的 \`data/\` 下的文件或文件夹，级别为**警告**。*示例：*\`data/editions/x/headlines.yaml:1:1 警告 项目不读取“headlines.yaml”(是否应为 headline.yaml?);…\`。
若文件名与本版本缺少的数据文件相近（有 \`headlines.yaml\` 而无 \`headline.yaml\`），则为**错误**：除 edition.yaml 外各部分均可省略，该部分会被悄然略去。
*改法：*按提示改成应有的文件名，或移到 \`attachments/\` 文件夹中（见“文件位置”）。
名称以 \`.\` 开头的隐藏文件或文件夹（\`.DS_Store\`、编辑器的交换或锁定文件、暂时搁置的
\`data/editions/.draft-2026\`）不读取、不生成、也不提示（但隐藏的应有文件名，如 \`.headline.yaml\`，仍会提示）：要生成这样的版本，请去掉文件夹名开头的点。
指向 \`data/\` 之外的隐藏链接仍是错误（plan:file-unreadable）。`,
  },
});
