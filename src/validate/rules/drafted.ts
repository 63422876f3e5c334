import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/drafted.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData, EditionFileRole } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';

interface Marked {
  readonly drafted?: true;
  readonly id?: string;
}

/** The kinds of item that may carry `drafted: true`, by file and list, with their names in both languages. */
const lists: readonly { role: EditionFileRole; path: DataPath; en: string; zh: string; items: (data: EditionData) => readonly Marked[] }[] =
  [
    { role: 'headline', path: ['indicators'], en: 'Headline indicator', zh: '主要指标', items: (d) => d.headline.indicators },
    { role: 'achievements', path: ['achievements'], en: 'Achievement', zh: '成果', items: (d) => d.achievements.achievements },
    { role: 'reviewTargets', path: ['rows'], en: 'Review target', zh: '目标', items: (d) => d.reviewTargets?.rows ?? [] },
    { role: 'planTargets', path: ['main'], en: 'Main target', zh: '主要目标', items: (d) => d.planTargets.main },
    { role: 'planTargets', path: ['work'], en: 'Work target', zh: '工作目标', items: (d) => d.planTargets.work },
    { role: 'tables', path: ['tables'], en: 'Table', zh: '统计表', items: (d) => d.tables.tables },
    { role: 'sections', path: ['review'], en: 'Review section', zh: '执行情况章节', items: (d) => d.sections.review },
    { role: 'sections', path: ['plan'], en: 'Plan section', zh: '计划章节', items: (d) => d.sections.plan },
  ];

/** plan:drafted — every item still marked `drafted: true`, the edition's metadata included. */
export function drafted(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const report = (role: EditionFileRole, path: DataPath, en: string, zh: string) => {
    const file = files[role];
    const at = [...path, 'drafted'];
    sink.add({ ruleId: 'plan:drafted', file: file.path, place: file.locateKey(at), path: at, message: rule.messages.drafted(en, zh) });
  };
  if (data.edition.drafted) report('edition', [], 'The edition metadata (title, years, source)', '版本基本信息(标题、年度、出处)');
  for (const list of lists) {
    list.items(data).forEach((item, i) => {
      if (item.drafted) report(list.role, [...list.path, i], `${list.en} "${item.id ?? i + 1}"`, `${list.zh}“${item.id ?? i + 1}”`);
    });
  }
}
