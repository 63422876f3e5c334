import type { Text } from '../dataset/schema.js';
import type { Localized } from './format.js';

/**
 * A figure as an edition publishes it: its value with the unit and decimals of the report, how
 * readers see it, and its marks. The plan model's PlanFigure (./plan.ts) extends it, and the parts
 * that plan.ts imports (context, outlook, series) read figures through it, so that none of them
 * imports plan.ts back.
 */
export interface PublishedFigure {
  readonly id: string;
  readonly label: Text;
  readonly value: number;
  readonly unit: string;
  /** What a count counts, in English, where the data names it (the workbook's unit cell: "patents"). */
  readonly noun?: string;
  readonly decimals: number;
  readonly display: Localized;
  /** The figure is an estimate (预计). */
  readonly estimate: boolean;
  /** The year the figure refers to, when it is not the review year. */
  readonly year?: number;
}
