import { createRequire } from 'node:module';
import path from 'node:path';
import { fontFamily, latinFontFamily, type FontWeight } from './fonts.js';

const require = createRequire(import.meta.url);

/**
 * The font-family list of every chart, in both languages: the Latin face first, so that English
 * labels, and digits, signs and Latin letters in Chinese labels, are set in it; Chinese characters
 * fall back to the Chinese face, run by run, in Vega's measuring canvas, in the brief's drawing
 * (src/brief/render-pdf.ts) and in a browser showing the SVG; a viewer without them falls back to
 * its own sans-serif face (the generic family last), not to a serif one.
 */
export const chartFontFamilies = `${latinFontFamily}, ${fontFamily}, sans-serif`;

const latinFiles: Record<FontWeight, string> = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' };

/** Absolute path of a Latin face's file inside its npm package (for the charts' measuring canvas). */
export function latinFontPath(weight: FontWeight): string {
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts', latinFiles[weight]);
}
