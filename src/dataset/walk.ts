import type { EditionData, EditionFileRole, Text } from './schema.js';
import type { DataPath } from './source-file.js';

/**
 * The one walk over an edition. Each part of the data is visited here once, and says what it
 * holds: its ids (with the scope they must be unique in), the units it uses, the figures that
 * text can cite, and its citations of the source with the numbers each must contain, every one
 * with its data path. Validation rules, the plan model and the tools read these lists; a new
 * field is added here and nowhere else.
 */

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

/** An id and the scope it must be unique in ("edition", or one table's rows). */
export interface IdEntry {
  readonly role: EditionFileRole;
  readonly path: DataPath;
  readonly id: string;
  readonly scope: string;
}

/** A unit id used by a figure, with the path of the `unit` field. */
export interface UnitEntry {
  readonly role: EditionFileRole;
  readonly path: DataPath;
  readonly unit: string;
}

export interface EditionWalk {
  readonly ids: readonly IdEntry[];
  readonly units: readonly UnitEntry[];
  readonly figures: readonly FigureEntry[];
  readonly citations: readonly SourcedRecord[];
}

/** Walks an edition once: see the top of this file. */
export function walkEdition(data: EditionData): EditionWalk {
  const ids: IdEntry[] = [];
  const units: UnitEntry[] = [];
  const figures: FigureEntry[] = [];
  const citations: SourcedRecord[] = [];

  const id = (role: EditionFileRole, base: DataPath, value: string, scope = 'edition') =>
    ids.push({ role, path: [...base, 'id'], id: value, scope });
  const unit = (role: EditionFileRole, path: DataPath, value: string) => units.push({ role, path, unit: value });
  const cite = (role: EditionFileRole, base: DataPath, phrase: string, values: SourcedValue[], key = 'source') =>
    citations.push({ role, path: [...base, key], phrase, values });
  const v = (base: DataPath, field: string, value: number | undefined, sub: DataPath = [field]): SourcedValue[] =>
    value === undefined ? [] : [{ field, value, path: [...base, ...sub] }];
  const rankValues = (base: DataPath, ranks: readonly { position: number }[] | undefined): SourcedValue[] =>
    (ranks ?? []).flatMap((rank, r) => v(base, 'rank', rank.position, ['ranks', r, 'position']));

  cite('edition', ['source'], data.edition.source.phrase, [], 'phrase');

  // Headline indicators and achievements: citeable figures with growth and ranks.
  const indicators = [
    { role: 'headline', list: 'indicators', items: data.headline.indicators },
    { role: 'achievements', list: 'achievements', items: data.achievements.achievements },
  ] as const;
  for (const { role, list, items } of indicators) {
    items.forEach((item, i) => {
      const base = [list, i];
      id(role, base, item.id);
      unit(role, [...base, 'unit'], item.unit);
      const { qualifier } = item as { qualifier?: 'over' | 'about' };
      figures.push({
        id: item.id,
        label: item.label,
        value: item.value,
        unit: item.unit,
        ...(qualifier ? { qualifier } : {}),
        role,
        path: base,
      });
      cite(role, base, item.source, [...v(base, 'value', item.value), ...v(base, 'growth', item.growth), ...rankValues(base, item.ranks)]);
    });
  }

  // The review year's targets table.
  cite('reviewTargets', [], data.reviewTargets.captionSource, [], 'captionSource');
  data.reviewTargets.rows.forEach((row, i) => {
    const base = ['rows', i];
    id('reviewTargets', base, row.id);
    if (row.target.kind !== 'qualitative') unit('reviewTargets', [...base, 'target', 'unit'], row.target.unit);
    row.actual.forEach((actual, a) => unit('reviewTargets', [...base, 'actual', a, 'unit'], actual.unit));
    cite('reviewTargets', base, row.source, [
      ...(row.target.kind === 'qualitative' ? [] : v(base, 'target', row.target.value, ['target', 'value'])),
      ...row.actual.flatMap((actual, a) => v(base, 'actual', actual.value, ['actual', a, 'value'])),
    ]);
  });

  // The plan year's targets: numeric ones are citeable figures.
  for (const list of ['main', 'work'] as const) {
    data.planTargets[list].forEach((item, i) => {
      const base = [list, i];
      id('planTargets', base, item.id);
      if (item.target.kind === 'qualitative') {
        cite('planTargets', base, item.source, []);
        return;
      }
      unit('planTargets', [...base, 'target', 'unit'], item.target.unit);
      figures.push({ id: item.id, label: item.label, value: item.target.value, unit: item.target.unit, role: 'planTargets', path: base });
      cite('planTargets', base, item.source, v(base, 'target', item.target.value, ['target', 'value']));
    });
  }

  for (const part of ['review', 'plan'] as const) data.sections[part].forEach((section, s) => id('sections', [part, s], section.id));

  // Project tables: row ids are unique within their table.
  data.projects.tables.forEach((table, t) => {
    const base = ['tables', t];
    id('projects', base, table.id);
    cite('projects', base, table.captionSource, [], 'captionSource');
    if (table.noteSource !== undefined) cite('projects', base, table.noteSource, [], 'noteSource');
    const rowValues = (at: DataPath, row: { projects: number; totalInvestment: number; annualInvestment: number; annualShare: number }) => [
      ...v(at, 'projects', row.projects),
      ...v(at, 'totalInvestment', row.totalInvestment),
      ...v(at, 'annualInvestment', row.annualInvestment),
      ...v(at, 'annualShare', row.annualShare),
    ];
    table.rows.forEach((row, r) => {
      const at = [...base, 'rows', r];
      id('projects', at, row.id, `table ${table.id}`);
      cite('projects', at, row.source, rowValues(at, row));
    });
    cite('projects', [...base, 'total'], table.total.source, rowValues([...base, 'total'], table.total));
  });

  const pipeline = data.projects.pipeline;
  for (const part of ['total', 'annualInvestment'] as const) {
    unit('projects', ['pipeline', part, 'unit'], pipeline[part].unit);
    cite('projects', ['pipeline', part], pipeline[part].source, v(['pipeline', part], 'value', pipeline[part].value));
  }
  pipeline.stages.forEach((stage, s) => {
    const base = ['pipeline', 'stages', s];
    id('projects', base, stage.id);
    unit('projects', [...base, 'unit'], stage.unit);
    cite('projects', base, stage.source, v(base, 'value', stage.value));
  });
  data.projects.reserves.forEach((reserve, r) => {
    const base = ['reserves', r];
    id('projects', base, reserve.id);
    unit('projects', [...base, 'unit'], reserve.unit);
    cite('projects', base, reserve.source, [...v(base, 'projects', reserve.projects), ...v(base, 'funding', reserve.funding)]);
  });

  cite('sections', ['problems'], data.sections.problems.source, []);
  return { ids, units, figures, citations };
}
