import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { compactSubrs, type CffTable } from './cff-subset.js';
import type { GlyphCoverage } from './coverage.js';

/**
 * The fonts the briefs and charts embed, both from the npm registry: Noto Sans Hans OTF
 * (@embedpdf/fonts-sc) for Chinese, and Noto Sans TTF (@embedpdf/fonts-latin), the same design,
 * for English text, whose quotes and dashes the Chinese face draws full-width. Charts use the
 * Chinese face, which also has Latin letters.
 */
export const fontFamily = 'Noto Sans SC';
export type FontWeight = 'regular' | 'bold';

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
    withSteadyFeatures(font);
    if (!process.env.PLAN_BRIEFS_FULL_SHAPING) withCjkFastPath(font);
    withCompactSubsets(font);
    parsed.set(weight, font);
  }
  return font;
}

/** Han ideographs, CJK symbols and punctuation, and fullwidth forms: text that needs no shaping. */
const unshapedClass = '[\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF01-\\uFF5E]';
const hasUnshaped = new RegExp(unshapedClass);
const unshapedRuns = new RegExp(`${unshapedClass}+`, 'g');

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/**
 * Lays out runs of Chinese characters and punctuation without OpenType shaping: one glyph per
 * character from the character map, advancing by its width; only what lies between such runs
 * (Latin words, digits) goes to fontkit. This font has no substitution or positioning that applies
 * to such runs, or across their edges, in horizontal text, so the result is what shaping the whole
 * text gives, at a fraction of the cost (shaping was about a tenth of a brief's build time). Tests
 * compare both on every Chinese run and every mixed line in the project, and the briefs are
 * byte-identical either way; PLAN_BRIEFS_FULL_SHAPING=1 turns the shortcut off.
 */
function withCjkFastPath(font: ParsedFont): void {
  const shaped = font as unknown as {
    layout(text: string, ...rest: unknown[]): unknown;
    glyphForCodePoint(codePoint: number): { advanceWidth: number };
  };
  const layout = shaped.layout.bind(font);
  shaped.layout = (text: string, ...rest: unknown[]) => {
    if (rest.some((r) => r !== undefined) || !hasUnshaped.test(text)) return layout(text, ...rest);
    const glyphs: { advanceWidth: number }[] = [];
    const positions: Position[] = [];
    const shapedPart = (part: string) => {
      const run = layout(part) as { glyphs: { advanceWidth: number }[]; positions: Position[] };
      glyphs.push(...run.glyphs);
      positions.push(...run.positions);
    };
    // Runs of Chinese characters go glyph by glyph; whatever lies between them is shaped.
    let last = 0;
    for (const match of text.matchAll(unshapedRuns)) {
      if (match.index > last) shapedPart(text.slice(last, match.index));
      for (const character of match[0]) {
        const glyph = shaped.glyphForCodePoint(character.codePointAt(0)!);
        glyphs.push(glyph);
        positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      }
      last = match.index + match[0].length;
    }
    if (last < text.length) shapedPart(text.slice(last));
    return {
      glyphs,
      positions,
      // As fontkit's GlyphRun: the sum of the advances (pdfkit scales the positions in place).
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
}

/**
 * Subsets whose CFF keeps only the subroutines its glyphs call (see cff-subset.ts): fontkit's own
 * subset keeps a slot for each of the font's 22,000 local subroutines. pdfkit calls the subset's
 * encode when the document ends; this replaces the two steps of fontkit's encode that pick the
 * charstrings and subroutines, and keeps fontkit's when the font reads in a way cff-subset.ts
 * does not expect.
 */
function withCompactSubsets(font: ParsedFont): void {
  const cff = (font as unknown as Record<string, unknown>)['CFF '] as CffTable | undefined;
  if (!cff) return;
  const fonts = font as unknown as { createSubset(): FontkitCffSubset };
  const create = fonts.createSubset.bind(font);
  // fontkit's encode copies the font's top dictionary, which decodes its charset (a GID-to-CID map
  // of 30,888 glyphs: about 80 ms per font and process), only to replace it with the subset's. It
  // is given a font whose top dictionary's charset is left undecoded.
  const topDict = Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(cff.topDict),
      charset: { value: undefined, enumerable: true, writable: true, configurable: true },
    },
  );
  const shadow = Object.create(cff, { topDict: { value: topDict } }) as CffTable;
  fonts.createSubset = () => {
    const subset = create();
    subset.cff = shadow;
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const compact = compactSubrs(cff, subset.glyphs);
      if (compact) {
        subset.subsetCharstrings = () => {
          subset.charstrings = compact.charstrings;
          subset.gsubrs = compact.gsubrs;
        };
        subset.subsetFontdict = (topDict) => {
          // As fontkit's: the font dictionaries the glyphs use, in order of first use, each with its own subroutines.
          const order = new Map<number, number>();
          topDict.FDArray = [];
          topDict.FDSelect = { version: 0, fds: [] };
          for (const gid of subset.glyphs) {
            const fd = cff.fdForGlyph(gid);
            if (fd === null) continue;
            if (!order.has(fd)) {
              const dict: FontDict = { ...cff.topDict.FDArray![fd] };
              delete dict.FontName;
              if (dict.Private?.Subrs) {
                const subrs = compact.localSubrs.get(fd) ?? [];
                dict.Private = { ...dict.Private, Subrs: subrs };
                if (subrs.length === 0) delete dict.Private.Subrs;
              }
              order.set(fd, topDict.FDArray.length);
              topDict.FDArray.push(dict);
            }
            topDict.FDSelect.fds.push(order.get(fd)!);
          }
        };
      }
      return encode();
    };
    return subset;
  };
}
type FontDict = { FontName?: unknown; Private?: { Subrs?: unknown } };
interface FontkitCffSubset {
  readonly glyphs: number[];
  cff: CffTable;
  encode(): Uint8Array;
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  subsetCharstrings(): void;
  subsetFontdict(topDict: { FDArray: FontDict[]; FDSelect: { version: number; fds: number[] } }): void;
}

/**
 * fontkit prepares every shaping call afresh: its substitution and positioning processors select
 * the script again (rebuilding the table of features whenever no language is given, which is
 * always here) and then look up each feature's lookups, decoding them from the font file each time
 * (about a quarter of the shaping time of a cold build). For the same script, language and
 * direction as the call before, the selection is kept, and the lookups of each list of features
 * are kept while the selection is. The glyphs and positions are fontkit's own: tests shape every
 * word of the project with a font without this and compare.
 */
function withSteadyFeatures(font: object): void {
  type Processor = {
    scriptTag: string;
    features: object | undefined;
    selectScript(script?: unknown, language?: string, direction?: string): string;
    lookupsForFeatures(userFeatures?: readonly string[], exclude?: readonly number[]): unknown[];
  };
  const engine = (font as { _layoutEngine?: { engine?: { GSUBProcessor?: Processor; GPOSProcessor?: Processor } } })._layoutEngine?.engine;
  for (const processor of [engine?.GSUBProcessor, engine?.GPOSProcessor]) {
    if (!processor) continue;
    const select = processor.selectScript.bind(processor);
    let selected: string | undefined;
    processor.selectScript = (script, language, direction) => {
      const key = `${String(script)}\u0000${language}\u0000${direction}`;
      if (key === selected && processor.features) return processor.scriptTag;
      selected = key;
      return select(script, language, direction);
    };
    const lookupsFor = processor.lookupsForFeatures.bind(processor);
    const lookups = new Map<string, unknown[]>();
    let lookupsOf: object | undefined;
    processor.lookupsForFeatures = (userFeatures = [], exclude) => {
      if (exclude) return lookupsFor(userFeatures, exclude);
      if (processor.features !== lookupsOf) {
        lookups.clear();
        lookupsOf = processor.features;
      }
      const key = userFeatures.join(' ');
      let found = lookups.get(key);
      if (!found) lookups.set(key, (found = lookupsFor(userFeatures)));
      return found;
    };
  }
}

/** fontkit's own layout of a text, bypassing the shortcut above (for tests). */
export function fullLayout(weight: FontWeight, text: string): { glyphs: { id: number }[]; positions: Position[] } {
  let font = unshortened.get(weight);
  if (!font) {
    font = fontkit.create(fontBuffer(weight)) as unknown as FullFont;
    unshortened.set(weight, font);
  }
  return font.layout(text);
}
type FullFont = { layout(text: string): { glyphs: { id: number }[]; positions: Position[] } };
const unshortened = new Map<FontWeight, FullFont>();

type LatinFont = ReturnType<typeof fontkit.create> & { hasGlyphForCodePoint(codePoint: number): boolean };
const parsedLatin = new Map<FontWeight, LatinFont>();

/** The Latin face parsed once per process (a TTF of about 600 KB; fontkit shapes it normally). */
export function parsedLatinFont(weight: FontWeight): LatinFont {
  let font = parsedLatin.get(weight);
  if (!font) {
    const entry = require.resolve('@embedpdf/fonts-latin');
    const file = path.join(path.dirname(entry), '..', 'fonts', latinFileNames[weight]);
    const created = fontkit.create(readFileSync(file));
    if (!('hasGlyphForCodePoint' in created)) throw new Error(`${latinFileNames[weight]} is a font collection, not a font`);
    font = created as LatinFont;
    withSteadyFeatures(font);
    parsedLatin.set(weight, font);
  }
  return font;
}

/** Does the Latin face, regular and bold, have a glyph for this character? */
export function latinCovers(codePoint: number): boolean {
  let known = latinCoverage.get(codePoint);
  if (known === undefined) {
    known = (['regular', 'bold'] as const).every((weight) => parsedLatinFont(weight).hasGlyphForCodePoint(codePoint));
    latinCoverage.set(codePoint, known);
  }
  return known;
}
const latinCoverage = new Map<number, boolean>();

let coverage: GlyphCoverage | undefined;

/**
 * Glyph coverage of the briefs' fonts: a character must be in the regular and bold of the Chinese
 * face, or of the Latin face (text is set in runs, each character in a face that has it).
 */
export function briefGlyphCoverage(): GlyphCoverage {
  if (coverage) return coverage;
  const faces = (['regular', 'bold'] as const).map(parsedFont);
  const cache = new Map<number, boolean>();
  coverage = {
    fontName: `${fontFamily} (${Object.values(fileNames).join(', ')}) or ${latinFontFamily} (${Object.values(latinFileNames).join(', ')})`,
    covers(codePoint) {
      let known = cache.get(codePoint);
      if (known === undefined) {
        known = faces.every((face) => face.hasGlyphForCodePoint(codePoint)) || latinCovers(codePoint);
        cache.set(codePoint, known);
      }
      return known;
    },
  };
  return coverage;
}
