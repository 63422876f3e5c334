/** Answers whether a font can draw a code point; implemented over the embedded font files. */
export interface GlyphCoverage {
  readonly fontName: string;
  covers(codePoint: number): boolean;
}
