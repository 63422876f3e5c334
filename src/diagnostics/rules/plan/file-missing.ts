import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:file-missing',
  severity: 'error',
  summary: 'A file that every edition needs is missing.',
  fix: {
    en: 'Restore the file: copy it from another edition and change it.',
    zh: '恢复该文件：从其他版本复制一份再修改。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    fileMissing: (path: string) => both(`File ${path} is missing; every edition needs it.`, `缺少文件 ${path}；每个版本都需要它。`),
    noEditions: (dir: string) =>
      both(
        `No edition folder under ${dir}/: there is nothing to build. Add one (see CONTRIBUTING.md, "Add an edition").`,
        `${dir}/ 下没有任何版本文件夹：没有可构建的内容。请添加一个（见 CONTRIBUTING.md“新增版本”）。`,
      ),
  },
  docs: {
    en: `A file every edition needs is not there. *Example:* \`data/editions/x/achievements.yaml:1:1 error File … is missing\`.
*Fix:* restore the file (copy it from another edition and change it).`,
    zh: `缺少每个版本都必需的文件。*示例：*\`data/editions/x/achievements.yaml:1:1 错误 缺少文件 …；每个版本都需要它。\`
*改法：*恢复该文件（从其他版本复制一份再修改）。`,
  },
});
