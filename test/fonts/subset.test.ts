import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { chinesePunctuation } from '../../src/brief/typography.js';
import { fontBuffer, subsetFace, type Face, type FontWeight } from '../../src/fonts/fonts.js';
import { defaultDataDir, demoEditionDir, filesUnder, fullSize, repoRoot } from '../helpers.js';

/**
 * A brief's fonts are the faces reduced by harfbuzz to the characters the brief sets
 * (fonts.ts subsetFace). Every line of the project's texts must then shape and measure in the
 * subset exactly as in the whole face: the same advances and offsets (line breaks depend on them)
 * and glyphs for the same characters.
 */

type Run = {
  glyphs: { id: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
};

/** A run as characters per glyph and positions; glyph ids differ between a subset and its face. */
const simplify = (run: Run) =>
  run.glyphs.map((g, i) => [
    g.codePoints.join(','),
    run.positions[i]!.xAdvance,
    run.positions[i]!.yAdvance,
    run.positions[i]!.xOffset,
    run.positions[i]!.yOffset,
  ]);

/** Every line of the data files, the demo edition, the interface strings and the source texts, as written and with the brief's Chinese punctuation. */
function projectLines(): string[] {
  const texts = [
    ...Object.values(filesUnder(defaultDataDir, (file) => (/\.(ya?ml|txt)$/.test(file) ? readFileSync(file, 'utf8') : ''))),
    ...Object.values(filesUnder(demoEditionDir, (file) => readFileSync(file, 'utf8'))),
    ...Object.values(filesUnder(path.join(repoRoot, 'templates', 'strings'), (file) => readFileSync(file, 'utf8'))),
  ];
  const lines = new Set<string>();
  for (const text of texts)
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      lines.add(trimmed);
      lines.add(chinesePunctuation(trimmed));
      // Full size (CI): every word on its own as well.
      if (fullSize) for (const word of trimmed.split(/\s+/)) lines.add(word);
    }
  return [...lines];
}

describe('fonts reduced to a document’s characters (harfbuzz hb-subset)', () => {
  const lines = projectLines();
  const characters = [...new Set(lines.join(''))].join('');

  it.each([
    ['cjk', 'regular'],
    ['cjk', 'bold'],
    ['latin', 'regular'],
    ['latin', 'bold'],
  ] as [Face, FontWeight][])('shape every line of the project as the whole face does (%s %s)', async (face, weight) => {
    expect(lines.length).toBeGreaterThan(1000);
    const whole = fontkit.create(fontBuffer(weight, face)) as unknown as fontkit.Font & { layout(text: string): Run };
    const subset = fontkit.create(await subsetFace(weight, face, characters)) as unknown as fontkit.Font & {
      layout(text: string): Run;
    };
    // Only what the face has: the renderer sets every other character in the other face.
    const covered = lines.filter((line) => [...line].every((ch) => whole.hasGlyphForCodePoint(ch.codePointAt(0)!)));
    expect(covered.length).toBeGreaterThan(face === 'cjk' ? 1000 : 300);
    const differing = covered.filter(
      (text) => JSON.stringify(simplify(subset.layout(text))) !== JSON.stringify(simplify(whole.layout(text))),
    );
    expect(differing).toEqual([]);
    // A small font: the subset holds the characters asked for (and what they substitute to), not the face.
    expect(subset.numGlyphs).toBeLessThan(whole.numGlyphs / 10);
  });

  it('leaves out what it was not asked for, and what the face does not have', async () => {
    const subset = fontkit.create(await subsetFace('regular', 'latin', 'Plan 计划')) as fontkit.Font;
    expect(subset.hasGlyphForCodePoint('P'.codePointAt(0)!)).toBe(true);
    expect(subset.hasGlyphForCodePoint('Q'.codePointAt(0)!)).toBe(false);
    expect(subset.hasGlyphForCodePoint('计'.codePointAt(0)!)).toBe(false);
  });
});
