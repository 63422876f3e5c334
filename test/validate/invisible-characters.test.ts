/**
 * Issue 28, one-line text: line and paragraph separators, bidi controls, zero-width characters and
 * soft hyphens are refused in labels, ids and one-line fields, by their code; paragraph texts may
 * keep the joiners a script needs (ZWNJ, ZWJ), nothing else invisible.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editText, makeDataDir, validateDir } from '../helpers.js';

const invisible: readonly [string, string][] = [
  ['\u2028', 'U+2028'],
  ['\u2029', 'U+2029'],
  ['\u202E', 'U+202E'],
  ['\u2066', 'U+2066'],
  ['\u200B', 'U+200B'],
  ['\u200D', 'U+200D'],
  ['\u00AD', 'U+00AD'],
  ['\uFEFF', 'U+FEFF'],
  ['\u061C', 'U+061C'],
];

const escapeYaml = (ch: string) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`;

function problemsWith(file: string, from: string, to: string) {
  const dataDir = makeDataDir();
  editText(path.join(dataDir, 'editions', 'demo-2026', file), from, to);
  return validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:control-character');
}

describe('invisible characters in one-line texts', () => {
  it('refuses each in a label, naming it by its code', () => {
    for (const [ch, code] of invisible) {
      const found = problemsWith('headline.yaml', 'en: Gross domestic product (GDP)', `en: "Gross domestic${escapeYaml(ch)} product"`);
      expect([code, found.length]).toEqual([code, 1]);
      expect(found[0]!.message).toContain(code);
      expect(found[0]!.severity).toBe('error');
    }
  });

  it('refuses a bidi control in an id', () => {
    const dataDir = makeDataDir();
    const file = path.join(dataDir, 'editions', 'demo-2026', 'headline.yaml');
    const text = readFileSync(file, 'utf8');
    const id = /id: ([\w-]+)/.exec(text)![1]!;
    editText(file, `id: ${id}`, `id: "${id}${escapeYaml('\u202E')}"`);
    const found = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:control-character');
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('U+202E')]);
  });

  it('paragraph texts keep the joiners, but not the others', () => {
    for (const ch of ['\u200C', '\u200D']) {
      expect(problemsWith('sections.yaml', 'en: The economy ran steadily.', `en: "The economy${escapeYaml(ch)} ran steadily."`)).toEqual(
        [],
      );
    }
    for (const ch of ['\u202E', '\u2028', '\u200B', '\u00AD']) {
      expect(
        problemsWith('sections.yaml', 'en: The economy ran steadily.', `en: "The economy${escapeYaml(ch)} ran steadily."`),
      ).toHaveLength(1);
    }
  });
});
