import LineBreaker from 'linebreak';
import { numberUnitSpans, unitCharacters } from '../present/typography.js';

/**
 * Line breaking for mixed Chinese and English text: the break opportunities of the Unicode
 * line-breaking algorithm (UAX #14, the `linebreak` package pdfkit also uses), with the kinsoku
 * rules of Chinese typesetting on top: no line starts with closing punctuation, none ends with
 * opening punctuation, and a number never parts from its digits or its unit ("RMB 1,288.78
 * billion", "2887.8亿元"). Titles may break only between words (Intl.Segmenter). Lines are filled
 * greedily; a piece wider than a line is cut between characters wherever it occurs. Every piece
 * and every character of a cut piece is measured once, so time and memory are linear in the text.
 */

/** No line may start with these. */
export const closingPunctuation = new Set([...'，。、；：？！）》」』”’〕】〉…％%,.;:!?)]}·']);
/** Reference marks of a note (✓ 已完成‡, prices*): they stay with the word they mark, never after a break. */
export const noteMarks = new Set([...'*†‡']);
/** No line may end with these. */
export const openingPunctuation = new Set([...'（《「『“‘〔【〈([{']);

/** Full-width marks after which a line may break (before anything but a closing mark). */
const fullWidthMarks = new Set([...'，。、；：？！）》」』”’〕】〉']);

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

export interface BreakOptions {
  /** Break Chinese only between words (titles and headings), not between any two characters. */
  readonly words?: boolean;
  /**
   * For justified text: a line that would have to be spread by more than `loosest` per gap may
   * take the next piece when setting its gaps `most` tighter makes it fit (a figure with its unit,
   * "13.1亿美元", that would otherwise leave a gap at the line's end). `gaps` counts a line's gaps
   * as the justification spreads them.
   */
  readonly tighten?: { readonly most: number; readonly loosest: number; readonly gaps: (line: string) => number };
  /** The units' names in the text's language (data/units.yaml): a number and its unit ("−0.6个百分点") never break. */
  readonly units?: readonly string[];
}

/** A line and whether it ends its paragraph (the last line of a justified paragraph stays flush left). */
export interface BrokenLine {
  readonly text: string;
  readonly end: boolean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Offsets where Intl.Segmenter puts a word boundary, but for a lone Chinese character after another
 * Chinese character: ICU splits many words into single characters (增|速, 比上|年), and a lone
 * character stays with the one before it, as the HTML edition keeps it (chineseBreaks).
 */
function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  for (const { segment, index } of segmenter.segment(text)) {
    const lone = [...segment].length === 1 && isHan(segment);
    if (!(lone && index > 0 && isHan(text[index - 1] ?? ''))) boundaries.add(index);
  }
  return boundaries;
}

/** Does a break at `position` (between text[position - 1] and text[position]) part a number from its digits or unit? */
function splitsNumber(text: string, position: number): boolean {
  let before = position - 1;
  while (before >= 0 && text[before] === ' ') before--;
  const after = position;
  const previous = text[before] ?? '';
  const next = text[after] ?? '';
  if (isDigit(previous) && isDigit(next)) return true;
  // A number and the Chinese unit after it: 2887.8亿元, 42.8万人次 (up to four unit characters).
  if (before === position - 1 && unitCharacters.has(next)) {
    let start = position - 1;
    let units = 0;
    while (start >= 0 && unitCharacters.has(text[start]!) && units < 4) {
      start--;
      units++;
    }
    if (isDigit(text[start] ?? '') && units < 4) return true;
  }
  if (before === position - 1) return false;
  // Across a space: a number and the word after it (1,288.78 billion), a currency code and the number after it (RMB 1,288.78).
  if (isDigit(previous) && /[A-Za-z]/.test(next)) return true;
  if (isDigit(next) || ((next === '+' || next === '-') && isDigit(text[after + 1] ?? ''))) {
    let start = before;
    while (start >= 0 && /[A-Z]/.test(text[start]!)) start--;
    const code = before - start;
    if (code >= 2 && code <= 4 && (start < 0 || text[start] === ' ')) return true;
  }
  return false;
}

/** The positions a line may break at, in order, ending with the text's length. */
export function breakPositions(text: string, options: BreakOptions = {}): number[] {
  const positions: number[] = [];
  const words = options.words ? wordBoundaries(text) : undefined;
  const spans = numberUnitSpans(text, options.units ?? []);
  const insideUnit = (p: number) => spans.some(([start, end]) => start < p && p < end);
  const breaker = new LineBreaker(text);
  const candidates = new Set<number>();
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) candidates.add(found.position);
  // After a full-width mark a Chinese line may break before a number or sign too (clreq), where
  // UAX #14 keeps "）−11%" together (CL × PR): without it, such a line is stretched to fill.
  // (A closing quote only after a Chinese character: in English ’ is an apostrophe inside a word.)
  for (let i = 1; i < text.length; i++) {
    const mark = text[i - 1]!;
    if (fullWidthMarks.has(mark) && (!/[”’]/u.test(mark) || isHan(text[i - 2] ?? ''))) candidates.add(i);
  }
  for (const p of [...candidates].sort((a, b) => a - b)) {
    if (p >= text.length) break;
    let before = p - 1;
    while (before > 0 && text[before] === ' ') before--;
    const previous = text[before]!;
    const next = text[p]!;
    if (closingPunctuation.has(next) || openingPunctuation.has(previous)) continue;
    if (noteMarks.has(next) && previous !== ' ') continue;
    if (splitsNumber(text, p) || insideUnit(p)) continue;
    if (words && isHan(previous) && isHan(next) && !words.has(p)) continue;
    positions.push(p);
  }
  positions.push(text.length);
  return positions;
}

/** Splits text into pieces that must stay on one line, each with any trailing spaces. */
export function breakOpportunities(text: string, options: BreakOptions = {}): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const end of breakPositions(text, options)) {
    if (end > start) pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/**
 * Greedy line filling; `measure` gives a string's width in the font and size used. A line's width
 * is the sum of its pieces' widths (kerning across a break opportunity is ignored).
 */
export function breakLines(text: string, maxWidth: number, measure: (s: string) => number, options: BreakOptions = {}): string[] {
  return breakParagraphs(text, maxWidth, measure, options).map((l) => l.text);
}

/** As breakLines, telling which lines end a paragraph. */
export function breakParagraphs(text: string, maxWidth: number, measure: (s: string) => number, options: BreakOptions = {}): BrokenLine[] {
  const lines: BrokenLine[] = [];
  for (const paragraph of text.split('\n')) {
    // Most texts (table cells, labels) fit on one line: no need to find where they could break.
    if (paragraph.length <= maxOneLine && measure(paragraph) <= maxWidth) {
      lines.push({ text: paragraph.trimEnd(), end: true });
      continue;
    }
    let line = '';
    let width = 0; // width of `line`, trailing spaces included
    const push = (end: boolean) => lines.push({ text: line.trimEnd(), end });
    for (const piece of breakOpportunities(paragraph, options)) {
      const trimmed = piece.trimEnd();
      const visible = measure(trimmed);
      const full = piece === trimmed ? visible : visible + measure(piece.slice(trimmed.length));
      if (line === '' || width + visible <= maxWidth) {
        if (line === '' && visible > maxWidth) {
          // Too wide on its own (a long URL or label): cut between characters, each measured once.
          const chunks = cutToWidth(trimmed, maxWidth, measure);
          for (const chunk of chunks.slice(0, -1)) lines.push({ text: chunk, end: false });
          line = chunks[chunks.length - 1]! + piece.slice(trimmed.length);
          width = measure(chunks[chunks.length - 1]!) + (full - visible);
          continue;
        }
        line += piece;
        width += full;
        continue;
      }
      const tighten = options.tighten;
      if (
        tighten &&
        maxWidth - width > tighten.loosest * tighten.gaps(line.trimEnd()) &&
        width + visible <= maxWidth + tighten.most * tighten.gaps(line + trimmed)
      ) {
        line += piece;
        width += full;
        continue;
      }
      push(false);
      line = '';
      width = 0;
      if (visible > maxWidth) {
        const chunks = cutToWidth(trimmed, maxWidth, measure);
        for (const chunk of chunks.slice(0, -1)) lines.push({ text: chunk, end: false });
        line = chunks[chunks.length - 1]! + piece.slice(trimmed.length);
        width = measure(chunks[chunks.length - 1]!) + (full - visible);
      } else {
        line = piece;
        width = full;
      }
    }
    push(true);
  }
  return lines;
}

/** Texts longer than this are not measured whole first (a long text rarely fits, and measuring it would cost more than breaking it). */
const maxOneLine = 200;

/**
 * Cuts a piece too wide for a line into chunks no wider than maxWidth: at its spaces first (a
 * figure kept whole, "RMB 33.71 billion", breaks before its word rather than inside it), and a
 * word still too wide between characters.
 */
function cutToWidth(piece: string, maxWidth: number, measure: (s: string) => number): string[] {
  const words = piece.match(/\S+\s*/g) ?? [];
  if (words.length < 2) return cutCharacters(piece, maxWidth, measure);
  const chunks: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && measure((line + word).trimEnd()) > maxWidth) {
      chunks.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  chunks.push(line.trimEnd());
  return chunks.flatMap((chunk) => (measure(chunk) > maxWidth ? cutCharacters(chunk, maxWidth, measure) : [chunk]));
}

/**
 * Cuts a piece into chunks no wider than maxWidth (at least one character each), by the sum of its
 * characters' widths: linear in its length. A chunk does not start with closing punctuation when
 * the character before can go with it.
 */
function cutCharacters(piece: string, maxWidth: number, measure: (s: string) => number): string[] {
  const chars = [...piece];
  const chunks: string[] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    const w = measure(chars[i]!);
    if (i > start && width + w > maxWidth) {
      let cut = i;
      while (closingPunctuation.has(chars[cut]!) && cut - 1 > start) cut--;
      chunks.push(chars.slice(start, cut).join(''));
      start = cut;
      width = 0;
      for (let k = cut; k < i; k++) width += measure(chars[k]!);
    }
    width += w;
  }
  chunks.push(chars.slice(start).join(''));
  return chunks;
}

/** Lines that break the kinsoku rules (for tests and for checking a rendered brief). */
export function kinsokuViolations(lines: readonly string[]): string[] {
  return lines.filter((line, i) => {
    const chars = [...line];
    const startsBadly = i > 0 && closingPunctuation.has(chars[0] ?? '') && lines[i - 1] !== '';
    const endsBadly = openingPunctuation.has(chars[chars.length - 1] ?? '') && i < lines.length - 1;
    return startsBadly || endsBadly;
  });
}
