import { describe, expect, it } from 'vitest';
import { errorPage } from '../../src/cli/preview-server.js';
import { linkContext } from '../../src/diagnostics/links.js';

// Hostile pass 15: a folder named with a bidi control (U+202E) was printed raw in the preview's
// title, heading and bar, where it reorders what the reader sees; the terminal showed its code.
describe('the preview shows an edition folder name as one visible line', () => {
  it('writes no bidi control of the name raw, anywhere in the page', () => {
    const name = '\u202egpj.exe';
    for (const locale of ['en', 'zh-CN'] as const) {
      const page = errorPage([], name, locale, linkContext({}, '.'));
      expect(page).not.toContain('\u202e');
      expect(page).toContain('\\u{202E}gpj.exe');
    }
  });
});
