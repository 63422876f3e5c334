import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { briefGlyphCoverage } from '../../src/fonts/fonts.js';
import { loadDataset } from '../../src/load/dataset.js';
import { walkEdition } from '../../src/dataset/walk.js';
import { resultsOf } from '../../src/dataset/schema.js';
import { validateDataset } from '../../src/validate/validate.js';
import { defaultDataDir, repoRoot } from '../helpers.js';

function validateDefault() {
  const sink = new DiagnosticSink();
  const dataset = validateDataset(
    loadDataset({ dataDir: defaultDataDir, rootDir: repoRoot }, sink),
    { glyphs: briefGlyphCoverage() },
    sink,
  );
  return { diagnostics: sink.items, dataset };
}

describe('the default dataset (Binjiang 2025)', () => {
  const { diagnostics, dataset } = validateDefault();
  const edition = dataset.editions.find((e) => e.folder === 'binjiang-2025')!;

  it('has no errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(edition).toBeDefined();
  });

  it('has no warnings either: it checks clean with --strict', () => {
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('notes that Table 2 total investment is published as 1243.8 while its rows sum to 1243.9', () => {
    const total = diagnostics.find((d) => d.ruleId === 'plan:sum-matches-total');
    expect(total).toMatchObject({
      severity: 'note',
      file: 'data/editions/binjiang-2025/tables.yaml',
      expected: '1243.9',
      actual: '1243.8',
    });
    const line = readFileSync(path.join(repoRoot, total!.file), 'utf8').split('\n')[total!.place.line - 1];
    expect(line).toContain('total-investment: 1243.8');
  });

  it('notes the shares that differ from value ÷ total, and only those', () => {
    const shares = diagnostics.filter((d) => d.ruleId === 'plan:share-matches-value');
    expect(shares.map((d) => d.actual).sort()).toEqual(['22.6', '58.6', '7.9']);
    expect(shares.every((d) => d.severity === 'note')).toBe(true);
    // 7.9 for the Internet Industrial Park is beyond rounding: a note only because the data acknowledges it.
    expect(shares.find((d) => d.actual === '7.9')!.message).toContain('Acknowledged in the data');
  });

  it('cites a source phrase for every figure, and each phrase holds its figures', () => {
    const sourced = walkEdition(edition.data).citations;
    const values = sourced.flatMap((r) => r.values);
    // Every id-bearing figure's value is among the checked values of its own record.
    for (const figure of walkEdition(edition.data).figures) {
      expect(values.some((v) => v.value === figure.value && v.path.slice(0, figure.path.length).join('/') === figure.path.join('/'))).toBe(
        true,
      );
    }
    expect(values.length).toBeGreaterThan(200);
    expect(diagnostics.filter((d) => d.ruleId.startsWith('plan:source'))).toEqual([]);
  });

  it('encodes Table 1 with two fixed-asset investment sub-rows, named after their headline indicators', () => {
    const rows = edition.data.reviewTargets!.rows.filter((r) => r.group?.zh === '固定资产投资');
    expect(rows.map((r) => [r.headline, r.indicator, r.target, resultsOf(r)[0]!.value])).toEqual([
      ['investment-within-district', undefined, { kind: 'numeric', strive: true, value: 300, unit: '亿元' }, 337.1],
      ['investment-incl-zones', undefined, { kind: 'numeric', bound: 'at-least', value: 350, unit: '亿元' }, 414.8],
    ]);
  });

  it('holds the nine main 2025 targets, the 53 projects and the pipeline 3 + 32 + 18', () => {
    expect(edition.data.planTargets.main).toHaveLength(9);
    const bySector = edition.data.tables.tables.find((t) => t.id === 'by-sector')!;
    expect(bySector.rows.reduce((a, r) => a + r.values.projects!, 0)).toBe(53);
    expect(edition.data.projects.pipeline!.stages.map((s) => s.value)).toEqual([3, 32, 18]);
    expect(new Set(edition.data.planTargets.work.map((w) => w.section))).toEqual(new Set(['w1', 'w2', 'w3', 'w4', 'w5']));
  });
});
