/**
 * Line breaking for mixed Chinese and English text, with the kinsoku rules pdfkit lacks: no line
 * starts with closing punctuation and no line ends with opening punctuation. Chinese may break
 * between any two characters; English breaks at spaces. Lines are left-aligned by the renderer
 * (stretching spaces does not justify Chinese).
 */

/** No line may start with these. */
export const closingPunctuation = new Set([...'，。、；：？！）》」』”’〕】〉…％%,.;:!?)]}·']);
/** No line may end with these. */
export const openingPunctuation = new Set([...'（《「『“‘〔【〈([{']);

const isCjk = (ch: string) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019]/.test(ch);

/** Splits text into pieces that must stay on one line, each with any trailing spaces. */
export function breakOpportunities(text: string): string[] {
  const pieces: string[] = [];
  let word = '';
  const flush = () => {
    if (word) pieces.push(word);
    word = '';
  };
  for (const ch of text) {
    if (ch === ' ') {
      word += ch;
      flush();
    } else if (isCjk(ch) || closingPunctuation.has(ch) || openingPunctuation.has(ch)) {
      flush();
      pieces.push(ch);
    } else {
      // A Latin letter or digit after a space-less CJK piece starts a new word.
      if (word.endsWith(' ')) flush();
      word += ch;
    }
  }
  flush();
  // Glue: closing punctuation joins the piece before it; opening punctuation joins the piece after.
  const glued: string[] = [];
  for (const piece of pieces) {
    const first = String.fromCodePoint(piece.codePointAt(0) ?? 0x20);
    const previous = glued[glued.length - 1];
    // Only the last character: spreading a long glued piece for each new one would be quadratic.
    const previousLast = previous ? [...previous.trimEnd().slice(-2)].pop() ?? '' : '';
    if (previous !== undefined && (closingPunctuation.has(first) || (openingPunctuation.has(previousLast) && !previous.endsWith(' ')))) {
      glued[glued.length - 1] = previous + piece;
    } else glued.push(piece);
  }
  return glued;
}

/**
 * Greedy line filling; `measure` gives a string's width in the font and size used. A line's width
 * is the sum of its pieces' widths (kerning across a break opportunity is ignored), so each piece
 * is measured once rather than the whole line again for every piece.
 */
export function breakLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0; // width of `line`, trailing spaces included
    for (const piece of breakOpportunities(paragraph)) {
      const visible = measure(piece.trimEnd());
      if (line === '' || width + visible <= maxWidth) {
        line += piece;
        width += piece === piece.trimEnd() ? visible : measure(piece);
        continue;
      }
      lines.push(line.trimEnd());
      line = piece;
      width = measure(piece);
    }
    // A piece wider than the line on its own (a long URL) is cut by characters as a last resort.
    // Each character is measured once and widths are summed (kerning ignored, as between pieces),
    // so the cost is linear in the piece's length rather than measuring every prefix.
    const rest: string[] = [];
    if (measure(line.trimEnd()) > maxWidth && [...line].length > 1) {
      let cut = '';
      let cutWidth = 0;
      for (const ch of line) {
        const w = measure(ch);
        if (cut !== '' && cutWidth + w > maxWidth) {
          rest.push(cut);
          cut = '';
          cutWidth = 0;
        }
        cut += ch;
        cutWidth += w;
      }
      line = cut;
    }
    lines.push(...rest, line.trimEnd());
  }
  return lines;
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
