/**
 * Issue 28 L4: an English label holding an ESC sequence (ESC [31m) drew, besides the control
 * character's own error, one from plan:english-states-chinese saying it "states the number 31".
 * The digits of a control sequence are no number a text states.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutControlSequences } from '../../src/diagnostics/escape.js';
import { readChineseFacts, readEnglishFacts } from '../../src/validate/text-facts.js';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

describe('numbers inside control sequences are not numbers', () => {
  it('an English label with ESC [31m … ESC [0m draws the control-character error only', () => {
    const dataDir = makeDataDir();
    editText(
      path.join(dataDir, 'editions', path.basename(demoEditionDir), 'headline.yaml'),
      'en: Gross domestic product (GDP)}',
      'en: "Gross domestic \\e[31mproduct\\e[0m (GDP)"}',
    );
    const found = validateDir(dataDir).diagnostics.filter((d) => d.file.endsWith('headline.yaml') && d.severity !== 'note');
    expect(found.map((d) => d.ruleId)).toContain('plan:control-character');
    expect(found.filter((d) => d.ruleId === 'plan:english-states-chinese')).toEqual([]);
  });

  it('reads no number from CSI, OSC and C1 sequences, and every number of the words around them', () => {
    for (const sequence of [
      '\u001b[31m',
      '\u001b[38;5;196m',
      '\u009b42m',
      '\u001b]8;;https://x.example/7\u0007',
      '\u001b]0;title 9\u001b\\',
    ]) {
      const en = readEnglishFacts(`Output grew ${sequence}5%${sequence} in 2024`);
      expect([sequence, [...en.numbers].sort((a, b) => a - b)]).toEqual([sequence, [5, 2024]]);
      expect([sequence, readChineseFacts(`增长${sequence}5%`).numbers]).toEqual([sequence, [5]]);
    }
    expect(withoutControlSequences('a\u001b[1;31mb\u0007c\td\ne')).toBe('a b c\td\ne');
  });
});
