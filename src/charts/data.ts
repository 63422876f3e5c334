import type { Locale } from '../model/format.js';
import { formatNumber, textKey } from '../model/format.js';
import type { Plan, StatisticalTable } from '../model/plan.js';
import type { UnitsFile } from '../dataset/schema.js';
import { fill, lookup, type UiStrings } from '../present/strings.js';
import { growthComparisons } from '../present/growth-targets.js';
import { basisWords, byGrowthBasis } from '../present/growth-basis.js';
import { seriesSources, trendIndicators, trendMinYears, yearSpan } from '../present/series.js';
import { unitOf } from '../dataset/units.js';
import { splitCaptionNumber } from '../dataset/caption-number.js';

/** What a chart is bound to: rows for the spec's "rows" dataset, and values for its params. */
export interface ChartData {
  readonly rows: readonly Record<string, string | number>[];
  readonly params: Readonly<Record<string, number>>;
  /** How many categories (bars, or groups of bars) the chart shows; one row each unless given. */
  readonly categories?: number;
  /** Extra placeholders for the chart's title and alt text. */
  readonly titleValues?: Readonly<Record<string, string>>;
}

export interface ChartContext {
  readonly plan: Plan;
  readonly locale: Locale;
  readonly strings: UiStrings;
  readonly units: UnitsFile;
  /** Placeholders of the strings: years, district, source. */
  readonly values: Readonly<Record<string, string | number>>;
}

export interface ChartDefinition {
  readonly id: string;
  /** File under templates/charts/. */
  readonly spec: string;
  /** Fewest categories for the chart to be drawn, where not render.ts's minCategories. */
  readonly minCategories?: number;
  /** Key of the chart's interface strings (title, alt, axes); `charts.<id>` when absent. */
  readonly strings?: string;
  build(context: ChartContext): ChartData;
}

const text = (ctx: ChartContext, key: string, extra: Record<string, string | number> = {}): string =>
  fill(lookup(ctx.strings, key) ?? key, { ...ctx.values, ...extra });

// Room to the right of the longest bar for its value label.
const headroom = (values: readonly number[], factor = 1.3): number => Math.max(0, ...values) * factor || 1;

/** Lines a category label may take on a chart axis: a chart's height grows with them. */
export const maxLabelLines = 6;

/**
 * Breaks a category label into lines of at most `width` units (a CJK character counts two, as it
 * is about twice as wide as a Latin letter); the axes split on newlines. Long labels are wrapped;
 * a word longer than a line is cut, and a label longer than `maxLines` lines ends in "…" (the
 * tables beside the chart show it whole), so that no label can make a chart arbitrarily tall or wide.
 */
export function wrapLabel(label: string, width = 36, maxLines = maxLabelLines): string {
  const unitsOf = (ch: string) => (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1);
  const units = (text: string) => [...text].reduce((n, ch) => n + unitsOf(ch), 0);
  if (units(label) <= width) return label;
  const cjk = /[\u2E80-\u9FFF]/.test(label);
  // Tokens no wider than a line: a longer word is cut into line-wide pieces.
  const tokens = (cjk ? [...label] : label.split(/(?<=\s)/)).flatMap((token) => {
    if (units(token) <= width) return [token];
    const pieces: string[] = [];
    let piece = '';
    let used = 0;
    for (const ch of token) {
      if (used + unitsOf(ch) > width) {
        pieces.push(piece);
        piece = '';
        used = 0;
      }
      piece += ch;
      used += unitsOf(ch);
    }
    return piece ? [...pieces, piece] : pieces;
  });
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const size = units(token);
    if (line && used + size > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
      used = units(line);
    } else {
      line += token;
      used += size;
    }
  }
  if (line) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const last = [...lines[maxLines - 1]!];
    while (last.length > 0 && units(last.join('')) + 1 > width) last.pop();
    return [...lines.slice(0, maxLines - 1), `${last.join('').trimEnd()}…`].join('\n');
  }
  return lines.join('\n');
}

/** Units a one-line text on a chart (a value's description, a part's name) may take before it ends in "…". */
export const maxInlineUnits = 80;

/** Cuts a one-line chart text to `maxUnits` units, ending in "…"; shorter texts are unchanged. */
export function clipText(text: string, maxUnits = maxInlineUnits): string {
  const unitsOf = (ch: string) => (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1);
  if ([...text].reduce((n, ch) => n + unitsOf(ch), 0) <= maxUnits) return text;
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += unitsOf(ch);
    if (used > maxUnits - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

const percentText = (value: number, decimals: number, locale: Locale) => `${formatNumber(value, decimals, locale)}%`;

/** Units of a category label's line on the charts (a CJK character counts two): the charts are laid out at the brief's text width. */
const labelUnits = 40;

/** Units of a line of a trend panel's title: three panels share the text width. */
const trendPanelUnits = 30;

/**
 * The fixed charts: comparisons the brief's tables cannot show. A chart of the targets table's
 * rows (result against target) is not among them: it would repeat the table printed beside it.
 */
export const charts: readonly ChartDefinition[] = [
  {
    id: 'headline-growth',
    spec: 'headline-growth.vl.json',
    build(ctx) {
      const lang = textKey(ctx.locale);
      // Growth is compared only within one price basis: one panel per basis (comparable, then current
      // prices), its title naming it, largest first within each.
      const rows = byGrowthBasis(ctx.plan.headline).flatMap(({ basis, figures }, basisOrder) =>
        figures
          .map((h) => ({
            label: wrapLabel(h.label[lang], labelUnits),
            basisLabel: text(ctx, 'charts.headline-growth.basis', { basis: basisWords(ctx.strings, basis) }),
            basisOrder,
            growth: h.growth!.value,
            // A decline is a bar left of zero, its value signed at the bar's end.
            growthText: `${h.growth!.value < 0 ? '−' : ''}${h.growth!.display[lang]}`,
          }))
          .sort((a, b) => b.growth - a.growth),
      );
      // The text alternative says how the bars are grouped and ordered, from the groups drawn.
      const bases = byGrowthBasis(ctx.plan.headline).map(({ basis }) => basisWords(ctx.strings, basis));
      const grouping = text(ctx, `charts.headline-growth.grouping.${bases.length > 1 ? 'many' : 'one'}`, {
        bases: bases.join(text(ctx, 'charts.headline-growth.basesJoin')),
      });
      return {
        rows,
        titleValues: { grouping },
        params: {
          // Room left of zero for the longest decline and its value; zero when there is none.
          xMin: Math.min(0, ...rows.map((r) => r.growth)) * 1.4,
          xMax: headroom(
            rows.map((r) => r.growth),
            1.2,
          ),
        },
      };
    },
  },
  {
    id: 'growth-vs-target',
    spec: 'growth-vs-target.vl.json',
    build(ctx) {
      const lang = textKey(ctx.locale);
      const rows = growthComparisons(ctx.plan)
        // Order carries no meaning here: highest target first.
        .sort((a, b) => b.value - a.value)
        .flatMap((t) => {
          const label = wrapLabel(t.label[lang], labelUnits);
          const target = percentText(t.value, t.decimals, ctx.locale);
          // One direct label a row, after the longer of bar and mark: "6.0% → 7.0%" (review year → target).
          const pair = { rowEnd: Math.max(t.previous.value, t.value, 0), pairText: `${t.previous.display[lang]} → ${target}` };
          return [
            {
              label,
              series: 'actual',
              seriesLabel: text(ctx, 'charts.growth-vs-target.series.actual'),
              value: t.previous.value,
              valueText: t.previous.display[lang],
            },
            {
              label,
              series: 'target',
              seriesLabel: text(ctx, 'charts.growth-vs-target.series.target'),
              value: t.value,
              valueText: target,
              ...pair,
            },
          ];
        });
      return {
        rows,
        categories: rows.length / 2,
        params: {
          // Room after the longer of bar and mark for the row's label ("6.0% → 7.0%").
          xMax: headroom(
            rows.map((r) => r.value),
            1.35,
          ),
        },
      };
    },
  },
  {
    // The headline indicators across the district's editions: one panel per indicator, each with its
    // own scale and unit (units are never mixed on an axis, and levels of different size stay
    // readable), each year's figure as its edition published it. Drawn over three years or more.
    id: 'headline-trend',
    spec: 'headline-trend.vl.json',
    minCategories: trendMinYears,
    build(ctx) {
      const lang = textKey(ctx.locale);
      const indicators = trendIndicators(ctx.plan);
      const span = indicators.length > 0 ? yearSpan(indicators) : undefined;
      const rows = indicators.flatMap((indicator, order) => {
        const panel = wrapLabel(
          text(ctx, 'charts.headline-trend.panel', { label: indicator.label[lang], unit: unitOf(ctx.units, indicator.unit)[lang] }),
          trendPanelUnits,
          3,
        );
        return indicator.points.map((point) => {
          const value = formatNumber(point.value, point.decimals, ctx.locale);
          return {
            panel,
            // Panels in the series' order (the latest edition's), not alphabetical.
            order,
            year: text(ctx, 'charts.headline-trend.year', { year: point.year }),
            value: point.value,
            // An estimate says so beside its figure, as the brief's tables do.
            valueText: point.estimate ? text(ctx, 'charts.headline-trend.estimate', { value }) : value,
          };
        });
      });
      return {
        rows,
        // The chart's categories are its years.
        categories: new Set(indicators.flatMap((i) => i.points.map((p) => p.year))).size,
        params: {},
        titleValues: {
          first: String(span?.first ?? ''),
          last: String(span?.last ?? ''),
          // The source line names every report the figures come from.
          source: seriesSources(ctx.plan, indicators, lang),
          // The text alternative names what is plotted: the indicators, and the years that qualify them.
          minYears: String(trendMinYears),
          indicators: indicators.map((i) => i.label[lang]).join(text(ctx, 'charts.headline-trend.listJoin')),
        },
      };
    },
  },
];

/** Units an axis title of a table's chart may take (two panels share the text width). */
const axisTitleUnits = 56;

/** Units of a category label's line on a table's chart (two panels share the text width). */
const tableLabelUnits = 26;

/**
 * The chart a statistical table declares (tables.yaml `chart`): its rows as bars of one or two of
 * its columns, largest first, in the table's own units so that chart and table read alike. Title,
 * axis titles and alt text come from the table.
 */
export function tableChart(table: StatisticalTable): ChartDefinition {
  const columns = table.chart?.columns ?? [];
  return {
    id: `table-${table.id}`,
    spec: columns.length > 1 ? 'table-two.vl.json' : 'table-one.vl.json',
    strings: 'charts.table',
    build(ctx) {
      const lang = textKey(ctx.locale);
      const chosen = columns.flatMap((id) => table.columns.filter((c) => c.id === id));
      const [first, second] = chosen;
      const value = (row: StatisticalTable['rows'][number], column: StatisticalTable['columns'][number] | undefined) =>
        column === undefined ? undefined : row.values[column.id];
      const rows = table.rows
        .filter((row) => value(row, first) !== undefined)
        .map((row) => {
          const a = value(row, first)!;
          const b = value(row, second) ?? 0;
          return {
            label: wrapLabel(row.label[lang], tableLabelUnits, 3),
            first: a,
            // Each value label with the decimals its cell was published with.
            firstText: formatNumber(a, row.decimals[first!.id] ?? first!.decimals, ctx.locale),
            ...(second ? { second: b, secondText: formatNumber(b, row.decimals[second.id] ?? second.decimals, ctx.locale) } : {}),
          };
        })
        // Order carries no meaning here: largest first.
        .sort((x, y) => y.first - x.first);
      return {
        rows,
        params: {
          firstMax: headroom(
            rows.map((r) => r.first),
            1.3,
          ),
          ...(second
            ? {
                secondMax: headroom(
                  rows.map((r) => r.second ?? 0),
                  1.35,
                ),
              }
            : {}),
        },
        titleValues: {
          // The document's number stays off the title: the brief numbers its figures itself.
          title: table.chart?.title[lang] ?? splitCaptionNumber(table.caption[lang]).caption,
          dimension: table.dimension[lang],
          // Axis titles from the data, cut to a line (the table beside the chart shows them whole).
          first: clipText(first?.label[lang] ?? '', axisTitleUnits),
          second: clipText(second?.label[lang] ?? '', axisTitleUnits),
          columns: chosen.map((c) => c.label[lang]).join(lang === 'zh' ? '与' : ' and '),
        },
      };
    },
  };
}

/** Every chart an edition can have: the fixed ones, then one per table that declares a chart. */
export function editionCharts(plan: Plan): readonly ChartDefinition[] {
  return [...charts, ...plan.tables.filter((table) => table.chart !== undefined).map(tableChart)];
}
