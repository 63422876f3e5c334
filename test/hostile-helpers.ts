import { longWord, maximiseTexts, spacedWords, type LongText } from '../src/bench/long-texts.js';

export { longWord, maximiseTexts, spacedWords, type LongText };

/** Height and width of a PNG, from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
