import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { GlyphCoverage } from '../validate/rules/text.js';

/**
 * The fonts the briefs and charts embed. One OTF family (Noto Sans Hans, installed from the npm
 * registry as @embedpdf/fonts-sc) covers Chinese and Latin, so both languages share it.
 */
export const fontFamily = 'Noto Sans SC';
export type FontWeight = 'regular' | 'bold';

const fileNames: Record<FontWeight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

const require = createRequire(import.meta.url);

/** Absolute path of a font file inside the installed package. */
export function fontPath(weight: FontWeight): string {
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', fileNames[weight]);
}

const buffers = new Map<FontWeight, Buffer>();

/** The font file's bytes, read once per process (parsing the 8 MB OTF dominates a brief's cost). */
export function fontBuffer(weight: FontWeight): Buffer {
  let buffer = buffers.get(weight);
  if (!buffer) {
    buffer = readFileSync(fontPath(weight));
    buffers.set(weight, buffer);
  }
  return buffer;
}

type ParsedFont = ReturnType<typeof fontkit.create> & { hasGlyphForCodePoint(codePoint: number): boolean; layout: unknown };
const parsed = new Map<FontWeight, ParsedFont>();

/**
 * The font parsed once per process (fontkit), shared by every PDF document and the glyph check:
 * pdfkit accepts a parsed font, and its glyph and layout caches then serve every brief.
 */
export function parsedFont(weight: FontWeight): ParsedFont {
  let font = parsed.get(weight);
  if (!font) {
    const created = fontkit.create(fontBuffer(weight));
    if (!('hasGlyphForCodePoint' in created)) throw new Error(`${fileNames[weight]} is a font collection, not a font`);
    font = created as ParsedFont;
    parsed.set(weight, font);
  }
  return font;
}

let coverage: GlyphCoverage | undefined;

/** Glyph coverage of the regular and bold faces together (a character must be in both). */
export function briefGlyphCoverage(): GlyphCoverage {
  if (coverage) return coverage;
  const faces = (['regular', 'bold'] as const).map(parsedFont);
  const cache = new Map<number, boolean>();
  coverage = {
    fontName: `${fontFamily} (${Object.values(fileNames).join(', ')})`,
    covers(codePoint) {
      let known = cache.get(codePoint);
      if (known === undefined) {
        known = faces.every((face) => face.hasGlyphForCodePoint(codePoint));
        cache.set(codePoint, known);
      }
      return known;
    },
  };
  return coverage;
}
