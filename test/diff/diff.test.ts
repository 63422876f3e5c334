import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkoutData, diffDatasets, diffMarkdown } from '../../src/diff/diff.js';
import { briefGlyphCoverage } from '../../src/fonts/fonts.js';
import { editText, makeDataDir, repoRoot, tempDir } from '../helpers.js';

/** A repository with two commits: the demo edition, then an editor's change to it. */
function fixtureRepo(): string {
  const repo = tempDir('diff-repo-');
  cpSync(makeDataDir(), path.join(repo, 'data'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
  const edition = path.join(repo, 'data', 'editions', 'demo-2026');
  editText(path.join(edition, 'headline.yaml'), 'value: 120.5', 'value: 121.5');
  editText(path.join(edition, 'headline.yaml'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)121.5亿元');
  editText(path.join(edition, 'source.txt'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)121.5亿元');
  editText(path.join(edition, 'sections.yaml'), 'The economy ran steadily.', 'The economy grew steadily.');
  editText(
    path.join(edition, 'plan-targets.yaml'),
    '  - id: w-promotion-events\n',
    '  - id: w-trade-fairs\n    section: w1\n    label: {zh: 展会, en: Trade fairs}\n    target: {kind: numeric, value: 3, unit: 场}\n    source: 举办招商活动10场\n  - id: w-promotion-events\n',
  );
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'second');
  editText(path.join(edition, 'achievements.yaml'), 'value: 1200', 'value: 1250');
  return repo;
}

describe('npm run diff', () => {
  const glyphs = briefGlyphCoverage();

  it('lists changed figures with old and new values, added items and changed texts between two commits', () => {
    const repo = fixtureRepo();
    const base = checkoutData(repo, 'HEAD~1');
    const head = checkoutData(repo, 'HEAD');
    const markdown = diffMarkdown(diffDatasets(base, head, glyphs), 'HEAD~1');
    expect(markdown).toContain('### demo-2026');
    expect(markdown).toContain('| `gdp` | Gross domestic product (GDP) / 地区生产总值 | 120.5 | 121.5 | 亿元 |');
    expect(markdown).toContain('- `w-trade-fairs.target` Trade fairs: 3 场');
    expect(markdown).toContain('| `sections.review.0.summary` | en | The economy ran steadily. | The economy grew steadily. |');
    expect(markdown).not.toContain('a-school-places'); // uncommitted change: not in HEAD
    rmSync(base, { recursive: true });
  });

  it('compares a ref with the working tree from the command line', () => {
    const repo = fixtureRepo();
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'diff', '--base', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## Data changes against `HEAD`');
    expect(result.stdout).toContain('| `a-school-places` | New school places / 新增学位 | 1200 | 1250 | 个 |');
  });

  it('says so when nothing changed, and fails clearly on an unknown ref', () => {
    const repo = fixtureRepo();
    const same = checkoutData(repo, 'HEAD');
    expect(diffMarkdown(diffDatasets(same, same, glyphs), 'HEAD')).toContain('No figure or text changed.');
    const bad = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'diff', '--base', 'no-such-ref'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Could not compare with "no-such-ref"');
  });
});

describe('npm run summary', () => {
  it('writes the job summary: every diagnostic, headline figures with status, changes and artifact names', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'summary', '--sha', 'abc123', '--base', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('## Validation: 0 error(s), 4 warning(s)');
    expect(result.stdout).toContain('[plan:sum-matches-total](CONTRIBUTING.md#plansum-matches-total)');
    expect(result.stdout).toContain('| Gross domestic product (GDP) | RMB 288.78 billion | 5.0% | 6% | × Not met |');
    expect(result.stdout).toContain('## Data changes against `HEAD`');
    expect(result.stdout).toContain('- `reports-binjiang-2025-abc123`');
  });
});
