import { latinCovers, parsedFont } from '../fonts/fonts.js';

/**
 * Which face sets which characters. The English brief is set in the Latin face, with Chinese
 * characters, CJK punctuation and anything else the Latin face lacks (✓) in the Chinese face; the
 * Chinese brief is set in the Chinese face, with the Latin face only for what the Chinese face lacks.
 */
export type Face = 'cjk' | 'latin';

export interface FaceRun {
  readonly text: string;
  readonly face: Face;
}

const chineseOnly = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
const cjkCoverage = new Map<number, boolean>();
const cjkCovers = (codePoint: number) => {
  let known = cjkCoverage.get(codePoint);
  if (known === undefined) {
    known = parsedFont('regular').hasGlyphForCodePoint(codePoint) && parsedFont('bold').hasGlyphForCodePoint(codePoint);
    cjkCoverage.set(codePoint, known);
  }
  return known;
};

function faceOf(ch: string, primary: Face): Face | undefined {
  if (ch === ' ') return undefined; // a space goes with the run it is in
  const codePoint = ch.codePointAt(0)!;
  if (primary === 'latin') return chineseOnly.test(ch) || !latinCovers(codePoint) ? 'cjk' : 'latin';
  return cjkCovers(codePoint) || !latinCovers(codePoint) ? 'cjk' : 'latin';
}

/** Marks that Chinese text sets full-width in the Chinese face, though the Latin face has them. */
const chineseMarks = /[“”‘’·—…]/u;

/**
 * Runs of a chart's text: Latin letters, digits and signs (the minus sign U+2212 included) in the
 * Latin face in both languages, Chinese in the Chinese face, and in a Chinese chart the quotation
 * marks, dashes and middle dots too, full-width as Chinese text sets them.
 */
export function chartFaceRuns(text: string, locale: 'zh-CN' | 'en'): FaceRun[] {
  if (locale === 'en' || !chineseMarks.test(text)) return faceRuns(text, 'latin');
  return faceRuns(text, 'latin').flatMap((run) =>
    run.face === 'cjk'
      ? [run]
      : run.text
          .split(/([“”‘’·—…]+)/u)
          .filter((part) => part !== '')
          .map((part): FaceRun => ({ text: part, face: chineseMarks.test(part) ? 'cjk' : 'latin' })),
  );
}

const fullWidthMark = '[，。、；：？！（）《》「」『』“”‘’【】〔〕]';
const markPair = new RegExp(`${fullWidthMark}(?=${fullWidthMark})`, 'gu');

/**
 * A run of the Chinese face split where adjacent full-width marks are compressed (GB/T 15834,
 * clreq 3.1.6: "》；", "”，" would leave a full em of blank between them): every mark followed by
 * another is set at half width (the face's `halt` feature); the last mark of a group keeps its width.
 */
export function compressedMarks(text: string): { text: string; compressed: boolean }[] {
  if (!markPair.test(text)) return [{ text, compressed: false }];
  markPair.lastIndex = 0;
  const parts: { text: string; compressed: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(markPair)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), compressed: false });
    parts.push({ text: match[0], compressed: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), compressed: false });
  return parts;
}

/** Splits text into runs of one face each. */
export function faceRuns(text: string, primary: Face): FaceRun[] {
  const runs: FaceRun[] = [];
  let current = '';
  let face: Face = primary;
  for (const ch of text) {
    const f = faceOf(ch, primary) ?? face;
    if (f !== face && current) {
      runs.push({ text: current, face });
      current = '';
    }
    face = f;
    current += ch;
  }
  if (current) runs.push({ text: current, face });
  return runs;
}
