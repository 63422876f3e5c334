/**
 * A display title broken into lines at meaningful points: after a comma, before a conjunction or a
 * preposition that opens a phrase ("与", "and", "of"), before a year ("2024年"), before a bracket;
 * never inside a word, and with lines of similar length. A title set this way reads phrase by
 * phrase ("杭州市滨江区 / 2024年…执行情况 / 与2025年…(草案)") instead of wherever the measure ends.
 * The type size may step down (sizes, largest first) when that avoids a poor break.
 */

export interface TitleLayout {
  readonly size: number;
  readonly lines: readonly string[];
}

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const enSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Words that open a phrase: a break before them reads as a pause. */
// 和 is left out: it joins the parts of set phrases (国民经济和社会发展) more often than it opens one.
const zhOpeners = new Set(['与', '及', '暨', '并', '以及']);
const enOpeners = new Set(['and', 'of', 'for', 'on', 'in', 'to', 'with', 'from', 'at', 'by']);

/** Cost of a break before `next` (the next few words), after `previous` (0 good, 1 poor). */
function breakPenalty(previous: string, next: string, chinese: boolean): number {
  const before = previous.trimEnd();
  const after = next.trimStart();
  if (/[,，;；:：、]$/.test(before)) return 0;
  if (chinese) {
    if ([...zhOpeners].some((w) => after.startsWith(w))) return 0;
    if (/^\d+年/.test(after)) return 0.2;
    if (/^[（(《]/.test(after)) return 0.5;
    return 1;
  }
  const word = /^[A-Za-z]+/.exec(after)?.[0]?.toLowerCase();
  // "Economic and Social": an "and" between capitalised words is inside a name.
  if (word === 'and' && /[A-Z][a-z]*$/.test(before) && /^and [A-Z]/.test(after)) return 2;
  if (word && enOpeners.has(word)) return 0.3;
  if (/^[(“]/.test(after)) return 0.5;
  return 1;
}

/** Pieces between which a title may break: words (CJK by Intl.Segmenter), with their following spaces. */
function pieces(text: string, chinese: boolean): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of (chinese ? zhSegmenter : enSegmenter).segment(text)) {
    // Spaces and punctuation stay with the piece before them; so does a closing bracket.
    if (out.length > 0 && !isWordLike && !/^[（(《“]/.test(segment)) out[out.length - 1] += segment;
    else if (out.length > 0 && chinese && /^\d/.test(segment) && /\d$/.test(out[out.length - 1]!)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  // A word followed directly by a digit run and 年 ("2024" "年") is one piece.
  return out.reduce<string[]>((acc, p) => {
    if (acc.length > 0 && /^年/.test(p) && /\d$/.test(acc[acc.length - 1]!)) acc[acc.length - 1] += p;
    else acc.push(p);
    return acc;
  }, []);
}

/**
 * Lines of a title at the best of `sizes`: the fewest poor breaks, then the most even lines, then
 * the largest size. `measure(text, size)` gives a text's width.
 */
export function titleLines(
  text: string,
  width: number,
  sizes: readonly number[],
  measure: (text: string, size: number) => number,
): TitleLayout {
  const chinese = /\p{Script=Han}/u.test(text);
  const parts = pieces(text, chinese);
  // The text from each piece on, for the break rules that look past the next word.
  const rest = parts.map((_, i) => parts.slice(i, i + 3).join(''));
  let best: { cost: number; layout: TitleLayout } | undefined;
  sizes.forEach((size, rank) => {
    // cost[i]: best cost of setting parts[0..i) ; from[i]: where its last line starts.
    const n = parts.length;
    const cost = new Array<number>(n + 1).fill(Infinity);
    const from = new Array<number>(n + 1).fill(-1);
    cost[0] = 0;
    for (let j = 1; j <= n; j++) {
      for (let i = j - 1; i >= 0; i--) {
        const line = parts.slice(i, j).join('').trim();
        const w = measure(line, size);
        if (w > width && j - i > 1) break; // longer lines only get wider
        if (cost[i] === Infinity) continue;
        const slack = Math.max(0, width - w) / width;
        const last = j === n;
        const penalty = i === 0 ? 0 : breakPenalty(parts[i - 1]!, rest[i]!, chinese) * 10;
        // A last line shorter than a quarter of the measure is an orphan.
        const shape = last ? (slack > 0.75 ? 10 : 0) : slack * slack * 4;
        const c = cost[i]! + penalty + shape + 1 + (w > width ? 100 : 0);
        if (c < cost[j]!) {
          cost[j] = c;
          from[j] = i;
        }
      }
    }
    const lines: string[] = [];
    for (let j = n; j > 0; j = from[j]!) lines.unshift(parts.slice(from[j]!, j).join('').trim());
    const total = cost[n]! + rank * 1.5;
    if (!best || total < best.cost) best = { cost: total, layout: { size, lines } };
  });
  return best?.layout ?? { size: sizes[0] ?? 12, lines: [text] };
}
