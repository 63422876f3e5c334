import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../run-command.js';
import { defaultDataDir, demoEditionDir, editText, makeDataDir, minimalEditionDir, repoRoot, snapshot, tempDir } from '../helpers.js';

/** Runs the real command (compiled JavaScript, so worker threads are used). */
function build(dataDir: string, outDir: string, ...extra: string[]) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'build', '--data', dataDir, '--out', outDir, ...extra], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1736899200', GITHUB_ACTIONS: '' },
  });
}

/** The same command run in the test process (test/run-command.ts): one thread, no process to start. */
const buildHere = (dataDir: string, outDir: string, ...extra: string[]) =>
  runCommand(['build', '--data', dataDir, '--out', outDir, ...extra], { env: { SOURCE_DATE_EPOCH: '1736899200' } });

describe('parallel builds', () => {
  it('give output byte-identical to a serial build', async () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir]);
    const serial = tempDir('serial-');
    const parallel = tempDir('parallel-');
    // The serial build in this process, the parallel one as npm runs it (worker threads start the bundle).
    const one = await buildHere(dataDir, serial, '--jobs', '1');
    const two = build(dataDir, parallel, '--jobs', '2');
    expect(one.code, one.stderr).toBe(0);
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

  it('builds one shard of the editions with --shard k/n, into its own manifest', async () => {
    // One edition a shard: rendered in one thread, as here.
    const dataDir = makeDataDir([minimalEditionDir, demoEditionDir]);
    const out = tempDir('shard-');
    const second = await buildHere(dataDir, out, '--shard', '2/2');
    expect(second.code, second.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['lanting-2024', 'manifest-shard-2-of-2.json']);
    const bad = await buildHere(dataDir, out, '--shard', '3/2');
    expect(bad.code).toBe(2);
    // The other machine's shard, then the merge into one manifest.
    expect((await buildHere(dataDir, out, '--shard', '1/2')).code).toBe(0);
    const merged = await runCommand(['merge-manifests', '--out', out]);
    expect(merged.code, merged.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      editions: Record<string, unknown>;
      artifacts: { path: string }[];
    };
    expect(Object.keys(manifest.editions).sort()).toEqual(['demo-2026', 'lanting-2024']);
    expect(manifest.artifacts.filter((a) => a.path.endsWith('brief.pdf'))).toHaveLength(4);
  });
});
