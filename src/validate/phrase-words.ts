/**
 * The words of a cited source phrase, read around its numbers: what a phrase says about a figure
 * besides its digits. Pure and independent of the dataset: validation rules compare what this
 * reads with the fields of the record that cites the phrase.
 *
 * How a phrase is read (the decisions, in one place):
 * - A number is a run of Arabic digits (with one decimal point). Its unit is the longest known
 *   unit word right after it ("亿元", "万人次", "个百分点", "%"), after an optional magnitude
 *   (十百千万亿) and 余/多. `tail` keeps everything up to the next punctuation or digit, so a caller
 *   can match a unit the list does not know.
 * - Bound words are attached only where they touch the number: before it (超, 超过, 突破, 逾,
 *   不少于, 不低于, 约, 近, 不超过, 不高于) or right after its unit (以上, 左右, 以内, 以下), and 余/多
 *   between the number and its unit ("500余场", "1万余户"). So 以上 in "市级以上研发载体" or
 *   "亿元以上项目50个" belongs to no number, and 超 in "超长期" to none.
 * - A list is numbers of one unit joined only by 、 ("80%、90%左右", "增长13.9%、11.7%"): the
 *   words before its first member (a bound or change word) apply to every member that has none of
 *   its own, and so does the bound word after its last member where that word ends the clause
 *   (not "90%以上的企业"); such words are marked `shared`. Numbers with other words between them
 *   ("道路12条、续建14条") or of different units ("项目50个、10亿元以上") are not a list.
 * - Change words touch the number too, possibly followed by 了 and a bound word ("增长超10%",
 *   "下降了2.0%"): decline (下降, 减少, 回落, 下滑, 降低, 下跌) makes the stated value negative;
 *   rise (增长, 提高, 上升, 增加, 提升) keeps it. "下降至2.0%", "提高到95%", "降为3%" state a level
 *   reached, not a change: 至, 到, 为 after the word detach it.
 * - Strive words (力争, 争取) apply to every number after them in the same clause. Clauses end at
 *   ，,；;。：:！!？? | and line breaks, never at 、.
 * - Relative words: 同步 ending its clause after 与/同 and what it is measured against ("与经济增长
 *   同步", not "同步录入" or "与城市更新同步推进"); 快于 / 高于 / 不低于 followed by words rather than a
 *   number (faster; 不低于 reads as in step or better, so in step).
 * - Rank statements: an optional measure, then 分别/均, a verb (列, 位列, 居, 位居, 稳居, 排名, 排, 保持, 进入, 争创),
 *   a scope word (全区, 全市, 全省, 全国) and an ordinal (第一…, 第1, 第2位, 首位: 1) or 前列/前三/前3位. An ordinal
 *   followed by a noun (第一方阵, 第一序列, 第一批) is not a rank. The measure is the words between
 *   the previous number or clause break and the verb: 总量/规模/数量/总额 total, 增速/增幅/增长速度/增长率 growth,
 *   占比/比重/份额 share, 人均 per capita, other words `other` with their text. Several measures
 *   joined by 、/和/及/以及 pair in order with several ordinals (分别), or all take the one ordinal.
 * - Estimate words (预计, 初步预计, 预估) and earlier-year notes (错年数据, "(2023年数据)") are found
 *   anywhere, with their position; the caller decides what they qualify.
 */

export type Bound = 'over' | 'at-least' | 'about' | 'at-most';
export type Direction = 'decline' | 'rise';
export type RankMeasure = 'total' | 'growth' | 'share' | 'per-capita' | 'other';
export type RankScope = 'district' | 'city' | 'province' | 'nation';
export type Relation = 'in-step' | 'faster';

/** A word of the phrase and where it starts. */
export interface WordAt {
  readonly word: string;
  readonly at: number;
}

export interface BoundWord extends WordAt {
  readonly bound: Bound;
  /** Taken from another member of the number's list ("80%、90%左右": 80 is about too). */
  readonly shared: boolean;
}

export interface ChangeWord extends WordAt {
  readonly direction: Direction;
  readonly shared: boolean;
}

/** One number of a phrase with the words attached to it. */
export interface PhraseNumber {
  /** The digits as written. */
  readonly text: string;
  /** The number written, never negative. */
  readonly value: number;
  /** The value the phrase states: negative after a decline word ("下降2.0%" states −2.0). */
  readonly stated: number;
  readonly start: number;
  readonly end: number;
  /** The known unit word after the number ('' when none is known): 亿元, %, 个百分点. */
  readonly unit: string;
  /** The characters after the number up to punctuation or a digit, 余/多 left out: 所中小学. */
  readonly tail: string;
  readonly bound?: BoundWord;
  readonly strive?: WordAt;
  readonly change?: ChangeWord;
}

export interface RelativeWord extends WordAt {
  readonly relation: Relation;
  /** What the phrase measures against, as written (经济增长), or '' when it names nothing. */
  readonly against: string;
}

export interface RankStatement {
  readonly at: number;
  /** The statement as written, from its measure to its ordinal. */
  readonly text: string;
  readonly scope: RankScope;
  readonly scopeWord: string;
  /** 第N; absent for 前列 and 前N. */
  readonly position?: number;
  /** N of 前N ("前三": 3). */
  readonly top?: number;
  readonly measure?: RankMeasure;
  readonly measureWord?: string;
}

export interface EarlierYearWord extends WordAt {
  /** The year the note names ("(2023年数据)"), when it names one. */
  readonly year?: number;
}

export interface PhraseWords {
  readonly numbers: readonly PhraseNumber[];
  readonly relatives: readonly RelativeWord[];
  readonly ranks: readonly RankStatement[];
  readonly estimates: readonly WordAt[];
  readonly earlierYears: readonly EarlierYearWord[];
}

// Longest first wherever one word starts another (不少于 before 少于, 超过 before 超).
const boundBefore: readonly (readonly [string, Bound])[] = [
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['超过', 'over'],
  ['突破', 'over'],
  ['超', 'over'],
  ['逾', 'over'],
  ['约', 'about'],
  ['近', 'about'],
];
const boundAfter: readonly (readonly [string, Bound])[] = [
  ['以上', 'at-least'],
  ['左右', 'about'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
];
const changeWords: readonly (readonly [string, Direction])[] = [
  ['下降', 'decline'],
  ['减少', 'decline'],
  ['回落', 'decline'],
  ['下滑', 'decline'],
  ['降低', 'decline'],
  ['下跌', 'decline'],
  ['增长', 'rise'],
  ['提高', 'rise'],
  ['上升', 'rise'],
  ['增加', 'rise'],
  ['提升', 'rise'],
];
const striveWords = ['力争', '争取'] as const;

/**
 * Unit and measure words a number can carry, longest first. Language, not one document: the units
 * of official statistics and the common classifiers of Chinese.
 */
const unitWords: readonly string[] = [
  '个百分点',
  '百分点',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '标准煤',
  '美元',
  '人民币',
  '人次',
  '户次',
  '个次',
  '家次',
  '辆次',
  '公顷',
  '公里',
  '千米',
  '千瓦',
  '公斤',
  '千克',
  '周岁',
  '小时',
  '元',
  '人',
  '户',
  '家',
  '个',
  '件',
  '项',
  '场',
  '台',
  '所',
  '条',
  '处',
  '片',
  '套',
  '间',
  '把',
  '辆',
  '只',
  '亩',
  '方',
  '米',
  '吨',
  '度',
  '座',
  '栋',
  '幢',
  '层',
  '张',
  '本',
  '册',
  '名',
  '位',
  '批',
  '类',
  '款',
  '支',
  '枚',
  '块',
  '部',
  '届',
  '次',
  '天',
  '年',
  '月',
  '日',
  '岁',
  '倍',
  '篇',
  '号',
  '床',
  '艘',
  '架',
  '升',
  '%',
  '‰',
];

const clauseBreak = /[，,；;。：:！!？?|\n\r]/;
const magnitude = /[十百千万亿]/;
const han = /\p{Script=Han}/u;

const startsAt = (text: string, at: number, word: string) => text.startsWith(word, at);
const endsAt = (text: string, end: number, word: string) => end - word.length >= 0 && text.slice(end - word.length, end) === word;

/** Start of the clause holding position `at`. */
function clauseStart(phrase: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (clauseBreak.test(phrase[i] ?? '')) return i + 1;
  return 0;
}

interface UnitRead {
  readonly unit: string;
  /** Index just after the unit (and 余/多). */
  readonly end: number;
  readonly approx?: WordAt;
}

/** The unit after a number that ends at `end`: magnitude, 余/多, a unit word, (…) such as "(间)". */
function readUnit(phrase: string, end: number): UnitRead {
  let i = end;
  let unit = '';
  let approx: WordAt | undefined;
  const takeApprox = () => {
    const c = phrase[i];
    if (approx === undefined && (c === '余' || c === '多')) {
      approx = { word: c, at: i };
      i++;
    }
  };
  takeApprox();
  while (i < phrase.length && magnitude.test(phrase[i] ?? '') && unit.length < 2) unit += phrase[i++];
  takeApprox();
  const word = unitWords.find((w) => startsAt(phrase, i, w));
  if (word !== undefined) {
    // 个百分点 and 万人次 are units; 万 alone before another word is still a magnitude.
    unit += word;
    i += word.length;
  } else if (/[A-Za-z]/.test(phrase[i] ?? '') && unit === '') {
    const latin = /^[A-Za-z]+/.exec(phrase.slice(i))?.[0] ?? '';
    unit = latin;
    i += latin.length;
  }
  if (unit !== '') takeApprox();
  // A short note in brackets right after the unit, such as 套(间), belongs to it.
  const bracket = /^[（(][^（()）]{1,3}[)）]/.exec(phrase.slice(i))?.[0];
  if (bracket !== undefined && unit !== '') i += bracket.length;
  return { unit, end: i, ...(approx ? { approx } : {}) };
}

function tailAfter(phrase: string, end: number): string {
  const rest = phrase.slice(end);
  const stop = rest.search(/[\d、，,；;。：:！!？?|\s]/);
  return (stop < 0 ? rest : rest.slice(0, stop)).replace(/^([十百千万亿]{0,2})[余多]/, '$1');
}

interface Token {
  readonly text: string;
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly unit: UnitRead;
  /** Index after the unit and any bound word after it. */
  readonly after: number;
  readonly before?: BoundWord;
  readonly afterBound?: BoundWord;
  readonly change?: ChangeWord;
  /** Where the words before the number start (the change or bound word), for list joining. */
  readonly lead: number;
}

function readToken(phrase: string, match: RegExpExecArray): Token {
  const start = match.index;
  const end = start + match[0].length;
  const unit = readUnit(phrase, end);

  let afterBound: BoundWord | undefined = unit.approx ? { ...unit.approx, bound: 'over', shared: false } : undefined;
  let after = unit.end;
  const afterWord = boundAfter.find(([w]) => startsAt(phrase, unit.end, w));
  if (afterWord !== undefined) {
    afterBound = { word: afterWord[0], at: unit.end, bound: afterWord[1], shared: false };
    after = unit.end + afterWord[0].length;
  }

  let lead = start;
  let before: BoundWord | undefined;
  const beforeWord = boundBefore.find(([w]) => endsAt(phrase, lead, w));
  if (beforeWord !== undefined) {
    lead -= beforeWord[0].length;
    before = { word: beforeWord[0], at: lead, bound: beforeWord[1], shared: false };
  }
  let change: ChangeWord | undefined;
  const beforeChange = endsAt(phrase, lead, '了') ? lead - 1 : lead;
  const changeWord = changeWords.find(([w]) => endsAt(phrase, beforeChange, w));
  if (changeWord !== undefined) {
    lead = beforeChange - changeWord[0].length;
    change = { word: changeWord[0], at: lead, direction: changeWord[1], shared: false };
  }
  return {
    text: match[0],
    value: Number(match[0]),
    start,
    end,
    unit,
    after,
    lead,
    ...(before ? { before } : {}),
    ...(afterBound ? { afterBound } : {}),
    ...(change ? { change } : {}),
  };
}

/** Groups tokens into lists: members joined only by 、 (see the top of this file). */
function lists(phrase: string, tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const group = groups[groups.length - 1];
    const joined =
      previous !== undefined &&
      group !== undefined &&
      previous.afterBound === undefined &&
      previous.unit.end === previous.after &&
      previous.unit.unit === token.unit.unit &&
      phrase.slice(previous.after, token.lead) === '、';
    if (joined) group.push(token);
    else groups.push([token]);
  });
  return groups;
}

function readNumbers(phrase: string): PhraseNumber[] {
  const tokens = [...phrase.matchAll(/\d+(?:\.\d+)?/g)].map((m) => readToken(phrase, m as RegExpExecArray));
  const numbers: PhraseNumber[] = [];
  for (const group of lists(phrase, tokens)) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // A trailing word is shared only where it ends the clause: 以上 in "90%以上的企业" qualifies 企业.
    const trailing =
      last.afterBound && /^$|^[、，,；;。：:！!？?|\s)）]/.test(phrase.slice(last.after, last.after + 1)) ? last.afterBound : undefined;
    for (const token of group) {
      const own = token.before ?? token.afterBound;
      const sharedBound =
        own ??
        (first.before && token !== first ? { ...first.before, shared: true } : undefined) ??
        (trailing && token !== last ? { ...trailing, shared: true } : undefined);
      const change = token.change ?? (first.change && token !== first ? { ...first.change, shared: true } : undefined);
      const clause = clauseStart(phrase, token.start);
      const striveAt = striveWords
        .map((word) => ({ word, at: phrase.lastIndexOf(word, token.start - word.length) }))
        .filter((w) => w.at >= clause && w.at + w.word.length <= token.start)
        .sort((a, b) => b.at - a.at)[0];
      numbers.push({
        text: token.text,
        value: token.value,
        stated: change?.direction === 'decline' ? -token.value : token.value,
        start: token.start,
        end: token.end,
        unit: token.unit.unit,
        tail: tailAfter(phrase, token.end),
        ...(sharedBound ? { bound: sharedBound } : {}),
        ...(striveAt ? { strive: striveAt } : {}),
        ...(change ? { change } : {}),
      });
    }
  }
  return numbers;
}

function readRelatives(phrase: string): RelativeWord[] {
  const found: RelativeWord[] = [];
  for (const m of phrase.matchAll(/同步/g)) {
    const clause = clauseStart(phrase, m.index);
    const head = phrase.slice(clause, m.index);
    const withAt = head.includes('与') ? head.lastIndexOf('与') : head.lastIndexOf('同');
    const against = withAt < 0 ? '' : head.slice(withAt + 1);
    // "与经济增长同步" ends its clause; "同步录入", "与城市更新同步推进" say how work is done.
    const ends = /^($|[、，,；;。：:！!？?|\s])/.test(phrase.slice(m.index + 2));
    if (against !== '' && ends) found.push({ word: '同步', at: m.index, relation: 'in-step', against });
  }
  for (const m of phrase.matchAll(/不低于|不高于|快于|高于/g)) {
    const end = m.index + m[0].length;
    if (/^[\d约近超]/.test(phrase.slice(end))) continue; // a bound on a number, not a relation
    if (m[0] === '不高于') continue; // "not faster than" is no relation a target states
    const rest = phrase.slice(end);
    const stop = rest.search(/[、，,；;。：:！!？?|\n\r]/);
    const against = stop < 0 ? rest : rest.slice(0, stop);
    found.push({ word: m[0], at: m.index, relation: m[0] === '不低于' ? 'in-step' : 'faster', against });
  }
  return found.sort((a, b) => a.at - b.at);
}

const scopes: Record<string, RankScope> = { 全区: 'district', 全市: 'city', 全省: 'province', 全国: 'nation' };
const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 (also 两), or Arabic digits. */
export function ordinalValue(numeral: string): number | undefined {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const digits = numeral.replace('两', '二');
  if (digits.length === 1) return chineseDigits[digits];
  const [tens, ones, ...more] = digits.split('十');
  if (tens === undefined || ones === undefined || more.length > 0) return undefined;
  const t = tens === '' ? 1 : chineseDigits[tens];
  const o = ones === '' ? 0 : chineseDigits[ones];
  return t === undefined || o === undefined || t > 9 || o > 9 ? undefined : t * 10 + o;
}

const numeral = '(?:[一二三四五六七八九十两]{1,3}|\\d+)';
const ordinalList = `第${numeral}(?:[名位])?(?:、第${numeral}(?:[名位])?)*`;
const rankPattern = new RegExp(
  `(分别|均)?(保持|稳居|位列|位居|进入|争创|排名|列|居|排)?(全区|全市|全省|全国)(${ordinalList}|首位|前列|前${numeral}(?:[名位])?)`,
  'g',
);

function measureOf(token: string): { measure: RankMeasure; word: string } | undefined {
  const known: readonly (readonly [RegExp, RankMeasure])[] = [
    [/人均/, 'per-capita'],
    [/增速|增幅|增长速度|增长率/, 'growth'],
    [/占比|比重|份额/, 'share'],
    [/总量|规模|数量|总额/, 'total'],
  ];
  for (const [pattern, measure] of known) {
    const m = pattern.exec(token);
    if (m) return { measure, word: m[0] };
  }
  return token === '' ? undefined : { measure: 'other', word: token };
}

function readRanks(phrase: string, numbers: readonly PhraseNumber[]): RankStatement[] {
  const statements: RankStatement[] = [];
  for (const m of phrase.matchAll(rankPattern)) {
    const end = m.index + m[0].length;
    // 第一方阵, 第一序列, 第一批: an ordinal that names a group is not a rank.
    if (han.test(phrase[end] ?? '')) continue;
    const scopeWord = m[3]!;
    const ordinals = m[4]!;
    const positions = ordinals.startsWith('第')
      ? [...ordinals.matchAll(new RegExp(`第(${numeral})`, 'g'))].map((o) => ordinalValue(o[1]!))
      : ordinals === '首位'
        ? [1]
        : [];
    const top = ordinals.startsWith('前') && ordinals !== '前列' ? ordinalValue(ordinals.slice(1).replace(/[名位]$/, '')) : undefined;

    // The measure: words since the previous number (with its unit) or clause break.
    let segStart = clauseStart(phrase, m.index);
    for (const n of numbers) {
      if (n.start >= m.index) break;
      const after = readUnit(phrase, n.end).end;
      if (after <= m.index) segStart = Math.max(segStart, after);
    }
    const segment = phrase.slice(segStart, m.index).replace(/^[、和及与]+/, '');
    const measures = segment === '' ? [] : segment.split(/以及|[、和及与]/).map(measureOf);
    const at = segStart + (phrase.slice(segStart, m.index).length - segment.length);
    const base = { at, text: phrase.slice(at, end), scope: scopes[scopeWord]!, scopeWord };

    const place = (position: number | undefined) => ({
      ...(position !== undefined ? { position } : {}),
      ...(top !== undefined ? { top } : {}),
    });
    const pairs: { measure?: { measure: RankMeasure; word: string }; position: number | undefined }[] = [];
    if (measures.length === 0) for (const p of positions.length > 0 ? positions : [undefined]) pairs.push({ position: p });
    else if (positions.length === measures.length) measures.forEach((measure, i) => pairs.push({ measure, position: positions[i] }));
    else
      for (const measure of measures) for (const p of positions.length > 0 ? positions : [undefined]) pairs.push({ measure, position: p });
    for (const { measure, position } of pairs)
      statements.push({ ...base, ...place(position), ...(measure ? { measure: measure.measure, measureWord: measure.word } : {}) });
  }
  // A position that ends its clause with the scope earlier in it (全市义务教育段学生体质健康抽测成绩再获第一;
  // 入选全国独角兽企业12家、列国家高新区第四): a rank of that scope; its measure is not read.
  for (const m of phrase.matchAll(new RegExp(`第(${numeral})(?:[名位])?`, 'g'))) {
    const end = m.index + m[0].length;
    if (han.test(phrase[end] ?? '') || statements.some((r) => r.at <= m.index && m.index < r.at + r.text.length)) continue;
    const start = clauseStartWide(phrase, m.index);
    const scope = [...phrase.slice(start, m.index).matchAll(/全区|全市|全省|全国/g)].at(-1);
    const position = ordinalValue(m[1]!);
    if (scope === undefined || position === undefined) continue;
    const at = start + scope.index;
    statements.push({ at, text: phrase.slice(at, end), scope: scopes[scope[0]]!, scopeWord: scope[0], position });
  }
  return statements.sort((a, b) => a.at - b.at);
}

/** The start of a position's clause for reading its scope: a comma, semicolon or full stop ends a clause; 、 does not. */
function clauseStartWide(phrase: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (/[，,；;。！!？?]/.test(phrase[i] ?? '')) return i + 1;
  return 0;
}

function readEstimates(phrase: string): WordAt[] {
  const found: WordAt[] = [];
  for (const m of phrase.matchAll(/初步预计|预计|预估/g)) found.push({ word: m[0], at: m.index });
  return found;
}

function readEarlierYears(phrase: string): EarlierYearWord[] {
  const found: EarlierYearWord[] = [];
  for (const m of phrase.matchAll(/错年数据/g)) found.push({ word: m[0], at: m.index });
  for (const m of phrase.matchAll(/[（(](\d{4})年数据[)）]/g)) found.push({ word: m[0], at: m.index, year: Number(m[1]) });
  return found.sort((a, b) => a.at - b.at);
}

/** A standing in words: 第一方阵, 第一梯队, 前列, 前茅, 前十, with the scope word before it where there is one. */
export interface TierWord {
  readonly at: number;
  /** As written, from the scope word (全市第一方阵). */
  readonly text: string;
  readonly scope?: RankScope;
}

/**
 * The standings of a phrase: a tier (an ordinal that names a group: 第一方阵, 第一梯队, 第二序列,
 * 第一阵营) or 前列, 前茅, 前N. They say where among others, never a position: 稳居全市第一方阵 is not
 * "first in the city".
 */
export function readTiers(phrase: string): TierWord[] {
  const found: TierWord[] = [];
  const pattern = new RegExp(`(全区|全市|全省|全国)?(?:第${numeral}(?:方阵|梯队|序列|阵营|方队)|前列|前茅|前${numeral}(?:[名位])?)`, 'g');
  for (const m of phrase.matchAll(pattern))
    found.push({ at: m.index, text: m[0], ...(m[1] !== undefined ? { scope: scopes[m[1]]! } : {}) });
  return found;
}

/**
 * Whether the ordinal 第N that ends at `end` states a position: not where a noun follows it
 * (第一方阵, 第二届, 第一批 name a group or an event), except 名 and 位 (第2位).
 */
export function ordinalIsPosition(phrase: string, end: number): boolean {
  const next = phrase[end] ?? '';
  return !han.test(next) || /[名位]/.test(next);
}

/** Reads a source phrase: its numbers with their words, relative words, rank statements, estimate and earlier-year words. */
export function readPhrase(phrase: string): PhraseWords {
  const numbers = readNumbers(phrase);
  return {
    numbers,
    relatives: readRelatives(phrase),
    ranks: readRanks(phrase, numbers),
    estimates: readEstimates(phrase),
    earlierYears: readEarlierYears(phrase),
  };
}

/**
 * The occurrences of `value` in a phrase: numbers whose stated value, or written value, equals
 * it. With `unit`, only occurrences in that unit count ("1亿美元以上外资项目1个": 1 with unit 个 is
 * the second), or, when none is, those with no unit the reader knows (a table cell "| 955.9 |"):
 * a number in another known unit is another quantity.
 */
export function occurrencesOf(words: PhraseWords | string, value: number, unit?: string): PhraseNumber[] {
  const { numbers } = typeof words === 'string' ? readPhrase(words) : words;
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const found = numbers.filter((n) => same(n.stated, value) || same(n.value, value));
  if (unit === undefined) return found;
  // 个百分点 is the unit 百分点 counted; 万人 in the data is the unit written after the number.
  const withUnit = found.filter((n) => n.unit === unit || n.unit.endsWith(unit) || n.tail.startsWith(unit));
  return withUnit.length > 0 ? withUnit : found.filter((n) => n.unit === '');
}
