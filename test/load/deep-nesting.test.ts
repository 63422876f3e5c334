/**
 * A data file nested hundreds deep (issue 28 L3): 100,000 "[" made the reader run out of stack,
 * and the editor read "YAML syntax error: Maximum call stack size exceeded". Said in an editor's
 * words, at the place the reader got to.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { rule as yamlSyntax } from '../../src/diagnostics/rules/plan/yaml-syntax.js';
import { parseYamlText } from '../../src/load/source-file.js';

describe('a data file nested too deeply', () => {
  it.each([
    ['100,000 "[" never closed', `indicators: ${'['.repeat(100_000)}\n`],
    ['100,000 "[" closed', `indicators: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['20,000 "{a: " closed', `indicators: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`],
  ])('%s: one error that says the file nests too deeply, on its line', (_, text) => {
    const sink = new DiagnosticSink();
    expect(parseYamlText(text, 'data/editions/x/headline.yaml', sink)).toBeUndefined();
    expect(sink.items).toHaveLength(1);
    const [d] = sink.items;
    expect(d).toMatchObject({ ruleId: 'plan:yaml-syntax', severity: 'error', message: yamlSyntax.messages.tooDeep().en });
    expect(d!.messageZh).toBe(yamlSyntax.messages.tooDeep().zh);
    expect(d!.message).toContain('nests lists or mappings too deeply');
    expect(`${d!.message} ${d!.messageZh}`).not.toMatch(/call stack|Maximum/i);
    expect(d!.place.line).toBe(1);
    expect(d!.place.column).toBeGreaterThan(1);
  });

  it('a file nested a few levels reads as before', () => {
    const sink = new DiagnosticSink();
    expect(parseYamlText(`a: ${'['.repeat(20)}1${']'.repeat(20)}\n`, 'x.yaml', sink)).toBeDefined();
    expect(sink.items).toEqual([]);
  });
});
