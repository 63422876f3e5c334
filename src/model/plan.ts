import { buildContext, type PlanContext } from './context.js';
import { buildRatios, type DerivedRatio } from './ratios.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SeverityChange } from '../diagnostics/severity.js';
import {
  pendingResult,
  resultsOf,
  type Bound,
  type EditionData,
  type GlossaryFile,
  type GrowthBasis,
  type RankData,
  type Relation,
  type ReviewTargetMeasure,
  type Target,
  type Text,
  type UnitsFile,
} from '../dataset/schema.js';
import type { PublishedFigure } from './figure.js';
import { differingBases, growthBasisOf, type PriceBases } from './growth-basis.js';
import { walkEdition, figureReference, targetName, walkNarrative } from '../dataset/walk.js';
import { formatNumber, localizeQuantity, type Localized } from './format.js';
import {
  computeAttainment,
  computeCompletion,
  computeGap,
  isRate,
  readRankTarget,
  rowStatus,
  type RankReading,
  type Status,
} from './status.js';
import { publishedDecimals, type DataPath, type SourceFile } from '../dataset/source-file.js';
import type { ValidEdition } from '../dataset/edition.js';
import { buildScorecard, type Scorecard } from './scorecard.js';
import { heldWord } from './held.js';
import { buildOutlook, signedPoints, type OutlookRow } from './outlook.js';
import { buildSeries, type PlanSeries, type SeriesIndicator, type SeriesPoint } from './series.js';

/**
 * The plan model: the dataset typed, with every derived figure (statuses, sums, differences,
 * formatted values in both languages) computed here and only here. Charts, briefs and workbooks
 * read this; none of them computes a figure of its own.
 */

export type Rank = RankData;

/** A change on the previous year: its value, and as readers say it ("增长5.0%" / "up 5.0%", "下降2.0%" / "down 2.0%"). */
export interface PlanChange {
  readonly value: number;
  readonly decimals: number;
  /** The magnitude with its unit, unsigned: "5.0%", "1.2个百分点". */
  readonly display: Localized;
  /** With the direction in words: "增长5.0%" / "up 5.0%"; "下降2.0%" / "down 2.0%". */
  readonly said: Localized;
  /** For growth in per cent: the prices it is at, and whether the data, the phrase or the kind of indicator says so. */
  readonly basis?: GrowthBasis;
  readonly basisFrom?: 'data' | 'phrase' | 'kind';
}

export interface PlanFigure extends PublishedFigure {
  readonly qualifier?: Bound;
  /** Growth on the previous year, in per cent. */
  readonly growth?: PlanChange;
  /** Change on the previous year, in percentage points. */
  readonly change?: PlanChange;
  readonly ranks: readonly Rank[];
  readonly section?: string;
  readonly partOf?: string;
  readonly ratioOf?: { readonly numerator: string; readonly denominator: string };
  /** What a reader must know wherever the figure appears (what it includes, double counting). */
  readonly note?: Text;
  /** The word of the source phrase that says the figure is a total held, not what the year added (拥有, 总量, 累计达). */
  readonly held?: string;
  /** The review-year target set for this headline indicator (Table 1), with its status. */
  readonly target?: {
    readonly display: Localized;
    readonly status: Status;
    readonly year?: number;
    readonly priceBases?: PriceBases;
    readonly margin?: Margin;
  };
  readonly source: string;
}

/** A signed difference in percentage points: its value rounded to `decimals`, "−0.9个百分点" / "−0.9 percentage points". */
export interface Margin {
  readonly value: number;
  readonly decimals: number;
  readonly display: Localized;
}

export interface PlanTargetValue {
  readonly kind: Target['kind'];
  readonly value?: number;
  readonly unit?: string;
  /** What a count target counts, in English, where the data names it. */
  readonly noun?: string;
  readonly decimals?: number;
  readonly bound?: Bound;
  readonly strive: boolean;
  /** For a relative target: how it relates, and the figure it is measured against. */
  readonly relation?: Relation;
  readonly against?: string;
  /** For a rank target: its scope, and the lowest position that meets it when it names one (前3位: 3). */
  readonly scope?: Rank['scope'];
  readonly position?: number;
  /** The target as a reader sees it: "力争300亿元" / "strive for RMB 30 billion". */
  readonly display: Localized;
}

export interface ReviewActual {
  readonly value: number;
  readonly unit: string;
  readonly decimals: number;
  readonly measure: 'level' | 'growth';
  /** For a growth result: the prices it is at (see growth-basis.ts). */
  readonly basis?: GrowthBasis;
  readonly estimate: boolean;
  readonly year?: number;
  readonly display: Localized;
}

export interface ReviewTargetRow {
  readonly id: string;
  /** The row's words in the list's text columns (统计口径 / scope), by column id. */
  readonly texts?: Readonly<Record<string, Text>>;
  /** The document's number of the indicator; absent when it numbers none. */
  readonly no?: number;
  readonly group?: Text;
  /** The row's name: its own, or that of the headline indicator it sets a target for. */
  readonly indicator: Text;
  readonly headline?: string;
  readonly note?: Text;
  /** What the target is for, where the data says (growth, share, change); the target's display says it too. */
  readonly measure?: ReviewTargetMeasure;
  readonly target: PlanTargetValue;
  readonly actual: readonly ReviewActual[];
  /** The positions the result states (列全市第2位), of the year of the results. */
  readonly ranks: readonly Rank[];
  /** For a rank target: the position it was judged on, or why it could not be judged (model/status.ts). */
  readonly rankReading?: RankReading;
  readonly status: Status;
  /** The earlier year of the result judged, when it is not the review year (错年数据). */
  readonly year?: number;
  /** For a relative target: the figure it is measured against, with the growth compared. */
  readonly reference?: { readonly id: string; readonly label: Text; readonly growth?: PlanChange };
  /** For a relative target whose result's growth is on another price basis than the reference's: both bases. */
  readonly priceBases?: PriceBases;
  /** Result as a percentage of the target, unrounded; for amounts and counts, absent when not comparable. */
  readonly attainment?: number;
  /** For a rate target: result minus target in percentage points, unrounded. */
  readonly gap?: number;
  /**
   * How far the result is from what it is judged against, in percentage points, signed: a rate
   * result minus its target, or a relative target's growth minus the reference's growth. Said
   * beside a judgement set apart (an earlier year's data, growth at other prices), where the
   * verdict alone would read as firm.
   */
  readonly margin?: Margin;
  /** The completion rate the document publishes, in per cent, with the one computed from result and target. */
  readonly completion?: { readonly value: number; readonly decimals: number; readonly display: Localized; readonly computed?: number };
  readonly source: string;
}

export interface PlanTarget {
  readonly id: string;
  readonly label: Text;
  readonly section?: string;
  readonly indicator?: string;
  /** The review-year result the target continues (headline, achievement or targets-table row id). */
  readonly continues?: string;
  readonly measure: 'level' | 'growth';
  readonly target: PlanTargetValue;
  /** Set when the target counts what the plan year itself adds or delivers (a flow), not a level. */
  readonly flow?: true;
  /** For growth targets that continue a headline indicator or an achievement: its review-year growth. */
  readonly previous?: { readonly value: number; readonly decimals: number; readonly display: Localized };
  readonly source: string;
}

export interface TableColumn {
  readonly id: string;
  readonly label: Text;
  readonly unit: string;
  readonly decimals: number;
  readonly shareOf?: string;
  /** Do the rows add up to the total? */
  readonly additive: boolean;
}

/** A column of words the document prints beside the figures (统计口径 / scope). */
export interface TextColumn {
  readonly id: string;
  readonly label: Text;
}

export interface TableRow {
  readonly id: string;
  readonly label: Text;
  /** The row's words in the table's text columns, by column id; a column the row leaves blank is absent. */
  readonly texts?: Readonly<Record<string, Text>>;
  /** Cell values by column id; a column the row leaves out is absent. */
  readonly values: Readonly<Record<string, number>>;
  /** Each cell's decimals as published (5 stays 5 in a column of tenths), by column id. */
  readonly decimals: Readonly<Record<string, number>>;
  readonly notes: readonly Text[];
}

export interface StatisticalTable {
  readonly id: string;
  readonly caption: Text;
  readonly dimension: Text;
  readonly sheet?: Text;
  readonly note?: Text;
  /** Columns of words after the label column, when the document prints any. */
  readonly textColumns?: readonly TextColumn[];
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly total?: TableRow;
  /** Sum of the rows per additive column, rounded to the column's precision. */
  readonly rowSums: Readonly<Record<string, number>>;
  /** Published total minus the sum of the rows, per additive column, at the column's precision. */
  readonly differences: Readonly<Record<string, number>>;
  readonly chart?: { readonly title: Text; readonly columns: readonly string[] };
  readonly source: string;
}

export interface PlanComposition {
  readonly id: string;
  readonly section: string;
  readonly label: Text;
  readonly parts: readonly { label: Text; value: number; decimals: number }[];
  /** "2.8:50.9:46.3", as published. */
  readonly display: Localized;
  readonly source: string;
}

export interface PlanSection {
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  readonly highlights: readonly Text[];
  /** Achievements (review) or work targets (plan) tied to this section. */
  readonly figureIds: readonly string[];
  /**
   * Where a cited figure ([[id]]) that is an estimate or of an earlier year ends in the text, so that
   * its marks follow it wherever it is printed ("9.1% (2023 data)"); the wording is the reader's.
   */
  readonly figureMarks: readonly FigureMark[];
}

/** A cited figure's flags at the character offset where its value ends in a section's text. */
export interface FigureMark {
  /** The summary, or the highlight at this index. */
  readonly text: 'summary' | number;
  readonly lang: 'zh' | 'en';
  readonly at: number;
  readonly estimate: boolean;
  readonly year?: number;
}

/** A rank stated without a figure (创新指数位列全省第一), or a standing in words (位居全省前列). */
export interface PlanStanding {
  readonly id: string;
  readonly label: Text;
  readonly ranks: readonly Rank[];
  readonly standing?: { readonly scope: Rank['scope']; readonly text: Text };
  readonly source: string;
}

export interface Plan {
  readonly edition: EditionData['edition'];
  readonly headline: readonly PlanFigure[];
  /** The review year's targets table, when the document has one. */
  readonly reviewTargets?: {
    /** The document's caption of its targets table; absent when the targets are not in a captioned table. */
    readonly caption?: Text;
    /** Columns of words after the indicator column, when the document prints any. */
    readonly textColumns?: readonly TextColumn[];
    readonly rows: readonly ReviewTargetRow[];
    /** The targets counted as the source counts them: one per indicator, however many readings it has. */
    readonly scorecard: Scorecard;
  };
  readonly planTargets: { readonly main: readonly PlanTarget[]; readonly work: readonly PlanTarget[] };
  /** Each plan-year target that continues a review-year result, beside it, with the change it implies. */
  readonly outlook: readonly OutlookRow[];
  readonly achievements: readonly PlanFigure[];
  readonly compositions: readonly PlanComposition[];
  /** The document's statistical tables, in its order. */
  readonly tables: readonly StatisticalTable[];
  readonly projects: {
    readonly pipeline?: {
      /** What the pipeline counts: "市重点建设项目" / "city key construction projects". */
      readonly label: Text;
      readonly total: number;
      readonly annualInvestment?: { readonly value: number; readonly display: Localized };
      readonly stages: readonly { id: string; label: Text; value: number }[];
    };
    /** Other counts of projects the report gives beside the pipeline (新开工重大项目): another set, never added to it. */
    readonly counts: readonly { id: string; label: Text; value: number; unit: string }[];
    readonly reserves: readonly {
      id: string;
      label: Text;
      projects: number;
      funding: number;
      decimals: number;
      unit: string;
      qualifier?: Bound;
      fundingNote?: Text;
      display: Localized;
    }[];
  };
  readonly sections: { readonly review: readonly PlanSection[]; readonly plan: readonly PlanSection[] };
  readonly problems?: Text & { readonly summary?: Text };
  /** The shared glossary with the edition's own terms (an edition's term replaces a shared one of the same id). */
  readonly glossary: GlossaryFile['terms'];
  /** Validation warnings about this edition, for the notes of every output. */
  readonly warnings: readonly Diagnostic[];
  /** The project's changes to the checks' severities (data/validation.yaml), for the notes of every output; absent when there are none. */
  readonly severityChanges?: readonly SeverityChange[];
  /** The headline indicators across the district's editions up to this one, when there are earlier ones (./series.ts). */
  readonly series?: PlanSeries<PlanChange>;
  /** Ranks stated without a figure, and standings in words (前列), for the rank table. */
  readonly standings: readonly PlanStanding[];
  /** The ids of every ranked figure, targets-table result and standing, in the order their phrases occur in the source. */
  readonly rankOrder: readonly string[];
  /** The edition beside the city, province and nation (context.yaml), when it has comparison figures. */
  readonly context?: PlanContext;
  /** Ratios derived from two of the report's own figures (headline.yaml ratios), each with its inputs. */
  readonly ratios: readonly DerivedRatio[];
}

export type PlanSeriesIndicator = SeriesIndicator<PlanChange>;
export type PlanSeriesPoint = SeriesPoint<PlanChange>;

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/** A figure with its bound, as readers say it: "超100%" / "over 100%", "8亿元以上" / "at least RMB 800 million". */
export function boundedText(display: Localized, bound: Bound | undefined): Localized {
  switch (bound) {
    case 'over':
      return { zh: `超${display.zh}`, en: `over ${display.en}` };
    case 'at-least':
      return { zh: `${display.zh}以上`, en: `at least ${display.en}` };
    case 'about':
      return { zh: `${display.zh}左右`, en: `about ${display.en}` };
    case 'at-most':
      return { zh: `${display.zh}以内`, en: `at most ${display.en}` };
    default:
      return display;
  }
}

/** A target's words with "strive for" (力争) before them when the target says so. */
export function striveText(text: Localized, strive: boolean): Localized {
  return strive ? { zh: `力争${text.zh}`, en: `strive for ${text.en}` } : text;
}

/** A target's figure said with what it is for: "增长6%左右" / "growth of about 6%"; a level as it is. */
const measureWords: Readonly<Record<Exclude<ReviewTargetMeasure, 'level'>, Localized>> = {
  growth: { zh: '增长', en: 'growth of ' },
  share: { zh: '占比', en: 'a share of ' },
  change: { zh: '提高', en: 'a rise of ' },
};

export function describeTarget(
  target: Target,
  decimals: number,
  units: UnitsFile,
  measure: ReviewTargetMeasure = 'level',
): PlanTargetValue {
  if (target.kind === 'qualitative') return { kind: target.kind, strive: false, display: target.text };
  if (target.kind === 'rank') {
    return {
      kind: target.kind,
      strive: false,
      scope: target.scope,
      ...(target.position !== undefined ? { position: target.position } : {}),
      display: target.text,
    };
  }
  if (target.kind === 'relative') {
    return { kind: target.kind, strive: false, relation: target.relation, against: target.against, display: target.text };
  }
  const quantity = boundedText(localizeQuantity({ value: target.value, unit: target.unit, decimals }, units), target.bound);
  const words = measure === 'level' ? undefined : measureWords[measure];
  const bounded = words ? { zh: `${words.zh}${quantity.zh}`, en: `${words.en}${quantity.en}` } : quantity;
  const display = striveText(bounded, target.strive === true);
  return {
    kind: target.kind,
    value: target.value,
    unit: target.unit,
    ...(target.noun ? { noun: target.noun } : {}),
    decimals,
    ...(target.bound ? { bound: target.bound } : {}),
    strive: target.strive === true,
    display,
  };
}

const basisFields = (b: { basis: GrowthBasis; from: 'data' | 'phrase' | 'kind' }) => ({ basis: b.basis, basisFrom: b.from });

/** A change on the previous year in a unit (% for growth, 百分点 for percentage points), with its direction in words. */
function change(value: number, decimals: number, unit: string, units: UnitsFile): PlanChange {
  const display = localizeQuantity({ value: Math.abs(value), unit, decimals }, units);
  const points = unit !== '%';
  const said: Localized =
    value < 0
      ? { zh: `下降${display.zh}`, en: `down ${display.en}` }
      : value > 0
        ? { zh: `${points ? '提高' : '增长'}${display.zh}`, en: `up ${display.en}` }
        : { zh: points ? '持平' : `增长${display.zh}`, en: points ? 'unchanged' : `up ${display.en}` };
  return { value, decimals, display, said };
}

/**
 * The plan model of an edition. `earlier` are the editions before it in its series, oldest first
 * (src/dataset/series.ts editionSeries): with any, the plan holds the series of headline indicators.
 */
export function buildPlan(
  edition: ValidEdition,
  units: UnitsFile,
  glossary: GlossaryFile,
  warnings: readonly Diagnostic[],
  earlier: readonly ValidEdition[] = [],
): Plan {
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
      noun?: string;
      growth?: number;
      growthBasis?: GrowthBasis;
      change?: number;
      estimate?: true;
      year?: number;
      ranks?: readonly Rank[];
      qualifier?: Bound;
      section?: string;
      partOf?: string;
      ratioOf?: { numerator: string; denominator: string };
      note?: Text;
      source: string;
    },
  ): PlanFigure => {
    const decimals = dec(file, [...base, 'value'], item.value);
    return {
      id: item.id,
      label: item.label,
      value: item.value,
      unit: item.unit,
      ...(item.noun ? { noun: item.noun } : {}),
      decimals,
      display: localizeQuantity({ value: item.value, unit: item.unit, decimals }, units),
      ...(item.qualifier ? { qualifier: item.qualifier } : {}),
      ...(item.growth !== undefined
        ? {
            growth: {
              ...change(item.growth, dec(file, [...base, 'growth'], item.growth), '%', units),
              ...basisFields(growthBasisOf(item.label, item.source, item.growthBasis)),
            },
          }
        : {}),
      ...(item.change !== undefined ? { change: change(item.change, dec(file, [...base, 'change'], item.change), '百分点', units) } : {}),
      ...((word) => (word ? { held: word } : {}))(heldWord(item.source, item.value, decimals)),
      estimate: item.estimate === true,
      ...(item.year !== undefined ? { year: item.year } : {}),
      ranks: item.ranks ?? [],
      ...(item.section ? { section: item.section } : {}),
      ...(item.partOf ? { partOf: item.partOf } : {}),
      ...(item.ratioOf ? { ratioOf: item.ratioOf } : {}),
      ...(item.note ? { note: item.note } : {}),
      source: item.source,
    };
  };

  const headline = data.headline.indicators.map((item, i) => figure(files.headline, ['indicators', i], item));
  const achievements = data.achievements.achievements.map((item, i) => figure(files.achievements, ['achievements', i], item));

  const headlineById = new Map(headline.map((h) => [h.id, h]));
  // A growth result of a row for a headline indicator is on that indicator's basis; else its own name's and phrase's.
  const reviewGrowthBasis = (
    row: { headline?: string; indicator?: Text; id: string; source: string },
    declared?: GrowthBasis,
  ): GrowthBasis =>
    declared ??
    (row.headline !== undefined ? headlineById.get(row.headline)?.growth?.basis : undefined) ??
    growthBasisOf(targetName(data, { id: row.id, own: row.indicator, headline: row.headline }), row.source).basis;
  const figureById = new Map([...headline, ...achievements].map((f) => [f.id, f]));
  const reviewRows: ReviewTargetRow[] = (data.reviewTargets?.rows ?? []).map((row, i) => {
    const base: DataPath = ['rows', i];
    const targetDecimals = row.target.kind === 'numeric' ? dec(files.reviewTargets, [...base, 'target', 'value'], row.target.value) : 0;
    const results = resultsOf(row);
    const attainment = computeAttainment(row.target, results, units);
    const gap = computeGap(row.target, results, units);
    const reference = row.target.kind === 'relative' ? figureById.get(row.target.against) : undefined;
    const actual = results.map((a, k): ReviewActual => {
      const decimals = dec(files.reviewTargets, [...base, 'actual', k, 'value'], a.value);
      return {
        value: a.value,
        unit: a.unit,
        decimals,
        measure: a.measure ?? 'level',
        ...(a.measure === 'growth' ? { basis: reviewGrowthBasis(row, a.growthBasis) } : {}),
        estimate: a.estimate === true,
        ...(a.year !== undefined ? { year: a.year } : {}),
        display: localizeQuantity({ value: a.value, unit: a.unit, decimals }, units),
      };
    });
    const status = rowStatus(row, units, reference ? { growth: reference.growth?.value } : undefined);
    const year = actual.find((a) => a.year !== undefined && a.year !== data.edition.reviewYear)?.year;
    // Whether each side's basis is the brief's reading (the report states none), so that a reader is told.
    const growthResult = results.find((a) => a.measure === 'growth');
    const resultAssumed =
      growthResult !== undefined &&
      growthResult.growthBasis === undefined &&
      (row.headline !== undefined
        ? headlineById.get(row.headline)?.growth?.basisFrom === 'kind'
        : growthBasisOf(targetName(data, { id: row.id, own: row.indicator, headline: row.headline }), row.source).from === 'kind');
    const priceBases = reference
      ? differingBases(actual.find((a) => a.measure === 'growth')?.basis, reference.growth?.basis, {
          result: resultAssumed,
          reference: reference.growth?.basisFrom === 'kind',
        })
      : undefined;
    const margin = (() => {
      // A rate against its rate target, or a relative target's growth against its reference's.
      const rate = actual.find((a) => isRate(units, a.unit) && (reference ? a.measure === 'growth' : true));
      if (!rate) return undefined;
      if (reference) {
        const growth = reference.growth;
        if (!growth) return undefined;
        return signedPoints(rate.value - growth.value, Math.max(rate.decimals, growth.decimals), units);
      }
      return gap === undefined ? undefined : signedPoints(gap, Math.max(rate.decimals, targetDecimals), units);
    })();
    const completion = (() => {
      if (row.completion === undefined) return undefined;
      const decimals = dec(files.reviewTargets, [...base, 'completion'], row.completion);
      const computed = computeCompletion(row.target, results, units);
      return {
        value: row.completion,
        decimals,
        display: localizeQuantity({ value: row.completion, unit: '%', decimals }, units),
        ...(computed !== undefined ? { computed } : {}),
      };
    })();
    return {
      id: row.id,
      ...(row.no !== undefined ? { no: row.no } : {}),
      ...(row.texts ? { texts: row.texts } : {}),
      ...(row.group ? { group: row.group } : {}),
      indicator: targetName(data, { id: row.id, own: row.indicator, headline: row.headline }),
      ...(row.headline ? { headline: row.headline } : {}),
      ...(row.note ? { note: row.note } : {}),
      ...(row.measure ? { measure: row.measure } : {}),
      target: describeTarget(row.target, targetDecimals, units, row.measure),
      actual,
      ranks: row.ranks ?? [],
      ...(row.target.kind === 'rank' && row.actual !== pendingResult ? { rankReading: readRankTarget(row.target, row.ranks ?? []) } : {}),
      status,
      ...(year !== undefined ? { year } : {}),
      ...(reference
        ? { reference: { id: reference.id, label: reference.label, ...(reference.growth ? { growth: reference.growth } : {}) } }
        : {}),
      ...(priceBases ? { priceBases } : {}),
      ...(attainment !== undefined ? { attainment } : {}),
      ...(gap !== undefined ? { gap } : {}),
      ...(margin ? { margin } : {}),
      ...(completion ? { completion } : {}),
      source: row.source,
    };
  });

  // Headline cards show the targets-table target set for them, and its status. A card names the
  // indicator, not its growth ("GDP", not "GDP growth"): a target judged on a growth result that
  // does not say what it is for says it there ("growth of 6%", not "6%").
  const cardTarget = (row: ReviewTargetRow): PlanTargetValue['display'] => {
    const raw = data.reviewTargets?.rows.find((r) => r.id === row.id);
    if (
      !raw ||
      row.measure !== undefined ||
      raw.target.kind !== 'numeric' ||
      row.actual.length === 0 ||
      !row.actual.every((a) => a.measure === 'growth')
    )
      return row.target.display;
    const decimals = dec(files.reviewTargets, ['rows', data.reviewTargets!.rows.indexOf(raw), 'target', 'value'], raw.target.value);
    return describeTarget(raw.target, decimals, units, 'growth').display;
  };
  const headlineWithTargets = headline.map((h): PlanFigure => {
    const row = reviewRows.find((r) => r.headline === h.id);
    return row
      ? {
          ...h,
          target: {
            display: cardTarget(row),
            status: row.status,
            ...(row.year !== undefined ? { year: row.year } : {}),
            ...(row.priceBases ? { priceBases: row.priceBases } : {}),
            ...(row.margin ? { margin: row.margin } : {}),
          },
        }
      : h;
  });
  const planTarget = (list: 'main' | 'work') =>
    data.planTargets[list].map((item, i): PlanTarget => {
      const decimals = item.target.kind === 'numeric' ? dec(files.planTargets, [list, i, 'target', 'value'], item.target.value) : 0;
      const indicator = 'indicator' in item ? item.indicator : undefined;
      const continues = item.continues;
      // The review-year figure the target continues: the headline indicator it names, else the
      // headline indicator or achievement it continues (a growth target for an achievement's growth).
      const previous = indicator
        ? headlineById.get(indicator)
        : continues
          ? (headlineById.get(continues) ?? achievements.find((a) => a.id === continues))
          : undefined;
      const measure = item.measure ?? 'level';
      return {
        id: item.id,
        // A target for an indicator's level takes the indicator's name: one name per indicator.
        label: targetName(data, { id: item.id, own: item.label, headline: indicator }),
        ...('section' in item ? { section: item.section } : {}),
        ...(indicator ? { indicator } : {}),
        ...(continues ? { continues } : {}),
        measure,
        target: describeTarget(item.target, decimals, units),
        ...(item.flow ? { flow: true as const } : {}),
        ...(measure === 'growth' && previous?.growth
          ? { previous: { value: previous.growth.value, decimals: previous.growth.decimals, display: previous.growth.display } }
          : {}),
        source: item.source,
      };
    });

  const tables: StatisticalTable[] = data.tables.tables.map((table, t) => {
    const columns: TableColumn[] = table.columns.map((c) => ({
      id: c.id,
      label: c.label,
      unit: c.unit,
      decimals: c.decimals,
      ...(c.shareOf ? { shareOf: c.shareOf } : {}),
      additive: c.additive ?? true,
    }));
    const row = (
      r: { label: Text; values: Record<string, number>; texts?: Record<string, Text>; knownDiscrepancies?: readonly { note: Text }[] },
      id: string,
      path: DataPath,
    ): TableRow => ({
      id,
      label: r.label,
      ...(r.texts ? { texts: r.texts } : {}),
      values: r.values,
      decimals: Object.fromEntries(
        Object.entries(r.values).map(([column, value]) => [column, dec(files.tables, [...path, 'values', column], value)]),
      ),
      notes: (r.knownDiscrepancies ?? []).map((k) => k.note),
    });
    const rows = table.rows.map((r, i) => row(r, r.id, ['tables', t, 'rows', i]));
    const total = table.total ? row(table.total, 'total', ['tables', t, 'total']) : undefined;
    const additive = columns.filter((c) => c.additive);
    const rowSums = Object.fromEntries(
      additive.map((c) => [
        c.id,
        round(
          rows.reduce((acc, r) => acc + (r.values[c.id] ?? 0), 0),
          c.decimals,
        ),
      ]),
    );
    const differences = Object.fromEntries(
      additive.flatMap((c) => {
        const published = total?.values[c.id];
        return published === undefined ? [] : [[c.id, round(published - rowSums[c.id]!, c.decimals)]];
      }),
    );
    return {
      id: table.id,
      caption: table.caption,
      dimension: table.dimension,
      ...(table.textColumns ? { textColumns: table.textColumns } : {}),
      ...(table.sheet ? { sheet: table.sheet } : {}),
      ...(table.note ? { note: table.note } : {}),
      columns,
      rows,
      ...(total ? { total } : {}),
      rowSums,
      differences,
      ...(table.chart ? { chart: table.chart } : {}),
      source: table.captionSource,
    };
  });

  const compositions: PlanComposition[] = data.achievements.compositions.map((c, i) => {
    const parts = c.parts.map((part, p) => ({
      label: part.label,
      value: part.value,
      decimals: dec(files.achievements, ['compositions', i, 'parts', p, 'value'], part.value),
    }));
    const said = (lang: 'zh-CN' | 'en') => parts.map((part) => formatNumber(part.value, part.decimals, lang)).join(':');
    return { id: c.id, section: c.section, label: c.label, parts, display: { zh: said('zh-CN'), en: said('en') }, source: c.source };
  });

  const pipeline = data.projects.pipeline;
  const annual = pipeline?.annualInvestment;
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
  const saysEstimate = (before: string, lang: 'zh' | 'en') =>
    lang === 'zh' ? /预计[^，。；！？]{0,8}$/u.test(before) : /\bestimated?\b[^.;,!?]{0,24}$/iu.test(before);
  const inline = new Map(
    walkEdition(data).figures.map((f) => {
      const file = files[f.role];
      const path = f.role === 'planTargets' ? [...f.path, 'target', 'value'] : [...f.path, 'value'];
      return [f.id, localizeQuantity({ value: f.value, unit: f.unit, decimals: dec(file, path, f.value) }, units)];
    }),
  );
  // A cited figure that is an estimate or of an earlier year: where its value ends, for its marks.
  const flagged = new Map(
    [...headline, ...achievements].flatMap((f) => {
      const year = f.year !== undefined && f.year !== data.edition.reviewYear ? f.year : undefined;
      return f.estimate || year !== undefined ? [[f.id, { estimate: f.estimate, ...(year !== undefined ? { year } : {}) }] as const] : [];
    }),
  );
  const resolved = new Map<string, { text: string; marks: { at: number; estimate: boolean; year?: number }[] }>();
  walkNarrative(data, (text, path) => {
    const lang = path[path.length - 1] === 'zh' ? 'zh' : 'en';
    const marks: { at: number; estimate: boolean; year?: number }[] = [];
    let out = '';
    let last = 0;
    for (const match of text.matchAll(new RegExp(figureReference.source, 'g'))) {
      const id = match[1]!;
      out += text.slice(last, match.index) + (inline.get(id)?.[lang] ?? `[[${id}]]`);
      last = match.index + match[0].length;
      const flags = flagged.get(id);
      // Text that already says the figure is an estimate (地区生产总值预计[[gdp]], "is estimated at
      // [[gdp]]") is not marked again: "estimated at RMB 51.28 billion (estimate)" said it twice.
      const estimate = flags?.estimate === true && !saysEstimate(text.slice(0, match.index), lang);
      if (flags && (estimate || flags.year !== undefined)) marks.push({ at: out.length, ...flags, estimate });
    }
    resolved.set(path.join('/'), { text: out + text.slice(last), marks });
  });
  const narrative = (path: DataPath, text: Text): Text => ({
    zh: resolved.get([...path, 'zh'].join('/'))?.text ?? text.zh,
    en: resolved.get([...path, 'en'].join('/'))?.text ?? text.en,
  });
  const marksOf = (path: DataPath, which: FigureMark['text']): FigureMark[] =>
    (['zh', 'en'] as const).flatMap((lang) =>
      (resolved.get([...path, lang].join('/'))?.marks ?? []).map((m) => ({ text: which, lang, ...m })),
    );
  const section = (part: 'review' | 'plan') =>
    data.sections[part].map(
      (s, i): PlanSection => ({
        id: s.id,
        title: narrative([part, i, 'title'], s.title),
        summary: narrative([part, i, 'summary'], s.summary),
        highlights: s.highlights.map((h, k) => narrative([part, i, 'highlights', k], h)),
        figureMarks: [
          ...marksOf([part, i, 'summary'], 'summary'),
          ...s.highlights.flatMap((_, k) => marksOf([part, i, 'highlights', k], k)),
        ],
        figureIds:
          part === 'review'
            ? [...data.achievements.achievements, ...data.achievements.compositions].filter((a) => a.section === s.id).map((a) => a.id)
            : data.planTargets.work.filter((w) => w.section === s.id).map((w) => w.id),
      }),
    );

  const main = planTarget('main');
  const work = planTarget('work');
  const outlook = buildOutlook({ targets: [...main, ...work], figures: [...headline, ...achievements], rows: reviewRows }, units);
  const problems = data.sections.problems;
  const standings = data.achievements.standings.map(
    (item): PlanStanding => ({
      id: item.id,
      label: item.label,
      ranks: item.ranks ?? [],
      ...(item.standing ? { standing: item.standing } : {}),
      source: item.source,
    }),
  );
  // Ranks in the document's order: where each phrase occurs in the source (whitespace aside).
  const squeezed = edition.sourceText.replace(/\s+/g, '');
  const ranked = [
    ...[...headline, ...achievements].filter((f) => f.ranks.length > 0),
    ...reviewRows.filter((r) => r.ranks.length > 0),
    ...standings,
  ].map((r, i) => ({
    id: r.id,
    at: squeezed.indexOf(r.source.replace(/\s+/g, '')),
    i,
  }));
  const rankOrder = ranked.sort((a, b) => a.at - b.at || a.i - b.i).map((r) => r.id);
  const context = buildContext(data.context, files.context, [...headline, ...achievements], data.edition.reviewYear, units);

  // The edition's own glossary terms replace shared ones of the same id.
  const ownTerms = new Set(data.glossary.terms.map((term) => term.id));
  return {
    edition: data.edition,
    headline: headlineWithTargets,
    ...(data.reviewTargets
      ? {
          reviewTargets: {
            ...(data.reviewTargets.caption ? { caption: data.reviewTargets.caption } : {}),
            ...(data.reviewTargets.textColumns ? { textColumns: data.reviewTargets.textColumns } : {}),
            rows: reviewRows,
            scorecard: buildScorecard(reviewRows),
          },
        }
      : {}),
    planTargets: { main, work },
    outlook,
    achievements,
    compositions,
    tables,
    projects: {
      ...(pipeline
        ? {
            pipeline: {
              label: pipeline.label,
              total: pipeline.total.value,
              ...(annual
                ? {
                    annualInvestment: {
                      value: annual.value,
                      display: localizeQuantity(
                        {
                          value: annual.value,
                          unit: annual.unit,
                          decimals: dec(files.projects, ['pipeline', 'annualInvestment', 'value'], annual.value),
                        },
                        units,
                      ),
                    },
                  }
                : {}),
              stages: pipeline.stages.map((s) => ({ id: s.id, label: s.label, value: s.value })),
            },
          }
        : {}),
      counts: data.projects.counts.map((c) => ({ id: c.id, label: c.label, value: c.value, unit: c.unit })),
      reserves,
    },
    sections: { review: section('review'), plan: section('plan') },
    ...(problems ? { problems: { ...narrative(['problems'], problems), ...(problems.summary ? { summary: problems.summary } : {}) } } : {}),
    glossary: [...glossary.terms.filter((term) => !ownTerms.has(term.id)), ...data.glossary.terms],
    warnings,
    ...(earlier.length > 0
      ? {
          series: buildSeries([
            // Each earlier edition's figures as its own plan model publishes them.
            ...earlier.map((e) => ({ edition: e.data.edition, headline: buildPlan(e, units, glossary, []).headline })),
            { edition: data.edition, headline },
          ]),
        }
      : {}),
    standings,
    rankOrder,
    ...(context ? { context } : {}),
    // A part labelled as the report lists it under its whole (其中…, "of which …") is named with the
    // whole, so that a ratio's input reads on its own, away from the list it stood in.
    ratios: buildRatios(
      data.headline.ratios,
      [...headline, ...achievements].map((f) => {
        const whole = f.partOf && f.label.zh.startsWith('其中') ? [...headline, ...achievements].find((w) => w.id === f.partOf) : undefined;
        return whole ? { ...f, label: { zh: `${whole.label.zh}${f.label.zh}`, en: `${whole.label.en}, ${f.label.en}` } } : f;
      }),
      tables,
      data.edition.reviewYear,
      units,
    ),
  };
}
