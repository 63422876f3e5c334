import type { ContextArea } from '../dataset/schema.js';
import type { ContextComparison, ContextDocument, ContextPerCapita } from '../model/context.js';
import { formatNumber, textKey, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import { basisWords } from './growth-basis.js';
import { blankMark } from './typography.js';
import { sentenceStart } from './words.js';
import { editionValues, readerDate, withMarks } from './reader.js';
import { sayer, type UiStrings } from './strings.js';

/**
 * The "in context" part as readers see it: each comparison and each per-person figure in words,
 * for the brief and the workbook alike. The figures are the model's (src/model/context.ts); the
 * words are in templates/strings/ (context.*).
 */

export interface ContextRowText {
  readonly id: string;
  readonly indicator: string;
  /** "禾湾市" / "Hewan City"; "砚溪区（2023年）" / "Yanxi District (2023)" for a previous year. */
  readonly area: string;
  readonly year: number;
  /** The district's figure, marked where it is an estimate or of another year. */
  readonly districtValue: string;
  readonly areaValue: string;
  /** "8.0%", or the blank mark ("–", "—") where no share is computed. */
  readonly share: string;
  readonly districtGrowth: string;
  readonly areaGrowth: string;
  /** The district's growth minus the area's, signed ("−1.4"), or why no gap is given. */
  readonly gap: string;
  /** Whether the row compares growth (both rates given, same year). */
  readonly comparesGrowth: boolean;
  readonly basis: string;
  /** The document the area's figure is quoted from (its id). */
  readonly document: string;
}

export interface PerCapitaText {
  readonly indicator: string;
  readonly area: string;
  readonly year: number;
  readonly total: string;
  readonly population: string;
  readonly perCapita: string;
  /** "2,887.8亿元 ÷ 68.4万人 = 74,971元". */
  readonly derivation: string;
  /** The documents of the two inputs (ids; '' is the edition's own report). */
  readonly documents: readonly string[];
}

export interface ContextText {
  readonly rows: readonly ContextRowText[];
  readonly perCapita: readonly PerCapitaText[];
  /** The note under the figures per person: which population they divide by; '' without any. */
  readonly perCapitaNote: string;
  /** The documents cited, each as one line: issuer, title, date (and address). */
  readonly documents: readonly string[];
  /** The bases the growth comparisons are at, in one sentence; '' when no growth is compared. */
  readonly basisNote: string;
  /** A table's source line: the documents its rows quote (ids, '' for the report), by title. */
  readonly sourceLine: (documents: readonly string[]) => string;
}

/** The context part in one language, or undefined when the edition has none. */
export function contextTexts(plan: Plan, strings: UiStrings, locale: Locale): ContextText | undefined {
  const context = plan.context;
  if (context === undefined) return undefined;
  const lang = textKey(locale);
  const say = sayer(strings, editionValues(plan.edition, locale), 'context.');
  const areaName = (area: ContextArea, year: number) => {
    const name = say(area === 'province' && plan.edition.province ? 'areaNamed.province' : `area.${area}`);
    return year === plan.edition.reviewYear ? name : say('areaYear', { area: name, year });
  };
  const documentName = (id: string) => {
    const d = context.documents.find((doc) => doc.id === id);
    return d
      ? say('documentShort', { issuer: d.issuer[lang], title: d.title[lang] })
      : say('ownSource', { source: plan.edition.source.title[lang] });
  };
  const sourceLine = (documents: readonly string[]) =>
    say('sourceLine', { documents: [...new Set(documents)].map(documentName).join(lang === 'zh' ? '；' : '; ') });

  const rows = context.comparisons.map((c): ContextRowText => {
    const f = c.figure;
    return {
      id: c.id,
      indicator: f.label[lang],
      area: areaName(c.area, c.year),
      year: c.year,
      districtValue: withMarks(strings, f.display[lang], f, lang),
      areaValue: c.value.display[lang],
      share: c.share ? c.share.display[lang] : blankMark(locale),
      districtGrowth: f.growth ? withMarks(strings, signed(f.growth.value, f.growth.display[lang]), f, lang) : blankMark(locale),
      areaGrowth: c.growth ? signed(c.growth.value, c.growth.display[lang]) : blankMark(locale),
      gap: gapText(c, say, locale),
      comparesGrowth: c.growthGap !== undefined || c.basisDiffers,
      // A table cell starts as a sentence does: "Comparable prices".
      basis: c.growth ? sentenceStart(basisWords(strings, c.growth.basis)) : '',
      document: c.document,
    };
  });

  const perCapita = context.perCapita.map((p: ContextPerCapita): PerCapitaText => {
    // The population says which it is (annual average, year-end); a figure per person derived from
    // an estimate is an estimate too.
    const population = p.population.basis
      ? say('populationWith', { value: p.population.display[lang], basis: say(`populationBasis.${p.population.basis}`) })
      : p.population.display[lang];
    const perPerson = withMarks(strings, p.perCapita.display[lang], { estimate: p.estimate }, lang);
    return {
      indicator: p.figure.label[lang],
      area: areaName(p.area, p.year),
      year: p.year,
      total: p.area === 'district' ? withMarks(strings, p.total.display[lang], p.figure, lang) : p.total.display[lang],
      population,
      perCapita: perPerson,
      derivation: say('derivation', {
        total: withMarks(strings, p.total.display[lang], { estimate: p.estimate }, lang),
        population,
        perCapita: perPerson,
      }),
      documents: p.documents,
    };
  });
  // How the figures per person were divided: by the annual average where the documents give it (as
  // bulletins divide), else by the year-end count, said so.
  const bases = new Set(context.perCapita.map((p) => p.population.basis ?? 'unstated'));
  const perCapitaNote = context.perCapita.length === 0 ? '' : say(`perCapitaNote.${bases.size === 1 ? [...bases][0]! : 'mixed'}`);

  const basisNote = context.comparisons.some((c) => c.growthGap || c.basisDiffers) ? say('basisNote') : '';
  return {
    rows,
    perCapita,
    perCapitaNote,
    documents: context.documents.map((d) => documentLine(d, say, locale)),
    basisNote,
    sourceLine,
  };
}

/** A magnitude with the sign of its value: "−3.7%" for a decline of 3.7%. */
const signed = (value: number, magnitude: string): string => (value < 0 ? `−${magnitude}` : magnitude);

/** The district's growth minus the area's in points, signed ("+1.3", "−1.4"); or why it is not given. */
function gapText(c: ContextComparison, say: (key: string, extra?: Record<string, string | number>) => string, locale: Locale): string {
  if (c.growthGap) {
    const g = c.growthGap;
    const magnitude = formatNumber(Math.abs(g.value), g.decimals, locale);
    return g.value > 0 ? `+${magnitude}` : g.value < 0 ? `−${magnitude}` : magnitude;
  }
  if (c.basisDiffers) return sentenceStart(say('gap.otherBasis'));
  return blankMark(locale);
}

function documentLine(d: ContextDocument, say: (key: string, extra?: Record<string, string | number>) => string, locale: Locale): string {
  const lang = textKey(locale);
  const line = say('document', { issuer: d.issuer[lang], title: d.title[lang], date: readerDate(d.released, locale) });
  return d.url ? say('documentAt', { document: line, url: d.url }) : line;
}
