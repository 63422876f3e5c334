import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { messages } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/part-within-whole.js';
import type { EditionData, Text } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { figureLookup, report, type Acknowledgement } from './arithmetic.js';

/** plan:part-within-whole — a figure marked as part of another (partOf) is not larger than the whole. */
export function partWithinWhole(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const { figures, cited } = figureLookup(data, files);
  type Part = {
    role: 'headline' | 'achievements';
    path: DataPath;
    value: number;
    label: Text;
    whole?: string;
    acknowledgements?: readonly Acknowledgement[];
  };
  const partOf: Part[] = [
    ...data.headline.indicators.map((item, i) => ({
      role: 'headline' as const,
      path: ['indicators', i, 'value'],
      value: item.value,
      label: item.label,
      whole: item.partOf,
      acknowledgements: item.knownDiscrepancies,
    })),
    ...data.achievements.achievements.map((item, i) => ({
      role: 'achievements' as const,
      path: ['achievements', i, 'value'],
      value: item.value,
      label: item.label,
      whole: item.partOf,
      acknowledgements: item.knownDiscrepancies,
    })),
  ];
  for (const part of partOf) {
    const whole = part.whole === undefined ? undefined : figures.get(part.whole);
    if (!whole || part.value <= whole.value) continue;
    const message = messages.followsFrom(rule.messages.partExceedsWhole(part.label, part.value, whole.value), [cited(whole)]);
    report(
      sink,
      files[part.role],
      part.path,
      'plan:part-within-whole',
      'error',
      message,
      whole.value,
      part.value,
      part.label,
      part.acknowledgements,
    );
  }
}
