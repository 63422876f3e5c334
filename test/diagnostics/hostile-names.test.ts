/**
 * Issue 28, names from the file system and from the command line: an edition folder named with a
 * newline or carriage return followed by a workflow command, bidi controls and zero-width
 * characters, and argument values (--lang, --edition, --out, --base, --sha) are printed as one
 * visible line, never raw, whatever the command; and Markdown from the data (images, links,
 * javascript: URLs, raw HTML) is shown as text in the diff and the job summary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeJsonControls, markdownCode, markdownLink, markdownText, oneLine, printable } from '../../src/diagnostics/escape.js';
import { diffMarkdown } from '../../src/diff/diff.js';
import { editText, makeDataDir, repoRoot, tempDir } from '../helpers.js';

const run = path.join(repoRoot, 'scripts', 'run.mjs');
/** What reorders or hides part of a line, or starts a new one: none may be printed raw. */
const unprintable = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function expectSafe(output: string, what: string): void {
  for (const line of output.split(/\r\n|\r|\n/)) expect(line.trimStart(), `${what}: ${output}`).not.toMatch(/^(::|##\[)/);
  expect(output, what).not.toMatch(unprintable);
}

const names = [
  'a\n::stop-commands::tok',
  'b\r::error file=x,line=1::forged',
  'c\u202Eevil\u2066',
  'd\u200Bzero\u00ADsoft',
  'e\u2028::warning::sep',
];

describe('names and arguments are printed as one visible line', () => {
  it('oneLine and printable show every control, bidi and zero-width character by its code', () => {
    for (const name of names) {
      expect(oneLine(name)).not.toMatch(unprintable);
      expect(oneLine(name)).not.toContain('\n');
    }
    expect(oneLine('\u202E')).toBe('\\u{202E}');
    expect(printable('ok \u001b[31mred\u001b[39m\r\u001b[K\n::error::x\n\u202Eabc')).toBe(
      'ok \u001b[31mred\u001b[39m\r\u001b[K\n! ::error::x\n\\u{202E}abc',
    );
  });

  it('the build, validate and merge-manifests commands print hostile folder names and argument values escaped', () => {
    const dataDir = makeDataDir();
    for (const name of names) mkdirSync(path.join(dataDir, 'editions', name));
    const out = path.join(tempDir('names-out-'), 'o\n::error::out\u202E');
    const calls = [
      ['build', '--data', dataDir, '--out', out, '--edition', 'nope\n::error::arg\u202E'],
      ['build', '--data', dataDir, '--out', out, '--lang', 'en\r::error::lang\u2066'],
      ['build', '--data', dataDir, '--out', out, '--jobs', '1\n::error::jobs'],
      ['build', '--data', dataDir, '--out', out, '--no-such\n::error::option'],
      ['validate', '--data', dataDir, '--format', 'x\n::error::format'],
      ['merge-manifests', '--out', out],
      ['no-such-command\n::error::command\u202E'],
    ];
    for (const args of calls) {
      const result = spawnSync(process.execPath, [run, ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expectSafe(result.stdout, args.join(' '));
      expectSafe(result.stderr, args.join(' '));
    }
    const unknown = spawnSync(process.execPath, [run, 'build', '--data', dataDir, '--out', out, '--edition', 'nope'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(unknown.stderr).toContain('a\\n::stop-commands::tok');
    expect(unknown.stderr).toContain('c\\u{202E}evil\\u{2066}');
  }, 120_000);

  it('the workflow builds its edition matrix from NUL-separated names: one entry per folder, whatever its name', () => {
    const root = tempDir('matrix-');
    for (const name of ['plain-2025', ...names]) mkdirSync(path.join(root, 'data', 'editions', name), { recursive: true });
    const workflow = execFileSync('sed', ['-n', '/editions=\\$(/p', path.join(repoRoot, '.github', 'workflows', 'reports.yml')], {
      encoding: 'utf8',
    }).trim();
    expect(workflow).toMatch(/-printf '%f\\0'|-print0/);
    const script = `${workflow}\nprintf %s "$editions"`;
    const json = execFileSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    const list = JSON.parse(json) as string[];
    expect(list.sort()).toEqual(['plain-2025', ...names].sort());
    expect(json).not.toContain('\n');
  });
});

describe('Markdown from the data is shown as text', () => {
  const hostile = [
    '![i](https://evil.example/track.png)',
    '[click](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'see www.evil.example or https://evil.example and a@evil.example',
    '**bold** _em_ ~~gone~~ `code` &lt;',
    '# heading',
    '| a | b |',
    // GitHub renders $…$ and $$…$$ as math: styled text (\Huge, \color) a reader takes for the tool's own.
    '$\\color{green}{\\Huge\\textsf{All checks passed}}$ and $$x$$',
  ];
  /** Markdown without its code spans (shown literally, whatever they hold). */
  const withoutCode = (markdown: string) => markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  /** Markdown that opens an image, a link, raw HTML or an autolink not escaped by a backslash. */
  const live = [
    /(?<!\\)\$/,
    /(?<!\\)!\[/,
    /(?<!\\)\]\(/,
    /(?<!\\)<[a-z/!]/i,
    /(?<!\\)&[a-z#]/i,
    /www\.evil/,
    /https:\/\/evil/,
    /(?<!\\)@evil/,
  ];

  it('markdownText, markdownCode and markdownLink', () => {
    for (const text of hostile) {
      for (const pattern of live) expect([text, markdownText(text)]).not.toEqual([text, expect.stringMatching(pattern)]);
      expect(markdownCode(text)).not.toMatch(/(?<!\\)\|/);
    }
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'https://example.org/a b(c)')).toBe('[x](https://example.org/a%20b%28c%29)');
  });

  it('the diff: labels, texts, units, keys, values and the base ref', () => {
    const payload = hostile.join(' ');
    const label = { zh: payload, en: payload };
    const markdown = diffMarkdown(
      [
        {
          edition: payload,
          status: 'changed',
          errors: [],
          baseInvalid: false,
          changed: [{ key: 'k`|x', label, old: payload, new: '2', oldUnit: payload, unit: payload, what: ['value'] }],
          added: [{ key: payload, label, value: payload, unit: payload }],
          removed: [],
          texts: [{ key: payload, lang: 'en', old: payload, new: payload }],
          phrases: [{ key: payload, old: payload, new: payload }],
          settings: [{ key: payload, old: payload }],
          statusFlips: [{ key: payload, label, old: 'met', new: 'not-met' }],
          sourceDocument: { removed: [payload], added: [payload], replaced: [] },
        },
      ],
      payload,
    );
    for (const pattern of live) expect(withoutCode(markdown)).not.toMatch(pattern);
    // Every table row keeps its five, four or three cells.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect([line, cells]).toEqual([line, expect.any(Number)]);
      expect(cells).toBeGreaterThanOrEqual(2); // the source-phrase table has two columns (key, changed words)
      expect(cells).toBeLessThanOrEqual(5);
    }
  });

  it('the job summary: edition titles, labels, folder names and --sha', () => {
    const repo = tempDir('md-summary-');
    const dataDir = path.join(repo, 'data');
    renameSync(makeDataDir(), dataDir);
    const edition = path.join(dataDir, 'editions', 'demo-2026');
    editText(
      path.join(edition, 'headline.yaml'),
      'en: Gross domestic product (GDP)',
      `en: ${JSON.stringify([...hostile.slice(0, 4), hostile.at(-1)].join(' '))}`,
    );
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const result = spawnSync(process.execPath, [run, 'summary', '--sha', '<img src=x>`|'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('\\!\\[i\\]');
    // The hostile English states the number 1 (alert(1)) that its Chinese does not: the error's row
    // links its rule to the guide, the tool's own link. Every other link, image or tag must be escaped.
    expect(result.stdout).toContain('plan:english-states-chinese');
    const ownRuleLinks = /\[plan:[a-z-]+\]\(file:\/\/[^)\s]*CONTRIBUTING\.md#plan[a-z-]+\)/g;
    for (const pattern of live) expect(withoutCode(result.stdout).replace(ownRuleLinks, '')).not.toMatch(pattern);
  }, 60_000);
});

describe('characters no one sees, by Unicode category (issue 28, fourth pass)', () => {
  // Tags (hidden ASCII), a variation selector, an invisible musical format character, a noncharacter, a lone surrogate.
  const unseen = ['\u{E0041}\u{E0042}', '\uFE0F', '\u{1D173}', '\uFFFE', '\uD800'];
  const raw = /[\u{E0000}-\u{E007F}\u{1D173}\uFFFE]|\uFE0F|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u;

  it('oneLine, printable and JSON show each by its code', () => {
    for (const ch of unseen) {
      expect(oneLine(`a${ch}b`)).not.toMatch(raw);
      expect(printable(`a${ch}b\n`)).not.toMatch(raw);
      const json = escapeJsonControls(JSON.stringify({ message: `a${ch}b` }));
      expect(json).not.toMatch(raw);
      expect((JSON.parse(json) as { message: string }).message).toBe(`a${ch}b`);
    }
    expect(oneLine('\u{E0041}')).toBe('\\u{E0041}');
  });

  it("validate quotes a label's characters no font has by their code, in its human and JSON output", () => {
    const dataDir = makeDataDir();
    editText(
      path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'),
      'en: Gross domestic product (GDP)',
      `en: "Gross ${unseen.slice(0, 4).join(' ')} product"`,
    );
    for (const format of ['human', 'json']) {
      const result = spawnSync(process.execPath, [run, 'validate', '--data', dataDir, '--format', format], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain('U+E0041');
      expectSafe(result.stdout + result.stderr, format);
      expect(result.stdout + result.stderr, format).not.toMatch(raw);
    }
  }, 60_000);
});
