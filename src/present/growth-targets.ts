import type { Text } from '../dataset/schema.js';
import type { Plan, PlanFigure, PlanTarget } from '../model/plan.js';

/**
 * A plan-year growth target with a figure, beside the review-year growth of the headline indicator
 * it continues: one row of the brief's growth-against-target chart and of the workbook's table
 * that the chart's native twin is drawn from. Chosen here once, so that the two never disagree.
 */
export interface GrowthComparison {
  readonly target: PlanTarget;
  /** The headline indicator's name when the target continues one (what the chart shows), else the target's. */
  readonly label: Text;
  /** The review-year growth, in per cent, as published. */
  readonly previous: NonNullable<PlanTarget['previous']>;
  /** The targeted growth, in per cent. */
  readonly value: number;
  readonly decimals: number;
  /** The headline indicator the target continues. */
  readonly indicator?: PlanFigure;
}

/** The main targets that set a growth rate with a figure and continue an indicator with a published growth, in the document's order. */
export function growthComparisons(plan: Plan): GrowthComparison[] {
  return plan.planTargets.main.flatMap((target) => {
    if (target.measure !== 'growth' || target.previous === undefined || target.target.value === undefined) return [];
    const indicator = plan.headline.find((h) => h.id === target.indicator);
    return [
      {
        target,
        label: indicator?.label ?? target.label,
        previous: target.previous,
        value: target.target.value,
        decimals: target.target.decimals ?? 0,
        ...(indicator ? { indicator } : {}),
      },
    ];
  });
}
