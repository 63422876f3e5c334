/**
 * Issue 28, the lows left after the twelfth adversarial pass (closing12): characters that print as
 * a blank or as another program's icon, names with a no-break space, links under attachments/, and
 * line endings other than LF, CRLF and CR. Each test is the input that showed the defect.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedInputHash } from '../../src/build/incremental.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { escapeJsonControls, oneLine } from '../../src/diagnostics/escape.js';
import { rule as fileUnreadable } from '../../src/diagnostics/rules/plan/file-unreadable.js';
import { parseYamlText } from '../../src/load/source-file.js';
import { formatGithub, formatHuman } from '../../src/diagnostics/report.js';
import { chineseClauses, englishClauses } from '../../src/validate/text-facts.js';
import { defaultDataDir, demoEditionDir, editText, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

const demo = path.basename(demoEditionDir);
const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', demo, name);
/** Blanks that are no space, private-use characters and spaces that look like the ordinary one. */
const lookalike = /[\u00A0\u2000-\u200A\u202F\u2800\uE000-\uF8FF]/u;

describe('characters that print as a blank or as an icon are shown by their code', () => {
  it('oneLine and the JSON report show U+00A0, U+2800 and private-use characters by their code', () => {
    expect(oneLine('demo\u00A02026')).toBe('demo\\u{A0}2026');
    expect(oneLine('a\u2800b\uE123c\u{F0000}')).toBe('a\\u{2800}b\\u{E123}c\\u{F0000}');
    // The ideographic space is ordinary Chinese text.
    expect(oneLine('第一\u3000第二')).toBe('第一\u3000第二');
    const json = escapeJsonControls(JSON.stringify({ m: 'a\u00A0\u2800\uE000' }));
    expect(json).not.toMatch(lookalike);
    expect((JSON.parse(json) as { m: string }).m).toBe('a\u00A0\u2800\uE000');
  });

  it('plan:glyph-coverage names U+2800 and a private-use character by code and description, never raw, in every report', () => {
    const dataDir = makeDataDir();
    editText(fileOf(dataDir, 'headline.yaml'), 'label: {zh: 地区生产总值,', 'label: {zh: 地区\u2800生产\uE000总值,');
    const found = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:glyph-coverage');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Character U\+2800 \(the blank braille pattern, which looks like a space\) cannot be rendered/),
      expect.stringMatching(/^Character U\+E000 \(a private-use character, [^)]*\) cannot be rendered/),
    ]);
    expect(found.map((d) => d.messageZh)).toEqual([expect.stringContaining('空白盲文点字'), expect.stringContaining('私用区字符')]);
    for (const zh of [false, true]) {
      const human = formatHuman(found, zh ? 'zh-CN' : 'en');
      expect(human).not.toMatch(lookalike);
      expect(human).toContain('U+2800');
    }
    expect(formatGithub(found)).not.toMatch(lookalike);
  });

  it('a folder name with a no-break space is shown with it visible in the usage error and in diagnostics', () => {
    const dataDir = makeDataDir();
    mkdirSync(path.join(dataDir, 'editions', 'demo\u00A02027'));
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'run.mjs'), 'build', '--data', dataDir, '--out', tempDir(), '--edition', 'nope'],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('demo\\u{A0}2027');
    expect(result.stderr).not.toMatch(lookalike);
    const human = formatHuman(validateDir(dataDir).diagnostics);
    expect(human).toContain('editions/demo\\u{A0}2027');
    expect(human).not.toMatch(lookalike);
  }, 60_000);
});

describe('links under attachments/ that leave data/', () => {
  it('a link out of data/ in an edition attachments/ folder (at any depth, hidden too) and in data/attachments/ is an error naming it', () => {
    const dataDir = makeDataDir();
    const outside = tempDir('outside-');
    writeFileSync(path.join(outside, 'secret.txt'), 'not data\n');
    mkdirSync(path.join(fileOf(dataDir, 'attachments'), 'scans', 'deep'), { recursive: true });
    writeFileSync(path.join(fileOf(dataDir, 'attachments'), 'scan.pdf'), Buffer.from([0x25, 0x50, 0x00]));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(fileOf(dataDir, 'attachments'), 'scans', 'deep', 'secret.txt'));
    symlinkSync('/', path.join(fileOf(dataDir, 'attachments'), '.root'));
    // A link that stays inside data/ is fine, and so is a link to nothing (it leads nowhere and is never read).
    symlinkSync('../edition.yaml', path.join(fileOf(dataDir, 'attachments'), 'edition-copy.yaml'));
    symlinkSync('missing.pdf', path.join(fileOf(dataDir, 'attachments'), 'broken.pdf'));
    mkdirSync(path.join(dataDir, 'attachments'));
    symlinkSync(outside, path.join(dataDir, 'attachments', 'elsewhere'));
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.ruleId]).sort()).toEqual([
      ['attachments/elsewhere', 'plan:file-unreadable'],
      [`editions/${demo}/attachments/.root`, 'plan:file-unreadable'],
      [`editions/${demo}/attachments/scans/deep/secret.txt`, 'plan:file-unreadable'],
    ]);
    const deep = errors.find((d) => d.file.endsWith('secret.txt'))!;
    expect(deep.message).toContain('symbolic link out of the data folder');
    expect(deep.message).toContain(path.join(outside, 'secret.txt'));
  });

  it('an attachments/ folder that is itself a link out of data/ is an error', () => {
    const dataDir = makeDataDir();
    symlinkSync(tempDir('outside-'), fileOf(dataDir, 'attachments'));
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.file)).toEqual([`editions/${demo}/attachments`]);
  });

  it('a new link in data/attachments/ changes the shared input hash, so "up to date" does not skip validating it', () => {
    const dataDir = makeDataDir();
    mkdirSync(path.join(dataDir, 'attachments'));
    const before = sharedInputHash({ rootDir: repoRoot, dataDir });
    symlinkSync('/', path.join(dataDir, 'attachments', 'root'));
    expect(sharedInputHash({ rootDir: repoRoot, dataDir })).not.toBe(before);
  });
});

describe('line endings YAML does not read (NEL, U+2028, U+2029)', () => {
  const parse = (text: string) => {
    const sink = new DiagnosticSink();
    const file = parseYamlText(text, 'x.yaml', sink);
    return { file, found: sink.items.map((d) => [d.ruleId, d.place.line, d.place.column, d.message]) };
  };
  const says = (line: number, column: number, code: number) => [
    'plan:file-unreadable',
    line,
    column,
    fileUnreadable.messages.foreignLineEnding(line, column, code).en,
  ];

  it.each(['0085', '2028', '2029'])(
    'a file whose lines end in U+%s is told so, at the first, not with a YAML error or "File is empty"',
    (hex) => {
      const code = Number.parseInt(hex, 16);
      const end = String.fromCodePoint(code);
      expect(parse(`id: demo${end}title: x${end}`).found).toEqual([says(1, 9, code)]);
      expect(parse(`# a comment${end}id: demo${end}`).found).toEqual([says(1, 12, code)]);
      expect(parse(`a: 1\nb: 2${end}c: 3\n`).found).toEqual([says(2, 5, code)]);
    },
  );

  it.each(['0085', '2028', '2029'])(
    'U+%s in a comment of a file that parses (it hid the key after it on its line) is told, not passed over (hostile pass 15)',
    (hex) => {
      const code = Number.parseInt(hex, 16);
      const end = String.fromCodePoint(code);
      expect(parse(`a: 1\n# as published${end}b: 2\nc: 3\n`).found).toEqual([says(2, 15, code)]);
      expect(parse(`a: 1 # note${end}a2: 5\n`).found).toEqual([says(1, 12, code)]);
    },
  );

  it('in a copy of the default edition: a NEL in a comment that swallowed GDP growth is an error, not a silent loss (hostile pass 15)', () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    const file = path.join(dataDir, 'editions', 'binjiang-2025', 'headline.yaml');
    editText(file, '    growth: 5.0\n', '    # growth as published\u0085    growth: 5.0\n');
    const hits = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(hits.map((d) => [d.ruleId, d.file, d.place.line, d.place.column])).toEqual([
      ['plan:file-unreadable', 'editions/binjiang-2025/headline.yaml', 8, 26],
    ]);
  });

  it('the message names the character in words, and one in a quoted value is left to plan:control-character', () => {
    expect(fileUnreadable.messages.foreignLineEnding(3, 7, 0x85).en).toMatch(
      /^Line 3, column 7 holds U\+0085 \(next line, NEL\), a line ending/,
    );
    expect(fileUnreadable.messages.foreignLineEnding(3, 7, 0x2028).zh).toContain('第 3 行第 7 列是 U+2028（行分隔符）');
    const quoted = parse('a: "x\u2028y"\n');
    expect(quoted.found).toEqual([]);
    expect(quoted.file?.value).toEqual({ a: 'x\u2028y' });
    // An unrelated syntax error on another line keeps its own message.
    expect(parse('a: "x\u2028y"\nb: [\n').found.map((f) => f[0])).toEqual(['plan:yaml-syntax']);
  });

  it('an edition file saved with NEL line endings: one error at its first line ending', () => {
    const dataDir = makeDataDir();
    const file = fileOf(dataDir, 'headline.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\u0085'));
    const found = validateDir(dataDir).diagnostics.filter((d) => d.file === `editions/${demo}/headline.yaml`);
    expect(found.map((d) => [d.ruleId, d.place.line])).toEqual([['plan:file-unreadable', 1]]);
    expect(found[0]!.message).toContain('U+0085 (next line, NEL)');
  });
});

describe('plan:english-states-chinese reads ranks per clause', () => {
  const binjiang = 'binjiang-2025';
  const summary = {
    zh: '主要经济指标稳居全市第一方阵,投资增速列全市第一,数字经济核心产业增加值占GDP比重[[a-digital-economy-share]]。',
    en: "The main economic indicators stayed in the city's leading group, investment growth ranked first in Hangzhou, and core digital-economy industries made up [[a-digital-economy-share]] of GDP.",
  };
  /** The english-states-chinese errors of a copy of the default edition whose first summary is `zh`/`en`. */
  function errors(en: string, zh = summary.zh) {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', binjiang)]);
    const file = path.join(dataDir, 'editions', binjiang, 'sections.yaml');
    editText(file, `en: ${JSON.stringify(summary.en)}`, `en: ${JSON.stringify(en)}`);
    if (zh !== summary.zh) editText(file, `zh: ${summary.zh}`, `zh: ${zh}`);
    return validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:english-states-chinese');
  }

  it('chineseClauses and englishClauses split at clause marks, not inside numbers, "No. 3" or 、', () => {
    expect(chineseClauses('甲稳居全市第一方阵，乙列全市第一；丙、丁增长5.2%。')).toEqual([
      '甲稳居全市第一方阵',
      '乙列全市第一',
      '丙、丁增长5.2%',
    ]);
    expect(englishClauses('Revenue of RMB 1,234 million rose 5.2%, No. 3 in the city; it ranked first. Then')).toEqual([
      'Revenue of RMB 1,234 million rose 5.2%',
      'No. 3 in the city',
      'it ranked first',
      'Then',
    ]);
  });

  it('"ranked first in the city" for 稳居全市第一方阵 is an error, though another clause says 列全市第一', () => {
    const found = errors(summary.en.replace("stayed in the city's leading group", 'ranked first in the city'));
    expect(found.map((d) => [d.actual, d.expected])).toEqual([['first in the city', '全市第一方阵']]);
    // With the rank of the other clause left out, the clause in the same place is the standing's.
    expect(
      errors(
        summary.en
          .replace("stayed in the city's leading group", 'ranked first in the city')
          .replace('ranked first in Hangzhou', 'was strong'),
      ).map((d) => [d.actual, d.expected]),
    ).toEqual([['first in the city', '全市第一方阵']]);
    // Clauses in another order than the Chinese's still pair off.
    expect(
      errors(
        'Investment growth ranked first in Hangzhou, the main economic indicators ranked first in the city, and core digital-economy industries made up [[a-digital-economy-share]] of GDP.',
      ).map((d) => d.actual),
    ).toEqual(['first in Hangzhou']);
  });

  it('clauses in another order, each rank stated once, are no error (both ways)', () => {
    expect(
      errors(
        "Investment growth ranked first in Hangzhou, the main economic indicators stayed in the city's leading group, and core digital-economy industries made up [[a-digital-economy-share]] of GDP.",
      ),
    ).toEqual([]);
    // The same rank stated by two Chinese clauses may be stated by two English ones.
    const zh = '主要经济指标列全市第一,投资增速列全市第一,数字经济核心产业增加值占GDP比重[[a-digital-economy-share]]。';
    expect(errors(summary.en.replace("stayed in the city's leading group", 'ranked first in the city'), zh)).toEqual([]);
    expect(errors(summary.en)).toEqual([]);
  });
});

describe('a data file with tens of thousands of keys', () => {
  // Each unknown key searched its mapping for its place: quadratic, 20,000 keys took 90 s to
  // validate (a 1 MiB file holds 65,000), stalling CI and the preview. Now about 13 s for 20,000,
  // most of it the YAML reader's own duplicate-key check.
  it('12,000 unknown keys are each reported at their line, in well under the quadratic time', () => {
    const dataDir = makeDataDir();
    const n = 12_000;
    writeFileSync(fileOf(dataDir, 'headline.yaml'), `indicators: []\n${Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n')}\n`);
    // CPU time of this process, not the clock: other work on a shared machine does not count.
    const started = process.cpuUsage();
    const found = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:schema-unknown-key');
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(16_000);
    expect(found).toHaveLength(n);
    expect(found.at(-1)!.place.line).toBe(n + 1);
  }, 120_000);
});
