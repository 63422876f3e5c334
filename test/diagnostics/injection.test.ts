import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/errors.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { guardCommands, oneLine } from '../../src/diagnostics/escape.js';
import { formatGithub, formatHuman, formatJson } from '../../src/diagnostics/report.js';
import { diffMarkdown } from '../../src/diff/diff.js';
import { editText, makeDataDir, repoRoot, tempDir } from '../helpers.js';

/**
 * Nothing from the data can start a GitHub workflow command: under Actions, a line of a step's
 * stdout or stderr starting with `::` (after spaces), or the older `##[`, is one.
 */
const payload = 'x\n::error file=README.md,line=1::forged\r::add-mask::secret\u2028  ::stop-commands::tok\u0085##[error]old\u001b[31mred';

/** Every line a runner would see (it splits on \n and \r) starts with no command, and no control character is left. */
function expectNoCommand(output: string): void {
  for (const line of output.split(/\r\n|\r|\n/)) expect(line.trimStart(), output).not.toMatch(/^(::|##\[)/);
  expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/);
}

function hostileSink(): DiagnosticSink {
  const sink = new DiagnosticSink();
  sink.add({ ruleId: 'plan:schema-unknown-key', file: `data/editions/${payload}/x.yaml`, place: { line: 1, column: 1 }, message: payload });
  sink.add({
    ruleId: 'plan:glossary-consistent',
    file: 'data/x.yaml',
    place: { line: 2, column: 1 },
    message: 'ok',
    expected: payload,
    actual: payload,
  });
  return sink;
}

describe('no workflow command from the data', () => {
  it('human diagnostics, English and Chinese: one line per diagnostic, newlines and controls shown, not printed', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const text = formatHuman(hostileSink().items, language);
      expectNoCommand(text);
      expect(text).toContain(oneLine(payload));
      expect(text).toContain('\\n::error file=README.md');
    }
  });

  it('JSON diagnostics: every control character escaped, and the JSON still reads back the same text', () => {
    const json = formatJson(hostileSink().items);
    expectNoCommand(json);
    expect((JSON.parse(json) as { message: string }[]).map((d) => d.message)).toContain(payload);
  });

  it('GitHub annotations: exactly one command per diagnostic, each of our own making', () => {
    const sink = hostileSink();
    const lines = formatGithub(sink.items).split(/\r\n|\r|\n/);
    expect(lines).toHaveLength(sink.items.length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:,]*,line=\d+,col=\d+,title=plan%3A[a-z-]+::/);
    expect(formatGithub(sink.items)).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/);
  });

  it('the data diff (npm run diff and the job summary): keys, labels, texts, edition names and the base ref', () => {
    const label = { zh: payload, en: payload };
    const markdown = diffMarkdown(
      [
        {
          edition: payload,
          status: 'changed',
          errors: [],
          baseInvalid: false,
          changed: [{ key: payload, label, old: '1', new: '2', oldUnit: payload, unit: payload, what: ['value', 'unit'] }],
          added: [{ key: payload, label, value: '1', unit: payload }],
          removed: [],
          texts: [{ key: payload, lang: 'en', old: payload, new: payload }],
          phrases: [{ key: payload, old: payload, new: payload }],
          settings: [{ key: payload, old: payload, new: payload }],
          statusFlips: [{ key: payload, label, old: 'met', new: 'not-met' }],
          sourceDocument: { removed: [payload, 'x'], added: [payload, 'y'], replaced: [{ old: 'x', new: 'y' }] },
        },
      ],
      payload,
      'en',
      undefined,
      {
        files: [{ path: payload, change: 'changed' }],
        severities: [{ rule: payload, old: payload, new: payload }],
        entries: [{ file: payload, id: payload, field: payload, old: payload, new: payload }],
      },
    );
    expectNoCommand(markdown);
    // The edition's name as one line of text (a line break read as a space).
    expect(markdown).toContain('### x ::error file=README.md');
  });

  it('build and command errors (describeError): a message quoting a path or value from the data', () => {
    expectNoCommand(describeError(new Error(`Cannot write ${payload}`, { cause: new Error(payload) })));
  });

  it('guardCommands leaves ordinary Markdown and diagnostics alone', () => {
    const ordinary = '## Validation: 0 error(s)\n| a | b |\n  - item\ndata/x.yaml:1:2 error Bad plan:schema-type';
    expect(guardCommands(ordinary)).toBe(ordinary);
  });

  it('the job summary (npm run summary) of a pull request whose data holds commands', () => {
    const repo = tempDir('inject-summary-');
    const dataDir = path.join(repo, 'data');
    renameSync(makeDataDir(), dataDir);
    const edition = path.join(dataDir, 'editions', 'demo-2026');
    // In a label (printed in the headline table), in a source phrase (quoted in a diagnostic), in a key.
    editText(path.join(edition, 'headline.yaml'), 'en: Gross domestic product (GDP)', `en: ${JSON.stringify(payload)}`);
    editText(path.join(edition, 'headline.yaml'), 'source: 实现地区生产总值(GDP)120.5亿元', `source: ${JSON.stringify(payload)}`);
    editText(path.join(edition, 'headline.yaml'), '    growth: 4.0', `    ${JSON.stringify(payload)}: 4.0`);
    mkdirSync(path.join(dataDir, 'editions', 'x'));
    writeFileSync(path.join(dataDir, 'editions', 'x', `${payload.replace(/[\u0000\u2028\u0085]/g, '')}.yaml`), 'a: 1\n');
    for (const command of [
      ['summary', '--sha', payload],
      ['validate'],
      ['validate', '--format', 'json'],
      ['build', '--out', path.join(repo, 'out')],
    ]) {
      const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), ...command], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      });
      expect(result.stdout.length + result.stderr.length, command.join(' ')).toBeGreaterThan(0);
      expectNoCommand(result.stdout);
      expectNoCommand(result.stderr);
    }
  }, 60_000);
});
