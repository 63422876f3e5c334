import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryByteBudget, summaryListLimit, withinBudget } from '../../src/diagnostics/markdown-budget.js';
import { diffMarkdown, type EditionDiff } from '../../src/diff/diff.js';
import { makeDataDir, minimalEditionDir, tempDir } from '../helpers.js';
import { runCommand } from '../run-command.js';

// GitHub drops a step summary over 1 MiB whole: a pull request with thousands of findings or
// changed lines must still leave its reviewers a summary, with its headline parts.
describe('the job summary with thousands of edition folders (hostile pass 15: 4,200 made 1.2 MB of parts kept whole)', () => {
  it('lists the first artifacts and says how many more, and keeps the validation table', async () => {
    const root = tempDir('summary-editions-');
    cpSync(makeDataDir([minimalEditionDir]), path.join(root, 'data'), { recursive: true });
    const extra = summaryListLimit + 20;
    for (let i = 0; i < extra; i++) {
      const folder = path.join(root, 'data', 'editions', `z-${'x'.repeat(200)}-${String(i).padStart(4, '0')}`);
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'edition.yaml'), '');
    }
    const result = await runCommand(['summary', '--sha', 'abc'], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    expect(Buffer.byteLength(result.stdout)).toBeLessThan(summaryByteBudget);
    const artifacts = result.stdout.slice(result.stdout.indexOf('## Artifacts'));
    expect(artifacts.split('\n').filter((l) => l.startsWith('- ')).length).toBe(summaryListLimit);
    expect(artifacts).toContain(`… and ${extra + 1 - summaryListLimit} more: \`npm run build-reports\``);
    expect(result.stdout).toContain('| --- | --- | --- | --- | --- |');
  });
});

describe('the job summary stays under its byte budget', () => {
  it('1,000 unknown-key errors (6,000 made 1.7 MB): the first ones listed, "… and N more", the counts and the artifacts kept', async () => {
    const root = tempDir('summary-size-');
    cpSync(makeDataDir([minimalEditionDir]), path.join(root, 'data'), { recursive: true });
    const keys = Array.from({ length: 1000 }, (_, i) => `extraKey${String(i).padStart(5, '0')}: ${i}\n`).join('');
    appendFileSync(path.join(root, 'data', 'editions', 'lanting-2024', 'edition.yaml'), keys);
    for (const [lang, more, heading, artifacts] of [
      [
        'en',
        `… and ${(1000 - summaryListLimit).toLocaleString('en')} more: \`npm run validate\` lists all of them.`,
        '## Validation: 1000 error(s)',
        '## Artifacts',
      ],
      [
        'zh-CN',
        `……另有 ${1000 - summaryListLimit} 项未列出，运行 \`npm run validate -- --lang zh-CN\` 可看到全部。`,
        '## 校验：1000 个错误',
        '## 构建产物',
      ],
    ] as const) {
      const result = await runCommand(['summary', '--lang', lang, '--sha', 'abc'], { cwd: root });
      expect(result.code, result.stderr).toBe(0);
      expect(Buffer.byteLength(result.stdout)).toBeLessThan(summaryByteBudget);
      expect(result.stdout).toContain(heading);
      expect(result.stdout).toContain(artifacts);
      expect(result.stdout).toContain('extraKey00000');
      expect(result.stdout).not.toContain(`extraKey${String(summaryListLimit).padStart(5, '0')}`);
      // After an empty line: a line right after a table's rows would be read as one more row.
      expect(result.stdout).toContain(`\n\n${more}\n`);
    }
  });

  it('20,000 changed lines of a source document: the diff lists the first ones and says how many more', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `Invented line ${i} of a rewritten document, long enough to count.`);
    const diff: EditionDiff = {
      edition: 'lanting-2024',
      status: 'changed',
      errors: [],
      baseInvalid: false,
      changed: [],
      added: [],
      removed: [],
      texts: [],
      phrases: [],
      settings: [],
      statusFlips: [],
      sourceDocument: { removed: [], added: lines, replaced: [] },
    } as EditionDiff;
    const limited = diffMarkdown([diff], 'main', 'en', undefined, undefined, summaryListLimit);
    expect(limited).toContain(`- + ${lines[0]}`);
    expect(limited).not.toContain(`- + ${lines[summaryListLimit]}`);
    expect(limited).toContain(`… and ${(20_000 - summaryListLimit).toLocaleString('en')} more`);
    expect(Buffer.byteLength(limited)).toBeLessThan(50_000);
    expect(diffMarkdown([diff], 'main', 'zh-CN', undefined, undefined, summaryListLimit)).toContain(
      `……另有 ${20_000 - summaryListLimit} 项未列出`,
    );
    // Run locally without a limit, the diff lists every line.
    expect(diffMarkdown([diff], 'main')).toContain(`- + ${lines[19_999]}`);
  });

  it('cuts the long parts after a whole line to fit the budget, keeping every essential part whole', () => {
    const table = ['| a | b |', '| --- | --- |', ...Array.from({ length: 50_000 }, (_, i) => `| row ${i} | ${'x'.repeat(40)} |`)];
    const out = withinBudget(
      [
        { lines: ['# Plan reports', '', '## Validation: 1 error(s)', ''], essential: true },
        { lines: table, essential: false },
        { lines: ['## Headline', '| figure |'], essential: true },
        { lines: ['## Data changes', '- one'], essential: false },
        { lines: ['## Artifacts', '- reports-x'], essential: true },
      ],
      100_000,
      'en',
    );
    const text = out.join('\n');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100_000);
    expect(text).toMatch(/^# Plan reports\n\n## Validation: 1 error\(s\)\n\n\| a \| b \|/);
    expect(text).toContain('## Headline\n| figure |');
    expect(text).toContain('## Artifacts\n- reports-x');
    expect(text).not.toContain('## Data changes');
    expect(text).toContain('… the rest is left out to keep this summary under 100 KB');
    // Whole rows only, then an empty line before the note.
    expect(out.filter((l) => l.startsWith('| row')).every((l) => /^\| row \d+ \| x{40} \|$/.test(l))).toBe(true);
    expect(text).toMatch(/x{40} \|\n\n… the rest/);
  });
});
