/**
 * What a record claims about a cited number, compared with the words its phrase attaches to that
 * number (phrase-words.ts). Pure: each function returns the disagreements, and the rules in
 * src/validate/rules/ turn them into diagnostics. When a value occurs more than once in a phrase
 * (after preferring the record's unit), a claim that agrees with any occurrence is accepted: the
 * reader cannot tell which occurrence the record means, and the phrase check has found the digits.
 */
import {
  type Bound,
  occurrencesOf,
  type PhraseNumber,
  type PhraseWords,
  type RankMeasure,
  type RankScope,
  type Relation,
} from './phrase-words.js';

/** A word the record must carry in a field, or a field the phrase gives no word for. */
export interface WordDisagreement {
  /** The word of the phrase ('' when the phrase has none). */
  readonly word: string;
  /** The field that must carry it, or that claims what the phrase does not say. */
  readonly field: string;
  /** What the field should hold, as the data writes it ('(absent)' when it should be left out). */
  readonly expected: string;
  /** What the field holds, as the data writes it ('(absent)' when left out). */
  readonly actual: string;
}

const absent = '(absent)';
/** What a rank's own names must be: words its phrase holds. */
const wordsOfPhrase = 'words of its phrase';

/** The bound word of a number and the field that carries it (`bound` on targets, `qualifier` on figures). */
export function boundDisagreement(
  words: PhraseWords,
  value: number,
  unit: string | undefined,
  claimed: Bound | undefined,
  field: 'bound' | 'qualifier',
): WordDisagreement | undefined {
  const found = occurrencesOf(words, value, unit);
  if (found.length === 0 || found.some((n) => n.bound?.bound === claimed)) return undefined;
  const stated = found.find((n) => n.bound !== undefined)?.bound;
  return { word: stated?.word ?? '', field, expected: stated?.bound ?? absent, actual: claimed ?? absent };
}

/** 力争/争取 before a number: the target's `strive`. */
export function striveDisagreement(
  words: PhraseWords,
  value: number,
  unit: string | undefined,
  claimed: boolean,
): WordDisagreement | undefined {
  const found = occurrencesOf(words, value, unit);
  if (found.length === 0 || found.some((n) => (n.strive !== undefined) === claimed)) return undefined;
  const stated = found.find((n) => n.strive !== undefined)?.strive;
  return { word: stated?.word ?? '', field: 'strive', expected: stated ? 'true' : absent, actual: claimed ? 'true' : absent };
}

/**
 * A relative word (与…同步, 快于) and the target's kind: a relative word requires a relative target
 * with that relation, and a relative target requires the word.
 */
export function relativeDisagreement(
  words: PhraseWords,
  claimed: { readonly kind: string; readonly relation?: Relation },
): WordDisagreement | undefined {
  const stated = words.relatives[0];
  if (claimed.kind === 'relative') {
    if (words.relatives.some((r) => r.relation === claimed.relation)) return undefined;
    return { word: stated?.word ?? '', field: 'relation', expected: stated?.relation ?? absent, actual: claimed.relation ?? absent };
  }
  if (stated === undefined) return undefined;
  return { word: stated.word, field: 'kind', expected: 'relative', actual: claimed.kind };
}

/** A decline word before a positive value (the value should be negative). */
export function declineDisagreement(words: PhraseWords, value: number, unit: string | undefined): PhraseNumber | undefined {
  if (value <= 0) return undefined;
  const found = occurrencesOf(words, value, unit);
  if (found.length === 0 || found.some((n) => n.change?.direction !== 'decline')) return undefined;
  return found[0];
}

/** A rank as the data gives it. */
export interface RankClaim {
  readonly measure: RankMeasure;
  readonly measureLabel?: string;
  readonly scope: RankScope;
  readonly position: number;
}

/**
 * The measure word of the rank statement that gives this scope and position. Statements with no
 * measure word, or only words the reader does not know, constrain nothing.
 */
export function rankMeasureDisagreement(words: PhraseWords, rank: RankClaim): WordDisagreement | undefined {
  const statements = words.ranks.filter((r) => r.scope === rank.scope && r.position === rank.position);
  const known = statements.filter((r) => r.measure !== undefined && r.measure !== 'other');
  if (known.length === 0 || statements.some((r) => r.measure === rank.measure)) return undefined;
  const stated = known[0]!;
  return { word: stated.measureWord ?? '', field: 'measure', expected: stated.measure ?? absent, actual: rank.measure };
}

/**
 * The scope of a rank is the one its statement names (增速列全市第三: city): where the phrase states
 * the position only with other scope words, the rank is of another area. scope: province on
 * 列全市第三 validated and the English brief said "No. 3 in the province".
 */
export function rankScopeDisagreement(words: PhraseWords, rank: RankClaim): WordDisagreement | undefined {
  const statements = words.ranks.filter((r) => r.position === rank.position);
  if (statements.length === 0 || statements.some((r) => r.scope === rank.scope)) return undefined;
  const stated = statements[0]!;
  return { word: stated.scopeWord, field: 'scope', expected: stated.scope, actual: rank.scope };
}

/**
 * Who a rank is among, in its own words (scopeLabel: 国家高新区 on 列国家高新区第四), is words of its
 * phrase: the reports print it as the rank's scope, so a scopeLabel 全国百强区 on 增速列全市第三
 * validated and the English brief said "No. 3 among the nation's top 100 districts".
 */
export function rankScopeLabelDisagreement(phrase: string, scopeLabel: string | undefined): WordDisagreement | undefined {
  if (scopeLabel === undefined || phrase.includes(scopeLabel)) return undefined;
  return { word: '', field: 'scopeLabel', expected: wordsOfPhrase, actual: scopeLabel };
}

/**
 * The name of the measure a rank is by (measureLabel: 完成进度 on 规模及完成进度均列全市第一) is words
 * of what its statement ranks: the reports print it as the rank's measure, so a measureLabel 增速 on
 * 规模列全市第一 validated and the English brief said "No. 1 in the city by growth". Only a rank of
 * measure `other` is named so (the reports name the others themselves). Where the statement of the
 * rank's scope and position reads a measure of its own (words before 列/居), the label is words of
 * that measure; where it reads none (全市…抽测成绩再获第一), words of the statement, else of the phrase.
 */
export function rankMeasureLabelDisagreement(words: PhraseWords, phrase: string, rank: RankClaim): WordDisagreement | undefined {
  const label = rank.measureLabel;
  if (label === undefined) return undefined;
  if (rank.measure !== 'other') return { word: '', field: 'measureLabel', expected: absent, actual: label };
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  const statements = words.ranks.filter((r) => r.scope === rank.scope && r.position === rank.position);
  const others = statements.filter((r) => r.measure === 'other' && r.measureWord !== undefined);
  if (others.length > 0) {
    if (others.some((r) => squeeze(r.measureWord!).includes(squeeze(label)))) return undefined;
    const word = others[0]!.measureWord!;
    return { word, field: 'measureLabel', expected: `words of ${word}`, actual: label };
  }
  // A statement that reads a known measure (规模) is plan:rank-measure-word's measure to report.
  if (statements.some((r) => r.measureWord !== undefined)) return undefined;
  const texts = statements.length > 0 ? statements.map((r) => r.text) : [phrase];
  if (texts.some((text) => squeeze(text).includes(squeeze(label)))) return undefined;
  return { word: '', field: 'measureLabel', expected: wordsOfPhrase, actual: label };
}

/** 预计/初步预计/预估 before a number in its clause or table cell, or "(预计)" right after it: `estimate: true`. */
export function estimateDisagreement(
  words: PhraseWords,
  phrase: string,
  value: number,
  unit: string | undefined,
  claimed: boolean,
): WordDisagreement | undefined {
  if (claimed) return undefined;
  const found = occurrencesOf(words, value, unit);
  const clauseOf = (at: number) => phrase.slice(0, at).split(/[，,；;。：:！!？?|\n\r]/).length;
  // Before the number in its clause (预计增长5.2%), or a note in brackets right after it (4.2%(预计)).
  const notes = (e: { at: number }, n: PhraseNumber) => e.at > n.end && /^[^\d]{0,4}[(（]$/.test(phrase.slice(n.end, e.at));
  const stated = words.estimates.find((e) => found.some((n) => clauseOf(e.at) === clauseOf(n.start) && (e.at < n.start || notes(e, n))));
  if (stated === undefined) return undefined;
  return { word: stated.word, field: 'estimate', expected: 'true', actual: absent };
}

/** 错年数据 or "(2023年数据)" in the phrase: `year`, equal to the year the note names. */
export function earlierYearDisagreement(words: PhraseWords, claimed: number | undefined): WordDisagreement | undefined {
  const stated = words.earlierYears[0];
  if (stated === undefined) return undefined;
  const named = words.earlierYears.find((w) => w.year !== undefined)?.year;
  if (claimed !== undefined && (named === undefined || named === claimed)) return undefined;
  return {
    word: stated.word,
    field: 'year',
    expected: named !== undefined ? String(named) : 'the year of the data',
    actual: claimed === undefined ? absent : String(claimed),
  };
}

/** The unit of a cited number as the phrase gives it and as the data gives it. */
export interface UnitDisagreement {
  /** The number as the phrase writes it, with its unit ("2887.8亿元"). */
  readonly stated: string;
  readonly phraseUnit: string;
  readonly dataUnit: string;
}

/** A unit as data/units.yaml knows it: by its id, or by the Chinese name it is printed with (个百分点 is 百分点). */
export interface KnownUnit {
  readonly id: string;
  readonly zh: string;
}

/** 万 and 亿 before a unit: the scale a number is written in (十百千 are also parts of words: 千米, 百分点). */
const scaleOf = (unit: string): string => /^[万亿]*/.exec(unit)?.[0] ?? '';

/**
 * Whether a unit word of the phrase agrees with the unit of the data: the same unit of the
 * registry, or, for a word the registry does not know (名, 千米), the same scale (万名 is not 人).
 * A number the phrase writes with no unit claims none.
 */
export function unitAgrees(phraseUnit: string, dataUnit: string, known: readonly KnownUnit[]): boolean {
  if (phraseUnit === '' || phraseUnit === dataUnit) return true;
  const registered = known.find((u) => u.id === phraseUnit || u.zh === phraseUnit);
  if (registered !== undefined) return registered.id === dataUnit;
  const dataName = known.find((u) => u.id === dataUnit)?.zh ?? dataUnit;
  return scaleOf(phraseUnit) === scaleOf(dataName) && scaleOf(phraseUnit) === scaleOf(dataUnit);
}

/**
 * The unit a phrase attaches to a cited number, where it contradicts the data's unit: every
 * occurrence of the value carries a unit, and none agrees (a 10,000× error: 2887.8万元 for the
 * phrase's 2887.8亿元). Undefined where the value is not in the phrase (plan:source-phrase-has-value
 * says so) or any occurrence agrees or states no unit.
 */
export function unitDisagreement(
  words: PhraseWords,
  value: number,
  dataUnit: string,
  known: readonly KnownUnit[],
): UnitDisagreement | undefined {
  const found = occurrencesOf(words, value);
  if (found.length === 0 || found.some((n) => unitAgrees(n.unit, dataUnit, known))) return undefined;
  const first = found[0]!;
  return { stated: `${first.text}${first.unit}`, phraseUnit: first.unit, dataUnit };
}

/** Decimal places of a number as written ("5.0" → 1, "42859" → 0). */
export const decimalsOf = (text: string): number => /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;

/** The decimals of a cited number as the phrase publishes it, where the data's differ. */
export interface DecimalsDisagreement {
  /** The number as the phrase writes it ("5.0"). */
  readonly stated: string;
  readonly statedDecimals: number;
  readonly dataDecimals: number;
}

/**
 * A value the data writes with other decimals than the phrase publishes (5 for the phrase's 5.0):
 * the reports print the decimals the data writes. Only occurrences in the data's unit (or with no
 * unit) count; undefined where one of them has the data's decimals, or where there is none.
 */
export function decimalsDisagreement(
  words: PhraseWords,
  value: number,
  dataUnit: string,
  dataDecimals: number,
  known: readonly KnownUnit[],
): DecimalsDisagreement | undefined {
  const found = occurrencesOf(words, value).filter((n) => unitAgrees(n.unit, dataUnit, known));
  if (found.length === 0 || found.some((n) => decimalsOf(n.text) === dataDecimals)) return undefined;
  const first = found[0]!;
  return { stated: first.text, statedDecimals: decimalsOf(first.text), dataDecimals };
}
