import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports, selectEditions } from '../../src/build/pipeline.js';
import { demoEditionDir, editText, makeDataDir, minimalEditionDir, mtimes, repoRoot, tempDir } from '../helpers.js';

const buildDate = new Date('2025-01-15T00:00:00Z');
// Which editions does not matter here, only that there are two: the smallest two keep the file quick.
const twoEditions = () => makeDataDir([minimalEditionDir, demoEditionDir]);

describe('incremental builds', () => {
  it('renders nothing and rewrites nothing when nothing changed', async () => {
    const dataDir = twoEditions();
    const outDir = tempDir('inc-out-');
    const options = { rootDir: repoRoot, dataDir, outDir, buildDate, sourceDateEpoch: '1736899200' };
    const first = await buildReports(options);
    expect(first.built).toEqual(['demo-2026', 'lanting-2024']);
    const before = mtimes(outDir);
    const second = await buildReports(options);
    expect(second).toMatchObject({ ok: true, built: [], written: [] });
    expect(second.upToDate).toEqual(['demo-2026', 'lanting-2024']);
    expect(mtimes(outDir)).toEqual(before);
  });

  it('rebuilds only the edition that changed, and everything with --force', async () => {
    const dataDir = twoEditions();
    const outDir = tempDir('inc-out-');
    const options = { rootDir: repoRoot, dataDir, outDir, buildDate, sourceDateEpoch: '1736899200' };
    await buildReports(options);
    const before = mtimes(outDir);
    editText(path.join(dataDir, 'editions', 'demo-2026', 'sections.yaml'), 'The economy ran steadily.', 'The economy grew steadily.');
    const partial = await buildReports(options);
    expect(partial.built).toEqual(['demo-2026']);
    expect(partial.upToDate).toEqual(['lanting-2024']);
    const after = mtimes(outDir);
    for (const file of Object.keys(before).filter((f) => f.startsWith('lanting-2024'))) expect(after[file]).toBe(before[file]);
    const forced = await buildReports({ ...options, force: true });
    expect(forced.built).toEqual(['demo-2026', 'lanting-2024']);
  });

  it('repairs a deleted or damaged artifact on the next build', async () => {
    const dataDir = makeDataDir();
    const outDir = tempDir('inc-out-');
    const options = { rootDir: repoRoot, dataDir, outDir, buildDate };
    await buildReports(options);
    rmSync(path.join(outDir, 'demo-2026', 'en', 'brief.pdf'));
    const repaired = await buildReports(options);
    expect(repaired.built).toEqual(['demo-2026']);
    expect(statSync(path.join(outDir, 'demo-2026', 'en', 'brief.pdf')).size).toBeGreaterThan(1000);
  });

  it('rebuilds when a template changes (templates are inputs too)', async () => {
    const root = tempDir('inc-root-');
    // A copy of the program's inputs: templates, src and lock file, so that a template can change.
    for (const part of ['templates', 'src', 'package-lock.json']) {
      await import('node:fs').then((fs) => fs.cpSync(path.join(repoRoot, part), path.join(root, part), { recursive: true }));
    }
    const dataDir = makeDataDir();
    const outDir = tempDir('inc-out-');
    const options = { rootDir: root, dataDir, outDir, buildDate };
    expect((await buildReports(options)).built).toEqual(['demo-2026']);
    expect((await buildReports(options)).built).toEqual([]);
    editText(
      path.join(root, 'templates', 'strings', 'en.yaml'),
      'language: "English translation; the Chinese text prevails"',
      'language: "English translation; the Chinese text governs"',
    );
    expect((await buildReports(options)).built).toEqual(['demo-2026']);
  });
});

describe('shards', () => {
  it('split the editions deterministically into disjoint shares that cover them all', () => {
    const all = Array.from({ length: 10 }, (_, i) => `edition-${String(i).padStart(2, '0')}`);
    const shards = [1, 2, 3].map((index) => selectEditions([...all].reverse(), { shard: { index, count: 3 } }));
    expect(shards.flat().sort()).toEqual(all);
    expect(new Set(shards.flat()).size).toBe(all.length);
    expect(shards[0]).toEqual(['edition-00', 'edition-03', 'edition-06', 'edition-09']);
    expect(selectEditions(all, { shard: { index: 1, count: 3 } })).toEqual(shards[0]);
  });
});

describe('what the input hash covers', () => {
  it('changes with scripts/ (the bundler and the vega-canvas stand-in), the Node/ICU version and SOURCE_DATE_EPOCH', async () => {
    const { sharedInputHash } = await import('../../src/build/incremental.js');
    const { cpSync } = await import('node:fs');
    const root = tempDir('inc-hash-');
    for (const part of ['templates', 'src', 'scripts', 'package-lock.json'])
      cpSync(path.join(repoRoot, part), path.join(root, part), { recursive: true });
    const dataDir = makeDataDir();
    const inputs = { rootDir: root, dataDir, runtimeVersion: 'node 24.11.0; icu 77.1' };
    const before = sharedInputHash(inputs);
    expect(sharedInputHash(inputs)).toBe(before);
    expect(sharedInputHash({ ...inputs, runtimeVersion: 'node 22.21.0; icu 77.1' })).not.toBe(before);
    expect(sharedInputHash({ ...inputs, runtimeVersion: 'node 24.11.0; icu 76.1' })).not.toBe(before);
    expect(sharedInputHash({ ...inputs, sourceDateEpoch: '1736899200' })).not.toBe(before);
    editText(path.join(root, 'scripts', 'vega-canvas.cjs'), 'module.exports', '// edited\nmodule.exports');
    expect(sharedInputHash(inputs)).not.toBe(before);
  });
});
