/**
 * How many of an edition's published figures a draft of its report finds: each figure the edition
 * cites (value and unit; ranks and table cells count too) is found when the draft holds the same
 * value in the same unit, quoted from a phrase that overlaps the edition's phrase in the text.
 * A benchmark of the reader (npm run draft -- --compare <edition>), not a test threshold.
 */
import type { ValidEdition } from '../dataset/edition.js';
import { walkEdition } from '../dataset/walk.js';

export interface Recall {
  readonly published: number;
  readonly found: number;
  /** The published figures not found, by role: where the reader falls short. */
  readonly missedByFile: Readonly<Record<string, number>>;
}

/** Every place of `phrase` in `text`, as [start, end) ranges. */
function places(text: string, phrase: string): [number, number][] {
  const found: [number, number][] = [];
  if (phrase === '') return found;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push([at, at + phrase.length]);
  return found;
}

/** Phrases are found across white space and line breaks, as validation finds them. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

export function recallOf(edition: ValidEdition, figures: readonly { value: number; unit: string; source: string }[]): Recall {
  const text = squeeze(edition.sourceText);
  const drafted = figures.map((f) => ({ ...f, at: places(text, squeeze(f.source)) }));
  let published = 0;
  let found = 0;
  const missedByFile: Record<string, number> = {};
  for (const record of walkEdition(edition.data).citations) {
    const at = places(text, squeeze(record.phrase));
    for (const v of record.values) {
      if (v.unit === 'rank') continue;
      published++;
      const hit = drafted.some(
        (d) =>
          Math.abs(Math.abs(d.value) - Math.abs(v.value)) < 1e-9 &&
          d.unit === v.unit &&
          d.at.some(([s, e]) => at.some(([ps, pe]) => s < pe && ps < e)),
      );
      if (hit) found++;
      else missedByFile[record.role] = (missedByFile[record.role] ?? 0) + 1;
    }
  }
  return { published, found, missedByFile };
}
