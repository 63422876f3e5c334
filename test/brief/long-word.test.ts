import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/brief/line-break.js';

/** Linear cost: one long word is cut with each character measured a bounded number of times (it was every prefix: cubic). */
describe('a word longer than the line', () => {
  for (const length of [6_000, 60_000]) {
    it(`${length} characters: measured O(n) characters, cut into lines that fit`, () => {
      let measured = 0;
      const measure = (s: string) => {
        measured += s.length;
        return s.length * 5;
      };
      const started = performance.now();
      const lines = breakLines('x'.repeat(length), 400, measure);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(lines.join('')).toBe('x'.repeat(length));
      expect(lines.every((l) => l.length * 5 <= 400)).toBe(true);
      // The whole word a few times and each character once: linear, not the cube it was.
      expect(measured).toBeLessThan(5 * length);
    });
  }
});
