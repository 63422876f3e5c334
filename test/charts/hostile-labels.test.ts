import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipText, maxLabelLines, wrapLabel } from '../../src/charts/data.js';
import { buildPlan } from '../../src/model/plan.js';
import { editText, makeDataDir, validateDir } from '../helpers.js';

describe('chart labels from hostile data', () => {
  it('a label of any length takes at most a few lines of bounded width', () => {
    for (const label of ['word '.repeat(400), 'W'.repeat(2000), '发展'.repeat(1000)]) {
      const lines = wrapLabel(label).split('\n');
      expect(lines.length).toBeLessThanOrEqual(maxLabelLines);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(36);
      expect(lines[lines.length - 1]!.endsWith('…')).toBe(true);
    }
    expect(wrapLabel('Gross domestic product (GDP)')).toBe('Gross domestic product (GDP)');
    expect(clipText('Short text')).toBe('Short text');
    expect([...clipText('x'.repeat(500))].length).toBe(80);
  });

  // The gap chart is gone (issue 31: it repeated Table 1); the gap it drew is the model's, which Table 1 and the workbook show.
  it('renaming the figure gdp keeps the gap of its rate target: rate targets are chosen by their unit, not by id', () => {
    const dataDir = makeDataDir();
    const edition = path.join(dataDir, 'editions', 'demo-2026');
    editText(path.join(edition, 'headline.yaml'), '  - id: gdp\n', '  - id: regional-output\n');
    editText(path.join(edition, 'achievements.yaml'), 'denominator: gdp}', 'denominator: regional-output}');
    editText(path.join(edition, 'headline.yaml'), 'partOf: gdp', 'partOf: regional-output');
    editText(path.join(edition, 'plan-targets.yaml'), 'indicator: gdp', 'indicator: regional-output');
    editText(path.join(edition, 'review-targets.yaml'), 'headline: gdp', 'headline: regional-output');
    editText(path.join(edition, 'review-targets.yaml'), 'against: gdp', 'against: regional-output');
    const { diagnostics, dataset } = validateDir(dataDir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
    // The demo's GDP growth target of 5% against 4.0%: one percentage point short, the one rate target with a gap.
    const gaps = (plan.reviewTargets?.rows ?? []).filter((r) => r.gap !== undefined);
    expect(gaps.map((r) => r.headline)).toEqual(['regional-output']);
    expect(gaps.map((r) => r.gap)).toEqual([-1]);
  });
});
