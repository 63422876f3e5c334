import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/english-states-chinese.js';
import type { EditionFiles } from '../../dataset/edition.js';
import type { EditionData, EditionFileRole, GlossaryFile } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { figureReference, walkEdition } from '../../dataset/walk.js';
import {
  chineseClauses,
  englishClauses,
  type EnglishFacts,
  englishFactDisagreement,
  type FactDisagreement,
  type PlaceNames,
  readChineseFacts,
  readEnglishFacts,
  statesStanding,
} from '../text-facts.js';
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
/** English facts with nothing in them, for reading one rank at a time. */
const noFacts: EnglishFacts = {
  numbers: [],
  ranks: [],
  scopes: [],
  units: [],
  stated: [],
  unscopedRanks: [],
  unknownPlaces: [],
  ordinals: [],
  directions: [],
};

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
  /**
   * Ranks read per clause: each rank an English clause states must be stated by a Chinese clause
   * of its own (of the text, of the source phrase the record cites, or of the phrases of the figures
   * the text cites), no Chinese clause standing for two English ones; the clause in the same place
   * is tried first, and clauses in another order still pair off. Read over the whole text, "The
   * main economic indicators ranked first in the city" passed for 主要经济指标稳居全市第一方阵 (a
   * standing), because another clause of the same Chinese said 投资增速列全市第一.
   */
  const clauseRankDisagreement = (zh: string, en: string, context: readonly string[]): FactDisagreement | undefined => {
    const enClauses = englishClauses(en);
    const zhClauses = chineseClauses(zh);
    const stated = enClauses.flatMap((clause, index) => {
      const facts = readEnglishFacts(clause, places);
      return [
        ...facts.ranks.map((rank) => ({ index, facts: { ...noFacts, ranks: [rank] } })),
        ...facts.unscopedRanks.map((rank) => ({ index, facts: { ...noFacts, unscopedRanks: [rank] } })),
      ];
    });
    // Where the clauses pair off one to one and no English words state a standing, a rank whose own
    // Chinese clause states a standing (第一方阵, 前列) of that scope and no such rank is the standing
    // translated as a position. (Where the English states a standing, its clauses may be in another order.)
    if (zhClauses.length >= 2 && zhClauses.length === enClauses.length && !statesStanding(en)) {
      for (const rank of stated) {
        const own = readChineseFacts(zhClauses[rank.index]!, places);
        const scoped = rank.facts.ranks[0];
        const tier = own.tiers.find((t) => scoped !== undefined && (t.scope === undefined || t.scope === scoped.scope));
        if (tier && englishFactDisagreement(rank.facts, own) !== undefined)
          return { kind: 'rank', english: scoped!.text, chinese: tier.text };
      }
    }
    // One rank, or none, is no question of pairing: the whole text's reading has answered it.
    if (stated.length < 2) return undefined;
    const slots = [...zhClauses, ...context.flatMap(chineseClauses), ...figurePhrases(`${zh} ${en}`).flatMap(chineseClauses)].map(
      (clause) => readChineseFacts(clause, places),
    );
    const fits = stated.map((rank) =>
      slots
        .flatMap((slot, i) => (englishFactDisagreement(rank.facts, slot) === undefined ? [i] : []))
        .sort((a, b) => Number(b === rank.index) - Number(a === rank.index)),
    );
    // Each English rank to a Chinese clause of its own (augmenting paths; a text has few clauses).
    const owner = new Map<number, number>();
    const assign = (r: number, seen: Set<number>): boolean => {
      for (const slot of fits[r]!) {
        if (seen.has(slot)) continue;
        seen.add(slot);
        const other = owner.get(slot);
        if (other === undefined || assign(other, seen)) {
          owner.set(slot, r);
          return true;
        }
      }
      return false;
    };
    for (const [r, rank] of stated.entries()) {
      if (assign(r, new Set())) continue;
      const same = slots[rank.index];
      const english = rank.facts.ranks[0]?.text ?? rank.facts.unscopedRanks[0]!.text;
      return { kind: 'rank', english, chinese: same?.ranks[0]?.text ?? same?.tiers[0]?.text ?? '' };
    }
    return undefined;
  };
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
      const d = englishFactDisagreement(english, chinese) ?? clauseRankDisagreement(zh, rendered, context);
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
