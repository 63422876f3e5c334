/**
 * A completion rate as statistical reports compute it, in per cent: result ÷ target for a level,
 * and on growth indices for a growth rate, (1 + result) ÷ (1 + target) (growth of 5% against a
 * target of 6.5% is 98.6%). Both in one unit. The model shows it; validation checks a published one.
 */
export function completionRate(result: number, target: number, onGrowthIndices: boolean): number {
  return onGrowthIndices ? ((1 + result / 100) / (1 + target / 100)) * 100 : (result / target) * 100;
}
