import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, tempDir } from '../helpers.js';
import { runCommand } from '../run-command.js';

// The command run in this process (test/run-command.ts), as npm would run it.
const runValidate = (args: string[], env: Record<string, string> = {}) => runCommand(['validate', ...args], { env });

describe('npm run validate', () => {
  it('prints the default dataset notes with file:line and exits 0', async () => {
    const { code, stdout } = await runValidate([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^data\/editions\/binjiang-2025\/tables\.yaml:\d+:\d+ note .*1243\.8.*1243\.9.* plan:sum-matches-total$/m);
    expect(stdout).toContain('0 errors, 0 warnings, 4 notes');
    // A note has nothing to fix: its guide section says why, and no "fix:" line is printed.
    expect(stdout).not.toContain('fix');
    expect(stdout).toMatch(/^ {4}guide {3}: \S+CONTRIBUTING\.md#plansum-matches-total$/m);
  });

  it('speaks Chinese to editors with --lang zh-CN, or with a Chinese system locale', async () => {
    const chosen = await runValidate(['--lang', 'zh-CN']);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(/tables\.yaml:\d+:\d+ 提示 .*公布合计为 1243\.8，各行之和为 1243\.9.* plan:sum-matches-total/);
    expect(chosen.stdout).toContain('0 个错误，0 个警告，4 条提示');
    expect(chosen.stdout).toMatch(/^ {4}说明：\S+CONTRIBUTING\.zh-CN\.md#plansum-matches-total$/m);
    expect((await runValidate([], { LC_ALL: 'zh_CN.UTF-8' })).stdout).toContain('0 个错误，0 个警告，4 条提示');
  });

  it('passes --strict on the default data (notes only), and exits 1 on a warning with --strict', async () => {
    expect((await runValidate(['--strict'])).code).toBe(0);
    const dataDir = makeDataDir();
    writeFileSync(path.join(dataDir, 'editions', 'demo-2026', 'headlines.yaml'), 'indicators: []\n');
    expect((await runValidate(['--data', dataDir])).code).toBe(0);
    expect((await runValidate(['--data', dataDir, '--strict'])).code).toBe(1);
  });

  it('emits JSON with --format json', async () => {
    const { code, stdout } = await runValidate(['--format', 'json']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { ruleId: string; severity: string }[];
    expect(items).toHaveLength(4);
    expect(items.every((d) => d.severity === 'note')).toBe(true);
  });

  it('adds ::notice annotations for notes under GitHub Actions, with the guide section at the commit', async () => {
    const github = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/plan-briefs' };
    const { stdout } = await runValidate(['--commit', 'f00d'], github);
    expect(stdout).toMatch(
      /^::notice file=data\/editions\/binjiang-2025\/tables\.yaml,line=\d+,col=\d+,title=plan%3Asum-matches-total::.*1243\.8.*%0AGuide: https:\/\/github\.com\/owner\/plan-briefs\/blob\/f00d\/CONTRIBUTING\.md#plansum-matches-total$/m,
    );
    // In the summary's language: Chinese messages link the Chinese guide.
    const zh = (await runValidate(['--commit', 'f00d', '--lang', 'zh-CN'], github)).stdout;
    expect(zh).toMatch(
      /^::notice .*title=plan%3Asum-matches-total::.*公布合计为 1243\.8.*%0A说明：https:\/\/github\.com\/owner\/plan-briefs\/blob\/f00d\/CONTRIBUTING\.zh-CN\.md#plansum-matches-total$/m,
    );
  });

  it('with --base, annotates only the lines changed since then; problems elsewhere are counted in one annotation', async () => {
    const root = tempDir('validate-base-');
    const repo = path.join(root, 'data');
    cpSync(makeDataDir(), repo, { recursive: true });
    // The base already has a problem: a stray file (a warning, on a line this change does not touch).
    writeFileSync(path.join(repo, 'editions', 'demo-2026', 'headlines.yaml'), 'indicators: []\n');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    // The change: one figure that no longer matches its source phrase (an error on the changed line).
    const headline = path.join(repo, 'editions', 'demo-2026', 'headline.yaml');
    const text = readFileSync(headline, 'utf8');
    const changed = text.replace(/^( +value: )(\d+(?:\.\d+)?)$/m, (_, head: string, value: string) => `${head}${Number(value) + 1000}`);
    expect(changed).not.toBe(text);
    writeFileSync(headline, changed);
    const line = changed.split('\n').findIndex((l, i) => l !== text.split('\n')[i]) + 1;
    const validate = (args: string[]) => runCommand(['validate', '--data', repo, ...args], { cwd: root, env: { GITHUB_ACTIONS: 'true' } });
    const result = await validate(['--base', 'HEAD']);
    expect(result.code).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    const placed = annotations.filter((a) => a.includes(' file='));
    expect(placed.length).toBeGreaterThan(0);
    for (const a of placed) expect(a).toMatch(new RegExp(`^::error file=data/editions/demo-2026/headline\\.yaml,line=${line},.*%0AFix: `));
    // The stray file's warning, and what follows from the changed figure elsewhere, are not on a
    // changed line: counted, in one annotation without a place.
    const all = (JSON.parse((await validate(['--format', 'json'])).stdout) as { severity: string }[]).filter((d) => d.severity !== 'note');
    expect(all.length - placed.length).toBeGreaterThanOrEqual(1);
    expect(annotations.filter((a) => !a.includes(' file='))).toEqual([
      `::error title=Problems on unchanged lines::${all.length - placed.length} more problem${all.length - placed.length === 1 ? '' : 's'} on lines this change did not touch (one may follow from it); every message, with its fix, is in the job summary and the log of this step.`,
    ]);
    // Without --base, every problem is annotated where it is.
    expect((await validate([])).stdout).toMatch(/^::warning file=data\/editions\/demo-2026\/headlines\.yaml,line=1,/m);
    // An unknown base: exit 2 with a sentence.
    const unknown = await validate(['--base', 'no-such-ref']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--base "no-such-ref": git could not compare/);
  });

  it('reports broken files without a stack trace and exits 1', async () => {
    const dataDir = makeDataDir();
    writeFileSync(path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'), 'indicators:\n  - id: gdp\n    value: [1,\n');
    const { code, stdout, stderr } = await runValidate(['--data', dataDir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/headline\.yaml:\d+:\d+ error YAML syntax error/);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });
});
