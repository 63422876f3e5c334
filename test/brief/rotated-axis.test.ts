import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkChartSpecsForPdf } from '../../src/charts/pdf-support.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildReports } from '../../src/build/pipeline.js';
import { makeDataDir, repoRoot, tempDir } from '../helpers.js';

// An invented edition with a chart to draw: four headline growth rates (the demo's two are too few for a chart).
const withChart = () => makeDataDir([path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024')]);

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
    const result = await buildReports({ rootDir: root, dataDir: withChart(), outDir, buildDate: new Date(0), jobs: 1 });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const svgs = readdirSync(path.join(outDir, 'yanxi-2024', 'charts', 'en')).filter((f) => f.endsWith('.svg'));
    const rotated = svgs.filter((f) => /rotate\(315\)/.test(readFileSync(path.join(outDir, 'yanxi-2024', 'charts', 'en', f), 'utf8')));
    expect(rotated.length).toBeGreaterThan(0);
    for (const locale of ['en', 'zh-CN']) expect(existsSync(path.join(outDir, 'yanxi-2024', locale, 'brief.pdf'))).toBe(true);
  }, 120_000);
});

describe('a chart spec asking for what the brief cannot draw', () => {
  it('stops the build with a chart: diagnostic naming the spec, not a stack trace', async () => {
    const root = tempDir('clipped-');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    // A chart the brief places (the headline growth chart is the workbook's only: the brief's cards
    // print its figures), in the default edition, which has growth targets.
    const specFile = path.join(root, 'templates', 'charts', 'growth-vs-target.vl.json');
    const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { layer: { mark: Record<string, unknown> }[] };
    spec.layer[0]!.mark = { ...spec.layer[0]!.mark, clip: true };
    writeFileSync(specFile, JSON.stringify(spec, null, 2));
    const outDir = tempDir('clipped-out-');
    const result = await buildReports({ rootDir: root, dataDir: path.join(repoRoot, 'data'), outDir, buildDate: new Date(0), jobs: 1 });
    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.file])).toContainEqual(['chart:spec-invalid', 'templates/charts/growth-vs-target.vl.json']);
    expect(errors.find((d) => d.ruleId === 'chart:spec-invalid')!.message).toMatch(/cannot draw chart growth-vs-target .*clip-path/);
    expect(readdirSync(outDir)).toEqual([]);
  }, 120_000);
});

describe('npm run validate checks the chart specs for what the brief draws', () => {
  it('names the spec, the line and the property; rotated labels pass', () => {
    const root = tempDir('spec-check-');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    cpSync(path.join(repoRoot, 'data'), path.join(root, 'data'), { recursive: true });
    const clean = new DiagnosticSink();
    checkChartSpecsForPdf(root, clean);
    expect(clean.items).toEqual([]);
    const specFile = path.join(root, 'templates', 'charts', 'headline-growth.vl.json');
    const text = readFileSync(specFile, 'utf8');
    // Rotated axis labels are drawn: no message.
    writeFileSync(specFile, text.replace('"type": "nominal",', '"type": "nominal",\n          "axis": {"labelAngle": -45},'));
    const rotated = new DiagnosticSink();
    checkChartSpecsForPdf(root, rotated);
    expect(rotated.items).toEqual([]);
    // Clipping and gradients are not. (The bars' plain colour, on the bar mark since issue 25, is
    // the first "color" of the spec: the gradient takes its place.)
    const broken = text
      .replace('"type": "bar",', '"type": "bar",\n        "clip": true,')
      .replace(
        /"color": "#[0-9A-Fa-f]{6}"/,
        '"color": {"gradient": "linear", "stops": [{"offset": 0, "color": "red"}, {"offset": 1, "color": "blue"}]}',
      );
    expect(broken).not.toBe(text);
    writeFileSync(specFile, broken);
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'validate'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^templates\/charts\/headline-growth\.vl\.json:\d+:\d+ error The brief cannot draw this chart: "clip": true makes Vega clip the marks .* chart:spec-invalid$/m,
    );
    expect(result.stdout).toMatch(
      /^templates\/charts\/headline-growth\.vl\.json:\d+:\d+ error The brief cannot draw this chart: gradient colours are not drawn in the brief; use a plain colour\. chart:spec-invalid$/m,
    );
  });
});
