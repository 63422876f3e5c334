/**
 * Facts a text states in words, read from Chinese and from English so that the two can be
 * compared: numbers (with their scale: 亿, million), years, ordinals, rank statements (position
 * and scope), scope words and units. Pure and independent of the dataset. Validation compares an
 * English text's facts with its Chinese text's (and the source phrases the record cites), and a
 * label's facts with its phrase's (src/validate/rules/text-facts.ts).
 *
 * How a text is read (the decisions, in one place):
 * - Chinese numbers are runs of Arabic digits, taken both as written and times the magnitude
 *   after them (10亿元: 10 and 1,000,000,000), and runs of Chinese numerals (四, 十, 百, 万, 万亿).
 *   A text holds a number when any reading of it is that number. 十四五 (十三五, 十五五) names a
 *   Five-Year Plan: it holds 14 and 5, never 10 + 45. 三成 is three tenths: 30, in percent.
 * - English numbers are digits (with thousands commas, also joined to letters: RMB99, FY2027), times million/billion/trillion/thousand
 *   after them, and the words two … twenty, thirty … ninety, hundred, thousand. "one" is left
 *   out: it is a pronoun as often as a number ("one of the ten best").
 * - English ordinals are first … twentieth, 1st, 2nd …, and "No. 3". An ordinal states a rank
 *   where a scope follows it ("third in the nation", "No. 2 in the city", "first in Hangzhou");
 *   a rank must then be a rank statement of the Chinese (全国第三) with the same position and
 *   scope. Other ordinals ("for the fourth year running") must be numbers of the Chinese, except
 *   "first", which English uses in idioms ("People first").
 * - Scope words: English nation/national/nationwide/country/China, province/provincial,
 *   city/municipal, district/county; Chinese 国, 省, 市, 区/县 and the place names' Chinese. A scope
 *   the English names must be one the Chinese names. The edition's English place names ("in
 *   Hangzhou") are scopes in rank statements only: elsewhere they are parts of names.
 * - Units: percent (%, 个百分点 is another unit), percentage points (百分点), yuan (元, 人民币), US dollars
 *   (美元), hectares (公顷), mu (亩), kilometres (公里/千米), square metres (平方米), tonnes (吨).
 */
import { withoutControlSequences } from '../diagnostics/escape.js';
import { ordinalIsPosition, ordinalValue, type RankScope, readPhrase, readTiers } from './phrase-words.js';

/** The names of the edition's places, by scope, in both languages (the English brief says "in Hangzhou"). */
export type PlaceNames = Partial<Record<RankScope, { readonly zh: string; readonly en: string }>>;

export interface StatedRank {
  readonly text: string;
  readonly position: number;
  readonly scope: RankScope;
}

export interface StatedWord {
  readonly text: string;
  readonly at: number;
}

export interface TextFacts {
  /** Every reading of every number stated. */
  readonly numbers: readonly number[];
  readonly ranks: readonly StatedRank[];
  readonly scopes: readonly RankScope[];
  readonly units: readonly UnitKind[];
}

/** What a Chinese text states besides: the positions of its ordinals and its standings. */
export interface ChineseFacts extends TextFacts {
  /** Every 第N that is a position (连续四年第一, 第2位), not one that names a group (第一方阵, 第二届), and 首位. */
  readonly positions: readonly number[];
  /** Standings in words (全市第一方阵, 前列, 前十): never a position. */
  readonly tiers: readonly { readonly text: string; readonly scope?: RankScope }[];
  /** The directions of change the text states: 增长/提高 rise, 下降/减少 (or a negative figure) decline. */
  readonly directions: readonly Direction[];
}

export type Direction = 'rise' | 'decline';
const chineseDirections: Readonly<Record<Direction, RegExp>> = {
  rise: /增长|增加|提高|提升|上升|上涨|增速|增幅/,
  decline: /下降|减少|回落|下滑|降低|下跌|负增长|缩减/,
};
/** English verbs of change: "fell 2%" for a Chinese 增长 turns a rise into a decline. */
const englishDirections: Readonly<Record<Direction, RegExp>> = {
  rise: /\b(?:grew|rose|increased|climbed|went up)\b/i,
  decline:
    /\b(?:fell|declined|decreased|dropped|contracted|shrank|went down|(?:a|the)\s+(?:decline|decrease|drop|fall|contraction)\s+of)\b/i,
};

export type UnitKind = 'percent' | 'points' | 'yuan' | 'usd' | 'hectare' | 'mu' | 'km' | 'sqm' | 'tonne';

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
export const holdsNumber = (facts: Pick<TextFacts, 'numbers'>, n: number): boolean => facts.numbers.some((m) => same(m, n));

const chineseUnits: readonly (readonly [RegExp, UnitKind])[] = [
  [/百分点/, 'points'],
  [/%|％|百分之/, 'percent'],
  [/美元/, 'usd'],
  [/元|人民币/, 'yuan'],
  [/公顷/, 'hectare'],
  [/亩/, 'mu'],
  [/公里|千米/, 'km'],
  [/平方米/, 'sqm'],
  [/吨/, 'tonne'],
];
const englishUnits: readonly (readonly [RegExp, UnitKind])[] = [
  [/\bpercentage points?\b/i, 'points'],
  [/%|\bper ?cent\b/i, 'percent'],
  [/\b(?:US dollars?|USD|US\$)/, 'usd'],
  // "RMB99 million": a currency joined to its digits.
  [/\b(?:yuan\b|RMB(?![A-Za-z])|CNY(?![A-Za-z]))/i, 'yuan'],
  [/\bhectares?\b/i, 'hectare'],
  [/\bmu\b/, 'mu'],
  [/\b(?:km|kilomet(?:re|er)s?)\b/i, 'km'],
  [/\bsquare met(?:re|er)s?\b/i, 'sqm'],
  [/\b(?:tonnes?|tons?)\b/i, 'tonne'],
];
const unitsIn = (text: string, table: readonly (readonly [RegExp, UnitKind])[]): UnitKind[] =>
  // 个百分点 holds 百分 but not %: each pattern is tried on the text with the longer units taken out.
  table
    .filter(([pattern], i) => pattern.test(table.slice(0, i).reduce((t, [p]) => t.replace(new RegExp(p, 'gi'), ' '), text)))
    .map(([, u]) => u);

const magnitudes: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const chineseDigit: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a run of Chinese numerals: 四 4, 十五 15, 三百 300, 万亿 1e12; undefined where it is no number. */
export function chineseNumeralValue(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  // Digits run together (二〇二四) are a number written digit by digit, but not beside 十百千万亿:
  // 十四五 is a name (the 14th Five-Year Plan), not 10 + 45.
  if (/[十百千万亿]/.test(run) && /[零〇一二两三四五六七八九]{2}/.test(run.replace(/[零〇](?=[一二两三四五六七八九])/g, '')))
    return undefined;
  for (const c of run) {
    if (c in chineseDigit) {
      digit = (digit ?? 0) * 10 + chineseDigit[c]!;
    } else if (c === '万' || c === '亿') {
      const m = magnitudes[c]!;
      const part = section + (digit ?? 0);
      // 万亿: a magnitude on a magnitude multiplies what came before; 亿 alone is one 亿.
      total = part === 0 ? (total === 0 ? 1 : total) * m : (total + part) * m;
      section = 0;
      digit = undefined;
    } else if (c in magnitudes) {
      section += (digit ?? 1) * magnitudes[c]!;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

function chineseRanks(text: string): StatedRank[] {
  return (
    readPhrase(text)
      .ranks.filter((r) => r.position !== undefined)
      // From the scope word on: "全省第一", not the measure before it.
      .map((r) => ({ text: r.text.slice(Math.max(0, r.text.lastIndexOf(r.scopeWord))), position: r.position!, scope: r.scope }))
  );
}

/** What a Chinese text states: its numbers, rank statements, scope words and units. */
export function readChineseFacts(written: string, places: PlaceNames = {}): ChineseFacts {
  // The digits of a control sequence (ESC [31m) are no number the text states.
  const text = withoutControlSequences(written).normalize('NFKC');
  const numbers: number[] = [];
  for (const n of readPhrase(text).numbers) {
    numbers.push(n.value);
    let scale = 1;
    for (const c of /^[十百千万亿]*/.exec(n.unit)?.[0] ?? '') scale *= magnitudes[c]!;
    if (scale !== 1) numbers.push(n.value * scale);
  }
  for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
    // 十四五, 十三五, 十五五: the name of a Five-Year Plan (the 14th, of five years), no figure.
    const plan = /^十([一二三四五六七八九])五$/.exec(m[0]);
    if (plan) {
      numbers.push(10 + chineseDigit[plan[1]!]!, 5);
      continue;
    }
    const value = chineseNumeralValue(m[0]);
    if (value !== undefined) numbers.push(value);
    // 第一方阵 and 首批 state the ordinal 1 too (首 is "first").
  }
  // 三成 is three tenths: 30% (not 成为, 成果, 一成不变: words of 成).
  let tenths = false;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?|[一二两三四五六七八九])成(?![为果立功长效本熟绩就交型员都片套规网不])/g)) {
    numbers.push((/\d/.test(m[1]!) ? Number(m[1]) : chineseDigit[m[1]!]!) * 10);
    tenths = true;
  }
  if (/首/.test(text)) numbers.push(1);
  const positions: number[] = [];
  for (const m of text.matchAll(/第(\d+|[一二三四五六七八九十两]{1,3})/g)) {
    const value = ordinalValue(m[1]!);
    if (value === undefined) continue;
    numbers.push(value);
    if (ordinalIsPosition(text, m.index + m[0].length)) positions.push(value);
  }
  if (/首位/.test(text)) positions.push(1);
  const scopes: RankScope[] = [];
  const scopeChars: Readonly<Record<RankScope, RegExp>> = { nation: /国/, province: /省/, city: /市/, district: /区|县/ };
  for (const scope of Object.keys(scopeChars) as RankScope[]) {
    const place = places[scope]?.zh.replace(/[省市区县]$/, '');
    if (scopeChars[scope].test(text) || (place && text.includes(place))) scopes.push(scope);
  }
  const tiers = readTiers(text).map((t) => ({ text: t.text, ...(t.scope ? { scope: t.scope } : {}) }));
  const units = unitsIn(text, chineseUnits);
  if (tenths && !units.includes('percent')) units.push('percent');
  const directions = (['rise', 'decline'] as const).filter((d) => chineseDirections[d].test(text));
  // A negative figure (增长-2.0%) is a decline.
  if (/[-−－]\s*\d/.test(text) && !directions.includes('decline')) directions.push('decline');
  return { numbers, ranks: chineseRanks(text), scopes, units, positions, tiers, directions };
}

const ordinalWords: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const numberWords: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const scales: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const englishScopeWords: Readonly<Record<RankScope, RegExp>> = {
  nation: /\b(?:nation(?:al|wide|'s)?|country(?:'s)?|China(?:'s)?)\b/i,
  province: /\bprovinc(?:e|es|e's|ial)\b/i,
  city: /\b(?:city|city's|cities|municipal)\b/i,
  district: /\b(?:district|district's|districts|county|counties)\b/i,
};

/** The scope a run of English words names, where it names one ("the nation", "Hangzhou", "the province's"). */
function scopeNamed(words: string, places: PlaceNames): RankScope | undefined {
  for (const scope of ['nation', 'province', 'city', 'district'] as const) {
    const place = places[scope]?.en.replace(/\s+(?:Province|City|District)$/i, '');
    if (englishScopeWords[scope].test(words) || (place && new RegExp(`\\b${escapeRegExp(place)}\\b`).test(words))) return scope;
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value of number words: ["thirty", "five"] 35, ["two", "hundred", "five"] 205, ["four"] 4. */
function englishNumberValue(words: readonly string[]): number {
  let total = 0;
  let group = 0;
  for (const w of words) {
    const n = w === 'one' ? 1 : numberWords[w]!;
    if (n === 100) group = (group === 0 ? 1 : group) * 100;
    else if (n >= 1000) {
      total += (group === 0 ? 1 : group) * n;
      group = 0;
    } else group += n;
  }
  return total + group;
}

/** An English ordinal as a number: "third" 3, "3rd" 3, "No. 3" 3. */
function englishOrdinal(word: string): number | undefined {
  if (/^(?:top|number\s+one)$/i.test(word)) return 1;
  const i = ordinalWords.indexOf(word.toLowerCase());
  if (i >= 0) return i + 1;
  const digits = /^(?:No\.\s*)?(\d+)(?:st|nd|rd|th)?$/i.exec(word)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

const ordinalPattern = `(?:${ordinalWords.join('|')}|\\d+(?:st|nd|rd|th)|No\\.\\s*\\d+)`;
/** An ordinal where a scope follows: also "top" and "number one" (1), but not "among the top" (前列). */
const rankOrdinal = `(?:${ordinalPattern}|top|number\\s+one)`;

export interface EnglishFacts extends TextFacts {
  /** Ranks that name no scope ("second-fastest"): the Chinese must state a rank of that position. */
  readonly unscopedRanks: readonly { readonly text: string; readonly position: number }[];
  /** Ranks in a place the edition does not name ("first in Zhejiang" where the edition names no Zhejiang). */
  readonly unknownPlaces: readonly { readonly text: string; readonly place: string }[];
  /** The words of change the English states ("fell", "grew"), each with its direction. */
  readonly directions: readonly { readonly text: string; readonly direction: Direction }[];
  /** Numbers as written ("12", "RMB 1 billion"), each with the value it states. */
  readonly stated: readonly { readonly text: string; readonly value: number }[];
  /** Ordinals that state no rank, other than "first". */
  readonly ordinals: readonly { readonly text: string; readonly value: number }[];
}

/** What an English text states: its numbers, rank statements, other ordinals, scope words and units. */
export function readEnglishFacts(text: string, places: PlaceNames = {}): EnglishFacts {
  // Figures a narrative cites as [[id]] are the data's, not words of the text. Full-width digits
  // and signs (４２２, ％) are read as the digits they are (NFKC), so that they cannot hide a number.
  // The digits of a control sequence (ESC [31m) are none (plan:control-character reports it).
  const plain = withoutControlSequences(text)
    .normalize('NFKC')
    .replace(/\[\[[^\]]*\]\]/g, ' ');
  const stated: { text: string; value: number }[] = [];
  const ranks: StatedRank[] = [];
  const ordinals: { text: string; value: number }[] = [];
  const inRanks: [number, number][] = [];

  // "third in the nation", "No. 2 in the city by growth", "first in Hangzhou", "both first in the province".
  const rankPattern = new RegExp(
    `\\b(${rankOrdinal})\\b((?:\\s+(?:place|position|overall|again))?\\s+(?:in|among|across|of)\\s+(?:all\\s+)?(?:the\\s+)?([\\w'’–-]+(?:\\s+[\\w'’–-]+){0,3}))`,
    'gi',
  );
  // "first nationally", "No. 1 province-wide": the scope as an adverb.
  const adverbs: Readonly<Record<string, RankScope>> = {
    nationally: 'nation',
    nationwide: 'nation',
    provincially: 'province',
    'province-wide': 'province',
    provincewide: 'province',
    citywide: 'city',
    'city-wide': 'city',
    'district-wide': 'district',
    districtwide: 'district',
  };
  for (const m of plain.matchAll(
    new RegExp(`\\b(${rankOrdinal})(?:\\s+(?:place|position|overall))?\\s+(${Object.keys(adverbs).join('|')})\\b`, 'gi'),
  )) {
    const position = englishOrdinal(m[1]!);
    if (position === undefined) continue;
    ranks.push({ text: m[0], position, scope: adverbs[m[2]!.toLowerCase()]! });
    inRanks.push([m.index, m.index + m[0].length]);
  }
  const unscopedRanks: { text: string; position: number }[] = [];
  const unknownPlaces: { text: string; place: string }[] = [];
  /** Who is ranked and where, up to a word that starts another clause. */
  const whereOf = (words: string) => words.replace(/’/g, "'").split(/\s+(?:and|while|but|as|when|with|by|for|to|from|than)\b/i)[0]!;
  /** A rank in `where`: of its scope, or in a place the edition does not name ("in Zhejiang"); false where `where` names neither. */
  const addRank = (text: string, at: number, position: number, where: string): boolean => {
    const scope = scopeNamed(where, places);
    if (scope !== undefined) ranks.push({ text, position, scope });
    else {
      // A proper name where a scope belongs: a place, which must be one of the edition's.
      const place = /^(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*/.exec(where)?.[0];
      if (place === undefined) return false;
      unknownPlaces.push({ text, place });
    }
    inRanks.push([at, at + text.length]);
    return true;
  };
  for (const m of plain.matchAll(rankPattern)) {
    if (inRanks.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const position = englishOrdinal(m[1]!);
    // "of all districts in Hangzhou" is a rank of the city (the broadest scope named), "in the
    // district while the nation…" one of the district.
    if (position !== undefined) addRank(m[0], m.index, position, whereOf(m[3]!));
  }
  // Superlatives are ranks: "the fastest in the city" (1), "second-fastest growth in the province"
  // (2), "highest among the city's districts"; with an ordinal and no scope ("second-fastest") a
  // rank of that position the Chinese must state.
  const superlative = '(?:fastest|highest|largest|biggest|greatest|strongest|best|most\\s+[a-z]+)';
  for (const m of plain.matchAll(
    new RegExp(
      `\\b(?:(${ordinalPattern})[\\s-]+)?${superlative}(?:[\\s-]+(?!in\\b|among\\b|across\\b|of\\b)[\\w-]+){0,2}?\\s+(?:in|among|across|of)\\s+(?:all\\s+)?(?:the\\s+)?([\\w'’–-]+(?:\\s+[\\w'’–-]+){0,3})`,
      'gi',
    ),
  )) {
    if (inRanks.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const position = m[1] === undefined ? 1 : englishOrdinal(m[1]);
    if (position !== undefined) addRank(m[0], m.index, position, whereOf(m[2]!));
  }
  for (const m of plain.matchAll(new RegExp(`\\b(${ordinalPattern})[\\s-]+${superlative}`, 'gi'))) {
    const position = englishOrdinal(m[1]!);
    if (inRanks.some(([s, e]) => m.index >= s && m.index < e) || position === undefined) continue;
    unscopedRanks.push({ text: m[0], position });
    inRanks.push([m.index, m.index + m[0].length]);
  }
  // "topped the city", "tops the province's districts": first.
  for (const m of plain.matchAll(/\btop(?:ped|s)\s+(?:the\s+|all\s+)*([\w'’–-]+(?:\s+[\w'’–-]+){0,3})/gi)) {
    if (inRanks.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const where = whereOf(m[1]!.replace(/^(?:rankings?|list|table)\s+(?:in|of|among|across)\s+(?:the\s+)?/i, ''));
    if (scopeNamed(where, places) !== undefined) addRank(m[0], m.index, 1, where);
  }
  // "the province's third", "the city's No. 1".
  for (const m of plain.matchAll(new RegExp(`\\b(?:the\\s+)?([\\w]+)['’]s\\s+(${ordinalPattern})\\b`, 'gi'))) {
    const position = englishOrdinal(m[2]!);
    const scope = scopeNamed(`${m[1]!}'s`, places);
    if (position === undefined || scope === undefined) continue;
    ranks.push({ text: m[0], position, scope });
    inRanks.push([m.index, m.index + m[0].length]);
  }
  // "among the top in the province" is a standing (前列), not a position.
  for (let i = ranks.length - 1; i >= 0; i--)
    if (/^top\b/i.test(ranks[i]!.text) && /\bamong\s+(?:the\s+)?$/i.test(plain.slice(0, inRanks[i]![0]))) {
      ranks.splice(i, 1);
      inRanks.splice(i, 1);
    }
  const inRank = (at: number) => inRanks.some(([s, e]) => at >= s && at < e);
  for (const m of plain.matchAll(new RegExp(`\\b${ordinalPattern}\\b`, 'gi'))) {
    if (inRank(m.index) || /^first$/i.test(m[0])) continue;
    const value = englishOrdinal(m[0]);
    if (value !== undefined) ordinals.push({ text: m[0], value });
  }

  const numbers: number[] = [];
  // Digits (not those of an ordinal or "No. 3"), with a scale word after them; digits joined to
  // letters are digits too ("RMB99 million", "FY2027").
  for (const m of plain.matchAll(
    /(?<![\d_.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d|[.,]\d|st\b|nd\b|rd\b|th\b)(\s*(?:thousand|million|billion|trillion|bn)\b)?/gi,
  )) {
    if (/No\.\s*$/i.test(plain.slice(Math.max(0, m.index - 5), m.index))) continue;
    // The digits of a character code (_x0041_, the spreadsheet form of "A") state no number.
    if (/_x[0-9a-f]{0,3}$/i.test(plain.slice(Math.max(0, m.index - 5), m.index)) && /^[0-9a-f]*_/i.test(plain.slice(m.index))) continue;
    const value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
    const scale = m[3] ? scales[m[3].trim().toLowerCase().replace(/^bn$/, 'billion')]! : 1;
    stated.push({ text: m[0], value: value * scale });
    numbers.push(value * scale);
  }
  // Number words, "two" … "ninety", joined into one number where they make one ("thirty-five",
  // "two hundred and five"), and a scale word on its own ("a million").
  const word = `(?:${Object.keys(numberWords).join('|')}|one)`;
  for (const m of plain.matchAll(new RegExp(`\\b${word}(?:(?:\\s+and\\s+|[\\s-]+)${word})*\\b`, 'gi'))) {
    const words = m[0].toLowerCase().split(/\s+and\s+|[\s-]+/);
    // "one" alone is a pronoun as often as a number ("one of the ten best").
    if (words.length === 1 && words[0] === 'one') continue;
    // "RMB 100 million": the scale of digits, read with them above.
    if (words.length === 1 && words[0]! in scales && /\d\s*$/.test(plain.slice(0, m.index))) continue;
    const value = englishNumberValue(words);
    stated.push({ text: m[0], value });
    numbers.push(value);
  }

  // Place names count as scopes in ranks only ("first in Hangzhou"): elsewhere they are parts of
  // names ("BINGO Binjiang Shopping" for BINGO滨购).
  // A rank's words are checked as a rank ("No. 1 among Hangzhou's districts" is a rank of the city).
  const outsideRanks = inRanks.reduce((text, [s, e]) => text.slice(0, s) + ' '.repeat(e - s) + text.slice(e), plain);
  const scopes = (['nation', 'province', 'city', 'district'] as const).filter((scope) => englishScopeWords[scope].test(outsideRanks));
  const directions = (['rise', 'decline'] as const).flatMap((direction) => {
    const m = englishDirections[direction].exec(plain);
    return m ? [{ text: m[0], direction }] : [];
  });
  return { numbers, stated, ranks, unscopedRanks, unknownPlaces, ordinals, scopes, units: unitsIn(plain, englishUnits), directions };
}

/**
 * A Chinese text's clauses: split at the clause marks ，；。 (and the half-width , and ; some data
 * types), the enumeration comma 、 kept inside its clause. Empty clauses dropped.
 */
export function chineseClauses(text: string): string[] {
  return text
    .split(/[，；。,;！？!?]/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/**
 * An English text's clauses: split at `;`, at a comma that is no thousands separator (1,234), and at
 * a full stop that ends a sentence (not "No. 3", a decimal point, or an initial).
 */
export function englishClauses(text: string): string[] {
  return text
    .split(/;|,(?!\d{3}\b)|(?<!\bNo|\b[A-Z]|\be\.g|\bi\.e|\bvs)\.(?=\s|$)/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/**
 * Whether English words state a standing, a tier rather than a position (第一方阵 "the leading group",
 * 第一梯队 "the first tier", 前列 "among the top", 前十 "the top ten").
 */
export function statesStanding(text: string): boolean {
  return /\b(?:leading\s+(?:group|pack|tier|ranks?|echelon)|(?:first|top|front)[\s-]+(?:tier|rank|ranks|echelon|group|row)|forefront|among\s+the\s+(?:top|best|leaders|leading)|top\s+(?:\d+|ten|five|three|twenty))\b/i.test(
    text,
  );
}

/** One fact of an English text that its Chinese does not state. */
export interface FactDisagreement {
  /** `place`: a rank in a place the edition does not name ("first in Zhejiang"). */
  readonly kind: 'rank' | 'place' | 'number' | 'ordinal' | 'scope' | 'unit' | 'direction';
  /** The English words that state it. */
  readonly english: string;
  /** What the Chinese states instead, where it states something of the kind ('' when nothing). */
  readonly chinese: string;
}

const scopeNamesZh: Readonly<Record<RankScope, string>> = { district: '区', city: '市', province: '省', nation: '国' };
const unitNamesZh: Readonly<Record<UnitKind, string>> = {
  percent: '%',
  points: '百分点',
  yuan: '元',
  usd: '美元',
  hectare: '公顷',
  mu: '亩',
  km: '公里',
  sqm: '平方米',
  tonne: '吨',
};

/**
 * The first fact the English states that the Chinese (a text with the phrases it rests on, read
 * together) does not: a rank of another position or scope, a number, an ordinal, a scope or a
 * unit the Chinese never names. Undefined when every fact of the English is one of the Chinese.
 */
export function englishFactDisagreement(english: EnglishFacts, chinese: ChineseFacts): FactDisagreement | undefined {
  for (const rank of english.ranks) {
    if (chinese.ranks.some((r) => r.position === rank.position && r.scope === rank.scope)) continue;
    const near =
      chinese.ranks.find((r) => r.position === rank.position) ?? chinese.ranks.find((r) => r.scope === rank.scope) ?? chinese.ranks[0];
    // A rank the Chinese states only as an ordinal of its words (连续四年第一 has no scope word) is not
    // contradicted; a standing (全市第一方阵, 前十) is no position, so "first in the city" is.
    if (near === undefined && chinese.positions.includes(rank.position) && chinese.scopes.includes(rank.scope)) continue;
    const tier = chinese.tiers.find((t) => t.scope === rank.scope) ?? chinese.tiers[0];
    return { kind: 'rank', english: rank.text, chinese: near?.text ?? tier?.text ?? '' };
  }
  for (const place of english.unknownPlaces) return { kind: 'place', english: place.text, chinese: place.place };
  for (const rank of english.unscopedRanks)
    if (!chinese.ranks.some((r) => r.position === rank.position) && !chinese.positions.includes(rank.position))
      return { kind: 'rank', english: rank.text, chinese: chinese.ranks[0]?.text ?? chinese.tiers[0]?.text ?? '' };
  for (const n of english.stated) if (!holdsNumber(chinese, n.value)) return { kind: 'number', english: n.text, chinese: '' };
  for (const o of english.ordinals) if (!holdsNumber(chinese, o.value)) return { kind: 'ordinal', english: o.text, chinese: '' };
  for (const scope of english.scopes)
    if (!chinese.scopes.includes(scope))
      return { kind: 'scope', english: scope, chinese: chinese.scopes.map((s) => scopeNamesZh[s]).join('、') };
  for (const unit of english.units) if (!chinese.units.includes(unit)) return { kind: 'unit', english: unit, chinese: unitNamesZh[unit] };
  // "fell" where the Chinese states only a rise (增长), "grew" where it states only a decline (下降).
  for (const d of english.directions)
    if (chinese.directions.length > 0 && !chinese.directions.includes(d.direction))
      return { kind: 'direction', english: d.text, chinese: d.direction === 'rise' ? '下降' : '增长' };
  return undefined;
}

/** One fact of a Chinese label that its phrase does not state. */
export interface LabelDisagreement {
  readonly kind: 'number' | 'rank' | 'scope' | 'unit';
  /** The label's words that state it ("422家", "全省第二", "省", "万元"). */
  readonly label: string;
}

const scopeChars: Readonly<Record<RankScope, RegExp>> = { nation: /国/, province: /省/, city: /市/, district: /[区县]/ };

/**
 * The first fact a Chinese label states that the phrases it names do not: a number in digits with
 * its unit (422家), a rank (全省第二), a scope (国, 省, 市, 区), or, where `unit` is given (a
 * column's), a unit in brackets at its end other than that unit. Paraphrase of the other words is
 * free: 工业投资增速 names 工业…投资分别增长13.9% in other words. Chinese numerals are left alone: they
 * are parts of names as often as numbers (两新, 一网通办, 百强).
 */
export function labelFactDisagreement(
  label: string,
  phrases: readonly string[],
  unit?: { readonly id: string; readonly zh: string },
): LabelDisagreement | undefined {
  const phrase = phrases.join('\n').normalize('NFKC');
  const labelWords = readPhrase(label.normalize('NFKC'));
  const phraseWords = readPhrase(phrase);
  for (const n of labelWords.numbers) {
    const found = phraseWords.numbers.filter((p) => same(p.value, n.value));
    const inUnit = n.unit === '' ? found : found.filter((p) => p.unit === n.unit || p.unit === '' || p.tail.startsWith(n.unit));
    if (inUnit.length === 0) return { kind: 'number', label: `${n.text}${n.unit}` };
  }
  const phraseRanks = chineseRanks(phrase);
  for (const rank of chineseRanks(label.normalize('NFKC')))
    if (!phraseRanks.some((r) => r.position === rank.position && r.scope === rank.scope)) return { kind: 'rank', label: rank.text };
  for (const scope of Object.keys(scopeChars) as RankScope[]) {
    const word = scopeChars[scope].exec(label)?.[0];
    if (word !== undefined && !scopeChars[scope].test(phrase)) return { kind: 'scope', label: word };
  }
  if (unit !== undefined) {
    // "(单位：万元)" states the unit 万元.
    const bracketed = /[(（]([^()（）]+)[)）]\s*$/
      .exec(label)?.[1]
      ?.trim()
      .replace(/^单位\s*[:：]\s*/, '');
    // A unit word the phrase reader knows (亿元, %, 个, 人次), read as the unit of a number before it.
    const isUnit = (words: string) => readPhrase(`1${words}`).numbers[0]?.unit === words;
    if (bracketed !== undefined && bracketed !== unit.id && bracketed !== unit.zh && isUnit(bracketed))
      return { kind: 'unit', label: bracketed };
  }
  return undefined;
}
