import type { EditionData, EditionFileRole, Text } from './schema.js';
import type { DataPath } from './source-file.js';

/** A figure that text can cite as [[id]] and that ratios and parts can refer to. */
export interface FigureEntry {
  readonly id: string;
  readonly label: Text;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: 'over' | 'about';
  readonly role: EditionFileRole;
  readonly path: DataPath;
}

/** Every id-bearing figure of an edition (headline, achievements, numeric plan targets). */
export function collectFigures(data: EditionData): FigureEntry[] {
  const figures: FigureEntry[] = [];
  data.headline.indicators.forEach((item, i) =>
    figures.push({ id: item.id, label: item.label, value: item.value, unit: item.unit, role: 'headline', path: ['indicators', i] }),
  );
  data.achievements.achievements.forEach((item, i) =>
    figures.push({
      id: item.id,
      label: item.label,
      value: item.value,
      unit: item.unit,
      ...(item.qualifier ? { qualifier: item.qualifier } : {}),
      role: 'achievements',
      path: ['achievements', i],
    }),
  );
  for (const list of ['main', 'work'] as const) {
    data.planTargets[list].forEach((item, i) => {
      if (item.target.kind === 'qualitative') return;
      figures.push({
        id: item.id,
        label: item.label,
        value: item.target.value,
        unit: item.target.unit,
        role: 'planTargets',
        path: [list, i],
      });
    });
  }
  return figures;
}

/** One number that a source phrase must contain. */
export interface SourcedValue {
  readonly field: string;
  readonly value: number;
  readonly path: DataPath;
}

/** A record that cites the source document: its phrase and the numbers the phrase must hold. */
export interface SourcedRecord {
  readonly role: EditionFileRole;
  /** Path of the `source` (or captionSource, phrase, …) field. */
  readonly path: DataPath;
  readonly phrase: string;
  readonly values: readonly SourcedValue[];
}

/** Every source citation of an edition, with the values each must contain. */
export function collectSourced(data: EditionData): SourcedRecord[] {
  const records: SourcedRecord[] = [];
  const add = (role: EditionFileRole, base: DataPath, phrase: string, values: SourcedValue[], key = 'source') =>
    records.push({ role, path: [...base, key], phrase, values });
  const v = (base: DataPath, field: string, value: number | undefined, sub: DataPath = [field]): SourcedValue[] =>
    value === undefined ? [] : [{ field, value, path: [...base, ...sub] }];
  const rankValues = (base: DataPath, ranks: readonly { position: number }[] | undefined): SourcedValue[] =>
    (ranks ?? []).flatMap((rank, r) => v(base, 'rank', rank.position, ['ranks', r, 'position']));

  add('edition', ['source'], data.edition.source.phrase, [], 'phrase');

  data.headline.indicators.forEach((item, i) => {
    const base = ['indicators', i];
    add('headline', base, item.source, [
      ...v(base, 'value', item.value),
      ...v(base, 'growth', item.growth),
      ...rankValues(base, item.ranks),
    ]);
  });

  add('reviewTargets', [], data.reviewTargets.captionSource, [], 'captionSource');
  data.reviewTargets.rows.forEach((row, i) => {
    const base = ['rows', i];
    add('reviewTargets', base, row.source, [
      ...(row.target.kind === 'qualitative' ? [] : v(base, 'target', row.target.value, ['target', 'value'])),
      ...row.actual.flatMap((actual, a) => v(base, 'actual', actual.value, ['actual', a, 'value'])),
    ]);
  });

  for (const list of ['main', 'work'] as const) {
    data.planTargets[list].forEach((item, i) => {
      const base = [list, i];
      add('planTargets', base, item.source, item.target.kind === 'qualitative' ? [] : v(base, 'target', item.target.value, ['target', 'value']));
    });
  }

  data.achievements.achievements.forEach((item, i) => {
    const base = ['achievements', i];
    add('achievements', base, item.source, [
      ...v(base, 'value', item.value),
      ...v(base, 'growth', item.growth),
      ...rankValues(base, item.ranks),
    ]);
  });

  data.projects.tables.forEach((table, t) => {
    add('projects', ['tables', t], table.captionSource, [], 'captionSource');
    if (table.noteSource !== undefined) add('projects', ['tables', t], table.noteSource, [], 'noteSource');
    const rowValues = (base: DataPath, row: { projects: number; totalInvestment: number; annualInvestment: number; annualShare: number }) => [
      ...v(base, 'projects', row.projects),
      ...v(base, 'totalInvestment', row.totalInvestment),
      ...v(base, 'annualInvestment', row.annualInvestment),
      ...v(base, 'annualShare', row.annualShare),
    ];
    table.rows.forEach((row, r) => add('projects', ['tables', t, 'rows', r], row.source, rowValues(['tables', t, 'rows', r], row)));
    add('projects', ['tables', t, 'total'], table.total.source, rowValues(['tables', t, 'total'], table.total));
  });
  const pipeline = data.projects.pipeline;
  add('projects', ['pipeline', 'total'], pipeline.total.source, v(['pipeline', 'total'], 'value', pipeline.total.value));
  add(
    'projects',
    ['pipeline', 'annualInvestment'],
    pipeline.annualInvestment.source,
    v(['pipeline', 'annualInvestment'], 'value', pipeline.annualInvestment.value),
  );
  pipeline.stages.forEach((stage, s) =>
    add('projects', ['pipeline', 'stages', s], stage.source, v(['pipeline', 'stages', s], 'value', stage.value)),
  );
  data.projects.reserves.forEach((reserve, r) => {
    const base = ['reserves', r];
    add('projects', base, reserve.source, [...v(base, 'projects', reserve.projects), ...v(base, 'funding', reserve.funding)]);
  });

  add('sections', ['problems'], data.sections.problems.source, []);
  return records;
}

/** `[[figure-id]]` in narrative text: replaced by the figure, formatted per locale. */
export const figureReference = /\[\[([^\]]*)\]\]/g;

/** Calls `visit` for every narrative string of sections.yaml, with its data path. */
export function walkNarrative(data: EditionData, visit: (text: string, path: DataPath) => void): void {
  for (const part of ['review', 'plan'] as const) {
    data.sections[part].forEach((section, s) => {
      for (const lang of ['zh', 'en'] as const) {
        visit(section.title[lang], [part, s, 'title', lang]);
        visit(section.summary[lang], [part, s, 'summary', lang]);
        section.highlights.forEach((h, i) => visit(h[lang], [part, s, 'highlights', i, lang]));
      }
    });
  }
  for (const lang of ['zh', 'en'] as const) visit(data.sections.problems[lang], ['problems', lang]);
}
