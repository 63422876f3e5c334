import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { defaultDataDir, editText, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

describe('severity settings (data/validation.yaml)', () => {
  it('lets the project make a rule a warning: the problem is still reported, the build goes on', async () => {
    const dataDir = makeDataDir();
    editText(
      path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'),
      'en: Industrial value added (above designated size)}',
      'en: Industrial value added (large firms)}',
    );
    expect(validateDir(dataDir).diagnostics.find((d) => d.ruleId === 'plan:glossary-consistent')?.severity).toBe('error');
    writeFileSync(path.join(dataDir, 'validation.yaml'), 'severity:\n  plan:glossary-consistent: warning\n');
    const hit = validateDir(dataDir).diagnostics.find((d) => d.ruleId === 'plan:glossary-consistent');
    expect(hit).toMatchObject({ severity: 'warning', file: 'editions/demo-2026/headline.yaml' });
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir: tempDir('sev-out-'), buildDate: new Date(0) });
    expect(result.ok).toBe(true);
  });

  it('lets the project make a rule an error: Table 2 total differing within rounding then stops the build', () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    writeFileSync(path.join(dataDir, 'validation.yaml'), 'severity:\n  plan:sum-matches-total: error\n');
    const totals = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:sum-matches-total');
    expect(totals.map((d) => [d.severity, d.actual])).toEqual([['error', '1243.8']]);
  });

  it('refuses unknown rule ids and "off": nothing may be silenced', () => {
    const dataDir = makeDataDir();
    writeFileSync(path.join(dataDir, 'validation.yaml'), 'severity:\n  plan:no-such-rule: warning\n  plan:glyph-coverage: off\n');
    const problems = validateDir(dataDir).diagnostics.filter((d) => d.file === 'validation.yaml');
    expect(problems.map((d) => d.ruleId).sort()).toEqual(['plan:schema-enum', 'plan:schema-enum']);
    expect(problems.map((d) => d.place.line).sort()).toEqual([2, 3]);
  });
});
