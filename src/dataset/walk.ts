import {
  resultsOf,
  type Bound,
  type EditionData,
  type EditionFileRole,
  type RankData,
  type Relation,
  type Target,
  type Text,
} from './schema.js';
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
  readonly qualifier?: Bound;
  /** Growth on the previous year (%), where the figure has one: what relative targets compare. */
  readonly growth?: number;
  readonly role: EditionFileRole;
  readonly path: DataPath;
}

/**
 * What a record says of one of its numbers besides the digits: the words its phrase must then
 * hold (validate/phrase-claims.ts). `at` is the path of the object holding the fields named here.
 */
export interface ValueClaims {
  readonly at: DataPath;
  /** The field that carries a bound here: a target's `bound`, a figure's `qualifier`; absent where none can. */
  readonly boundField?: 'bound' | 'qualifier';
  readonly bound?: Bound;
  /** A numeric target's `strive` (false when absent); undefined where the record cannot strive. */
  readonly strive?: boolean;
  /** A figure or actual, which can be an estimate (`estimate`) or of an earlier year (`year`). */
  readonly dated?: { readonly estimate: boolean; readonly year?: number };
  /** A rank position: the rank it belongs to. */
  readonly rank?: RankData;
}

/** One number that a source phrase must contain. */
export interface SourcedValue {
  readonly field: string;
  readonly value: number;
  /** The unit the number is in ("rank" for a position in a ranking). */
  readonly unit: string;
  readonly path: DataPath;
  readonly claims?: ValueClaims;
}

/** A record that cites the source document: its phrase and the numbers the phrase must hold. */
export interface SourcedRecord {
  readonly role: EditionFileRole;
  /** Path of the `source` (or captionSource, phrase, …) field. */
  readonly path: DataPath;
  readonly phrase: string;
  readonly values: readonly SourcedValue[];
  /** What the record is: a stable key from the ids on its path ("gdp", "by-sector.xixing", "pipeline.total"). */
  readonly key: string;
  /** Its name as readers see it, where it has one. */
  readonly label?: Text;
  /** The document the phrase is quoted from, when not the edition's source: a context source id (context.yaml). */
  readonly document?: string;
  /** The target the record sets (review-year rows and plan targets), with the path of `target`. */
  readonly target?: {
    readonly kind: Target['kind'];
    readonly relation?: Relation;
    /** A rank target's words in Chinese (保持全市前3位): its position is the one they state. */
    readonly words?: string;
    readonly path: DataPath;
  };
}

/**
 * The name of a target row (a review-target row's `indicator`, a plan target's `label`): its own,
 * or that of the headline indicator it is for, which gives it when the row names none (one name
 * per indicator); its id when there is neither.
 */
export function targetName(data: EditionData, item: { id: string; own?: Text; headline?: string }): Text {
  return item.own ?? data.headline.indicators.find((h) => h.id === item.headline)?.label ?? { zh: item.id, en: item.id };
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
  const problems = data.sections.problems;
  if (problems) for (const lang of ['zh', 'en'] as const) visit(problems[lang], ['problems', lang]);
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
  /** What the figure counts, in English, where the data says (a figure's or numeric target's `noun`). */
  readonly noun?: string;
}

export interface EditionWalk {
  readonly ids: readonly IdEntry[];
  readonly units: readonly UnitEntry[];
  readonly figures: readonly FigureEntry[];
  readonly citations: readonly SourcedRecord[];
}

/**
 * A function of an edition's data, computed once per edition and kept while the data lives: several
 * rules, the plan model and the tools ask for the same (the data of a loaded edition is not
 * changed afterwards).
 */
export function oncePerEdition<T>(compute: (data: EditionData) => T): (data: EditionData) => T {
  const kept = new WeakMap<EditionData, T>();
  return (data) => {
    if (!kept.has(data)) kept.set(data, compute(data));
    return kept.get(data) as T;
  };
}

/** Walks an edition once: see the top of this file. */
export const walkEdition = oncePerEdition(walkOnce);

function walkOnce(data: EditionData): EditionWalk {
  const ids: IdEntry[] = [];
  const units: UnitEntry[] = [];
  const figures: FigureEntry[] = [];
  const citations: SourcedRecord[] = [];

  const id = (role: EditionFileRole, base: DataPath, value: string, scope = 'edition') =>
    ids.push({ role, path: [...base, 'id'], id: value, scope });
  const unit = (role: EditionFileRole, path: DataPath, value: string, noun?: string) =>
    units.push({ role, path, unit: value, ...(noun !== undefined ? { noun } : {}) });
  const cite = (
    role: EditionFileRole,
    base: DataPath,
    phrase: string,
    values: SourcedValue[],
    field = 'source',
    label?: Text,
    target?: Target,
  ) =>
    citations.push({
      role,
      path: [...base, field],
      phrase,
      values,
      key: recordKey(data[role], base),
      ...(label ? { label } : {}),
      ...(target
        ? {
            target: {
              kind: target.kind,
              ...(target.kind === 'relative' ? { relation: target.relation } : {}),
              ...(target.kind === 'rank' ? { words: target.text.zh } : {}),
              path: [...base, 'target'],
            },
          }
        : {}),
    });
  const v = (
    base: DataPath,
    field: string,
    value: number | undefined,
    unit: string,
    sub: DataPath = [field],
    claims?: ValueClaims,
  ): SourcedValue[] => (value === undefined ? [] : [{ field, value, unit, path: [...base, ...sub], ...(claims ? { claims } : {}) }]);
  const rankValues = (base: DataPath, ranks: readonly RankData[] | undefined): SourcedValue[] =>
    (ranks ?? []).flatMap((rank, r) => [
      ...v(base, 'rank', rank.position, 'rank', ['ranks', r, 'position'], { at: [...base, 'ranks', r], rank }),
      // How many are ranked (全省90个县中): a number of the phrase, as the document writes it.
      ...v(base, 'of', rank.of, 'rank', ['ranks', r, 'of']),
    ]);
  const dated = (at: DataPath, item: { estimate?: true; year?: number }): ValueClaims => ({
    at,
    dated: { estimate: item.estimate === true, ...(item.year !== undefined ? { year: item.year } : {}) },
  });
  const targetClaims = (base: DataPath, target: Target): ValueClaims | undefined =>
    target.kind === 'numeric'
      ? { at: [...base, 'target'], boundField: 'bound', ...(target.bound ? { bound: target.bound } : {}), strive: target.strive === true }
      : undefined;

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
      unit(role, [...base, 'unit'], item.unit, item.noun);
      figures.push({
        id: item.id,
        label: item.label,
        value: item.value,
        unit: item.unit,
        ...(item.qualifier ? { qualifier: item.qualifier } : {}),
        ...(item.growth !== undefined ? { growth: item.growth } : {}),
        role,
        path: base,
      });
      cite(
        role,
        base,
        item.source,
        [
          ...v(base, 'value', item.value, item.unit, ['value'], {
            ...dated(base, item),
            boundField: 'qualifier',
            ...(item.qualifier ? { bound: item.qualifier } : {}),
          }),
          ...v(base, 'growth', item.growth, '%', ['growth'], dated(base, item)),
          ...v(base, 'change', item.change, '百分点', ['change'], dated(base, item)),
          ...rankValues(base, item.ranks),
        ],
        'source',
        item.label,
      );
    });
  }

  // Composition ratios (2.8:50.9:46.3): one record, its parts cited together.
  data.achievements.compositions.forEach((item, i) => {
    const base = ['compositions', i];
    id('achievements', base, item.id);
    cite(
      'achievements',
      base,
      item.source,
      item.parts.flatMap((part, p) => v(base, 'part', part.value, '%', ['parts', p, 'value'])),
      'source',
      item.label,
    );
  });

  // Ranks without a figure, and standings in words.
  data.achievements.standings.forEach((item, i) => {
    const base = ['standings', i];
    id('achievements', base, item.id);
    cite('achievements', base, item.source, rankValues(base, item.ranks), 'source', item.label);
  });

  // The review year's targets table.
  const reviewTargets = data.reviewTargets;
  if (reviewTargets) {
    if (reviewTargets.captionSource !== undefined) cite('reviewTargets', [], reviewTargets.captionSource, [], 'captionSource');
    reviewTargets.rows.forEach((row, i) => {
      const base = ['rows', i];
      id('reviewTargets', base, row.id);
      if (row.target.kind === 'numeric') unit('reviewTargets', [...base, 'target', 'unit'], row.target.unit, row.target.noun);
      resultsOf(row).forEach((actual, a) => unit('reviewTargets', [...base, 'actual', a, 'unit'], actual.unit));
      const label = targetName(data, { id: row.id, own: row.indicator, headline: row.headline });
      cite(
        'reviewTargets',
        base,
        row.source,
        [
          ...(row.target.kind === 'numeric'
            ? v(base, 'target', row.target.value, row.target.unit, ['target', 'value'], targetClaims(base, row.target))
            : []),
          ...(row.target.kind === 'rank' ? v(base, 'target', row.target.position, 'rank', ['target', 'position']) : []),
          ...resultsOf(row).flatMap((actual, a) =>
            v(
              base,
              a === 0 ? 'actual' : `actual.${a + 1}`,
              actual.value,
              actual.unit,
              ['actual', a, 'value'],
              dated([...base, 'actual', a], actual),
            ),
          ),
          ...v(base, 'completion', row.completion, '%'),
          ...rankValues(base, row.ranks),
        ],
        'source',
        label,
        row.target,
      );
    });
  }

  // The plan year's targets: numeric ones are citeable figures.
  for (const list of ['main', 'work'] as const) {
    data.planTargets[list].forEach((item, i) => {
      const base = [list, i];
      id('planTargets', base, item.id);
      if (item.target.kind !== 'numeric') {
        const position = item.target.kind === 'rank' ? v(base, 'target', item.target.position, 'rank', ['target', 'position']) : [];
        cite('planTargets', base, item.source, position, 'source', item.label, item.target);
        return;
      }
      unit('planTargets', [...base, 'target', 'unit'], item.target.unit, item.target.noun);
      const label = targetName(data, { id: item.id, own: item.label, headline: 'indicator' in item ? item.indicator : undefined });
      figures.push({ id: item.id, label, value: item.target.value, unit: item.target.unit, role: 'planTargets', path: base });
      const claims = targetClaims(base, item.target);
      cite(
        'planTargets',
        base,
        item.source,
        v(base, 'target', item.target.value, item.target.unit, ['target', 'value'], claims),
        'source',
        label,
        item.target,
      );
    });
  }

  for (const part of ['review', 'plan'] as const) data.sections[part].forEach((section, s) => id('sections', [part, s], section.id));

  // Statistical tables: column and row ids are unique within their table.
  data.tables.tables.forEach((table, t) => {
    const base = ['tables', t];
    id('tables', base, table.id);
    cite('tables', base, table.captionSource, [], 'captionSource');
    if (table.noteSource !== undefined) cite('tables', base, table.noteSource, [], 'noteSource');
    table.columns.forEach((column, c) => {
      id('tables', [...base, 'columns', c], column.id, `columns of table ${table.id}`);
      unit('tables', [...base, 'columns', c, 'unit'], column.unit);
    });
    const unitOf = new Map(table.columns.map((c) => [c.id, c.unit]));
    const rowValues = (at: DataPath, values: Readonly<Record<string, number>>) =>
      Object.entries(values).flatMap(([column, value]) => v(at, column, value, unitOf.get(column) ?? '', ['values', column]));
    table.rows.forEach((row, r) => {
      const at = [...base, 'rows', r];
      id('tables', at, row.id, `table ${table.id}`);
      cite('tables', at, row.source, rowValues(at, row.values), 'source', row.label);
    });
    if (table.total) {
      cite(
        'tables',
        [...base, 'total'],
        table.total.source,
        rowValues([...base, 'total'], table.total.values),
        'source',
        table.total.label,
      );
    }
  });

  const pipeline = data.projects.pipeline;
  if (pipeline) {
    unit('projects', ['pipeline', 'total', 'unit'], pipeline.total.unit);
    const total = v(['pipeline', 'total'], 'value', pipeline.total.value, pipeline.total.unit);
    cite('projects', ['pipeline', 'total'], pipeline.total.source, total, 'source', pipeline.label);
    const annual = pipeline.annualInvestment;
    if (annual) {
      unit('projects', ['pipeline', 'annualInvestment', 'unit'], annual.unit);
      cite(
        'projects',
        ['pipeline', 'annualInvestment'],
        annual.source,
        v(['pipeline', 'annualInvestment'], 'value', annual.value, annual.unit),
      );
    }
  }
  pipeline?.stages.forEach((stage, s) => {
    const base = ['pipeline', 'stages', s];
    id('projects', base, stage.id);
    unit('projects', [...base, 'unit'], stage.unit);
    cite('projects', base, stage.source, v(base, 'value', stage.value, stage.unit), 'source', stage.label);
  });
  data.headline.ratios.forEach((ratio, r) => id('headline', ['ratios', r], ratio.id));
  data.projects.counts.forEach((item, c) => {
    const base = ['counts', c];
    id('projects', base, item.id);
    unit('projects', [...base, 'unit'], item.unit);
    cite('projects', base, item.source, v(base, 'value', item.value, item.unit), 'source', item.label);
  });
  data.projects.reserves.forEach((reserve, r) => {
    const base = ['reserves', r];
    id('projects', base, reserve.id);
    unit('projects', [...base, 'unit'], reserve.unit);
    const funding = { at: base, boundField: 'qualifier', ...(reserve.qualifier ? { bound: reserve.qualifier } : {}) } as const;
    const values = [
      ...v(base, 'projects', reserve.projects, '个'),
      ...v(base, 'funding', reserve.funding, reserve.unit, ['funding'], funding),
    ];
    cite('projects', base, reserve.source, values, 'source', reserve.label);
  });

  if (data.sections.problems) cite('sections', ['problems'], data.sections.problems.source, []);

  // Comparison figures, each quoted from a document of its own (context.yaml sources).
  data.context.sources.forEach((document, d) => id('context', ['sources', d], document.id, 'context sources'));
  data.context.figures.forEach((item, i) => {
    const base = ['figures', i];
    id('context', base, item.id, 'context figures');
    unit('context', [...base, 'unit'], item.unit);
    citations.push({
      role: 'context',
      path: [...base, 'source'],
      phrase: item.source,
      values: [...v(base, 'value', item.value, item.unit), ...v(base, 'growth', item.growth, '%')],
      key: recordKey(data.context, base),
      label: item.label,
      document: item.document,
    });
  });
  return { ids, units, figures, citations };
}

/**
 * A record's stable key: the ids along its data path, with the named parts that have none
 * ("gdp", "by-sector.xixing", "by-sector.total", "pipeline.total", "pipeline.new").
 */
function recordKey(root: unknown, path: DataPath): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const segment of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string') parts.push(id);
    else if (typeof segment === 'string' && ['pipeline', 'total', 'annualInvestment'].includes(segment)) parts.push(segment);
  }
  return parts.join('.') || 'edition';
}
