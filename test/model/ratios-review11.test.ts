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
    // A part listed under its whole (其中区本级, "of which …") is named with the whole.
    const whole = n.partOf ? figures.find((f) => f.id === n.partOf) : undefined;
    if (whole) {
      expect(ratio.numerator.label.zh, id).toBe(`${whole.label.zh}${n.label.zh}`);
      expect(ratio.numerator.label.en, id).toBe(`${whole.label.en}, ${n.label.en}`);
    }
  }
  // A part with a name of its own (general public budget revenue, part of total fiscal revenue) keeps it.
  expect(plan.ratios.find((r) => r.id === 'budget-revenue-to-gdp')!.numerator.label).toEqual(
    figures.find((f) => f.id === 'budget-revenue')!.label,
  );
});
