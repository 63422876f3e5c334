import type { Locale } from '../model/format.js';
import { chartFactor, formatNumber, localizeQuantity, textKey } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import { reviewTargetLabel, statusSymbols } from '../present/reader.js';
import { unitOf } from '../model/format.js';
import type { UnitsFile } from '../dataset/schema.js';
import { fill, lookup, type UiStrings } from '../present/strings.js';

/** What a chart is bound to: rows for the spec's "rows" dataset, and values for its params. */
export interface ChartData {
  readonly rows: readonly Record<string, string | number>[];
  readonly params: Readonly<Record<string, number>>;
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
  build(context: ChartContext): ChartData;
}

const text = (ctx: ChartContext, key: string, extra: Record<string, string | number> = {}): string =>
  fill(lookup(ctx.strings, key) ?? key, { ...ctx.values, ...extra });

// Room to the right of the longest bar for its value label.
const headroom = (values: readonly number[], factor = 1.3): number => Math.max(0, ...values) * factor || 1;

/**
 * Breaks a category label into lines of at most `width` units (a CJK character counts two, as it
 * is about twice as wide as a Latin letter); the axes split on newlines. Long labels are wrapped,
 * never truncated.
 */
export function wrapLabel(label: string, width = 36): string {
  const units = (text: string) => [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  if (units(label) <= width) return label;
  const cjk = /[\u2E80-\u9FFF]/.test(label);
  const tokens = cjk ? [...label] : label.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && units(line + token) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines.join('\n');
}

const percentText = (value: number, decimals: number, locale: Locale) => `${formatNumber(value, decimals, locale)}%`;

export const charts: readonly ChartDefinition[] = [
  {
    id: 'review-targets',
    spec: 'review-targets.vl.json',
    build(ctx) {
      const lang = textKey(ctx.locale);
      const rows = ctx.plan.reviewTargets.rows
        .filter((row) => row.attainment !== undefined && row.target.unit !== undefined)
        .map((row) => {
          const targetQuantity = unitOf(ctx.units, row.target.unit!).quantity;
          const actual = row.actual.find((a) => unitOf(ctx.units, a.unit).quantity === targetQuantity)!;

          return {
            label: wrapLabel(reviewTargetLabel(row, ctx.locale)),
            attainment: row.attainment!,
            attainmentText: percentText(row.attainment!, 0, ctx.locale),
            status: row.status,
            detail: text(ctx, 'charts.review-targets.detail', {
              symbol: statusSymbols[row.status],
              status: text(ctx, `status.${row.status}`),
              actual: actual.display[lang],
              target: row.target.display[lang],
            }),
          };
        });
      return { rows, params: { xMax: headroom(rows.map((r) => r.attainment), 1.25) } };
    },
  },
  {
    id: 'headline-growth',
    spec: 'headline-growth.vl.json',
    build(ctx) {
      const lang = textKey(ctx.locale);
      const rows = ctx.plan.headline
        .filter((h) => h.growth !== undefined)
        .map((h) => ({ label: wrapLabel(h.label[lang]), growth: h.growth!.value, growthText: h.growth!.display[lang] }));
      return { rows, params: { xMax: headroom(rows.map((r) => r.growth), 1.2) } };
    },
  },
  {
    id: 'growth-vs-target',
    spec: 'growth-vs-target.vl.json',
    build(ctx) {
      const lang = textKey(ctx.locale);
      const rows = ctx.plan.planTargets.main
        .filter((t) => t.measure === 'growth' && t.previous !== undefined && t.target.value !== undefined)
        .flatMap((t) => {
          const label = wrapLabel(ctx.plan.headline.find((h) => h.id === t.indicator)?.label[lang] ?? t.label[lang]);
          return [
            { label, series: 'actual', seriesLabel: text(ctx, 'charts.growth-vs-target.series.actual'), value: t.previous!.value, valueText: t.previous!.display[lang] },
            {
              label,
              series: 'target',
              seriesLabel: text(ctx, 'charts.growth-vs-target.series.target'),
              value: t.target.value!,
              valueText: percentText(t.target.value!, t.target.decimals ?? 0, ctx.locale),
            },
          ];
        });
      return { rows, params: { xMax: headroom(rows.map((r) => r.value), 1.2) } };
    },
  },
  ...(['by-sector', 'by-area'] as const).map(
    (tableId): ChartDefinition => ({
      id: `projects-${tableId}`,
      spec: 'projects.vl.json',
      build(ctx) {
        const lang = textKey(ctx.locale);
        const table = ctx.plan.projects.tables.find((t) => t.id === tableId);
        const factor = chartFactor(ctx.units, '亿元', ctx.locale);
        const amount = (value: number, decimals: number) =>
          ctx.locale === 'zh-CN'
            ? formatNumber(value, decimals, ctx.locale)
            : formatNumber(value * factor, decimals + 1, ctx.locale, decimals > 0 ? decimals + 1 : 0);
        const rows = (table?.rows ?? []).map((row) => ({
          label: wrapLabel(row.label[lang]),
          total: row.values.totalInvestment * factor,
          totalText: amount(row.values.totalInvestment, row.decimals.totalInvestment),
          annual: row.values.annualInvestment * factor,
          annualText: amount(row.values.annualInvestment, row.decimals.annualInvestment),
        }));
        return { rows, params: { totalMax: headroom(rows.map((r) => r.total), 1.3), annualMax: headroom(rows.map((r) => r.annual), 1.35) } };
      },
    }),
  ),
  {
    id: 'gdp-composition',
    spec: 'gdp-composition.vl.json',
    build(ctx) {
      // The first figure stated as a share of GDP (Binjiang: the core digital economy, 69.9%).
      const lang = textKey(ctx.locale);
      const share = ctx.plan.achievements.find((a) => a.ratioOf?.denominator === 'gdp' && a.unit === '%');
      if (!share) return { rows: [], params: {} };
      const part = ctx.plan.achievements.find((a) => a.id === share.ratioOf!.numerator) ?? ctx.plan.headline.find((h) => h.id === share.ratioOf!.numerator);
      const rest = 100 - share.value;
      const restDisplay = localizeQuantity({ value: rest, unit: '%', decimals: share.decimals }, ctx.units)[lang];
      return {
        rows: [
          { partLabel: part?.label[lang] ?? share.label[lang], share: share.value, mid: share.value / 2, order: 1, shareText: share.display[lang] },
          { partLabel: text(ctx, 'charts.gdp-composition.rest'), share: rest, mid: share.value + rest / 2, order: 2, shareText: restDisplay },
        ],
        params: {},
        titleValues: { share: share.label[lang] },
      };
    },
  },
];
