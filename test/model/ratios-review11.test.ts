import path from 'node:path';
import { expect, it } from 'vitest';
import { buildPlan } from '../../src/model/plan.js';
import { derivedRatioDecimals } from '../../src/model/ratios.js';
import { repoRoot, validateDir } from '../helpers.js';

// Usefulness review 11: the reader needed the district's own industry support against its budget
// revenue, and exports against GDP. Both figures of each are the report's, so the ratios are declared
// in headline.yaml and computed by the model like every other, with the same rounding.
it('the default edition derives district-funded support ÷ budget revenue and exports ÷ GDP from the figures it cites', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const figures = [...plan.headline, ...plan.achievements];
  for (const [id, numerator, denominator] of [
    ['district-support-to-budget-revenue', 'a-industry-funds-district', 'budget-revenue'],
    ['exports-to-gdp', 'a-exports', 'gdp'],
  ] as const) {
    const ratio = plan.ratios.find((r) => r.id === id)!;
    const n = figures.find((f) => f.id === numerator)!;
    const d = figures.find((f) => f.id === denominator)!;
    expect(ratio.numerator.value, id).toBe(n.value);
    expect(ratio.denominator.value, id).toBe(d.value);
    expect(ratio.decimals).toBe(derivedRatioDecimals);
    expect(ratio.value, id).toBe(Number(((n.value / d.value) * 100).toFixed(derivedRatioDecimals)));
    expect(ratio.display.en, id).toBe(`${ratio.value.toFixed(derivedRatioDecimals)}%`);
  }
});
