import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { GlyphCoverage } from './coverage.js';

/**
 * The fonts the briefs and charts embed, both from the npm registry: Noto Sans Hans OTF
 * (@embedpdf/fonts-sc) for Chinese, and Noto Sans TTF (@embedpdf/fonts-latin), the same design,
 * for English text, whose quotes and dashes the Chinese face draws full-width. Charts use the
 * Chinese face, which also has Latin letters.
 */
export const fontFamily = 'Noto Sans SC';
export type FontWeight = 'regular' | 'bold';
/** The Chinese face (which also has Latin letters) or the Latin text face. */
export type Face = 'cjk' | 'latin';

const fileNames: Record<FontWeight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

const require = createRequire(import.meta.url);

/** The Latin text face of the English brief. */
export const latinFontFamily = 'Noto Sans';
const latinFileNames: Record<FontWeight, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
};

/** Absolute path of a font file inside the installed package. */
export function fontPath(weight: FontWeight, face: Face = 'cjk'): string {
  if (face === 'latin') {
    const entry = require.resolve('@embedpdf/fonts-latin');
    return path.join(path.dirname(entry), '..', 'fonts', latinFileNames[weight]);
  }
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', fileNames[weight]);
}

const buffers = new Map<string, Buffer>();

/** The font file's bytes, read once per process. */
export function fontBuffer(weight: FontWeight, face: Face = 'cjk'): Buffer {
  const key = `${face} ${weight}`;
  let buffer = buffers.get(key);
  if (!buffer) {
    buffer = readFileSync(fontPath(weight, face));
    buffers.set(key, buffer);
  }
  return buffer;
}

type ParsedFont = fontkit.Font;
const parsed = new Map<string, ParsedFont>();

/** The whole face parsed once per process (fontkit), for the questions about its glyphs. */
function parsedFace(weight: FontWeight, face: Face): ParsedFont {
  const key = `${face} ${weight}`;
  let font = parsed.get(key);
  if (!font) {
    const created = fontkit.create(fontBuffer(weight, face));
    if (!('hasGlyphForCodePoint' in created)) throw new Error(`${path.basename(fontPath(weight, face))} is a font collection, not a font`);
    font = created;
    parsed.set(key, font);
  }
  return font;
}

/** The whole Chinese face, parsed once per process (for glyph questions; documents embed subsets). */
export const parsedFont = (weight: FontWeight): ParsedFont => parsedFace(weight, 'cjk');
/** The whole Latin face, parsed once per process (for glyph questions; documents embed subsets). */
export const parsedLatinFont = (weight: FontWeight): ParsedFont => parsedFace(weight, 'latin');

const coverageOf = new Map<Face, Map<number, boolean>>([
  ['cjk', new Map()],
  ['latin', new Map()],
]);

/** Does the face, in regular and bold, have a glyph for this character? */
export function faceCovers(face: Face, codePoint: number): boolean {
  const known = coverageOf.get(face)!;
  let covers = known.get(codePoint);
  if (covers === undefined) {
    covers = (['regular', 'bold'] as const).every((weight) => parsedFace(weight, face).hasGlyphForCodePoint(codePoint));
    known.set(codePoint, covers);
  }
  return covers;
}

/** Does the Latin face, regular and bold, have a glyph for this character? */
export const latinCovers = (codePoint: number): boolean => faceCovers('latin', codePoint);

/**
 * The face reduced to the given characters (harfbuzz's hb-subset, through `subset-font`), as an
 * OpenType font in a Buffer for pdfkit: a document's fonts are made from the characters it sets,
 * so pdfkit never decodes the 8 MB face, and embeds (and subsets again) only what the document
 * uses. Substitutions and positions of the kept glyphs stay (kerning, ligatures), so text measures
 * and shapes as in the whole face. Characters the face lacks are left out.
 */
export async function subsetFace(weight: FontWeight, face: Face, characters: string): Promise<Buffer> {
  // Loaded on first use (commands that only validate never need it); CommonJS, outside the bundle.
  const subsetFont = require('subset-font') as typeof import('subset-font').default;
  return subsetFont(fontBuffer(weight, face), characters, {
    targetFormat: 'sfnt',
    // The features fontkit applies to horizontal text (its default shaper), and halt, which the brief
    // asks for to compress adjacent full-width marks (render-pdf.ts): the closure of these only.
    keepFeatures: ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'halt'],
  });
}

/** Layout features a web font keeps: fontkit's horizontal set, and halt and chws, with which a browser compresses adjacent full-width marks (CSS text-spacing-trim). */
const webFeatures = ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'halt', 'chws'];
const webFonts = new Map<string, Promise<Buffer>>();

/**
 * The face reduced to the given characters as a WOFF web font (harfbuzz's hb-subset through
 * `subset-font`, zlib-compressed), for the HTML edition; made once per process for a given set.
 * WOFF, not WOFF2: measured on the default edition's Chinese page, WOFF2 saved a tenth of the
 * size (136 against 150 KB) and took five times as long to compress (Brotli in WebAssembly).
 */
export function webFontSubset(weight: FontWeight, face: Face, characters: string): Promise<Buffer> {
  const key = `${face} ${weight} ${characters}`;
  let font = webFonts.get(key);
  if (!font) {
    const subsetFont = require('subset-font') as typeof import('subset-font').default;
    font = subsetFont(fontBuffer(weight, face), characters, { targetFormat: 'woff', keepFeatures: webFeatures });
    if (webFonts.size >= 16) webFonts.clear();
    webFonts.set(key, font);
  }
  return font;
}

let coverage: GlyphCoverage | undefined;

/**
 * Glyph coverage of the briefs' fonts: a character must be in the regular and bold of the Chinese
 * face, or of the Latin face (text is set in runs, each character in a face that has it).
 */
export function briefGlyphCoverage(): GlyphCoverage {
  coverage ??= {
    fontName: `${fontFamily} (${Object.values(fileNames).join(', ')}) or ${latinFontFamily} (${Object.values(latinFileNames).join(', ')})`,
    covers: (codePoint) => faceCovers('cjk', codePoint) || faceCovers('latin', codePoint),
  };
  return coverage;
}
