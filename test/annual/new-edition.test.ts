import { runCommand } from '../run-command.js';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionInputError } from '../../src/annual/edition-folder.js';
import { advanceYears, draftTitleMark, startNextEdition } from '../../src/annual/new-edition.js';
import { pendingResult, resultsOf } from '../../src/dataset/schema.js';
import { briefGlyphCoverage } from '../../src/fonts/fonts.js';
import { buildPlan } from '../../src/model/plan.js';
import { defaultDataDir, demoEditionDir, filesUnder, makeDataDir, tempDir, validateDir } from '../helpers.js';

const glyphs = briefGlyphCoverage();

/** A copy of the project's data (the default edition), to start editions in. */
function copyOfData(): string {
  const dir = tempDir();
  cpSync(defaultDataDir, dir, { recursive: true });
  return dir;
}

describe('npm run new-edition: next year from this year', () => {
  it('carries every main target of the default edition into a new edition that validates, results pending', () => {
    const dataDir = copyOfData();
    const before = validateDir(dataDir).dataset.editions.find((e) => e.folder === 'binjiang-2025')!;
    const made = startNextEdition({ dataDir, rootDir: dataDir, from: 'binjiang-2025', id: 'binjiang-2026', glyphs });
    expect(made.carried).toBe(before.data.planTargets.main.length);
    const { diagnostics, dataset } = validateDir(dataDir);
    const mine = diagnostics.filter((d) => d.file.includes('binjiang-2026/'));
    expect(mine.filter((d) => d.severity === 'error')).toEqual([]);
    const next = dataset.editions.find((e) => e.folder === 'binjiang-2026')!;
    const old = before.data.edition;
    expect(next.data.edition).toMatchObject({ planYear: old.planYear + 1, reviewYear: old.reviewYear + 1, drafted: true });
    expect(next.data.edition.title.zh).toBe(`${draftTitleMark.zh}${advanceYears(old.title.zh, [old.reviewYear, old.planYear])}`);
    expect(next.data.edition.title.en.startsWith(draftTitleMark.en)).toBe(true);
    // Each main target, with its kind, bound, strive, relative reading, indicator and label, as a pending review target.
    const rows = next.data.reviewTargets!.rows;
    expect(rows.map((r) => r.continues)).toEqual(before.data.planTargets.main.map((m) => m.id));
    before.data.planTargets.main.forEach((m, i) => {
      const row = rows[i]!;
      expect(row.target).toEqual(m.target);
      expect(row.actual).toBe(pendingResult);
      expect(row.headline).toBe(m.indicator);
      const name = m.label ?? before.data.headline.indicators.find((h) => h.id === m.indicator)!.label;
      expect(row.indicator).toEqual(name);
      expect(row.source).toBe(m.source);
    });
    // Published decimals are carried as written (7.0, not 7).
    expect(readFileSync(path.join(made.dir, 'review-targets.yaml'), 'utf8')).toContain("value: 7.0, unit: '%'");
    // Validation lists each pending result and the draft mark as warnings, so --strict refuses the edition.
    expect(mine.filter((d) => d.ruleId === 'plan:result-pending')).toHaveLength(rows.length);
    expect(mine.filter((d) => d.ruleId === 'plan:drafted')).toHaveLength(1);
    expect(mine.every((d) => d.severity === 'warning')).toBe(true);
    // A preview build shows them as pending.
    const { units, glossary } = dataset;
    const plan = buildPlan(next, units!, glossary!, mine);
    expect(plan.reviewTargets!.rows.map((r) => r.status)).toEqual(rows.map(() => 'pending'));
  });

  it('reports a carried target changed by hand against the previous edition, naming both files and lines', () => {
    const dataDir = copyOfData();
    const made = startNextEdition({ dataDir, rootDir: dataDir, from: 'binjiang-2025', id: 'binjiang-2026', glyphs });
    const file = path.join(made.dir, 'review-targets.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("{kind: numeric, value: 5.6, unit: '%'}");
    writeFileSync(file, text.replace("{kind: numeric, value: 5.6, unit: '%'}", "{kind: numeric, value: 5.5, unit: '%'}"));
    const hits = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:target-carried');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      severity: 'error',
      file: 'editions/binjiang-2026/review-targets.yaml',
      expected: '5.6',
      actual: '5.5',
    });
    const planLine = readFileSync(path.join(dataDir, 'editions/binjiang-2025/plan-targets.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes("value: 5.6, unit: '%'"));
    expect(hits[0]!.message).toContain(`editions/binjiang-2025/plan-targets.yaml:${planLine + 1}:`);
    expect(hits[0]!.messageZh).toContain('上年计划目标');
    // Removing the bound word, or changing the unit, is a difference too.
    writeFileSync(file, text.replace('bound: at-least, value: 300, unit: 亿元', 'value: 300, unit: 亿元'));
    expect(
      validateDir(dataDir)
        .diagnostics.filter((d) => d.ruleId === 'plan:target-carried')
        .map((d) => d.actual),
    ).toEqual(['(none)']);
  });

  it('a review target the previous plan did not set is a warning until acknowledged', () => {
    const dataDir = copyOfData();
    const made = startNextEdition({ dataDir, rootDir: dataDir, from: 'binjiang-2025', id: 'binjiang-2026', glyphs });
    const file = path.join(made.dir, 'review-targets.yaml');
    const text = readFileSync(file, 'utf8');
    const added = `${text}  - id: r-added\n    no: 10\n    indicator: {zh: 新增目标, en: An added target}\n    target: {kind: numeric, value: 5.6, unit: '%'}\n    actual: pending\n    source: 地区生产总值增长5.6%\n`;
    writeFileSync(file, added);
    const unmatched = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:target-unmatched');
    expect(unmatched.map((d) => [d.severity, d.place.line])).toEqual([['warning', added.split('\n').indexOf('  - id: r-added') + 1]]);
    writeFileSync(file, added.replace('  - id: r-added\n', '  - id: r-added\n    notInLastPlan: true\n'));
    expect(validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:target-unmatched')).toEqual([]);
  });

  it('refuses an existing id, an unknown or missing --from, and an invalid id, writing nothing', () => {
    const dataDir = makeDataDir();
    const before = filesUnder(dataDir, (f) => readFileSync(f, 'utf8'));
    const attempt = (from: string, id: string) => () => startNextEdition({ dataDir, rootDir: dataDir, from, id, glyphs });
    expect(attempt('demo-2026', 'demo-2026')).toThrow(/exists already[\s\S]*已存在/);
    expect(attempt('demo-2025', 'demo-2027')).toThrow(/names no edition[\s\S]*不是/);
    expect(attempt('demo-2026', 'Demo 2027')).toThrow(EditionInputError);
    expect(filesUnder(dataDir, (f) => readFileSync(f, 'utf8'))).toEqual(before);
    // An edition with errors is not carried.
    writeFileSync(path.join(dataDir, 'editions/demo-2026/headline.yaml'), 'indicators: [{id: x}]\n');
    expect(attempt('demo-2026', 'demo-2027')).toThrow(/does not validate/);
    expect(readdirSync(path.join(dataDir, 'editions'))).toEqual(['demo-2026']);
  });

  // Issue 28 L2: --id constructor wrote editions/constructor/, which validation then refused.
  it('refuses an id validation refuses (a built-in name such as constructor) with a usage error, writing nothing', async () => {
    const dataDir = makeDataDir([demoEditionDir]);
    const before = filesUnder(dataDir, (f) => readFileSync(f, 'utf8'));
    for (const id of ['constructor', '__proto__', 'Demo-2027']) {
      const result = await runCommand(['new-edition', '--from', 'demo-2026', '--id', id, '--data', dataDir]);
      expect([id, result.code]).toEqual([id, 2]);
      expect(result.stderr).toContain(`--id "${id}" is not a valid edition id`);
    }
    expect(filesUnder(dataDir, (f) => readFileSync(f, 'utf8'))).toEqual(before);
    expect(readdirSync(path.join(dataDir, 'editions'))).toEqual(['demo-2026']);
  });

  it('starts the invented demo edition too, and the command answers as the others do', async () => {
    const dataDir = makeDataDir([demoEditionDir]);
    const run = (args: string[]) => runCommand(['new-edition', ...args], { env: { NO_COLOR: '1' } });
    const missing = await run(['--id', 'demo-2027', '--data', dataDir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--from <edition> is required');
    const written = await run(['--from', 'demo-2026', '--id', 'demo-2027', '--data', dataDir]);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/0 error\(s\), 3 warning\(s\)/);
    const again = await run(['--from', 'demo-2026', '--id', 'demo-2027', '--data', dataDir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists already[\s\S]*已存在/);
    const strict = await run(['--from', 'demo-2026', '--id', 'demo-2028', '--data', dataDir, '--strict']);
    expect(strict.code).toBe(1);
    expect(existsSync(path.join(dataDir, 'editions', 'demo-2028', 'review-targets.yaml'))).toBe(true);
    const rows = validateDir(dataDir).dataset.editions.find((e) => e.folder === 'demo-2027')!.data.reviewTargets!.rows;
    expect(rows.flatMap((r) => resultsOf(r))).toEqual([]);
  });
});
