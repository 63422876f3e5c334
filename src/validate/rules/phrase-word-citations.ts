import type { EditionData } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { type SourcedRecord, walkEdition } from '../../dataset/walk.js';
import type { WordDisagreement } from '../phrase-claims.js';
import { type PhraseWords, readPhrase } from '../phrase-words.js';

type ReadCitation = { readonly record: SourcedRecord; readonly words: PhraseWords };
/** Per edition: four rules go through the same citations. */
const readByEdition = new WeakMap<EditionData, readonly ReadCitation[]>();

/** Each citation of the edition with its phrase read once: what the phrase-word rules go through. */
export function readCitations(data: EditionData): readonly ReadCitation[] {
  let citations = readByEdition.get(data);
  if (!citations) {
    const read = new Map<string, PhraseWords>();
    citations = walkEdition(data).citations.map((record) => {
      let words = read.get(record.phrase);
      if (words === undefined) read.set(record.phrase, (words = readPhrase(record.phrase)));
      return { record, words };
    });
    readByEdition.set(data, citations);
  }
  return citations;
}

/** A disagreement as a diagnostic's fields: where (the field, or the object that lacks it) and expected/actual. */
export function disagreementAt(at: DataPath, d: WordDisagreement): { path: DataPath; expected: string; actual: string } {
  return { path: [...at, d.field], expected: d.expected, actual: d.actual };
}
