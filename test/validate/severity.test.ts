import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { rules } from '../../src/diagnostics/rules.js';
import { formatSeverityChanges } from '../../src/diagnostics/report.js';
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
    const outDir = tempDir('sev-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date(0) });
    expect(result.ok).toBe(true);
    // The reports' notes say so, in both languages (the HTML edition carries the brief's notes).
    // A no-break space keeps an arrow with the word after it (render-html.ts): read as a space.
    const en = readFileSync(path.join(outDir, 'demo-2026', 'en', 'brief.html'), 'utf8').replaceAll('\u00a0', ' ');
    expect(en).toContain('Settings of the checks');
    expect(en).toContain('plan:glossary-consistent: error → warning');
    const zh = readFileSync(path.join(outDir, 'demo-2026', 'zh-CN', 'brief.html'), 'utf8')
      .replace(/<[^>]*>/g, '')
      .replaceAll('\u00a0', ' ');
    expect(zh).toContain('校验设置');
    expect(zh).toContain('plan:glossary-consistent：错误 → 警告');
    // And the workbook's notes.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(outDir, 'demo-2026', 'en', 'workbook.xlsx'));
    const cells: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    expect(cells.some((c) => c.includes('plan:glossary-consistent: error → warning'))).toBe(true);
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

  it('does not let the data make a rule that protects a published figure milder (the issue 24 downgrade)', async () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    editText(path.join(dataDir, 'editions', 'binjiang-2025', 'headline.yaml'), 'value: 666.2\n', 'value: 667.2\n');
    writeFileSync(path.join(dataDir, 'validation.yaml'), 'severity:\n  plan:source-phrase-has-value: warning\n');
    const { diagnostics, dataset } = validateDir(dataDir);
    expect(diagnostics.find((d) => d.ruleId === 'plan:source-phrase-has-value')).toMatchObject({ severity: 'error', actual: '667.2' });
    expect(diagnostics.find((d) => d.ruleId === 'plan:severity-not-adjustable')).toMatchObject({
      severity: 'error',
      file: 'validation.yaml',
      place: { line: 2, column: 3 },
      expected: 'error',
      actual: 'warning',
    });
    expect(dataset.severityChanges).toEqual([
      { ruleId: 'plan:source-phrase-has-value', from: 'error', to: 'warning', direction: 'milder', allowed: false },
    ]);
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir: tempDir('sev-out-'), buildDate: new Date(0) });
    expect(result.ok).toBe(false);
  });

  it('lists every setting: stricter, milder where adjustable, refused', () => {
    const dataDir = makeDataDir();
    writeFileSync(
      path.join(dataDir, 'validation.yaml'),
      'severity:\n  plan:glossary-consistent: warning\n  plan:file-unknown: error\n  plan:sum-matches-total: error\n  plan:source-phrase-unit: warning\n',
    );
    const { dataset } = validateDir(dataDir);
    expect(dataset.severityChanges.map((c) => [c.ruleId, c.direction, c.allowed])).toEqual([
      ['plan:file-unknown', 'stricter', true],
      ['plan:source-phrase-unit', 'milder', false],
      ['plan:sum-matches-total', 'same', true],
      ['plan:glossary-consistent', 'milder', true],
    ]);
    const text = formatSeverityChanges(dataset.severityChanges, 'en');
    expect(text.split('\n')).toEqual([
      'Rule severities changed by data/validation.yaml:',
      '  plan:file-unknown: warning → error (stricter than the default)',
      '  plan:source-phrase-unit: error → warning refused (the rule protects a published figure; it stays error)',
      '  plan:sum-matches-total: error for every finding (the default is error)',
      '  plan:glossary-consistent: error → warning (milder than the default)',
    ]);
    expect(formatSeverityChanges(dataset.severityChanges, 'zh-CN')).toContain('plan:glossary-consistent：错误 → 警告（比默认更宽）');
  });

  it('only wording rules are adjustable; every rule that checks a figure against its phrase is not', () => {
    const adjustable = Object.values(rules)
      .filter((r) => r.adjustable)
      .map((r) => r.id);
    expect(adjustable.sort()).toEqual(['plan:english-has-han', 'plan:file-unknown', 'plan:glossary-consistent']);
  });
});
