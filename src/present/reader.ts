import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EditionData } from '../dataset/schema.js';
import { chineseNumeral, formatNumber, textKey, type Locale } from '../model/format.js';
import type { PriceBases } from '../model/growth-basis.js';
import type { FigureMark, Plan, Rank, ReviewTargetRow } from '../model/plan.js';
import { splitCaptionNumber } from '../dataset/caption-number.js';
import type { Status } from '../model/status.js';
import { fill, lookup, sayer, type UiStrings } from './strings.js';
import { asSentence } from './words.js';

/**
 * Reader text shared by every output (charts, briefs, workbooks): the edition's placeholder values,
 * the place name, ranks and warnings written for readers. Each is made here once.
 */

type Edition = EditionData['edition'];

/** The placeholders every interface string may use, from the edition. */
export function editionValues(edition: Edition, locale: Locale): Record<string, string | number> {
  const lang = textKey(locale);
  return {
    district: edition.district[lang],
    city: edition.city[lang],
    ...(edition.province ? { province: edition.province[lang] } : {}),
    reviewYear: edition.reviewYear,
    planYear: edition.planYear,
    source: edition.source.title[lang],
  };
}

/**
 * That an output is compiled from the report and is not its issuer's publication, and what in it is
 * the output's own reading: one wording for the brief's cover and the workbook's.
 */
export function compiledText(edition: Edition, strings: UiStrings, lang: 'zh' | 'en', product: 'brief' | 'workbook'): string {
  return fill(lookup(strings, 'provenance.compiled') ?? '', {
    issuer: edition.issuer ? edition.issuer[lang] : (lookup(strings, 'workbook.cover.issuerGeneric') ?? ''),
    product: lookup(strings, `provenance.product.${product}`) ?? product,
  });
}

/** The place as readers write it: "杭州市滨江区" / "Binjiang District, Hangzhou". */
export function placeName(edition: Edition, locale: Locale): string {
  return locale === 'zh-CN' ? `${edition.city.zh}${edition.district.zh}` : `${edition.district.en}, ${edition.city.en}`;
}

/**
 * A validation warning as a note for readers, in their language: from the diagnostic's subject and
 * figures, with the wording in templates/strings/ (the English diagnostic message is for editors).
 */
/**
 * A sentence that names a table by the document's own caption ("Table 2. 2025 city key…") names it
 * as the report's table instead ("the report’s Table 2 (2025 city key…)" / "原文表2（…）"), so that
 * it is not read as the brief's or the workbook's Table 2, which are other tables.
 */
export function withReportTables(sentence: string, plan: Plan, strings: UiStrings, lang: 'zh' | 'en'): string {
  const say = sayer(strings, {});
  const captions = [...plan.tables.map((t) => t.caption[lang]), ...(plan.reviewTargets?.caption ? [plan.reviewTargets.caption[lang]] : [])];
  return captions.reduce((text, published) => {
    const { caption, number } = splitCaptionNumber(published);
    return number === undefined ? text : text.split(published).join(say('brief.notes.sourceTable', { caption, n: number }));
  }, sentence);
}

export function readerNote(warning: Diagnostic, strings: UiStrings, lang: 'zh' | 'en'): string {
  const reader = warning.reader;
  if (!reader) return `${warning.message} (${warning.ruleId})`;
  const template = lookup(strings, `warnings.${warning.ruleId.replace(/^plan:/, '')}.${reader.variant}`);
  if (template === undefined) return `${warning.message} (${warning.ruleId})`;
  // The same sentences as the brief's notes (one place), the data's note with them.
  return discrepancySentence(warning, strings, lang);
}

/**
 * "总量列全市第二,增速列全市第六" / "No. 2 in the city by size; No. 6 in the city by growth", or null:
 * the ranks of a figure or of a targets-table result.
 */
export function ranksText(figure: { readonly ranks: readonly Rank[] }, strings: UiStrings, locale: Locale): string | null {
  if (figure.ranks.length === 0) return null;
  const zh = locale === 'zh-CN';
  return figure.ranks
    .map((r) =>
      // A rank among a narrower group than the scope's districts (列国家高新区第四) names the group.
      fill(lookup(strings, r.scopeLabel ? 'ranks.within' : `ranks.${r.measure}.${r.scope}`) ?? '', {
        position: zh ? chineseNumeral(r.position) : formatNumber(r.position, 0, locale),
        measure: r.measureLabel ? r.measureLabel[zh ? 'zh' : 'en'] : '',
        group: r.scopeLabel ? r.scopeLabel[zh ? 'zh' : 'en'] : '',
      }),
    )
    .join(zh ? ',' : '; ');
}

/** Symbols shown beside a status word, so that a status never rests on colour alone. */
export const statusSymbols: Readonly<Record<Status, string>> = { met: '✓', 'not-met': '×', 'not-comparable': '–', pending: '…' };

/** The status word of the reader's language (templates/strings/), after its symbol: "✓ 已完成". */
export function statusText(strings: UiStrings, status: Status): string {
  return `${statusSymbols[status]} ${lookup(strings, `status.${status}`) ?? status}`;
}

/** What a judgement rests on, when it is not firm: the review year's data, like with like. */
export interface JudgementFlags {
  readonly status: Status;
  /** The earlier year of the result judged (错年数据). */
  readonly year?: number | undefined;
  /** Growth compared across price bases (current against comparable prices). */
  readonly priceBases?: PriceBases | undefined;
  /** The result's distance from what it is judged against, signed, in percentage points. */
  readonly margin?: { readonly display: { readonly zh: string; readonly en: string } } | undefined;
}

/**
 * Why a judgement is set apart from the firm ones, or undefined when it is firm: it rests on an
 * earlier year's data (`lagged`), or compares growth at one price basis with growth at another
 * (`bases`). A status that judges nothing (pending, not comparable) is never set apart.
 */
export function setApartReason(flags: JudgementFlags): 'lagged' | 'bases' | undefined {
  if (flags.status !== 'met' && flags.status !== 'not-met') return undefined;
  if (flags.year !== undefined) return 'lagged';
  if (flags.priceBases !== undefined) return 'bases';
  return undefined;
}

/**
 * A status as every output prints it (tables, cards, workbook, CSV): "✓ Met" when firm. A judgement
 * set apart gives the verdict a direct reading of target against result gives, with its gap, and says
 * why that reading is not like for like: "× Not met on a direct reading (−0.9 percentage points); the
 * result is 2023 data, not like for like". Readers who judge directly (as a planning commission does)
 * find the verdict; readers who want the caution find it beside. `symbol` false leaves the sign out
 * (the workbook's cells).
 */
export function judgementText(strings: UiStrings, flags: JudgementFlags, reviewYear: number, lang: 'zh' | 'en', symbol = true): string {
  const reason = setApartReason(flags);
  const word = lookup(strings, `status.${flags.status}`) ?? flags.status;
  if (reason === undefined) return symbol ? statusText(strings, flags.status) : word;
  const key = `status.setApart.${reason}${flags.margin ? 'Gap' : ''}`;
  const text = fill(lookup(strings, key) ?? key, {
    verdict: word,
    reviewYear,
    year: flags.year ?? '',
    gap: flags.margin ? flags.margin.display[lang] : '',
  });
  return symbol ? `${statusSymbols[flags.status]} ${text}` : text;
}

/**
 * A status where a table has no room for the caution: "✓ Met*", the mark keying the note
 * setApartNote() gives once under the table; a firm status as statusText gives it.
 */
export function judgementShort(strings: UiStrings, flags: JudgementFlags): string {
  const reason = setApartReason(flags);
  if (reason === undefined) return statusText(strings, flags.status);
  const text = fill(lookup(strings, 'status.setApart.short') ?? '{verdict}{mark}', {
    verdict: lookup(strings, `status.${flags.status}`) ?? flags.status,
    mark: lookup(strings, `status.setApart.mark.${reason}`) ?? '*',
  });
  return `${statusSymbols[flags.status]} ${text}`;
}

/** The note that a judgementShort() mark keys: why the judgement is not like for like. */
export function setApartNote(strings: UiStrings, reason: 'lagged' | 'bases'): string {
  const key = `status.setApart.note.${reason}`;
  return fill(lookup(strings, key) ?? key, { mark: lookup(strings, `status.setApart.mark.${reason}`) ?? '*' });
}

/**
 * A review-target row's indicator as readers see it: a sub-row names its group first,
 * "固定资产投资(区内)" / "Fixed-asset investment (within the district)".
 */
export function reviewTargetLabel(row: Pick<ReviewTargetRow, 'group' | 'indicator' | 'headline'>, locale: Locale): string {
  const lang = textKey(locale);
  // A row named after its headline indicator carries that indicator's full name.
  if (!row.group || row.headline !== undefined) return row.indicator[lang];
  return lang === 'zh' ? `${row.group.zh}(${row.indicator.zh})` : `${row.group.en} (${row.indicator.en.toLowerCase()})`;
}

/**
 * A validation warning as one sentence for the notes of a brief: what the source publishes and
 * what its figures give, ending with a full stop. Unlike readerNote it leaves out the editors'
 * acknowledgement, which restates the same figures.
 */
/** A figure of a diagnostic as the brief prints figures: English groups thousands (1,243.8), Chinese does not. */
function readerNumber(text: string, lang: 'zh' | 'en'): string {
  if (lang !== 'en') return text;
  return text.replace(/\d{4,}(?:\.\d+)?/g, (n) => {
    const decimals = n.split('.')[1]?.length ?? 0;
    return new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(n));
  });
}

export function discrepancySentence(warning: Diagnostic, strings: UiStrings, lang: 'zh' | 'en'): string {
  const reader = warning.reader;
  const template = reader ? lookup(strings, `warnings.${warning.ruleId.replace(/^plan:/, '')}.${reader.variant}`) : undefined;
  const text =
    reader && template !== undefined
      ? fill(template, {
          subject: reader.subject[lang],
          expected: readerNumber(warning.expected ?? '', lang),
          actual: readerNumber(warning.actual ?? '', lang),
        })
      : warning.message;
  // A discrepancy the data acknowledges is said once, in the data's note (which states the figures and what
  // is kept), after its subject: the generated sentence would say the same thing a second time.
  if (reader?.note) {
    const note = asSentence(reader.note[lang], lang);
    return fill(lookup(strings, 'warnings.acknowledged') ?? '{subject}: {note}', {
      subject: reader.subject[lang],
      // Mid-sentence after the subject's colon: "…: the published share (7.9%) differs …" (an acronym keeps its capitals).
      note: lang === 'en' ? note.replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase()) : note,
    });
  }
  return asSentence(text, lang);
}

/** A date as readers of the language write it: "2025年1月20日" / "20 January 2025" (dates are YYYY-MM-DD, read as UTC). */
export function readerDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A figure's text with what readers must know of it beside its value: an estimate (预计), data of an
 * earlier year (2023年数据) — "512.8亿元（预计）" / "512.8 (estimate)". Every place that shows or
 * judges the figure uses this, key messages included, so the words travel with the figure.
 */
export function withMarks(
  strings: UiStrings,
  text: string,
  flags: { readonly estimate?: boolean; readonly year?: number | undefined; readonly priceBases?: PriceBases | undefined },
  lang: 'zh' | 'en',
): string {
  const marks = [
    flags.estimate ? (lookup(strings, 'brief.marks.estimate') ?? 'estimate') : null,
    flags.year !== undefined ? fill(lookup(strings, 'brief.marks.year') ?? '{year}', { year: flags.year }) : null,
    // A judgement comparing growth at different price bases (src/model/growth-basis.ts differingBases).
    flags.priceBases !== undefined ? (lookup(strings, 'brief.marks.bases') ?? 'price bases differ') : null,
  ].filter((m): m is string => m !== null);
  if (marks.length === 0) return text;
  return `${text}${fill(lookup(strings, 'brief.marks.wrap') ?? ' ({marks})', { marks: marks.join(lang === 'zh' ? ',' : ', ') })}`;
}

/**
 * A section's text with the marks of the figures it cites ("9.1% (2023 data)"), at the offsets the
 * plan model records (PlanSection.figureMarks), so that a flag the tables give a figure follows it
 * into the prose.
 */
export function sectionText(
  strings: UiStrings,
  section: {
    readonly summary: { zh: string; en: string };
    readonly highlights: readonly { zh: string; en: string }[];
    readonly figureMarks: readonly FigureMark[];
  },
  which: FigureMark['text'],
  lang: 'zh' | 'en',
): string {
  const text = which === 'summary' ? section.summary[lang] : section.highlights[which]![lang];
  const marks = section.figureMarks.filter((m) => m.text === which && m.lang === lang).sort((a, b) => b.at - a.at);
  return marks.reduce((out, m) => `${out.slice(0, m.at)}${withMarks(strings, '', m, lang)}${out.slice(m.at)}`, text);
}

/** Words in a label that already say its figure is a total held (全区人才总量, 上市企业累计; "Total …", "(cumulative)"). */
const saysHeld = { zh: /拥有|总量|总数|累计|保有|现有|共有/, en: /\btotal\b|\bcumulative\b|\bper 10,000\b/i };

/**
 * A figure's label that says when the figure is a total held and not what the year added
 * (托位 from 全区拥有托位2726个: "托位（总数）" / "Childcare places (total held)"), beside figures of
 * what the year added (新增学位), unless the label says so already. Inside the label's own brackets
 * when it ends in some: "(incl. delivery; total held)".
 */
export function figureLabel(
  strings: UiStrings,
  figure: { readonly label: { zh: string; en: string }; readonly held?: string },
  lang: 'zh' | 'en',
): string {
  const label = figure.label[lang];
  if (figure.held === undefined || saysHeld.zh.test(figure.label.zh) || saysHeld[lang].test(label)) return label;
  const held = lookup(strings, 'brief.marks.held') ?? 'total held';
  const closing = lang === 'zh' ? /[)）]$/ : /\)$/;
  if (closing.test(label)) return `${label.slice(0, -1)}${lookup(strings, 'brief.asideSeparator') ?? '; '}${held}${label.slice(-1)}`;
  return `${label}${fill(lookup(strings, 'brief.marks.wrap') ?? ' ({marks})', { marks: held })}`;
}
