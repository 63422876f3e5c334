import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/english-states-chinese.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData, EditionFileRole, GlossaryFile } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { figureReference, walkEdition } from '../../dataset/walk.js';
import { englishFactDisagreement, type PlaceNames, readChineseFacts, readEnglishFacts } from '../text-facts.js';
import { walkTexts } from './text.js';

const within = (path: DataPath, base: DataPath) => base.length <= path.length && base.every((key, i) => path[i] === key);

/**
 * plan:english-states-chinese — every fact an English text states in words (ranks, numbers,
 * years, ordinals, scopes, units) is one its Chinese states, read with the source phrases the
 * record cites and, in a narrative, those of the figures it cites as [[id]]. A glossary term's
 * fixed rendering is the translation of its Chinese ("Thousand Projects, Trillion Yuan" for 千项万亿):
 * where the Chinese holds the term, its rendering is not read for facts (plan:glossary-consistent
 * holds the two together), and a term's own entry is its rendering.
 */
export function englishStatesChinese(data: EditionData, files: EditionFiles, terms: GlossaryFile['terms'], sink: DiagnosticSink): void {
  const { citations, figures } = walkEdition(data);
  const places: PlaceNames = {
    district: data.edition.district,
    city: data.edition.city,
    ...(data.edition.province ? { province: data.edition.province } : {}),
  };
  const placeList = Object.values(places)
    .map((p) => p.en)
    .join(', ');
  /** What a record that cites the source says: its phrase and its figures' values, by the path of the record. */
  const records = citations.map((c) => ({
    role: c.role,
    base: c.path.slice(0, -1),
    words: [c.phrase, ...c.values.map((v) => String(v.value))],
  }));
  const figurePhrases = (text: string): string[] =>
    [...text.matchAll(figureReference)].flatMap((m) => {
      const figure = figures.find((f) => f.id === m[1]);
      if (!figure) return [];
      return records
        .filter((r) => r.role === figure.role && within(r.base, figure.path) && within(figure.path, r.base))
        .flatMap((r) => r.words);
    });
  for (const role of Object.keys(files) as EditionFileRole[]) {
    const file = files[role];
    walkTexts(file.value, [], (zh, en, path) => {
      if (role === 'glossary' && path.length === 2) return; // a term and its rendering
      const rendered = terms
        .filter((t) => t.en !== '' && zh.includes(t.zh))
        .sort((a, b) => b.en.length - a.en.length)
        .reduce((text, t) => text.split(t.en).join(' '), en);
      const english = readEnglishFacts(rendered, places);
      const facts = [
        english.stated,
        english.ranks,
        english.unscopedRanks,
        english.unknownPlaces,
        english.ordinals,
        english.scopes,
        english.units,
        english.directions,
      ];
      if (facts.every((f) => f.length === 0)) return;
      const context = records.filter((r) => r.role === role && within(path, r.base)).flatMap((r) => r.words);
      const chinese = readChineseFacts([zh, ...context, ...figurePhrases(`${zh} ${en}`)].join('\n'), places);
      const d = englishFactDisagreement(english, chinese);
      if (d === undefined) return;
      const at: DataPath = [...path, 'en'];
      sink.add({
        ruleId: 'plan:english-states-chinese',
        file: file.path,
        place: file.locate(at),
        path: at,
        message:
          d.kind === 'place'
            ? rule.messages.placeNotInEdition(d.english, d.chinese, placeList)
            : rule.messages.notInChinese(d.kind, d.english, d.chinese, zh),
        expected: d.chinese === '' ? zh : d.chinese,
        actual: d.english,
      });
    });
  }
}
