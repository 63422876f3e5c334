/**
 * Issue 28, locks that recover: a stale lock is told by its heartbeat and age, not by its pid alone
 * (a recycled pid, a host that no longer exists); --wait is bounded and says what it waits for; the
 * no-op path ("Up to date") takes the lock like any build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError, lockFileName } from '../../src/build/lock.js';
import { buildReports } from '../../src/build/pipeline.js';
import { makeDataDir, minimalEditionDir, repoRoot, tempDir } from '../helpers.js';

const run = path.join(repoRoot, 'scripts', 'run.mjs');
const buildDate = new Date('2025-01-15T00:00:00Z');

/** A lock file as another build would leave it, last touched `ageMs` ago. */
function plantLock(outDir: string, owner: { pid: number; hostname: string }, ageMs: number): string {
  const file = path.join(outDir, lockFileName);
  writeFileSync(file, `${JSON.stringify({ ...owner, started: '2026-01-01T00:00:00.000Z', token: 'planted' })}\n`);
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
  return file;
}

describe('locks that recover', () => {
  it('takes over a lock whose pid runs another program but which shows no sign of life', async () => {
    const outDir = tempDir('lock-recycled-');
    // This test's own process: alive, and no build.
    plantLock(outDir, { pid: process.pid, hostname: (await import('node:os')).hostname() }, 10 * 60_000);
    const lock = await acquireBuildLock(outDir, { heartbeatMs: 0 });
    expect(JSON.parse(readFileSync(path.join(outDir, lockFileName), 'utf8')).token).not.toBe('planted');
    lock.release();
  });

  it("takes over another host's lock without a sign of life; a live one is waited for at most maxWaitMs, saying what for", async () => {
    const outDir = tempDir('lock-host-');
    plantLock(outDir, { pid: 1, hostname: 'ci-container-long-gone' }, 10 * 60_000);
    (await acquireBuildLock(outDir, { heartbeatMs: 0 })).release();

    plantLock(outDir, { pid: 1, hostname: 'another-machine' }, 0);
    const told: string[] = [];
    const started = Date.now();
    const waiting = acquireBuildLock(outDir, { wait: true, maxWaitMs: 600, pollMs: 50, heartbeatMs: 0, onWait: (m) => told.push(m) });
    await expect(waiting).rejects.toThrow(BuildLockedError);
    await expect(waiting).rejects.toThrow(/Waited \d+ s for another build \(process 1 on another-machine/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(told).toEqual([
      expect.stringMatching(/Waiting for another build \(process 1 on another-machine, started .*; last sign of life \d+ s ago\).*at most/),
    ]);
  });

  it('the holder keeps its lock alive with a heartbeat, also while its main thread is busy', async () => {
    const outDir = tempDir('lock-heartbeat-');
    const lock = await acquireBuildLock(outDir, { heartbeatMs: 50 });
    const file = path.join(outDir, lockFileName);
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    // Busy without yielding, as a render is, until the lock is touched again (at most 10 s: a worker starts slowly on a loaded machine).
    const until = Date.now() + 10_000;
    while (Date.now() < until && Date.now() - statSync(file).mtimeMs > 30_000);
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(30_000);
    lock.release();
  });

  it('"Up to date" is not answered while another build holds the output folder', async () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const outDir = tempDir('lock-noop-');
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 })).ok).toBe(true);
    const upToDate = spawnSync(process.execPath, [run, 'build', '--data', dataDir, '--out', outDir], { cwd: repoRoot, encoding: 'utf8' });
    expect(upToDate.stdout).toContain('Up to date');
    // A live build of another host holds the folder (fresh heartbeat).
    plantLock(outDir, { pid: 1, hostname: 'another-machine' }, 0);
    const refused = spawnSync(process.execPath, [run, 'build', '--data', dataDir, '--out', outDir], { cwd: repoRoot, encoding: 'utf8' });
    expect(refused.stdout).not.toContain('Up to date');
    expect(refused.status, refused.stderr).toBe(3);
    expect(refused.stderr).toContain('Another build (process 1 on another-machine');
  }, 120_000);
});
