import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/edition-years.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData } from '../../dataset/schema.js';

/**
 * plan:edition-years — the edition's Chinese title names its review year, and its plan year where it
 * has plan targets: the years date every figure of the reports, and planYear 2026 / reviewYear 2025
 * on a report of 2024 and 2025 validated.
 */
export function editionYears(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const { title, reviewYear, planYear } = data.edition;
  const hasPlan = data.planTargets.main.length + data.planTargets.work.length > 0;
  const years = [['reviewYear', reviewYear] as const, ...(hasPlan ? [['planYear', planYear] as const] : [])];
  for (const [field, year] of years) {
    if (title.zh.includes(`${year}年`)) continue;
    sink.add({
      ruleId: 'plan:edition-years',
      file: files.edition.path,
      place: files.edition.locate([field]),
      path: [field],
      message: rule.messages.yearNotInTitle(field, year, title.zh),
      expected: `${year}年`,
      actual: title.zh,
    });
  }
}
