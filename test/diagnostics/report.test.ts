import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { formatGithub, formatHuman, formatJson } from '../../src/diagnostics/report.js';

function sample() {
  const sink = new DiagnosticSink();
  sink.add({
    ruleId: 'plan:sum-matches-total',
    severity: 'warning',
    file: 'data/a,b:c.yaml',
    place: { line: 42, column: 7 },
    message: 'Total 100% differs\nsecond line',
    expected: '1243.9',
    actual: '1243.8',
  });
  sink.add({ ruleId: 'plan:schema-type', file: 'data/x.yaml', place: { line: 3, column: 1 }, message: 'Bad' });
  return sink;
}

describe('diagnostic output', () => {
  it('prints file:line:col, severity, message and rule id for people', () => {
    const text = formatHuman(sample().items);
    // A newline in a message is shown, not printed: each diagnostic is one line (see injection.test.ts).
    expect(text).toContain('data/a,b:c.yaml:42:7 warning Total 100% differs\\nsecond line plan:sum-matches-total');
    expect(text).toContain('expected: 1243.9');
    expect(text.trim().endsWith('1 error, 1 warning, 0 notes')).toBe(true);
  });

  it('escapes %, :, , and newlines in GitHub annotations', () => {
    const links = { rootDir: '/r', repositoryUrl: 'https://github.com/o/r', commit: 'c0ffee' };
    const lines = formatGithub(sample().items, { links }).split('\n');
    expect(lines).toHaveLength(2);
    // The message, expected and actual, then (after an escaped line break) the fix and the guide section at the commit.
    expect(lines[0]).toBe(
      '::warning file=data/a%2Cb%3Ac.yaml,line=42,col=7,title=plan%3Asum-matches-total::Total 100%25 differs%0Asecond line (expected 1243.9, actual 1243.8)%0AFix: Check each row and the total against the document. https://github.com/o/r/blob/c0ffee/CONTRIBUTING.md#plansum-matches-total',
    );
    expect(lines[1]).toMatch(
      /^::error file=data\/x\.yaml,line=3,col=1,title=plan%3Aschema-type::Bad%0AFix: .* https:\/\/github\.com\/o\/r\/blob\/c0ffee\/CONTRIBUTING\.md#planschema-type$/,
    );
  });

  it('gives JSON with rule id, severity, place and url', () => {
    const parsed = JSON.parse(formatJson(sample().items)) as { ruleId: string; url: string; place: { line: number } }[];
    expect(parsed[0]).toMatchObject({
      ruleId: 'plan:sum-matches-total',
      place: { line: 42 },
      url: 'CONTRIBUTING.md#plansum-matches-total',
    });
  });
});
