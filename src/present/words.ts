import { chineseNumeral, formatNumber, textKey, type Locale } from '../model/format.js';
import { lookup, type UiStrings } from './strings.js';

/** Words of running text shared by the key messages and the tables that say the same: counts, lists, names inside a sentence. */

/** Counts in Chinese text: 两 for two (两项), otherwise the numeral (九项). */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

const englishWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Counts in English text: words up to nine, digits above, as press style writes them. */
export function englishCount(n: number, locale: Locale = 'en'): string {
  return Number.isInteger(n) && n >= 0 && n < englishWords.length ? englishWords[n]! : formatNumber(n, 0, locale);
}

/** "Fixed-asset investment" → "fixed-asset investment" inside an English sentence; "GDP growth", "R&D …" stay. */
export function midSentence(text: string): string {
  const [first, second] = [...text];
  if (!first || !second || !/[A-Z]/.test(first) || /[A-Z&]/.test(second)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** "index" → "Index" at the start of a table cell or sentence; Chinese and text starting otherwise stay as they are. */
export function sentenceStart(text: string): string {
  return /^[a-z]/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** "a, b and c" / "a、b和c": the last two joined by the language's word for it (keyMessages.targets.and). */
export function listText(items: readonly string[], strings: UiStrings, locale: Locale): string {
  const last = lookup(strings, 'keyMessages.targets.and') ?? (textKey(locale) === 'zh' ? '、' : ' and ');
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(locale === 'zh-CN' ? '、' : ', ')}${last}${items[items.length - 1]}`;
}

/** A note from the data as a sentence: its full stop added when it ends without one ("仅供测试" → "仅供测试。"). */
export function asSentence(text: string, lang: 'zh' | 'en'): string {
  const trimmed = text.trimEnd();
  if (trimmed === '' || /[.!?。！？…]["”’」』）)]*$/u.test(trimmed)) return trimmed;
  return `${trimmed}${lang === 'zh' ? '。' : '.'}`;
}
