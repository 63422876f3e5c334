import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, demoEditionDir, editText, makeDataDir, minimalEditionDir, repoRoot, snapshot, tempDir } from '../helpers.js';

/** Runs the real command (compiled JavaScript, so worker threads are used). */
function build(dataDir: string, outDir: string, ...extra: string[]) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'build', '--data', dataDir, '--out', outDir, ...extra], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1736899200', GITHUB_ACTIONS: '' },
  });
}

describe('parallel builds', () => {
  it('give output byte-identical to a serial build', () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir]);
    const serial = tempDir('serial-');
    const parallel = tempDir('parallel-');
    const one = build(dataDir, serial, '--jobs', '1');
    const two = build(dataDir, parallel, '--jobs', '2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toContain('Built 2 edition(s)');
    expect(snapshot(parallel)).toEqual(snapshot(serial));
  });

  it('write nothing when an edition checked after others have started rendering has an error', () => {
    // Workers render editions as soon as they pass, while later ones are still being checked: an
    // error in the last edition must still leave the previous outputs exactly as they were.
    // Any two editions will do: the smallest two.
    const dataDir = makeDataDir([minimalEditionDir, demoEditionDir]);
    const out = tempDir('parallel-fail-');
    expect(build(dataDir, out, '--jobs', '2').status).toBe(0);
    const before = snapshot(out);
    cpSync(demoEditionDir, path.join(dataDir, 'editions', 'zz-broken'), { recursive: true });
    editText(path.join(dataDir, 'editions', 'zz-broken', 'edition.yaml'), 'id: demo-2026', 'id: zz-broken');
    editText(path.join(dataDir, 'editions', 'zz-broken', 'headline.yaml'), 'value:', 'value: not-a-number #');
    // The other two editions change too, so they are stale and would be rendered.
    editText(path.join(dataDir, 'units.yaml'), 'units:', '# changed\nunits:');
    const failed = build(dataDir, out, '--jobs', '2');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('zz-broken/headline.yaml');
    expect(failed.stderr).toContain('Nothing was written');
    expect(snapshot(out)).toEqual(before);
  });

  it('builds one shard of the editions with --shard k/n, into its own manifest', () => {
    const dataDir = makeDataDir([minimalEditionDir, demoEditionDir]);
    const out = tempDir('shard-');
    const second = build(dataDir, out, '--shard', '2/2');
    expect(second.status, second.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['lanting-2024', 'manifest-shard-2-of-2.json']);
    const bad = build(dataDir, out, '--shard', '3/2');
    expect(bad.status).toBe(2);
    // The other machine's shard, then the merge into one manifest.
    expect(build(dataDir, out, '--shard', '1/2').status).toBe(0);
    const merged = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'merge-manifests', '--out', out], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(merged.status, merged.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      editions: Record<string, unknown>;
      artifacts: { path: string }[];
    };
    expect(Object.keys(manifest.editions).sort()).toEqual(['demo-2026', 'lanting-2024']);
    expect(manifest.artifacts.filter((a) => a.path.endsWith('brief.pdf'))).toHaveLength(4);
  });
});
