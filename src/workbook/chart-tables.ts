import { projectTableKey } from './data.js';

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
}

export const chartTables: Readonly<Record<string, ChartTable>> = {
  'headline-growth': { table: 'headline', category: 'indicator', values: ['growth'] },
  'review-targets': { table: 'reviewTargets', category: 'indicator', values: ['attainment'] },
  ...Object.fromEntries(
    ['by-sector', 'by-area'].map((id) => [
      `projects-${id}`,
      { table: projectTableKey(id), category: 'label', values: ['totalInvestment', 'annualInvestment'] },
    ]),
  ),
};
