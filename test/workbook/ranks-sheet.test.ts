import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { buildWorkbookData } from '../../src/workbook/data.js';
import { repoRoot, validateDir } from '../helpers.js';

// Fourth publication review: the ranks sheet marked a standing's measure with the brief's dash ("–",
// "—"), a mark the workbook's notes do not define; the workbook's code for "not applicable" is [z].
describe('the ranks sheet', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  it.each(['en', 'zh-CN'] as const)(
    '%s: a standing in words has no measure, coded as not applicable, and no cell holds a dash',
    (locale) => {
      const rows = buildWorkbookData(plan, locale, loadUiStrings(repoRoot, locale, new DiagnosticSink())!, dataset.units!).datasets.ranks!;
      const standings = rows.filter((r) => r.position === null);
      expect(standings.length, 'the default edition states standings in words').toBeGreaterThan(0);
      for (const row of standings) expect([row.rankMeasure, row.rankMeasure__blank], String(row.id)).toEqual([null, 'z']);
      for (const row of rows)
        for (const [key, value] of Object.entries(row)) expect(String(value), `${row.id}.${key}`).not.toMatch(/^[–—-]$/);
    },
  );
});
