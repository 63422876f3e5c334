import { spawn, spawnSync } from 'node:child_process';
import { runCommand } from '../run-command.js';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { sha256 } from '../../src/build/atomic.js';
import { removeStaleTempFiles } from '../../src/build/incremental.js';
import { acquireBuildLock, BuildLockedError, lockFileName } from '../../src/build/lock.js';
import { defaultDataDir, demoEditionDir, filesUnder, makeDataDir, minimalEditionDir, repoRoot, tempDir } from '../helpers.js';

const buildDate = new Date('2025-01-15T00:00:00Z');
const run = path.join(repoRoot, 'scripts', 'run.mjs');

/** output/ holds exactly what the manifest lists (and the manifest), each file with its recorded hash. */
function expectOutputIsManifest(outDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    artifacts: { path: string; sha256: string }[];
  };
  const onDisk = filesUnder(outDir, (file) => sha256(readFileSync(file)));
  expect(Object.keys(onDisk).sort()).toEqual([...manifest.artifacts.map((a) => a.path), 'manifest.json'].sort());
  for (const artifact of manifest.artifacts) expect(onDisk[artifact.path], artifact.path).toBe(artifact.sha256);
}

/** A pid that surely runs no process: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('one build at a time per output folder', () => {
  it('two builds at once: the second stops with a message, writes nothing, and the manifest and files agree', async () => {
    const dataDir = makeDataDir();
    const outDir = tempDir('lock-out-');
    const results = await Promise.allSettled([
      buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 }),
      buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 }),
    ]);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { ok: true } });
    expect(results[1].status).toBe('rejected');
    const error = (results[1] as PromiseRejectedResult).reason as BuildLockedError;
    expect(error).toBeInstanceOf(BuildLockedError);
    expect(error.message).toContain(`process ${process.pid}`);
    expect(error.message).toContain('--wait');
    expectOutputIsManifest(outDir);
  }, 60_000);

  it('two builds at once with wait: the second waits with a message, then builds; the manifest and files agree', async () => {
    const dataDir = makeDataDir();
    const outDir = tempDir('lock-out-');
    const told: string[] = [];
    const [first, second] = await Promise.all([
      buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1, wait: true }),
      buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1, wait: true, onWait: (m) => told.push(m), force: true }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('Waiting for another build');
    expect(second.built).toEqual(['demo-2026']);
    expectOutputIsManifest(outDir);
  }, 60_000);

  it('command line: a second build exits 3 with a message, a third with --wait waits and builds', async () => {
    // The first build is this test, holding the lock as a build does (with its heartbeat) for as
    // long as the test needs: a real first build could finish before the others start on a loaded
    // machine, and the test then failed.
    // One edition will do (the smallest): what is tested is the lock, not the rendering.
    const dataDir = makeDataDir([minimalEditionDir]);
    const outDir = tempDir('lock-cli-');
    const env = { ...process.env, GITHUB_ACTIONS: '' };
    const held = await acquireBuildLock(outDir);
    const refused = spawnSync(process.execPath, [run, 'build', '--data', dataDir, '--out', outDir, '--force'], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(refused.status, refused.stderr).toBe(3);
    expect(refused.stderr).toContain(`Another build (process ${process.pid}`);
    const waiting = spawn(process.execPath, [run, 'build', '--data', dataDir, '--out', outDir, '--force', '--wait'], {
      cwd: repoRoot,
      env,
    });
    let stdout = '';
    let stderr = '';
    waiting.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    waiting.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exit = new Promise<number | null>((resolve) => waiting.on('exit', resolve));
    // Until the third build says it waits (or stops), then the first finishes.
    while (!stderr.includes('Waiting for another build') && waiting.exitCode === null) await new Promise((r) => setTimeout(r, 25));
    expect(stderr).toContain('Waiting for another build');
    expect(Object.keys(filesUnder(outDir, () => 0)), 'nothing is written while the lock is held').toEqual([lockFileName]);
    held.release();
    expect(await exit, stderr).toBe(0);
    expect(stdout).toContain('Built 1 edition(s)');
    expectOutputIsManifest(outDir);
  }, 120_000);

  it('a stale lock of a killed build is taken over', async () => {
    const dataDir = makeDataDir();
    const outDir = tempDir('lock-stale-');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      path.join(outDir, lockFileName),
      JSON.stringify({ pid: deadPid(), hostname: os.hostname(), started: '2025-01-01T00:00:00Z', token: 'dead' }),
    );
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 });
    expect(result.ok).toBe(true);
    expectOutputIsManifest(outDir);
  }, 60_000);

  it('temp-file clean-up removes only the files of builds no longer running', () => {
    const outDir = tempDir('lock-tmp-');
    mkdirSync(path.join(outDir, 'e', 'en'), { recursive: true });
    const dead = path.join(outDir, 'e', 'en', `.brief.pdf.${deadPid()}.0a1b2c3d.tmp`);
    const live = path.join(outDir, 'e', 'en', `.brief.pdf.${process.pid}.0a1b2c3d.tmp`);
    writeFileSync(dead, 'partial');
    writeFileSync(live, 'being written');
    expect(removeStaleTempFiles(outDir)).toBe(1);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});

describe('the manifest is the truth', () => {
  it('outputs of a removed edition are removed, so output/ holds exactly what the manifest lists', async () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir]);
    const outDir = tempDir('stale-out-');
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate })).ok).toBe(true);
    expect(existsSync(path.join(outDir, 'demo-2026', 'plan.json'))).toBe(true);
    rmSync(path.join(dataDir, 'editions', 'demo-2026'), { recursive: true });
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate });
    expect(result.ok).toBe(true);
    expect(result.built).toEqual([]);
    expect(existsSync(path.join(outDir, 'demo-2026'))).toBe(false);
    expectOutputIsManifest(outDir);
  }, 120_000);

  it('a dataset with no editions is an error, not an empty success', async () => {
    const dataDir = makeDataDir([]);
    const outDir = tempDir('none-out-');
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['plan:file-missing', 'error']]);
    const cli = await runCommand(['build', '--data', dataDir, '--out', outDir]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('No edition folder under');
  }, 60_000);
});
