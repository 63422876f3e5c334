import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:file-empty',
  severity: 'error',
  summary: 'A data file is empty.',
  fix: {
    en: 'Restore its contents.',
    zh: '恢复文件内容。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    fileEmpty: () =>
      both('File is empty; it must hold the data described in CONTRIBUTING.md.', '文件为空；应包含 CONTRIBUTING.md 所述的数据。'),
  },
  docs: {
    en: `The file has nothing in it. *Fix:* restore its contents.`,
    zh: `文件为空。*改法：*恢复文件内容。`,
  },
});
