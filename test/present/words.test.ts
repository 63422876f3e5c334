import { describe, expect, it } from 'vitest';
import { asSentence } from '../../src/present/words.js';

describe('asSentence: a note from the data ends as a sentence', () => {
  it('adds the full stop of the language only where none ends the text', () => {
    expect(asSentence('仅供测试', 'zh')).toBe('仅供测试。');
    expect(asSentence('仅供测试。', 'zh')).toBe('仅供测试。');
    expect(asSentence('For testing only', 'en')).toBe('For testing only.');
    expect(asSentence('As “published.”', 'en')).toBe('As “published.”');
    expect(asSentence('Is it? ', 'en')).toBe('Is it?');
  });
});
