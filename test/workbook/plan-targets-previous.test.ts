import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbookData } from '../../src/workbook/data.js';
import { repoRoot, validateDir } from '../helpers.js';

// Usefulness review 11: the "2025 targets" sheet showed [z] (not applicable) for the review year's
// growth of the digital-economy target, though the achievement it continues gives its growth (4.2%):
// the link was read only through `indicator` (a headline indicator), never through `continues`.
describe('the plan targets sheet: the review year’s growth beside a growth target', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const targets = [...plan.planTargets.main, ...plan.planTargets.work];

  it('a growth target continuing an achievement with growth carries that growth, as one naming a headline indicator does', () => {
    const viaAchievement = targets.filter(
      (t) => t.measure === 'growth' && t.continues !== undefined && plan.achievements.some((a) => a.id === t.continues && a.growth),
    );
    expect(viaAchievement.length).toBeGreaterThan(0);
    for (const t of viaAchievement) {
      const achievement = plan.achievements.find((a) => a.id === t.continues)!;
      expect(t.previous?.value, t.id).toBe(achievement.growth!.value);
    }
    for (const t of targets.filter((t) => t.measure === 'growth' && t.indicator !== undefined)) {
      expect(t.previous?.value, t.id).toBe(plan.headline.find((h) => h.id === t.indicator)!.growth!.value);
    }
  });

  it.each(['en', 'zh-CN'] as const)('%s: the sheet gives that growth, and [z] only where no review-year growth applies', (locale) => {
    const rows = buildWorkbookData(plan, locale, loadUiStrings(repoRoot, locale, new DiagnosticSink())!, dataset.units!).datasets
      .planTargets!;
    for (const t of targets) {
      const row = rows.find((r) => r.id === t.id)!;
      if (t.previous) expect(row.previous, t.id).toBe(t.previous.value);
      else expect(row.previous__blank, t.id).toBe(t.measure === 'growth' && (t.indicator ?? t.continues) ? 'x' : 'z');
    }
    const digital = targets.find((t) => t.measure === 'growth' && t.indicator === undefined && t.previous !== undefined)!;
    expect(rows.find((r) => r.id === digital.id)!.previous).toBe(digital.previous!.value);
  });
});
