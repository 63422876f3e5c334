import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EditionData, GlossaryFile, ProjectColumn, Target, Text, UnitsFile } from '../dataset/schema.js';
import { projectColumns } from '../dataset/schema.js';
import { walkEdition, figureReference, walkNarrative } from '../dataset/walk.js';
import { localizeQuantity, type Localized } from './format.js';
import { computeAttainment, computeStatus, type Status } from './status.js';
import { publishedDecimals, type DataPath, type SourceFile } from '../dataset/source-file.js';
import type { ValidEdition } from '../dataset/edition.js';

/**
 * The plan model: the dataset typed, with every derived figure (statuses, sums, differences,
 * formatted values in both languages) computed here and only here. Charts, briefs and workbooks
 * read this; none of them computes a figure of its own.
 */

export interface Rank {
  readonly measure: 'total' | 'growth';
  readonly scope: 'city' | 'province' | 'nation';
  readonly position: number;
}

export interface PlanFigure {
  readonly id: string;
  readonly label: Text;
  readonly value: number;
  readonly unit: string;
  readonly decimals: number;
  readonly display: Localized;
  readonly qualifier?: 'over' | 'about';
  readonly growth?: { readonly value: number; readonly decimals: number; readonly display: Localized };
  readonly ranks: readonly Rank[];
  readonly section?: string;
  readonly partOf?: string;
  readonly ratioOf?: { readonly numerator: string; readonly denominator: string };
  /** The review-year target set for this headline indicator (Table 1), with its status. */
  readonly target?: { readonly display: Localized; readonly status: Status };
  readonly source: string;
}

export interface PlanTargetValue {
  readonly kind: Target['kind'];
  readonly value?: number;
  readonly unit?: string;
  readonly decimals?: number;
  /** The target as a reader sees it: "力争300亿元" / "strive for RMB 30 billion". */
  readonly display: Localized;
}

export interface ReviewTargetRow {
  readonly id: string;
  readonly no: number;
  readonly group?: Text;
  readonly indicator: Text;
  readonly note?: Text;
  readonly target: PlanTargetValue;
  readonly actual: readonly { value: number; unit: string; decimals: number; measure: 'level' | 'growth'; display: Localized }[];
  readonly status: Status;
  /** Result as a percentage of the target, unrounded; absent when not comparable. */
  readonly attainment?: number;
  readonly source: string;
}

export interface PlanTarget {
  readonly id: string;
  readonly label: Text;
  readonly section?: string;
  readonly indicator?: string;
  readonly measure: 'level' | 'growth';
  readonly target: PlanTargetValue;
  /** For growth targets that continue a headline indicator: its review-year growth. */
  readonly previous?: { readonly value: number; readonly decimals: number; readonly display: Localized };
  readonly source: string;
}

export interface ProjectRow {
  readonly id: string;
  readonly label: Text;
  readonly values: Readonly<Record<ProjectColumn, number>>;
  readonly decimals: Readonly<Record<ProjectColumn, number>>;
  /** annualInvestment ÷ total annualInvestment × 100, unrounded. */
  readonly computedShare?: number;
  readonly notes: readonly Text[];
}

export interface ProjectTable {
  readonly id: string;
  readonly caption: Text;
  readonly dimension: Text;
  readonly note?: Text;
  readonly rows: readonly ProjectRow[];
  readonly total: ProjectRow;
  /** Sum of the rows per column, rounded to the published precision. */
  readonly rowSums: Readonly<Record<ProjectColumn, number>>;
  /** Published total minus the sum of the rows, per column, at the published precision. */
  readonly differences: Readonly<Record<ProjectColumn, number>>;
  readonly source: string;
}

export interface PlanSection {
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  readonly highlights: readonly Text[];
  /** Achievements (review) or work targets (plan) tied to this section. */
  readonly figureIds: readonly string[];
}

export interface Plan {
  readonly edition: EditionData['edition'];
  readonly headline: readonly PlanFigure[];
  readonly reviewTargets: { readonly caption: Text; readonly rows: readonly ReviewTargetRow[] };
  readonly planTargets: { readonly main: readonly PlanTarget[]; readonly work: readonly PlanTarget[] };
  readonly achievements: readonly PlanFigure[];
  readonly projects: {
    readonly tables: readonly ProjectTable[];
    readonly pipeline: {
      readonly total: number;
      readonly annualInvestment: { readonly value: number; readonly display: Localized };
      readonly stages: readonly { id: string; label: Text; value: number }[];
    };
    readonly reserves: readonly {
      id: string;
      label: Text;
      projects: number;
      funding: number;
      decimals: number;
      unit: string;
      qualifier?: 'over' | 'about';
      fundingNote?: Text;
      display: Localized;
    }[];
  };
  readonly sections: { readonly review: readonly PlanSection[]; readonly plan: readonly PlanSection[] };
  readonly problems: Text;
  readonly glossary: GlossaryFile['terms'];
  /** Validation warnings about this edition, for the notes of every output. */
  readonly warnings: readonly Diagnostic[];
}

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));

export function describeTarget(target: Target, decimals: number, units: UnitsFile): PlanTargetValue {
  if (target.kind === 'qualitative') return { kind: target.kind, display: target.text };
  const q = localizeQuantity({ value: target.value, unit: target.unit, decimals }, units);
  const display: Localized = {
    numeric: q,
    above: { zh: `${q.zh}以上`, en: `at least ${q.en}` },
    about: { zh: `${q.zh}左右`, en: `about ${q.en}` },
    'strive-for': { zh: `力争${q.zh}`, en: `strive for ${q.en}` },
  }[target.kind];
  return { kind: target.kind, value: target.value, unit: target.unit, decimals, display };
}

const percent = (value: number, decimals: number, units: UnitsFile) => ({
  value,
  decimals,
  display: localizeQuantity({ value, unit: '%', decimals }, units),
});

export function buildPlan(edition: ValidEdition, units: UnitsFile, glossary: GlossaryFile, warnings: readonly Diagnostic[]): Plan {
  const { data, files } = edition;
  const dec = (file: SourceFile, path: DataPath, value: number) => publishedDecimals(file, path, value);

  const figure = (
    file: SourceFile,
    base: DataPath,
    item: {
      id: string;
      label: Text;
      value: number;
      unit: string;
      growth?: number;
      ranks?: readonly Rank[];
      qualifier?: 'over' | 'about';
      section?: string;
      partOf?: string;
      ratioOf?: { numerator: string; denominator: string };
      source: string;
    },
  ): PlanFigure => {
    const decimals = dec(file, [...base, 'value'], item.value);
    return {
      id: item.id,
      label: item.label,
      value: item.value,
      unit: item.unit,
      decimals,
      display: localizeQuantity({ value: item.value, unit: item.unit, decimals }, units),
      ...(item.qualifier ? { qualifier: item.qualifier } : {}),
      ...(item.growth !== undefined ? { growth: percent(item.growth, dec(file, [...base, 'growth'], item.growth), units) } : {}),
      ranks: item.ranks ?? [],
      ...(item.section ? { section: item.section } : {}),
      ...(item.partOf ? { partOf: item.partOf } : {}),
      ...(item.ratioOf ? { ratioOf: item.ratioOf } : {}),
      source: item.source,
    };
  };

  const headline = data.headline.indicators.map((item, i) => figure(files.headline, ['indicators', i], item));
  const achievements = data.achievements.achievements.map((item, i) => figure(files.achievements, ['achievements', i], item));

  const reviewRows: ReviewTargetRow[] = data.reviewTargets.rows.map((row, i) => {
    const base: DataPath = ['rows', i];
    const targetDecimals = row.target.kind === 'qualitative' ? 0 : dec(files.reviewTargets, [...base, 'target', 'value'], row.target.value);
    const attainment = computeAttainment(row.target, row.actual, units);
    return {
      id: row.id,
      no: row.no,
      ...(row.group ? { group: row.group } : {}),
      indicator: row.indicator,
      ...(row.note ? { note: row.note } : {}),
      target: describeTarget(row.target, targetDecimals, units),
      actual: row.actual.map((actual, a) => {
        const decimals = dec(files.reviewTargets, [...base, 'actual', a, 'value'], actual.value);
        return {
          value: actual.value,
          unit: actual.unit,
          decimals,
          measure: actual.measure ?? 'level',
          display: localizeQuantity({ value: actual.value, unit: actual.unit, decimals }, units),
        };
      }),
      status: computeStatus(row.target, row.actual, units),
      ...(attainment !== undefined ? { attainment } : {}),
      source: row.source,
    };
  });

  // Headline cards show the Table 1 target set for them, and its status.
  const headlineWithTargets = headline.map((h): PlanFigure => {
    const index = data.reviewTargets.rows.findIndex((row) => row.headline === h.id);
    const row = reviewRows[index];
    return row ? { ...h, target: { display: row.target.display, status: row.status } } : h;
  });
  const headlineById = new Map(headline.map((h) => [h.id, h]));
  const planTarget = (list: 'main' | 'work') =>
    data.planTargets[list].map((item, i): PlanTarget => {
      const decimals = item.target.kind === 'qualitative' ? 0 : dec(files.planTargets, [list, i, 'target', 'value'], item.target.value);
      const indicator = 'indicator' in item ? item.indicator : undefined;
      const previous = indicator ? headlineById.get(indicator) : undefined;
      const measure = item.measure ?? 'level';
      return {
        id: item.id,
        label: item.label,
        ...('section' in item ? { section: item.section } : {}),
        ...(indicator ? { indicator } : {}),
        measure,
        target: describeTarget(item.target, decimals, units),
        ...(measure === 'growth' && previous?.growth ? { previous: previous.growth } : {}),
        source: item.source,
      };
    });

  const projectRow = (
    base: DataPath,
    row: EditionData['projects']['tables'][number]['rows'][number] | EditionData['projects']['tables'][number]['total'],
    id: string,
    totalAnnual?: number,
  ): ProjectRow => {
    const values = Object.fromEntries(projectColumns.map((c) => [c, row[c]])) as Record<ProjectColumn, number>;
    const decimals = Object.fromEntries(projectColumns.map((c) => [c, dec(files.projects, [...base, c], row[c])])) as Record<
      ProjectColumn,
      number
    >;
    const notes = 'knownDiscrepancies' in row ? (row.knownDiscrepancies ?? []).map((k) => k.note) : [];
    return {
      id,
      label: row.label,
      values,
      decimals,
      ...(totalAnnual ? { computedShare: (row.annualInvestment / totalAnnual) * 100 } : {}),
      notes,
    };
  };
  const tables: ProjectTable[] = data.projects.tables.map((table, t) => {
    const rows = table.rows.map((row, r) => projectRow(['tables', t, 'rows', r], row, row.id, table.total.annualInvestment));
    const total = projectRow(['tables', t, 'total'], table.total, 'total');
    const rowSums = Object.fromEntries(
      projectColumns.map((c) => [
        c,
        round(
          rows.reduce((acc, row) => acc + row.values[c], 0),
          Math.max(total.decimals[c], ...rows.map((r) => r.decimals[c])),
        ),
      ]),
    ) as Record<ProjectColumn, number>;
    const differences = Object.fromEntries(
      projectColumns.map((c) => [c, round(total.values[c] - rowSums[c], Math.max(total.decimals[c], ...rows.map((r) => r.decimals[c])))]),
    ) as Record<ProjectColumn, number>;
    return {
      id: table.id,
      caption: table.caption,
      dimension: table.dimension,
      ...(table.note ? { note: table.note } : {}),
      rows,
      total,
      rowSums,
      differences,
      source: table.captionSource,
    };
  });

  const pipeline = data.projects.pipeline;
  const annualDecimals = dec(files.projects, ['pipeline', 'annualInvestment', 'value'], pipeline.annualInvestment.value);
  const reserves = data.projects.reserves.map((reserve, r) => {
    const decimals = dec(files.projects, ['reserves', r, 'funding'], reserve.funding);
    return {
      id: reserve.id,
      label: reserve.label,
      projects: reserve.projects,
      funding: reserve.funding,
      decimals,
      unit: reserve.unit,
      ...(reserve.qualifier ? { qualifier: reserve.qualifier } : {}),
      ...(reserve.fundingNote ? { fundingNote: reserve.fundingNote } : {}),
      display: localizeQuantity({ value: reserve.funding, unit: reserve.unit, decimals }, units),
    };
  });

  // Narrative: [[id]] becomes the cited figure, formatted inline for each language.
  const inline = new Map(
    walkEdition(data).figures.map((f) => {
      const file = files[f.role];
      const path = f.role === 'planTargets' ? [...f.path, 'target', 'value'] : [...f.path, 'value'];
      return [f.id, localizeQuantity({ value: f.value, unit: f.unit, decimals: dec(file, path, f.value) }, units)];
    }),
  );
  const resolved = new Map<string, string>();
  walkNarrative(data, (text, path) => {
    const lang = path[path.length - 1] === 'zh' ? 'zh' : 'en';
    resolved.set(
      path.join('/'),
      text.replace(figureReference, (_, id: string) => inline.get(id)?.[lang] ?? `[[${id}]]`),
    );
  });
  const narrative = (path: DataPath, text: Text): Text => ({
    zh: resolved.get([...path, 'zh'].join('/')) ?? text.zh,
    en: resolved.get([...path, 'en'].join('/')) ?? text.en,
  });
  const section = (part: 'review' | 'plan') =>
    data.sections[part].map(
      (s, i): PlanSection => ({
        id: s.id,
        title: narrative([part, i, 'title'], s.title),
        summary: narrative([part, i, 'summary'], s.summary),
        highlights: s.highlights.map((h, k) => narrative([part, i, 'highlights', k], h)),
        figureIds:
          part === 'review'
            ? data.achievements.achievements.filter((a) => a.section === s.id).map((a) => a.id)
            : data.planTargets.work.filter((w) => w.section === s.id).map((w) => w.id),
      }),
    );

  return {
    edition: data.edition,
    headline: headlineWithTargets,
    reviewTargets: { caption: data.reviewTargets.caption, rows: reviewRows },
    planTargets: { main: planTarget('main'), work: planTarget('work') },
    achievements,
    projects: {
      tables,
      pipeline: {
        total: pipeline.total.value,
        annualInvestment: {
          value: pipeline.annualInvestment.value,
          display: localizeQuantity(
            { value: pipeline.annualInvestment.value, unit: pipeline.annualInvestment.unit, decimals: annualDecimals },
            units,
          ),
        },
        stages: pipeline.stages.map((s) => ({ id: s.id, label: s.label, value: s.value })),
      },
      reserves,
    },
    sections: { review: section('review'), plan: section('plan') },
    problems: narrative(['problems'], data.sections.problems),
    glossary: glossary.terms,
    warnings,
  };
}
