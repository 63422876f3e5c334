import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDateFromEnv, buildReports } from '../../src/build/pipeline.js';
import { sha256 } from '../../src/build/atomic.js';
import { buildSelection } from '../../src/cli/build-spec.js';
import { oneLine } from '../../src/diagnostics/escape.js';
import { InputError } from '../../src/diagnostics/input-error.js';
import { defaultDataDir, demoEditionDir, editText, makeDataDir, repoRoot, snapshot, tempDir } from '../helpers.js';

const fixedDate = new Date('2025-01-15T00:00:00Z');

describe('build orchestration', () => {
  it('builds every edition under data/, the default and the invented demo, with a manifest', async () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir]);
    const outDir = tempDir('plan-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate });
    expect(result.ok).toBe(true);
    expect(result.built).toEqual(['binjiang-2025', 'demo-2026']);
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
      artifacts: { path: string; sha256: string; size: number }[];
    };
    const paths = manifest.artifacts.map((a) => a.path);
    expect(paths.filter((p) => p.endsWith('plan.json'))).toEqual(['binjiang-2025/plan.json', 'demo-2026/plan.json']);
    for (const locale of ['zh-CN', 'en']) {
      expect(paths).toContain(`binjiang-2025/charts/${locale}/headline-growth.svg`);
      for (const edition of ['binjiang-2025', 'demo-2026']) expect(paths).toContain(`${edition}/charts/${locale}/charts.json`);
      // The demo's two headline figures are too few categories for a chart (fewer than four are not drawn).
      expect(paths.filter((p) => p.startsWith(`demo-2026/charts/${locale}/`) && p.endsWith('.svg'))).toEqual([]);
      expect(JSON.parse(readFileSync(path.join(outDir, 'demo-2026', 'charts', locale, 'charts.json'), 'utf8'))).toEqual([]);
    }
    for (const artifact of manifest.artifacts) {
      const bytes = readFileSync(path.join(outDir, artifact.path));
      expect(sha256(bytes)).toBe(artifact.sha256);
      expect(bytes.byteLength).toBe(artifact.size);
    }
    const demo = JSON.parse(readFileSync(path.join(outDir, 'demo-2026', 'plan.json'), 'utf8')) as { edition: { invented: boolean } };
    expect(demo.edition.invented).toBe(true);
    // No temp files are left behind.
    expect(Object.keys(snapshot(outDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes each chart as a PNG too only when asked (--png), and rebuilds when that changes', async () => {
    // An edition with charts: the demo's are too small to be drawn.
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    const outDir = tempDir('plan-out-');
    const pngs = () =>
      (JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { artifacts: { path: string }[] }).artifacts
        .map((a) => a.path)
        .filter((p) => p.endsWith('.png'));
    const index = () =>
      JSON.parse(readFileSync(path.join(outDir, 'binjiang-2025', 'charts', 'en', 'charts.json'), 'utf8')) as Record<string, unknown>[];
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate })).ok).toBe(true);
    expect(pngs()).toEqual([]);
    expect(index()[0]).not.toHaveProperty('pngPixelRatio');
    const withPng = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate, chartImages: true });
    expect(withPng.built).toEqual(['binjiang-2025']);
    expect(pngs()).toContain('binjiang-2025/charts/en/headline-growth.png');
    const png = readFileSync(path.join(outDir, 'binjiang-2025', 'charts', 'en', 'headline-growth.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(index()[0]).toMatchObject({ pngPixelRatio: 2 });
    // Back without --png: the PNGs go, as outputs the manifest no longer lists.
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate })).built).toEqual(['binjiang-2025']);
    expect(pngs()).toEqual([]);
    expect(existsSync(path.join(outDir, 'binjiang-2025', 'charts', 'en', 'headline-growth.png'))).toBe(false);
    // Three builds of a full edition.
  }, 180_000);

  it('leaves previous outputs byte-identical when validation fails', async () => {
    const dataDir = makeDataDir();
    const outDir = tempDir('plan-out-');
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate })).ok).toBe(true);
    const before = snapshot(outDir);
    editText(path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'), 'value: 120.5', 'value: 125.5');
    const failed = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date('2030-01-01T00:00:00Z') });
    expect(failed.ok).toBe(false);
    expect(failed.written).toEqual([]);
    expect(failed.diagnostics.some((d) => d.ruleId === 'plan:source-phrase-has-value')).toBe(true);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('fails on warnings only with --strict, never on notes', async () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    writeFileSync(path.join(dataDir, 'editions', 'binjiang-2025', 'headlines.yaml'), 'indicators: []\n');
    const outDir = tempDir('plan-out-');
    const strict = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate, strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.ruleId)).toEqual(['plan:file-unknown']);
    expect(strict.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
    expect(readdirSync(outDir)).toEqual([]);
    // Without the stray file: only notes, and --strict builds.
    rmSync(path.join(dataDir, 'editions', 'binjiang-2025', 'headlines.yaml'));
    const clean = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: fixedDate, strict: true });
    expect(clean.ok).toBe(true);
    expect(clean.diagnostics.map((d) => d.severity)).toEqual(['note', 'note', 'note', 'note']);
  });

  it('gives byte-identical outputs for the same data and build date', async () => {
    const dataDir = makeDataDir();
    const first = tempDir('plan-out-');
    const second = tempDir('plan-out-');
    await buildReports({ rootDir: repoRoot, dataDir, outDir: first, buildDate: fixedDate });
    await buildReports({ rootDir: repoRoot, dataDir, outDir: second, buildDate: fixedDate });
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('takes the build date from SOURCE_DATE_EPOCH when set', () => {
    expect(buildDateFromEnv({ SOURCE_DATE_EPOCH: '1736899200' }).toISOString()).toBe('2025-01-15T00:00:00.000Z');
    const now = new Date('2026-01-01T00:00:00Z');
    expect(buildDateFromEnv({}, () => now)).toBe(now);
  });

  it('a SOURCE_DATE_EPOCH beyond any date is an input error naming it, not "a bug in the tool" (issue 28, second pass)', () => {
    for (const epoch of ['99999999999999999', '253402300800']) {
      expect(() => buildDateFromEnv({ SOURCE_DATE_EPOCH: epoch })).toThrow(
        /^SOURCE_DATE_EPOCH is \d+, which is no date up to the year 9999/,
      );
    }
    expect(buildDateFromEnv({ SOURCE_DATE_EPOCH: '253402300799' }).toISOString()).toBe('9999-12-31T23:59:59.000Z');
  });

  it('a SOURCE_DATE_EPOCH that is no whole number of seconds is an input error naming it, also before "Up to date" (issue 28, fourth pass)', () => {
    // These were taken for unset: the build was dated with the clock, and the next build with the same value was "Up to date".
    const now = new Date('2026-01-01T00:00:00Z');
    for (const epoch of [' 1736899200', '1736899200 ', '-1', '1.5', '1e9', '0x10', '1736899200\n::error::x', '17\u202E36']) {
      for (const read of [
        () => buildDateFromEnv({ SOURCE_DATE_EPOCH: epoch }, () => now),
        () => buildSelection({}, repoRoot, { SOURCE_DATE_EPOCH: epoch }),
      ]) {
        let error: unknown;
        try {
          read();
        } catch (caught) {
          error = caught;
        }
        expect([epoch, error]).toEqual([epoch, expect.any(InputError)]);
        expect((error as Error).message).toContain(`SOURCE_DATE_EPOCH is "${oneLine(epoch)}"`);
      }
    }
    // Empty is unset, as most tools read it.
    expect(buildDateFromEnv({ SOURCE_DATE_EPOCH: '' }, () => now)).toBe(now);
    expect(buildSelection({}, repoRoot, { SOURCE_DATE_EPOCH: '' }).sourceDateEpoch).toBeUndefined();
    expect(buildSelection({}, repoRoot, { SOURCE_DATE_EPOCH: '1736899200' }).sourceDateEpoch).toBe('1736899200');
  });
});
