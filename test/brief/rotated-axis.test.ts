import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { makeDataDir, repoRoot, tempDir } from '../helpers.js';

describe('a chart spec with rotated axis labels', () => {
  it('builds: the brief draws the rotated labels Vega writes (axis.labelAngle -45)', async () => {
    const root = tempDir('rotated-');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    const specs = readdirSync(path.join(root, 'templates', 'charts')).filter((f) => f.endsWith('.vl.json'));
    for (const file of specs) {
      const specFile = path.join(root, 'templates', 'charts', file);
      // As a designer writes it: "axis": {"labelAngle": -45} on every x and y encoding that has an axis.
      const spec = JSON.parse(readFileSync(specFile, 'utf8'), (key, value: unknown) => {
        if (key !== 'encoding' || value === null || typeof value !== 'object') return value;
        const encoding = value as Record<string, { field?: string; axis?: Record<string, unknown> | null }>;
        for (const channel of ['x', 'y']) {
          const e = encoding[channel];
          if (e?.field !== undefined && e.axis !== null) e.axis = { ...e.axis, labelAngle: -45 };
        }
        return encoding;
      }) as unknown;
      writeFileSync(specFile, JSON.stringify(spec, null, 2));
    }
    const outDir = tempDir('rotated-out-');
    const result = await buildReports({ rootDir: root, dataDir: makeDataDir(), outDir, buildDate: new Date(0), jobs: 1 });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const svgs = readdirSync(path.join(outDir, 'demo-2026', 'charts', 'en')).filter((f) => f.endsWith('.svg'));
    const rotated = svgs.filter((f) => /rotate\(315\)/.test(readFileSync(path.join(outDir, 'demo-2026', 'charts', 'en', f), 'utf8')));
    expect(rotated.length).toBeGreaterThan(0);
    for (const locale of ['en', 'zh-CN']) expect(existsSync(path.join(outDir, 'demo-2026', locale, 'brief.pdf'))).toBe(true);
  }, 120_000);
});

describe('a chart spec asking for what the brief cannot draw', () => {
  it('stops the build with a chart: diagnostic naming the spec, not a stack trace', async () => {
    const root = tempDir('clipped-');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    const specFile = path.join(root, 'templates', 'charts', 'headline-growth.vl.json');
    const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { layer: { mark: Record<string, unknown> }[] };
    spec.layer[0]!.mark = { ...spec.layer[0]!.mark, clip: true };
    writeFileSync(specFile, JSON.stringify(spec, null, 2));
    const outDir = tempDir('clipped-out-');
    const result = await buildReports({ rootDir: root, dataDir: makeDataDir(), outDir, buildDate: new Date(0), jobs: 1 });
    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.file])).toContainEqual(['chart:spec-invalid', 'templates/charts/headline-growth.vl.json']);
    expect(errors.find((d) => d.ruleId === 'chart:spec-invalid')!.message).toMatch(/cannot draw chart headline-growth .*clip-path/);
    expect(readdirSync(outDir)).toEqual([]);
  }, 120_000);
});
