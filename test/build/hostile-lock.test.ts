/**
 * Issue 28, second adversarial pass: the lock file is input too (a pull request can commit
 * output/.build.lock). A link to /dev/zero or a FIFO in its place must neither fill the memory
 * nor hang the build, a link to nowhere must go stale like any lock, and a heartbeat dated far in
 * the future (a damaged copy) must not block for ever.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { lutimesSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, lockFileName } from '../../src/build/lock.js';
import { repoRoot, tempDir } from '../helpers.js';

const hourAgo = () => new Date(Date.now() - 60 * 60_000);

/** Takes the lock of `outDir` in a child process, killed after `ms`: a hang or a memory run cannot stall the test. */
function lockInChild(outDir: string, ms: number): { status: number | null; stdout: string; stderr: string } {
  const bundle = path.join(tempDir('lock-bundle-'), 'lock.mjs');
  buildSync({
    entryPoints: [path.join(repoRoot, 'src', 'build', 'lock.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });
  const script = `import { acquireBuildLock } from ${JSON.stringify(bundle)};
const lock = await acquireBuildLock(${JSON.stringify(outDir)}, { heartbeatMs: 0 });
lock.release();
console.log('locked');`;
  return spawnSync(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: ms,
    killSignal: 'SIGKILL',
  });
}

describe('hostile lock files', () => {
  it('a lock that is a link to /dev/zero or a FIFO is taken over, neither read without end nor waited on', () => {
    for (const plant of [(file: string) => symlinkSync('/dev/zero', file), (file: string) => execFileSync('mkfifo', [file])]) {
      const outDir = tempDir('lock-hostile-');
      const file = path.join(outDir, lockFileName);
      plant(file);
      lutimesSync(file, hourAgo(), hourAgo());
      const result = lockInChild(outDir, 20_000);
      expect([result.status, result.stdout.trim()], result.stderr).toEqual([0, 'locked']);
    }
  }, 60_000);

  it('a link to nowhere goes stale like any lock', async () => {
    const outDir = tempDir('lock-dangling-');
    const file = path.join(outDir, lockFileName);
    symlinkSync(path.join(outDir, 'no-such-file'), file);
    lutimesSync(file, hourAgo(), hourAgo());
    (await acquireBuildLock(outDir, { heartbeatMs: 0 })).release();
  });

  it('an old folder where the lock file belongs is taken over like a stale lock, and nothing of it is left (adversarial pass 10)', async () => {
    const outDir = tempDir('lock-folder-');
    const file = path.join(outDir, lockFileName);
    mkdirSync(file);
    writeFileSync(path.join(file, 'left-over'), 'x');
    utimesSync(file, hourAgo(), hourAgo());
    (await acquireBuildLock(outDir, { heartbeatMs: 0 })).release();
    expect(readdirSync(outDir).filter((f) => f.startsWith(lockFileName))).toEqual([]);
  });

  it('a lock of another host dated far in the future is no heartbeat', async () => {
    const outDir = tempDir('lock-future-');
    const file = path.join(outDir, lockFileName);
    writeFileSync(file, `${JSON.stringify({ pid: 1, hostname: 'ci-gone', started: '2026-01-01T00:00:00.000Z', token: 'planted' })}\n`);
    const later = new Date(Date.now() + 365 * 24 * 60 * 60_000);
    utimesSync(file, later, later);
    const lock = await acquireBuildLock(outDir, { heartbeatMs: 0 });
    expect(JSON.parse(readFileSync(file, 'utf8')).token).not.toBe('planted');
    lock.release();
  });
});
