import { textKey, type Locale } from '../model/format.js';
import type { ReviewTargetRow } from '../model/plan.js';
import { ranksText, reviewTargetLabel, statusText } from './reader.js';
import { fill, lookup, type UiStrings } from './strings.js';
import { midSentence } from './words.js';

/**
 * How a rank target of the targets table was read, in the reader's words: the position it was
 * judged on (列全市第二 against 保持全市前3位), or why it was not judged (no position named, none
 * stated, one in another scope, several). The reading itself is the model's (model/status.ts
 * readRankTarget); the wording is templates/strings/ brief.notes.rank.*.
 */
export function rankTargetReading(row: ReviewTargetRow, strings: UiStrings, locale: Locale): string | undefined {
  const reading = row.rankReading;
  if (!reading || row.target.kind !== 'rank') return undefined;
  const lang = textKey(locale);
  const say = (key: string, values: Record<string, string>) => {
    const text = lookup(strings, `brief.notes.rank.${key}`);
    if (text === undefined) throw new Error(`String "brief.notes.rank.${key}" is not in ${strings.file}`);
    return fill(text, values);
  };
  const targetScope = say(`scope.${row.target.scope ?? 'city'}`, {});
  const ranks = (list: ReviewTargetRow['ranks']) => ranksText({ ranks: list }, strings, locale) ?? '';
  const values = {
    indicator: reviewTargetLabel(row, locale),
    target: row.target.display[lang],
    scope: targetScope,
    status: statusText(strings, row.status),
  };
  switch (reading.kind) {
    case 'judged':
      return say('judged', { ...values, rank: ranks([reading.rank]) });
    case 'several':
      return say('several', { ...values, rank: ranks(reading.ranks) });
    case 'other-scope':
      return say('other-scope', { ...values, rank: ranks(row.ranks) });
    default:
      return say(reading.kind, values);
  }
}

/** Why a rank target was not judged, as a few words inside a sentence ("its target names no position"), or undefined when it was. */
export function rankTargetWhy(row: ReviewTargetRow, strings: UiStrings, locale: Locale): string | undefined {
  const reading = row.rankReading;
  if (!reading || reading.kind === 'judged') return undefined;
  const text = lookup(strings, `keyMessages.scorecard.why.${reading.kind}`);
  if (text === undefined) throw new Error(`String "keyMessages.scorecard.why.${reading.kind}" is not in ${strings.file}`);
  return textKey(locale) === 'en' ? midSentence(text) : text;
}
