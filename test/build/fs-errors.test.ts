/**
 * Issue 28, file-system errors: a failed build removes its temporary files and replaces nothing;
 * each error names the file and the disk it concerns in words a user can act on (EFBIG, EEXIST,
 * ENOSPC…), never "a bug in the tool".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/build/atomic.js';
import { describeFileSystemError } from '../../src/cli/command.js';
import { runCommand } from '../run-command.js';
import { filesUnder, makeDataDir, minimalEditionDir, repoRoot, snapshot, tempDir } from '../helpers.js';

const run = path.join(repoRoot, 'scripts', 'run.mjs');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1736899200' };
const build = (dataDir: string, outDir: string, limitKb?: number) =>
  spawnSync(
    'bash',
    [
      '-c',
      `${limitKb ? `ulimit -f ${limitKb}; ` : ''}exec "$0" "$@"`,
      process.execPath,
      run,
      'build',
      '--data',
      dataDir,
      '--out',
      outDir,
      '--jobs',
      '1',
      '--force',
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env,
    },
  );
const temporaryFiles = (dir: string) => Object.keys(filesUnder(dir, () => true)).filter((f) => path.basename(f).endsWith('.tmp'));

describe('file-system errors', () => {
  it('EFBIG mid-build: named with its file and disk, no temporary file left, nothing replaced', () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const outDir = tempDir('fs-efbig-');
    expect(build(dataDir, outDir).status).toBe(0);
    const before = snapshot(outDir);
    // The program is bundled before the limit applies (its bundle is larger than the limit).
    spawnSync(process.execPath, [run, 'build', '--help'], { cwd: repoRoot });
    const failed = build(dataDir, outDir, 40);
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toMatch(
      new RegExp(`Error: File too large: ${outDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\S+ \\(on the disk mounted at /`),
    );
    expect(failed.stderr).not.toContain('bug in the tool');
    expect(temporaryFiles(outDir)).toEqual([]);
    expect(snapshot(outDir)).toEqual(before);
  }, 120_000);

  it('a manifest.json that is a folder: the edition files are not replaced', () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const outDir = tempDir('fs-manifest-folder-');
    expect(build(dataDir, outDir).status).toBe(0);
    rmSync(path.join(outDir, 'manifest.json'));
    mkdirSync(path.join(outDir, 'manifest.json'));
    writeFileSync(path.join(outDir, 'manifest.json', 'x'), '');
    const before = snapshot(outDir);
    const failed = build(dataDir, outDir);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('is a folder where a file belongs');
    expect(snapshot(outDir)).toEqual(before);
    expect(temporaryFiles(outDir)).toEqual([]);
  }, 120_000);

  it('a file where the output folder belongs (EEXIST, ENOTDIR) is told as such', () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const parent = tempDir('fs-eexist-');
    const outDir = path.join(parent, 'out');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, path.basename(minimalEditionDir)), 'a file where a folder belongs');
    const failed = build(dataDir, outDir);
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toMatch(/Error: (Already exists|Not a folder): .*lanting-2024/);
    expect(failed.stderr).not.toContain('bug in the tool');
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('describes each code with its path and, for space, the disk that holds it', () => {
    const at = tempDir('fs-describe-');
    const error = (code: string) => Object.assign(new Error(code), { code, path: path.join(at, 'x', 'brief.pdf'), syscall: 'write' });
    for (const code of ['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EIO']) {
      const text = describeFileSystemError(error(code))!;
      expect([code, text]).toEqual([code, expect.stringContaining(path.join(at, 'x', 'brief.pdf'))]);
      expect(text).toMatch(/mounted at \/\S*, \d+ MB free/);
    }
    for (const code of ['EEXIST', 'ENAMETOOLONG', 'ELOOP', 'EBUSY']) expect(describeFileSystemError(error(code))).toContain(at);
  });
  it('an --out that cannot be made where its parent exists ends with its error, not in a loop (issue 28, fourth pass)', () => {
    // Node's recursive mkdir retried for ever (full CPU) when mkdir gave ENOENT under an existing parent, as in /proc.
    expect(existsSync('/proc/self')).toBe(process.platform === 'linux');
    if (process.platform !== 'linux') return;
    const started = performance.now();
    const failed = spawnSync(
      process.execPath,
      [run, 'build', '--data', makeDataDir([minimalEditionDir]), '--out', '/proc/self/plan-briefs-out', '--jobs', '1'],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain('Error: No such file or folder: /proc/self/plan-briefs-out (mkdir)');
    expect(failed.stderr).not.toContain('bug in the tool');
    expect(performance.now() - started).toBeLessThan(30_000);
    // makeFolder itself: the same error, and folders made from the nearest that exists.
    expect(() => makeFolder('/proc/self/a/b')).toThrow(expect.objectContaining({ code: 'ENOENT', path: '/proc/self/a' }));
    const at = tempDir('fs-make-');
    makeFolder(path.join(at, 'a', 'b', 'c'));
    makeFolder(path.join(at, 'a', 'b', 'c'));
    expect(readdirSync(path.join(at, 'a', 'b'))).toEqual(['c']);
  }, 60_000);
});

describe('folder links inside the output folder (issue 28, tenth pass)', () => {
  it('a build never writes through a folder link below --out: it stops naming the link, and nothing is written where it points', async () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const outDir = tempDir('fs-link-out-');
    const victim = tempDir('fs-link-victim-');
    const edition = path.basename(minimalEditionDir);
    mkdirSync(path.join(outDir, edition), { recursive: true });
    symlinkSync(victim, path.join(outDir, edition, 'en'));
    const failed = await runCommand(['build', '--data', dataDir, '--out', outDir, '--jobs', '1'], {
      env: { SOURCE_DATE_EPOCH: '1736899200' },
    });
    expect(failed.code, failed.stderr).toBe(2);
    expect(failed.stderr).toContain(`${path.join(outDir, edition, 'en')} is a link`);
    expect(failed.stderr).not.toContain('bug in the tool');
    expect(readdirSync(victim)).toEqual([]);
    expect(temporaryFiles(outDir)).toEqual([]);
    // The edition's own folder as a link: the same.
    rmSync(path.join(outDir, edition), { recursive: true });
    symlinkSync(victim, path.join(outDir, edition));
    const again = await runCommand(['build', '--data', dataDir, '--out', outDir, '--jobs', '1'], {
      env: { SOURCE_DATE_EPOCH: '1736899200' },
    });
    expect(again.code, again.stderr).toBe(2);
    expect(readdirSync(victim)).toEqual([]);
    // Without the link, the build writes the edition's folder as a real one.
    rmSync(path.join(outDir, edition));
    const built = await runCommand(['build', '--data', dataDir, '--out', outDir, '--jobs', '1'], {
      env: { SOURCE_DATE_EPOCH: '1736899200' },
    });
    expect(built.code, built.stderr).toBe(0);
    expect(lstatSync(path.join(outDir, edition, 'en')).isDirectory()).toBe(true);
  });
});

describe('an output folder in a loop of links (issue 28, low left by the twelfth pass)', () => {
  it('build and merge-manifests name the looping link, for --out at it and below it, and write nothing', async () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const root = tempDir('fs-loop-');
    symlinkSync(path.join(root, 'b'), path.join(root, 'a'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'b'));
    const loop = path.join(root, 'a');
    for (const out of [loop, path.join(loop, 'out')]) {
      for (const args of [
        ['build', '--data', dataDir, '--out', out, '--jobs', '1'],
        ['merge-manifests', '--out', out],
      ]) {
        const failed = await runCommand(args);
        expect(failed.code, failed.stderr).toBe(2);
        expect(failed.stderr).toContain(
          `--out ${out} ${out === loop ? 'is' : `passes through ${loop},`} a symbolic link that leads back to itself`,
        );
        expect(failed.stderr).not.toMatch(/manifest\.json|bug in the tool|ELOOP:/);
      }
    }
    expect(readdirSync(root).sort()).toEqual(['a', 'b']);
  });
});
