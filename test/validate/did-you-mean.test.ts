import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/diagnostics/rules/plan/schema-unknown-key.js';
import { editText, makeDataDir, validateDir } from '../helpers.js';

describe('a misspelt field name', () => {
  it('is answered with the closest field the schema allows there ("grwoth" → "growth"), in both languages', () => {
    const dataDir = makeDataDir();
    editText(path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'), '    growth: 4.0\n', '    grwoth: 4.0\n');
    const found = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:schema-unknown-key');
    expect(found.map((d) => [d.message, d.messageZh])).toEqual([
      [rule.messages.unknownKey('grwoth', 'growth').en, rule.messages.unknownKey('grwoth', 'growth').zh],
    ]);
    expect(found[0]!.message).toBe('Unknown field "grwoth" (did you mean "growth"?).');
  });

  it('gets no guess when nothing the schema allows is close', () => {
    const dataDir = makeDataDir();
    editText(path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml'), '    growth: 4.0\n', '    zzzzzzzzzz: 4.0\n');
    const found = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:schema-unknown-key');
    expect(found.map((d) => d.message)).toEqual(['Unknown field "zzzzzzzzzz"; check its spelling against CONTRIBUTING.md.']);
  });
});
