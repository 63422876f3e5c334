/**
 * Issue 28, the seventh adversarial pass (hostile6): what it found, each with the input that showed it.
 * (Unit magnitudes and column decimals have failing fixtures of their rules: plan:unit-scale and
 * plan:number-precision; the diff's settings and rank positions are in test/diff/diff.test.ts.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', path.basename(demoEditionDir), name);

describe('a share of a total of 0', () => {
  // The acknowledged share of a total of 0 was a note "value ÷ total = NaN%", and the brief's notes
  // and notes.csv printed "NaN%" to readers.
  it('is an error no acknowledgement turns into a note, and no message says NaN', () => {
    const dataDir = makeDataDir();
    const edit = (name: string, from: string, to: string) => editText(fileOf(dataDir, name), from, to);
    for (const [from, to] of [
      ['annual-investment: 4.1, annual-share: 68.3', 'annual-investment: 0, annual-share: 68.3'],
      ['annual-investment: 1.9, annual-share: 31.7', 'annual-investment: 0, annual-share: 31.7'],
      ['annual-investment: 6.0, annual-share: 100', 'annual-investment: 0, annual-share: 100'],
    ] as const)
      edit('tables.yaml', from, to);
    for (const [from, to] of [
      ['产业领域 | 3 | 30.5 | 4.1 | 68.3 |', '产业领域 | 3 | 30.5 | 0 | 68.3 |'],
      ['民生领域 | 2 | 10.0 | 1.9 | 31.7 |', '民生领域 | 2 | 10.0 | 0 | 31.7 |'],
      ['合计 | 5 | 40.5 | 6.0 | 100 |', '合计 | 5 | 40.5 | 0 | 100 |'],
    ] as const) {
      edit('tables.yaml', from, to);
      edit('source.txt', from, to);
    }
    edit(
      'tables.yaml',
      '        source: "产业领域 | 3 | 30.5 | 0 | 68.3 |"\n',
      '        source: "产业领域 | 3 | 30.5 | 0 | 68.3 |"\n        knownDiscrepancies: [{rule: plan:share-matches-value, field: annual-share, note: {zh: 原文如此, en: As published}}]\n',
    );
    const { diagnostics } = validateDir(dataDir);
    const shares = diagnostics.filter((d) => d.ruleId === 'plan:share-matches-value');
    expect(shares.map((d) => [d.place.line, d.severity])).toEqual([
      [17, 'error'],
      [22, 'error'],
    ]);
    for (const d of diagnostics) expect(`${d.message} ${d.messageZh} ${d.expected ?? ''}`).not.toMatch(/NaN|Infinity/);
    expect(shares[0]!.message).toContain('the total it is a share of is 0');
  });
});
