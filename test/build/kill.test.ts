import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullSize, hashes, makeDataDir, repoRoot, tempDir } from '../helpers.js';

const run = path.join(repoRoot, 'scripts', 'run.mjs');
const env = (epoch: string) => ({ ...process.env, SOURCE_DATE_EPOCH: epoch, GITHUB_ACTIONS: '' });

function buildSync(dataDir: string, outDir: string, epoch: string) {
  const result = spawnSync(process.execPath, [run, 'build', '--data', dataDir, '--out', outDir], {
    cwd: repoRoot,
    env: env(epoch),
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

/** Starts a build and kills it with SIGKILL after `delay` ms (or lets it finish if it is faster). */
function buildAndKill(dataDir: string, outDir: string, epoch: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [run, 'build', '--data', dataDir, '--out', outDir], {
      cwd: repoRoot,
      env: env(epoch),
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a build killed at any moment', () => {
  it('leaves every artifact either the old or the new complete file, and the next build repairs the rest', async () => {
    const dataDir = makeDataDir();
    const oldDir = tempDir('kill-old-');
    const newDir = tempDir('kill-new-');
    buildSync(dataDir, oldDir, '1700000000');
    buildSync(dataDir, newDir, '1736899200');
    const before = hashes(oldDir);
    const after = hashes(newDir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // The two builds differ (the date is printed in briefs, workbooks and manifest), so "old or new" means something.
    expect(Object.keys(after).filter((f) => before[f] !== after[f]).length).toBeGreaterThanOrEqual(5);

    const work = tempDir('kill-work-');
    cpSync(oldDir, work, { recursive: true });
    // Kill points spread over the whole build, from start-up to the last writes.
    // Ten points in CI (PLAN_BRIEFS_TEST_SIZE=full); four spread over the same span elsewhere.
    const points = fullSize ? [150, 400, 700, 900, 1100, 1300, 1500, 1700, 1900, 2300] : [150, 700, 1300, 2300];
    const delays = points.map((d) => d + Math.floor(Math.random() * 150));
    for (const delay of delays) {
      await buildAndKill(dataDir, work, '1736899200', delay);
      const now = hashes(work);
      for (const [file, sha] of Object.entries(now)) {
        if (file.endsWith('.tmp')) continue; // a temporary file, never a published name
        if (file === '.build.lock') continue; // the killed build's lock: the next build takes it over
        expect([before[file], after[file]], `${file} after a kill at ${delay} ms`).toContain(sha);
      }
      // The manifest is always a whole manifest, old or new.
      expect(() => JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8'))).not.toThrow();
    }
    // The next build takes over the killed build's stale lock, and releases it: nothing is left.
    buildSync(dataDir, work, '1736899200');
    expect(hashes(work)).toEqual(after);
  }, 120_000);
});
