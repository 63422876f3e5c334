import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber } from '../../diagnostics/messages.js';
import { rule as carried } from '../../diagnostics/rules/plan/target-carried.js';
import { rule as unmatched } from '../../diagnostics/rules/plan/target-unmatched.js';
import type { ValidEdition } from '../../dataset/edition.js';
import type { EditionData, ReviewTargetRowData, Target } from '../../dataset/schema.js';
import { targetName } from '../../dataset/walk.js';
import { previousEdition } from '../../dataset/series.js';

type MainTarget = EditionData['planTargets']['main'][number];

/**
 * The main target of the previous plan that a review target judges: the one it names in
 * `continues`, else the one for the same headline indicator, else the one of the same Chinese name.
 * `named` is false when `continues` names none.
 */
export function counterpart(
  row: ReviewTargetRowData,
  data: EditionData,
  previous: EditionData,
): { target?: MainTarget; index?: number; named: boolean } {
  const main = previous.planTargets.main;
  const found = (index: number) => (index >= 0 ? { target: main[index]!, index, named: true } : undefined);
  if (row.continues !== undefined) return found(main.findIndex((m) => m.id === row.continues)) ?? { named: false };
  const name = targetName(data, { id: row.id, own: row.indicator, headline: row.headline }).zh;
  const sameName = (m: MainTarget) => targetName(previous, { id: m.id, own: m.label, headline: m.indicator }).zh === name;
  if (row.headline !== undefined) {
    const same = main.map((m, i) => ({ m, i })).filter(({ m }) => m.indicator === row.headline);
    const best = same.find(({ m }) => sameName(m)) ?? same.find(({ m }) => m.target.kind === row.target.kind) ?? same[0];
    if (best) return { target: best.m, index: best.i, named: true };
  }
  return found(main.findIndex(sameName)) ?? { named: true };
}

/** The fields of a target that must carry over, with their names in both languages, as published. */
function carriedFields(target: Target): readonly [en: string, zh: string, value: string][] {
  const kind: [string, string, string] = ['kind', '类型', target.kind];
  switch (target.kind) {
    case 'numeric':
      return [
        kind,
        ['value', '数值', formatNumber(target.value)],
        ['unit', '单位', target.unit],
        ['bound', '限定词', target.bound ?? '(none)'],
      ];
    case 'relative':
      return [kind, ['relation', '关系', target.relation]];
    case 'rank':
      return [
        kind,
        ['scope', '范围', target.scope],
        ['position', '名次', target.position === undefined ? '(none)' : String(target.position)],
      ];
    case 'qualitative':
      return [kind];
  }
}

/**
 * plan:target-carried and plan:target-unmatched — across editions: each review target of an edition
 * that follows another of its district against the main target of that edition's plan it judges.
 */
export function checkCarriedTargets(editions: readonly ValidEdition[], sink: DiagnosticSink): void {
  for (const edition of editions) {
    const rows = edition.data.reviewTargets?.rows ?? [];
    const previous = rows.length > 0 ? previousEdition(edition, editions) : undefined;
    if (!previous) continue;
    const file = edition.files.reviewTargets;
    const previousFile = previous.files.planTargets;
    rows.forEach((row, i) => {
      const label = targetName(edition.data, { id: row.id, own: row.indicator, headline: row.headline });
      const { target, index, named } = counterpart(row, edition.data, previous.data);
      if (!named) {
        const path = ['rows', i, 'continues'];
        sink.add({
          ruleId: 'plan:target-carried',
          file: file.path,
          place: file.locate(path),
          path,
          message: carried.messages.unknownTarget(row.continues ?? '', previousFile.path),
        });
        return;
      }
      if (!target || index === undefined) {
        if (row.notInLastPlan) return;
        const path = ['rows', i];
        sink.add({
          ruleId: 'plan:target-unmatched',
          file: file.path,
          place: file.locate(path),
          path,
          message: unmatched.messages.unmatched(label.en, label.zh, previousFile.path),
        });
        return;
      }
      const here = carriedFields(row.target);
      const there = carriedFields(target.target);
      // The first difference only: a changed kind changes every field after it.
      const k = Math.max(here.length, there.length);
      for (let f = 0; f < k; f++) {
        const [en, zh] = here[f] ?? there[f]!;
        const other = there[f]?.[2] ?? '(none)';
        const mine = here[f]?.[2] ?? '(none)';
        if (mine === other) continue;
        const path = ['rows', i, 'target', ...(f === 0 ? ['kind'] : here[f] ? [en] : [])];
        const previousPath = ['main', index, 'target', ...(f === 0 ? ['kind'] : there[f] ? [en] : [])];
        const at = previousFile.locate(previousPath);
        sink.add({
          ruleId: 'plan:target-carried',
          file: file.path,
          place: file.locate(path),
          path,
          message: carried.messages.differs(label.en, label.zh, en, zh, mine, other, `${previousFile.path}:${at.line}:${at.column}`),
          expected: other,
          actual: mine,
        });
        break;
      }
    });
  }
}
