import type { EditionData } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { oncePerEdition, type SourcedRecord, walkEdition } from '../../dataset/walk.js';
import type { WordDisagreement } from '../phrase-claims.js';
import { type PhraseWords, readPhrase } from '../phrase-words.js';

type ReadCitation = { readonly record: SourcedRecord; readonly words: PhraseWords };

/** Each citation of the edition with its phrase read once: what the phrase-word rules go through (four rules, one reading per edition). */
export const readCitations = oncePerEdition((data: EditionData): readonly ReadCitation[] => {
  const read = new Map<string, PhraseWords>();
  return walkEdition(data).citations.map((record) => {
    let words = read.get(record.phrase);
    if (words === undefined) read.set(record.phrase, (words = readPhrase(record.phrase)));
    return { record, words };
  });
});

/** A disagreement as a diagnostic's fields: where (the field, or the object that lacks it) and expected/actual. */
export function disagreementAt(at: DataPath, d: WordDisagreement): { path: DataPath; expected: string; actual: string } {
  return { path: [...at, d.field], expected: d.expected, actual: d.actual };
}
