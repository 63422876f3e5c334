/**
 * Issue 28, second adversarial pass: `validate --base` is an argument value like any other. git's
 * own message echoed it raw (`fatal: bad revision 'x` and then `::error::…` on a line of its own,
 * a workflow command in a CI log), and a value such as `-O/dev/zero` was read by git as an option
 * and accepted without a word.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, repoRoot, tempDir } from '../helpers.js';

const run = path.join(repoRoot, 'scripts', 'run.mjs');

describe('validate --base with a hostile value', () => {
  it('prints no line git wrote and takes no value as an option of git', () => {
    const repo = tempDir('base-hostile-');
    renameSync(makeDataDir(), path.join(repo, 'data'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'data');
    for (const base of ['x\n::error::forged\u202E', 'y\r::warning file=a::z', '-O/dev/zero', '-p']) {
      const result = spawnSync(process.execPath, [run, 'validate', `--base=${base}`], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      });
      expect(result.status, `${base}: ${result.stdout}${result.stderr}`).toBe(2);
      for (const line of `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n/)) expect(line, base).not.toMatch(/^\s*(::|##\[)/);
      expect(result.stderr, base).not.toMatch(/[\u202E\r]|fatal:/);
    }
    const head = spawnSync(process.execPath, [run, 'validate', '--base=HEAD'], { cwd: repo, encoding: 'utf8' });
    expect(head.status, head.stderr).toBe(0);
  }, 120_000);
});
