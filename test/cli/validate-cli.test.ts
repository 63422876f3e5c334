import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, repoRoot } from '../helpers.js';

// The command as npm runs it: the bundled program through scripts/run.mjs.
const run = path.join(repoRoot, 'scripts', 'run.mjs');

function runValidate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [run, 'validate', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
  it('prints the default dataset warnings with file:line and exits 0', () => {
    const { code, stdout } = runValidate([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^data\/editions\/binjiang-2025\/tables\.yaml:\d+:\d+ warning .*1243\.8.*1243\.9.* plan:sum-matches-total$/m);
    expect(stdout).toContain('0 errors, 4 warnings');
  });

  it('speaks Chinese to editors with --lang zh-CN, or with a Chinese system locale', () => {
    const chosen = runValidate(['--lang', 'zh-CN']);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(/tables\.yaml:\d+:\d+ 警告 .*公布合计为 1243\.8,各行之和为 1243\.9.* plan:sum-matches-total/);
    expect(chosen.stdout).toContain('0 个错误,4 个警告');
    expect(runValidate([], { LC_ALL: 'zh_CN.UTF-8' }).stdout).toContain('0 个错误,4 个警告');
  });

  it('exits 1 on warnings with --strict', () => {
    expect(runValidate(['--strict']).code).toBe(1);
  });

  it('emits JSON with --format json', () => {
    const { code, stdout } = runValidate(['--format', 'json']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { ruleId: string; severity: string }[];
    expect(items).toHaveLength(4);
    expect(items.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('adds ::warning annotations under GitHub Actions', () => {
    const { stdout } = runValidate([], { GITHUB_ACTIONS: 'true' });
    expect(stdout).toMatch(
      /^::warning file=data\/editions\/binjiang-2025\/tables\.yaml,line=\d+,col=\d+,title=plan%3Asum-matches-total::/m,
    );
  });

  it('reports broken files without a stack trace and exits 1', () => {
    const dataDir = makeDataDir();
    writeFileSync(path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'), 'indicators:\n  - id: gdp\n    value: [1,\n');
    const { code, stdout, stderr } = runValidate(['--data', dataDir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/headline\.yaml:\d+:\d+ error YAML syntax error/);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });
});
