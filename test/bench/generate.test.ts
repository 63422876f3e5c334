import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEditions } from '../../src/bench/generate.js';
import { buildPlan } from '../../src/model/plan.js';
import { defaultDataDir, tempDir, validateDir } from '../helpers.js';

describe('benchmark edition generator', () => {
  it('makes invented editions with amounts times 1, 2 and 3 that pass validation like the original', () => {
    const dataDir = path.join(tempDir('generated-'), 'data');
    expect(generateEditions(defaultDataDir, dataDir, 3, 'binjiang-2025')).toEqual(['sample-0001', 'sample-0002', 'sample-0003']);
    const { diagnostics, dataset } = validateDir(dataDir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The default edition's four notes (differences within published rounding), once per edition; no warning.
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'note')).toHaveLength(12);
    const original = validateDir(defaultDataDir).dataset;
    const planOf = (d: typeof dataset, i: number) => buildPlan(d.editions[i]!, d.units!, d.glossary!, []);
    const base = planOf(original, 0);
    for (const [i, factor] of [1, 2, 3].entries()) {
      const plan = planOf(dataset, i);
      expect(plan.edition.district.en).toBe(`Sample District ${i + 1}`);
      // Amounts scale; growth rates and statuses do not.
      expect(plan.headline.map((h) => h.value)).toEqual(base.headline.map((h) => Number((h.value * factor).toFixed(2))));
      expect(plan.headline.map((h) => h.growth?.value)).toEqual(base.headline.map((h) => h.growth?.value));
      expect(plan.headline.map((h) => h.target?.status)).toEqual(base.headline.map((h) => h.target?.status));
    }
    // The invented source text holds the scaled citation.
    expect(readFileSync(path.join(dataDir, 'editions', 'sample-0002', 'source.txt'), 'utf8')).toContain('5775.6亿元');
  });
});
