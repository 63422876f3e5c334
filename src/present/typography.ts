/**
 * Punctuation as readers of each language expect it, applied to the brief's text when it is
 * rendered (the data keeps its phrases exactly as the source document has them, so that they can
 * still be found in it).
 *
 * Chinese (GB/T 15834): commas, semicolons, colons, question and exclamation marks, parentheses and
 * quotation marks in Chinese text are full-width (，；：？！（）“”), and a full stop after a Chinese
 * character is 。; punctuation inside a number (1,288.78, 9:30) or inside a run of Latin text
 * (GDP, CPI) stays half-width. No space is left around full-width punctuation, nor between a
 * Chinese character and a digit.
 *
 * English: straight quotes become typographic quotes and apostrophes (“ ” ‘ ’).
 */

/** Chinese characters that measure or count, and so belong to the number before them (万人次, 亿元, 公顷). */
export const unitCharacters: ReadonlySet<string> = new Set([
  ...'亿万千百十元角人次个家项所亩公顷平方米克吨辆台套件座条户名位倍岁年月日天时秒里余多美港欧镑股张间栋处场期批款',
]);

const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const isChinese = (ch: string | undefined) => ch !== undefined && /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u.test(ch);
/** The marks chinesePunctuation may change. */
const handled = new Set([...Object.keys(fullWidth), '.', '"', "'"]);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The mark of a table cell left blank because the source gives nothing there: an en dash in
 * English, and in Chinese the dash GB/T 15834 gives Chinese text (一字线 "—"), not the Latin en dash.
 */
export function blankMark(locale: 'zh-CN' | 'en'): string {
  return locale === 'zh-CN' ? '—' : '–';
}

/** Chinese punctuation for a text of the Chinese brief. */
export function chinesePunctuation(text: string): string {
  // A blank cell's mark written in a template as the en dash.
  if (text === blankMark('en')) return blankMark('zh-CN');
  if (!/\p{Script=Han}/u.test(text)) return text;
  const chars = [...text];
  const out: string[] = [];
  const open: boolean[] = []; // for each open "(", whether it became full-width
  let quoteOpen = false;
  const neighbour = (i: number, step: 1 | -1) => {
    let k = i + step;
    while (chars[k] === ' ') k += step;
    return chars[k];
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    // Most characters are none of the marks handled below: their neighbours need no look.
    if (!handled.has(ch)) {
      out.push(ch);
      continue;
    }
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    const chineseSide = isChinese(before) || isChinese(after);
    if (ch === '(') {
      const convert = chineseSide;
      open.push(convert);
      out.push(convert ? '（' : ch);
    } else if (ch === ')') {
      const convert = open.length > 0 ? open.pop()! : chineseSide;
      out.push(convert ? '）' : ch);
    } else if (ch in fullWidth) {
      // Inside a number (1,288.78; 9:30) the mark stays; beside Chinese, or ending a number before Chinese, it becomes full-width.
      const inNumber = isDigit(chars[i - 1]) && isDigit(chars[i + 1]);
      out.push(!inNumber && chineseSide ? fullWidth[ch]! : ch);
    } else if (ch === '.') {
      out.push(isChinese(chars[i - 1]) && (after === undefined || isChinese(after)) ? '。' : ch);
    } else if (ch === '"') {
      out.push(quoteOpen ? '”' : '“');
      quoteOpen = !quoteOpen;
    } else if (ch === "'" && chineseSide) {
      out.push(isChinese(before) && !isChinese(after) ? '’' : '‘');
    } else out.push(ch);
  }
  // No space beside full-width punctuation, nor between a Chinese character and a digit.
  return out
    .join('')
    .replace(/ +(?=[，；：？！（）。、“”])/g, '')
    .replace(/([，；：？！（）。、“”]) +/g, '$1')
    .replace(/(\p{Script=Han}) +(?=\d)/gu, '$1')
    .replace(/(\d) +(?=\p{Script=Han})/gu, '$1');
}

/** Typographic quotes for a text of the English brief. */
export function englishQuotes(text: string): string {
  if (!/["']/.test(text)) return text;
  // An opening quote follows the start, a space or an opening bracket; anything else closes (or is an apostrophe).
  return text
    .replace(/(^|[\s([{“‘])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** The punctuation fix for a locale's reader text (briefs and charts). */
export function typographyFor(locale: 'zh-CN' | 'en'): (text: string) => string {
  return locale === 'zh-CN' ? chinesePunctuation : englishQuotes;
}

const spanPatterns = new Map<string, RegExp>();
/**
 * Where a number stands with one of the units after it ("−0.6个百分点", "42.8万人次", "0.6 percentage
 * points"): [start, end) spans of the text that no line may break inside, as a unit of several
 * characters or words is one word to its reader. `unitNames` are the units' names in the text's
 * language (data/units.yaml); the longest name that follows a number is taken.
 */
export function numberUnitSpans(text: string, unitNames: readonly string[]): [number, number][] {
  if (unitNames.length === 0 || !/\d/.test(text)) return [];
  const key = unitNames.join('\u0000');
  let pattern = spanPatterns.get(key);
  if (!pattern) {
    // A hyphenated name ("person-times") may break after its hyphen, as any hyphenated word may:
    // the number keeps the name's first part ("807,300 person-|times"), so a narrow column need not
    // be as wide as the whole.
    const names = [
      ...new Set(
        unitNames.map((n) =>
          /^[A-Za-z]+-[A-Za-z]/.test(n.split(' ').at(-1) ?? '') && !n.includes(' ') ? n.slice(0, n.indexOf('-') + 1) : n,
        ),
      ),
    ]
      .filter((n) => n.trim() !== '')
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]') + (n.endsWith('-') ? '' : '(?![A-Za-z])'));
    // A Latin name ends at a word's end ("3 mu", never "3 museums"); a Chinese one anywhere.
    pattern = new RegExp(`\\d[\\d.,]*[ \\u00a0]?(?:${names.join('|')})`, 'gu');
    spanPatterns.set(key, pattern);
  }
  return [...text.matchAll(pattern)].map((m) => [m.index!, m.index! + m[0].length]);
}
