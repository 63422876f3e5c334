import { growthGroupKeys, tableKey, tableRowKeys } from './data.js';

/**
 * Which table of the workbook each chart of the brief is drawn from, as a native chart: the
 * table (by dataset key), its category column and its value columns. A chart whose table the
 * workbook does not hold (or holds in a form a bar chart cannot read) has no entry and no
 * native chart.
 */
export interface ChartTable {
  readonly table: string;
  readonly category: string;
  readonly values: readonly string[];
  /**
   * Interface string key of the value axis's title, where the value columns' headers joined would
   * not say it (two series of one measure: last year's growth and this year's target).
   */
  readonly valueTitleKey?: string;
  /**
   * Interface string key of the category axis's title, saying which rows the chart plots (the
   * category column's header, "Indicator", would not); a table chart's axis takes the table's
   * dimension, which its header is.
   */
  readonly categoryTitleKey?: string;
  /** The value column the brief's chart sorts by, largest first (the first value column if not given). */
  readonly sortBy?: string;
  /**
   * A row key that splits the rows into groups, each drawn as a chart of its own, titled with the
   * key's value (growth at one price basis: growth is compared only within one basis). The rows
   * plotted are those with a value for it, group by group in `splitOrder`, largest first within
   * each; every plotted cell holds a number.
   */
  readonly splitBy?: string;
  /** The row key giving each group's place (a number, smallest first). */
  readonly splitOrder?: string;
  /** A column shown beside the category on the chart's sheet, saying each row's group. */
  readonly splitColumn?: string;
}

const fixed: Readonly<Record<string, ChartTable>> = {
  // Growth is compared only within one price basis: a chart per basis (the brief's chart groups and colours them).
  'headline-growth': {
    table: 'headline',
    category: 'indicator',
    values: ['growth'],
    splitBy: growthGroupKeys.label,
    splitOrder: growthGroupKeys.order,
    splitColumn: 'growthBasis',
    categoryTitleKey: 'workbook.chartAxes.headlineGrowth',
  },
  'growth-vs-target': {
    table: 'growthTargets',
    category: 'indicator',
    values: ['previous', 'growthTarget'],
    valueTitleKey: 'workbook.columns.growth',
    categoryTitleKey: 'workbook.chartAxes.growthVsTarget',
    // As the brief's chart: highest target first.
    sortBy: 'growthTarget',
  },
};

/** The table of a chart: a fixed chart's, or the statistical table a table chart (`table-<id>`) is drawn from. */
export function chartTable(
  chartId: string,
  tables: readonly { id: string; chart?: { columns: readonly string[] } }[],
): ChartTable | undefined {
  if (Object.hasOwn(fixed, chartId)) return fixed[chartId];
  const table = tables.find((t) => `table-${t.id}` === chartId);
  return table?.chart ? { table: tableKey(table.id), category: tableRowKeys.label, values: table.chart.columns } : undefined;
}

/**
 * Charts the workbook draws no native chart of (small multiples have no native form that Excel and
 * LibreOffice both draw alike), with the table (dataset key) that holds their data: the Charts sheet
 * links each to that table instead.
 */
const dataOnly: Readonly<Record<string, string>> = { 'headline-trend': 'series' };

/** The table (dataset key) holding the data of a chart the workbook does not draw, or undefined. */
export const chartDataTable = (chartId: string): string | undefined => (Object.hasOwn(dataOnly, chartId) ? dataOnly[chartId] : undefined);
