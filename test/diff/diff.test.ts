import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkoutData, diffDatasets, diffMarkdown, diffSettings, hasInvalid } from '../../src/diff/diff.js';
import { briefGlyphCoverage } from '../../src/fonts/fonts.js';
import { editText, makeDataDir, tempDir } from '../helpers.js';
import { runCommand } from '../run-command.js';

/** A repository with two commits: the demo edition, then an editor's change to it. */
function fixtureRepo(): string {
  const repo = tempDir('diff-repo-');
  cpSync(makeDataDir(), path.join(repo, 'data'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
  const edition = path.join(repo, 'data', 'editions', 'demo-2026');
  // 120.3 keeps the industry share of GDP (33.4%) right: the committed data is valid, as an editor's would be.
  editText(path.join(edition, 'headline.yaml'), 'value: 120.5', 'value: 120.3');
  editText(path.join(edition, 'headline.yaml'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)120.3亿元');
  editText(path.join(edition, 'source.txt'), '实现地区生产总值(GDP)120.5亿元', '实现地区生产总值(GDP)120.3亿元');
  editText(path.join(edition, 'sections.yaml'), 'The economy ran steadily.', 'The economy grew steadily.');
  editText(
    path.join(edition, 'plan-targets.yaml'),
    '  - id: w-promotion-events\n',
    '  - id: w-trade-fairs\n    section: w1\n    label: {zh: 展会, en: Trade fairs}\n    target: {kind: numeric, value: 10, unit: 场}\n    source: 举办招商活动10场\n  - id: w-promotion-events\n',
  );
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'second');
  // Uncommitted, and valid: the figure, its phrase and the document change together.
  editText(path.join(edition, 'achievements.yaml'), 'value: 1200', 'value: 1250');
  editText(path.join(edition, 'achievements.yaml'), 'source: 新增学位1200个', 'source: 新增学位1250个');
  editText(path.join(edition, 'source.txt'), '新增学位1200个。', '新增学位1250个。');
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
    expect(markdown).toContain('| `gdp` | Gross domestic product (GDP) / 地区生产总值 | 120.5 亿元 | 120.3 亿元 | value |');
    expect(markdown).toContain('- `w-trade-fairs.target` Trade fairs: 10 场');
    // Texts by id, not position: inserting a section would not make the later ones look changed.
    expect(markdown).toContain('| `sections.review.r1.summary` | en | The economy ~~ran~~ **grew** steadily. |');
    expect(markdown).not.toContain('a-school-places'); // uncommitted change: not in HEAD
    rmSync(base, { recursive: true });
  });

  it('compares a ref with the working tree from the command line', async () => {
    const repo = fixtureRepo();
    const result = await runCommand(['diff', '--base', 'HEAD'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Data changes against `HEAD`');
    expect(result.stdout).toContain('| `a-school-places` | New school places / 新增学位 | 1200 个 | 1250 个 | value |');
  });

  it('says so when nothing changed, and fails clearly on an unknown ref', async () => {
    const repo = fixtureRepo();
    const same = checkoutData(repo, 'HEAD');
    expect(diffMarkdown(diffDatasets(same, same, glyphs), 'HEAD')).toContain('No figure or text changed.');
    const bad = await runCommand(['diff', '--base', 'no-such-ref'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Could not compare with "no-such-ref"');
  });
});

describe('npm run summary', () => {
  it('writes the job summary: every diagnostic, headline figures with status, changes and artifact names', async () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'owner/plan-briefs',
      GITHUB_SHA: 'abc123',
      GITHUB_RUN_ID: '77',
    };
    const result = await runCommand(['summary', '--sha', 'abc123', '--base', 'HEAD', '--commit', 'f00d'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('## Validation: 0 error(s), 0 warning(s), 4 note(s)');
    // Absolute links (the summary is read under /actions/runs/): the guide and the file at the commit.
    expect(result.stdout).toContain(
      '[plan:sum-matches-total](https://github.com/owner/plan-briefs/blob/f00d/CONTRIBUTING.md#plansum-matches-total)',
    );
    expect(result.stdout).toMatch(
      /\| \[`data\/editions\/binjiang-2025\/tables\.yaml:23:86`\]\(https:\/\/github\.com\/owner\/plan-briefs\/blob\/f00d\/data\/editions\/binjiang-2025\/tables\.yaml#L23\) \| note \| .* \| – \(nothing to fix\) \|/,
    );
    expect(result.stdout).not.toContain('](CONTRIBUTING.md');
    expect(result.stdout).toContain('| Gross domestic product (GDP) | RMB 288.78 billion | 5.0% | growth of 6% | × Not met |');
    expect(result.stdout).toContain('## Data changes against `HEAD`');
    expect(result.stdout).toContain('- `reports-binjiang-2025-abc123`');
    expect(result.stdout).toContain(
      "Download them from [this run's artifacts](https://github.com/owner/plan-briefs/actions/runs/77#artifacts).",
    );
  });
});

/** A repository with the demo edition committed, for changes made in the working tree. */
function committedDemo(extra: Record<string, string> = {}): string {
  const repo = tempDir('diff-repo-');
  cpSync(makeDataDir(), path.join(repo, 'data'), { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(repo, file), text);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
  return repo;
}

const runDiff = (repo: string, base = 'HEAD') => runCommand(['diff', '--base', base], { cwd: repo });

describe('an honest diff', () => {
  it('shows a changed unit with the old and the new one, a change late in a long line, and validation.yaml rule by rule', async () => {
    const repo = committedDemo();
    const edition = path.join(repo, 'data', 'editions', 'demo-2026');
    // A long line of source.txt (committed) changed near its end: the change is shown, not cut off.
    const source = path.join(edition, 'source.txt');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, `${original}\n${'甲'.repeat(300)}，全年完成十项。\n`);
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'long line'], { cwd: repo });
    writeFileSync(source, `${original}\n${'甲'.repeat(300)}，全年完成十二项。\n`);
    const headline = path.join(edition, 'headline.yaml');
    const text = readFileSync(headline, 'utf8');
    const unit = /^ {4}unit: 亿元$/m;
    expect(text).toMatch(unit);
    writeFileSync(headline, text.replace(unit, '    unit: 万元'));
    writeFileSync(path.join(repo, 'data', 'validation.yaml'), 'severity:\n  plan:glossary-consistent: warning\n');
    const result = await runDiff(repo);
    expect(result.stdout).toMatch(/^\| `gdp` \| .* \| 120\.5 亿元 \| 120\.5 万元 \| unit \|$/m);
    expect(result.stdout).toMatch(/^- ~ …甲{8,16}，全年完成~~十项~~ \*\*十二项\*\*。$/m);
    expect(result.stdout).toContain('### Project settings');
    expect(result.stdout).toContain('- `data/validation.yaml` (added)');
    expect(result.stdout).toContain('- `plan:glossary-consistent`: default (error) → warning');
  });

  it('keeps published decimals, lists source phrases, source.txt lines and status flips', async () => {
    const repo = committedDemo();
    const edition = path.join(repo, 'data', 'editions', 'demo-2026');
    // The document now sets a GDP growth target of 3.0%: the 4.0% result meets it.
    editText(
      path.join(edition, 'review-targets.yaml'),
      "target: {kind: numeric, value: 5, unit: '%'}",
      "target: {kind: numeric, value: 3.0, unit: '%'}",
    );
    editText(path.join(edition, 'review-targets.yaml'), 'source: "1 | GDP | 5% | 4.0% |"', 'source: "1 | GDP | 3.0% | 4.0% |"');
    editText(path.join(edition, 'source.txt'), '1 | GDP | 5% | 4.0% |', '1 | GDP | 3.0% | 4.0% |');
    const result = await runDiff(repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('| `t1-gdp-growth.target` | GDP growth / GDP增速 | 5 % | 3.0 % | value, written decimals |');
    expect(result.stdout).toContain('- `t1-gdp-growth.status` GDP growth / GDP增速: × Not met → ✓ Met');
    expect(result.stdout).toContain('| `reviewTargets.rows.t1-gdp-growth.source` | 1 \\| GDP \\| ~~5~~ **3.0**% \\| 4.0% \\| |');
    expect(result.stdout).toContain('**Source document (data/editions/demo-2026/source.txt):** 1 line(s) removed, 1 added.');
    // The line rewritten, as its changed words with the unchanged ones around them.
    expect(result.stdout).toContain('- ~ 1 \\| GDP \\| ~~5~~ **3.0**% \\| 4.0% \\|');
  });

  it('a decimal written differently is a change: 4.0 → 4 shows as such', async () => {
    const repo = committedDemo();
    const edition = path.join(repo, 'data', 'editions', 'demo-2026');
    editText(path.join(edition, 'headline.yaml'), 'growth: 4.0', 'growth: 4');
    const result = await runDiff(repo);
    expect(result.stdout).toContain('| `gdp.growth` | Gross domestic product (GDP) / 地区生产总值 | 4.0 % | 4 % | written decimals |');
  });

  it('reports an edition that does not validate as invalid, with its errors, and exits 1 (not "every figure removed")', async () => {
    const repo = committedDemo();
    writeFileSync(path.join(repo, 'data', 'editions', 'demo-2026', 'headline.yaml'), 'indicators:\n  - id: gdp\n    value: [1,\n');
    const result = await runDiff(repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('### demo-2026 (invalid: ');
    expect(result.stdout).toMatch(/^- `data\/editions\/demo-2026\/headline\.yaml:\d+:\d+` YAML syntax error.* `plan:yaml-syntax`$/m);
    expect(result.stdout).not.toContain('Removed');
    expect(result.stdout).not.toContain('(removed)');
    const base = checkoutData(repo, 'HEAD');
    const diffs = diffDatasets(base, path.join(repo, 'data'), briefGlyphCoverage());
    expect(hasInvalid(diffs)).toBe(true);
    expect(diffs[0]).toMatchObject({ edition: 'demo-2026', status: 'invalid', removed: [], added: [] });
  });

  it('reads a base whose data holds non-ASCII file names (git ls-tree -z)', async () => {
    const repo = committedDemo({ 'data/说明 notes.md': '编辑说明\n' });
    const base = checkoutData(repo, 'HEAD');
    expect(readFileSync(path.join(base, '说明 notes.md'), 'utf8')).toBe('编辑说明\n');
    expect(existsSync(path.join(base, 'editions', 'demo-2026', 'headline.yaml'))).toBe(true);
    const result = await runDiff(repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('No figure or text changed.');
  });

  it('writes the changes in Chinese for the job summary when asked', () => {
    const repo = committedDemo();
    editText(path.join(repo, 'data', 'editions', 'demo-2026', 'achievements.yaml'), 'value: 1200', 'value: 1250');
    const base = checkoutData(repo, 'HEAD');
    const markdown = diffMarkdown(diffDatasets(base, path.join(repo, 'data'), briefGlyphCoverage()), 'HEAD', 'zh-CN');
    expect(markdown).toContain('## 与 `HEAD` 相比的数据改动');
    expect(markdown).toContain('| 编号 | 数据 | 原值 | 新值 | 改动 |');
    expect(markdown).toContain('| `a-school-places` | 新增学位 / New school places | 1200 个 | 1250 个 | 数值 |');
  });
});

describe('npm run summary -- --lang zh-CN', () => {
  it('writes the job summary in Chinese', async () => {
    const result = await runCommand(['summary', '--sha', 'abc123', '--lang', 'zh-CN']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('## 校验：0 个错误，0 个警告，4 条提示');
    expect(result.stdout).toContain('| 位置 | 级别 | 说明 | 改法 | 规则 |');
    expect(result.stdout).toMatch(/\| 提示 \| 表2 .*公布合计为 1243\.8/);
    // The rule links to its section of the Chinese guide (same anchor as in CONTRIBUTING.md).
    expect(result.stdout).toMatch(/\[plan:sum-matches-total\]\([^)]*\/CONTRIBUTING\.zh-CN\.md#plansum-matches-total\)/);
    expect(result.stdout).toContain('| 指标 | 数值 | 增速 | 目标 | 完成情况 |');
    expect(result.stdout).toContain('× 未完成 |');
    expect(result.stdout).toContain('- `reports-binjiang-2025-abc123`：简报（中文、英文）、工作簿、开放数据和图表');
  });
  // Issue 28, sixth pass: a text added to an item that was there (a figure's note, the province, a
  // row's words in a column of words) reaches the reports, and was missing from the diff.
  it('lists texts added to or removed from items that were there, as added or removed words', () => {
    const base = makeDataDir();
    const head = makeDataDir();
    const file = (dir: string, name: string) => path.join(dir, 'editions', 'demo-2026', name);
    editText(
      file(head, 'edition.yaml'),
      'city: {zh: 示例市, en: Demo City}',
      'city: {zh: 示例市, en: Demo City}\nprovince: {zh: 示例省, en: Demo Province}',
    );
    editText(file(head, 'headline.yaml'), '    partOf: gdp\n', '    partOf: gdp\n    note: {zh: 含新增企业。, en: Includes new firms.}\n');
    editText(
      file(head, 'tables.yaml'),
      '    dimension: {zh: 领域, en: Sector}\n',
      '    dimension: {zh: 领域, en: Sector}\n    textColumns: [{id: scope, label: {zh: 口径, en: Scope}}]\n',
    );
    editText(
      file(head, 'tables.yaml'),
      '        values: {projects: 3,',
      '        texts: {scope: {zh: 全区, en: Whole district}}\n        values: {projects: 3,',
    );
    for (const name of ['tables.yaml', 'source.txt']) editText(file(head, name), '产业领域 | 3', '产业领域 | 全区 | 3');
    editText(
      file(head, 'edition.yaml'),
      "meeting: {zh: 示例区第一届人民代表大会第一次会议(虚构), en: First Session of the First Demo District People's Congress (invented)}\n",
      '',
    );
    const markdown = diffMarkdown(diffDatasets(base, head, briefGlyphCoverage()), 'main');
    expect(markdown).toContain('| `edition.province` | en | **Demo Province** |');
    expect(markdown).toContain('| `headline.indicators.industrial-value-added.note` | en | **Includes new firms.** |');
    expect(markdown).toContain('| `tables.tables.by-sector.textColumns.scope.label` | en | **Scope** |');
    expect(markdown).toContain('| `tables.tables.by-sector.rows.industry.texts.scope` | en | **Whole district** |');
    expect(markdown).toMatch(/\| `edition\.meeting` \| en \| ~~First Session .*~~ \|/);
  });
});

// Issue 28, seventh pass: what a figure means besides its digits (a bound, an estimate flag, a
// rank position, a column's decimals) changed with no line in the diff, so a pull request could
// turn "at least 800" into "about 800" or "3rd in the city" into "1st" while its summary showed nothing.
describe('settings and rank positions in the diff', () => {
  it('lists a changed bound, an added estimate flag, a changed rank position and decimals', () => {
    const base = makeDataDir();
    const head = makeDataDir();
    const file = (dir: string, name: string) => path.join(dir, 'editions', 'demo-2026', name);
    editText(file(head, 'plan-targets.yaml'), 'bound: at-least, value: 800', 'bound: about, value: 800');
    editText(file(head, 'plan-targets.yaml'), 'source: 新增学位不少于800个', 'source: 新增学位800个左右');
    editText(file(head, 'source.txt'), '新增学位不少于800个', '新增学位800个左右');
    editText(file(head, 'headline.yaml'), 'position: 3}]', 'position: 1}]');
    editText(file(head, 'headline.yaml'), '增速列全市第三', '增速列全市第一');
    editText(file(head, 'source.txt'), '增速列全市第三', '增速列全市第一');
    editText(file(head, 'headline.yaml'), '    growth: 5.5\n', '    growth: 5.5\n    estimate: true\n');
    editText(file(head, 'tables.yaml'), "unit: '%', decimals: 1, shareOf", "unit: '%', decimals: 2, shareOf");
    const diffs = diffDatasets(base, head, briefGlyphCoverage());
    expect(diffs.map((d) => [d.edition, d.status])).toEqual([['demo-2026', 'changed']]);
    const markdown = diffMarkdown(diffs, 'main');
    expect(markdown).toContain('| `planTargets.work.w-school-places.target.bound` | `at-least` | `about` |');
    expect(markdown).toContain('| `headline.indicators.industrial-value-added.estimate` | (none) | `true` |');
    expect(markdown).toContain('| `tables.tables.by-sector.columns.annual-share.decimals` | `1` | `2` |');
    expect(markdown).toMatch(/\| `gdp\.ranks\.0` \| .* \| 3 rank \| 1 rank \| value \|/);
  });
  it('lists the entries of units.yaml and glossary.yaml that changed, field by field', () => {
    const base = makeDataDir();
    const head = makeDataDir();
    editText(path.join(head, 'units.yaml'), 'en: "USD 100 million"', 'en: "EUR 100 million"');
    editText(path.join(head, 'glossary.yaml'), 'en: Little Giant', 'en: Small Giant');
    const markdown = diffMarkdown(diffDatasets(base, head, briefGlyphCoverage()), 'main', 'en', undefined, diffSettings(base, head));
    const dir = path.basename(head);
    expect(markdown).toContain(`| \`${dir}/units.yaml\` | \`亿美元\` | \`en\` | \`USD 100 million\` | \`EUR 100 million\` |`);
    expect(markdown).toContain(`| \`${dir}/glossary.yaml\` | \`little-giant\` | \`en\` | \`Little Giant\` | \`Small Giant\` |`);
  });
});
