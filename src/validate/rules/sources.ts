import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule as sourcePhraseFound } from '../../diagnostics/rules/plan/source-phrase-found.js';
import { rule as sourcePhraseHasValue } from '../../diagnostics/rules/plan/source-phrase-has-value.js';
import { rule as sourcePhraseUnit } from '../../diagnostics/rules/plan/source-phrase-unit.js';
import { rule as sourcePhraseDecimals } from '../../diagnostics/rules/plan/source-phrase-decimals.js';
import { formatNumber } from '../../diagnostics/messages.js';
import type { EditionData, UnitsFile } from '../../dataset/schema.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { publishedDecimals, type SourceFile } from '../../dataset/source-file.js';
import type { SourcedRecord, SourcedValue } from '../../dataset/walk.js';
import { decimalsDisagreement, unitDisagreement } from '../phrase-claims.js';
import { ordinalIsPosition, readPhrase, readTiers, type PhraseWords } from '../phrase-words.js';
import { readCitations } from './phrase-word-citations.js';
import { englishMagnitude } from './unit-scale.js';
import { currencies } from '../../dataset/units.js';

// Text extraction broke some lines of the source; citations match with whitespace removed.
const squeeze = (text: string): string => text.replace(/\s+/g, '');

const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseOrdinal(numeral: string): number | undefined {
  if (numeral.length === 1) return chineseDigits[numeral];
  // 十一 … 九十九: at most two characters around 十.
  const [tens, ones] = numeral.split('十');
  if (tens === undefined || ones === undefined) return undefined;
  const t = tens === '' ? 1 : chineseDigits[tens];
  const o = ones === '' ? 0 : chineseDigits[ones];
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

/**
 * The numbers a phrase states: Arabic numerals as written, ordinals such as 第二 (2), and the
 * positions of its rank statements (首位 is 1, 前三 and 前3位 are 3). A number after a decline word
 * is also stated negative ("下降2.0%" holds 2.0 and −2.0); no other number is.
 */
function numbersInPhrase(phrase: string, words: PhraseWords): number[] {
  const numbers = words.numbers.flatMap((n) => (n.stated === n.value ? [n.value] : [n.value, n.stated]));
  for (const m of phrase.matchAll(/第([一二三四五六七八九十]{1,3})/g)) {
    const n = chineseOrdinal(m[1] ?? '');
    if (n !== undefined) numbers.push(n);
  }
  for (const rank of words.ranks) {
    if (rank.position !== undefined) numbers.push(rank.position);
    if (rank.top !== undefined) numbers.push(rank.top);
  }
  return numbers;
}

/**
 * The positions a phrase states: its rank statements' (第2位, 首位), and every ordinal 第N. A rank
 * of the data is one of these, never any other number of the phrase: "保持全市前3位 | 列全市第5位"
 * states position 5, and a rank of 3 read from its 前3位 would judge the target met.
 */
function positionsInPhrase(phrase: string, words: PhraseWords): number[] {
  const positions = words.ranks.flatMap((rank) => (rank.position !== undefined ? [rank.position] : []));
  // 第一方阵, 第二届: an ordinal that names a group or an event is no position.
  for (const m of phrase.matchAll(/第([一二三四五六七八九十]{1,3})/g)) {
    const n = chineseOrdinal(m[1] ?? '');
    if (n !== undefined && ordinalIsPosition(phrase, m.index + m[0].length)) positions.push(n);
  }
  for (const m of phrase.matchAll(/第\s*(\d+)/g)) if (ordinalIsPosition(phrase, m.index + m[0].length)) positions.push(Number(m[1]));
  return positions;
}

/**
 * The position a rank target's own words state: 前3位 and 前三 are 3, 第一 is 1. Another number
 * of its phrase (the result's 第5位) is not the target's: a target of 5 read from it was met.
 */
function targetPositions(words: string): number[] {
  // 保持全市第一方阵 aims at a standing (a tier), not at position 1: its 第一 is no position.
  const positions = [...words.matchAll(/第(?:[一二三四五六七八九十两]{1,3}|\d+)/g)].filter(
    (m) => !ordinalIsPosition(words, m.index + m[0].length),
  );
  const own = positions.reduceRight((text, m) => text.slice(0, m.index) + text.slice(m.index + m[0].length), words);
  return numbersInPhrase(own, readPhrase(own));
}

/** A comparison document of context.yaml: its file (as diagnostics name it) and its text. */
export interface ContextDocumentText {
  readonly file: string;
  readonly text: string;
}

/**
 * plan:source-phrase-found, plan:source-phrase-has-value, and for each value the phrase holds,
 * plan:source-phrase-unit and plan:source-phrase-decimals.
 */
export function checkSources(
  data: EditionData,
  files: EditionFiles,
  units: UnitsFile,
  sourceText: string,
  sink: DiagnosticSink,
  documents: ReadonlyMap<string, ContextDocumentText> = new Map(),
): void {
  checkStandings(data, files, sink);
  checkColumnLabelUnits(data, files, units, sink);
  const source = squeeze(sourceText);
  const squeezed = new Map([...documents].map(([id, d]) => [id, squeeze(d.text)]));
  // The district, city and province the reports name (a city rank reads "No. 3 in Hangzhou") are
  // named in the edition's documents: a city no document names validated, and every city rank and
  // comparison was placed in it.
  for (const field of ['district', 'city', 'province'] as const) {
    const name = data.edition[field];
    if (name === undefined) continue;
    const named = squeeze(name.zh);
    if (source.includes(named) || [...squeezed.values()].some((text) => text.includes(named))) continue;
    sink.add({
      ruleId: 'plan:source-phrase-found',
      file: files.edition.path,
      place: files.edition.locate([field]),
      path: [field],
      message: sourcePhraseFound.messages.placeNotNamed(field, name.zh),
    });
  }
  for (const { record, words } of readCitations(data)) {
    const file = files[record.role];
    // A comparison figure is quoted from its own document; one that could not be read (reported) or is not listed (plan:ref-resolves) is not checked.
    const text = record.document === undefined ? source : squeezed.get(record.document);
    if (text === undefined) continue;
    if (!text.includes(squeeze(record.phrase))) {
      sink.add({
        ruleId: 'plan:source-phrase-found',
        file: file.path,
        place: file.locate(record.path),
        message:
          record.document === undefined
            ? sourcePhraseFound.messages.phraseNotFound(record.phrase)
            : sourcePhraseFound.messages.phraseNotInDocument(record.phrase, documents.get(record.document)?.file ?? record.document),
      });
      continue;
    }
    // A rank target's words give its position (前3位): they are the document's, in its phrase.
    const targetWords = record.target?.words;
    if (targetWords !== undefined && !squeeze(record.phrase).includes(squeeze(targetWords))) {
      const at = [...record.target!.path, 'text', 'zh'];
      sink.add({
        ruleId: 'plan:source-phrase-has-value',
        file: file.path,
        place: file.locate(at),
        path: at,
        message: sourcePhraseHasValue.messages.rankTargetNotInPhrase(targetWords, record.phrase),
        expected: { en: `words of "${record.phrase}"`, zh: `出处原文“${record.phrase}”中的文字` },
        actual: targetWords,
      });
    }
    const stated = numbersInPhrase(record.phrase, words);
    const positions = positionsInPhrase(record.phrase, words);
    for (const value of record.values) {
      // A stated position (ranks[].position) is a 第N of the phrase; a target's (前N) may be any number of it.
      const found =
        value.field === 'rank'
          ? positions
          : value.unit === 'rank' && record.target?.words !== undefined
            ? targetPositions(record.target.words)
            : stated;
      if (found.some((n) => Math.abs(n - value.value) < 1e-9)) {
        checkWrittenAsPublished(record, words, value, file, units, sink);
        continue;
      }
      // 稳居全市第一方阵 recorded as position 1: a phrase that states no position, only a standing (a
      // tier), is recorded as a standing.
      const tier = value.field === 'rank' && positions.length === 0 ? readTiers(record.phrase)[0] : undefined;
      sink.add({
        ruleId: 'plan:source-phrase-has-value',
        file: file.path,
        place: file.locate(value.path),
        message:
          tier !== undefined
            ? sourcePhraseHasValue.messages.rankIsStanding(value.value, tier.text, record.phrase)
            : sourcePhraseHasValue.messages.valueNotInPhrase(value.field, value.value, record.phrase),
        expected: { en: `a number in "${record.phrase}"`, zh: `出处原文“${record.phrase}”中的一个数` },
        actual: String(value.value),
      });
    }
  }
}

/**
 * A table column's Chinese header is the document's, and where it states a unit in brackets at its
 * end ("总投资额(亿元)", "占比（%）") that unit is the column's: the rows' phrases are bare table cells
 * ("| 30.5 |"), so the header is the one text that says what unit they are in. A column of 亿元
 * given unit: 万元 validated, and the workbook and the open data's datapackage.json published the
 * figures in "RMB 10,000" under a header saying "RMB 100 million" (plan:source-phrase-unit).
 */
export function checkColumnLabelUnits(data: EditionData, files: EditionFiles, units: UnitsFile, sink: DiagnosticSink): void {
  const file = files.tables;
  data.tables.tables.forEach((table, t) => {
    table.columns.forEach((column, c) => {
      const own = units.units.find((u) => u.id === column.unit);
      const at = ['tables', t, 'columns', c, 'unit'];
      // The English header says the unit to English readers: a magnitude or currency there must be
      // the column unit's ("(RMB million)" over 亿元 misstates every figure a hundredfold). The
      // glossary rule says so too, but a project may make it a warning; this one it may not.
      const english = bracketAtEnd(column.label.en);
      if (own !== undefined && english !== undefined && statesMagnitudeOrCurrency(english) && !sameEnglishUnit(english, own.en)) {
        sink.add({
          ruleId: 'plan:source-phrase-unit',
          file: file.path,
          place: file.locate(at),
          path: at,
          message: sourcePhraseUnit.messages.columnEnglishLabelUnit(column.id, column.unit, column.label.en, own.en),
          expected: own.en,
          actual: english,
        });
        return;
      }
      const bracketed = bracketAtEnd(column.label.zh);
      if (bracketed === undefined) return;
      const named = units.units.find((u) => u.zh === bracketed || u.id === bracketed);
      if (named === undefined || named === own || (own !== undefined && own.zh === named.zh)) return;
      sink.add({
        ruleId: 'plan:source-phrase-unit',
        file: file.path,
        place: file.locate(at),
        path: at,
        message: sourcePhraseUnit.messages.columnLabelUnit(column.id, column.unit, column.label.zh, named.id),
        expected: named.id,
        actual: column.unit,
      });
    });
  });
}

/** The text in brackets at the end of a header ("总投资额(亿元)" → 亿元), if any. */
/** The words in brackets at the end of a header, without a leading 单位：/Unit: ("(单位：万元)" is 万元). */
const bracketAtEnd = (label: string): string | undefined =>
  /[(（]([^()（）]+)[)）]\s*$/
    .exec(label)?.[1]
    ?.trim()
    .replace(/^(?:单位|units?)\s*[:：]\s*/i, '');

const currencyCodes = new Set(Object.values(currencies).map((c) => c.code));
const currencyOf = (text: string): string | undefined => /\b([A-Z]{3})\b/.exec(text)?.[1];

/** Whether an English header's brackets state a unit's size or currency (not a year or a note): "RMB 100 million", "10,000 people". */
const statesMagnitudeOrCurrency = (text: string): boolean =>
  [...currencyCodes].some((code) => new RegExp(`\\b${code}\\b`).test(text)) ||
  /\b(thousand|million|billion|trillion)\b|\d{1,3}(?:,\d{3})+/i.test(text);

/** The same size and currency as the unit's English name. */
const sameEnglishUnit = (text: string, unitName: string): boolean =>
  englishMagnitude(text) === englishMagnitude(unitName) && currencyOf(text) === currencyOf(unitName);

/**
 * A standing in words (位居全省前列) must be written in its phrase: plan:source-phrase-has-value. A
 * qualifier the phrase gives elsewhere follows in brackets (十佳县（连续四年）, as the English reads
 * "… (four years running)"): each part must be in the phrase.
 */
export function checkStandings(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const file = files.achievements;
  data.achievements.standings.forEach((item, i) => {
    const words = item.standing?.text.zh;
    const parts = (words ?? '').split(/[（()）]/).filter((part) => part.trim() !== '');
    if (words === undefined || (parts.length > 0 && parts.every((part) => squeeze(item.source).includes(squeeze(part))))) return;
    sink.add({
      ruleId: 'plan:source-phrase-has-value',
      file: file.path,
      place: file.locate(['standings', i, 'standing', 'text', 'zh']),
      message: sourcePhraseHasValue.messages.standingNotInPhrase(words, item.source),
      expected: { en: `words of "${item.source}"`, zh: `出处原文“${item.source}”中的文字` },
      actual: words,
    });
  });
}

/**
 * A value found in its phrase: its unit and its decimals must be those the phrase publishes
 * (plan:source-phrase-unit, then plan:source-phrase-decimals; a wrong unit is reported alone).
 * Ranks (第二) are no Arabic number with a unit or decimals.
 */
function checkWrittenAsPublished(
  record: SourcedRecord,
  words: PhraseWords,
  value: SourcedValue,
  file: SourceFile,
  units: UnitsFile,
  sink: DiagnosticSink,
): void {
  if (value.unit === 'rank') return;
  const unit = unitDisagreement(words, value.value, value.unit, units.units);
  if (unit) {
    sink.add({
      ruleId: 'plan:source-phrase-unit',
      file: file.path,
      place: file.locate(value.path),
      path: value.path,
      message: sourcePhraseUnit.messages.unitContradicts(value.field, value.value, value.unit, unit.stated, record.phrase),
      expected: unit.phraseUnit,
      actual: value.unit,
    });
    return;
  }
  const differ = decimalsDisagreement(words, value.value, value.unit, publishedDecimals(file, value.path, value.value), units.units);
  if (!differ) return;
  const written = file.rawScalar(value.path) ?? formatNumber(value.value);
  sink.add({
    ruleId: 'plan:source-phrase-decimals',
    file: file.path,
    place: file.locate(value.path),
    path: value.path,
    message: sourcePhraseDecimals.messages.decimalsDiffer(value.field, written, differ.stated, record.phrase),
    expected: differ.stated,
    actual: written,
  });
}
