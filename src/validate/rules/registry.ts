/**
 * The validation checks, registered against the rule id each reports, in the order they run.
 * Rules whose definition (src/diagnostics/rules/) says `reportedBy: 'check'` have an entry here;
 * the others are reported while loading (src/load/), by the schema check
 * (src/validate/check-schema.ts), or by the chart and template renderers.
 *
 * `on` says what a check looks at: `file` every data file (shared and per edition; the glossary
 * rule only where a glossary is given), `edition` an edition whose files all passed their schemas,
 * `source` the same with its source document read, `series` every edition that could be checked in
 * full, together (checks across editions).
 */
import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { RuleId } from '../../diagnostics/rules.js';
import type { EditionFiles, ValidEdition } from '../../dataset/edition.js';
import type { EditionData, GlossaryFile, UnitsFile } from '../../dataset/schema.js';
import type { SourceFile } from '../../dataset/source-file.js';
import type { GlyphCoverage } from '../../fonts/coverage.js';
import { controlCharacter } from './control-character.js';
import { declineWord } from './decline-word.js';
import { estimateWord } from './estimate-word.js';
import { qualifierWord } from './qualifier-word.js';
import { sourcePhraseHasText } from './source-phrase-has-text.js';
import { rankMeasureWord } from './rank-measure-word.js';
import { rankResultStated } from './rank-result-stated.js';
import { englishHasHan } from './english-has-han.js';
import { englishStatesChinese } from './english-states-chinese.js';
import { labelWords } from './label-words.js';
import { glossaryConsistent } from './glossary-consistent.js';
import { idUnique } from './id-unique.js';
import { numberPrecision } from './number-precision.js';
import { partWithinWhole } from './part-within-whole.js';
import { completionMatches } from './completion-matches.js';
import { compositionSums } from './composition-sums.js';
import { oneName } from './one-name.js';
import { editionEmpty } from './edition-empty.js';
import { editionYears } from './edition-years.js';
import { ratioMatchesValue } from './ratio-matches-value.js';
import { refResolves } from './ref-resolves.js';
import { shareMatchesValue } from './share-matches-value.js';
import { checkSources, type ContextDocumentText } from './sources.js';
import { checkCarriedTargets } from './carried-targets.js';
import { drafted } from './drafted.js';
import { resultPending } from './result-pending.js';
import { sumMatchesTotal } from './sum-matches-total.js';
import { checkGlyphCoverage } from './text.js';

export interface FileCheckInput {
  readonly file: SourceFile;
  readonly glyphs: GlyphCoverage;
  /** Given for edition files only: the glossary's own notes explain a term in other words. */
  readonly glossary?: GlossaryFile;
}

export interface EditionCheckInput {
  readonly data: EditionData;
  readonly files: EditionFiles;
  readonly units: UnitsFile;
  readonly folder: string;
  /** The shared glossary's terms with the edition's own (an edition's term replaces a shared one of its id). */
  readonly glossary?: GlossaryFile;
}

export interface SourceCheckInput extends EditionCheckInput {
  readonly sourceText: string;
  /** The texts of the comparison documents (context.yaml sources), by id. */
  readonly documents: ReadonlyMap<string, ContextDocumentText>;
}

export type RuleCheck =
  | { readonly on: 'file'; readonly run: (input: FileCheckInput, sink: DiagnosticSink) => void }
  | { readonly on: 'edition'; readonly run: (input: EditionCheckInput, sink: DiagnosticSink) => void }
  | { readonly on: 'source'; readonly run: (input: SourceCheckInput, sink: DiagnosticSink) => void }
  | { readonly on: 'series'; readonly run: (editions: readonly ValidEdition[], sink: DiagnosticSink) => void }
  /** The rule is reported by the check registered under another id (one pass finds both). */
  | { readonly on: 'with'; readonly rule: RuleId };

/** Every check by the rule it reports; within each `on`, in the order they run. */
export const checks = {
  'plan:control-character': { on: 'file', run: ({ file }, sink) => controlCharacter(file, sink) },
  'plan:number-precision': { on: 'file', run: ({ file }, sink) => numberPrecision(file, sink) },
  'plan:english-has-han': { on: 'file', run: ({ file }, sink) => englishHasHan(file, sink) },
  'plan:glyph-coverage': { on: 'file', run: ({ file, glyphs }, sink) => checkGlyphCoverage(file, glyphs, sink) },
  'plan:glossary-consistent': { on: 'file', run: ({ file, glossary }, sink) => glossary && glossaryConsistent(file, glossary, sink) },
  'plan:id-unique': { on: 'edition', run: ({ data, files }, sink) => idUnique(data, files, sink) },
  'plan:ref-resolves': { on: 'edition', run: ({ data, files, units, folder }, sink) => refResolves(data, files, units, folder, sink) },
  'plan:sum-matches-total': { on: 'edition', run: ({ data, files }, sink) => sumMatchesTotal(data, files, sink) },
  'plan:share-matches-value': { on: 'edition', run: ({ data, files }, sink) => shareMatchesValue(data, files, sink) },
  'plan:ratio-matches-value': { on: 'edition', run: ({ data, files }, sink) => ratioMatchesValue(data, files, sink) },
  'plan:part-within-whole': { on: 'edition', run: ({ data, files }, sink) => partWithinWhole(data, files, sink) },
  'plan:completion-matches': { on: 'edition', run: ({ data, files, units }, sink) => completionMatches(data, files, units, sink) },
  'plan:composition-sums': { on: 'edition', run: ({ data, files }, sink) => compositionSums(data, files, sink) },
  'plan:one-name': { on: 'edition', run: ({ data, files, units }, sink) => oneName(data, files, units, sink) },
  'plan:edition-empty': { on: 'edition', run: ({ data, files }, sink) => editionEmpty(data, files, sink) },
  'plan:edition-years': { on: 'edition', run: ({ data, files }, sink) => editionYears(data, files, sink) },
  'plan:result-pending': { on: 'edition', run: ({ data, files }, sink) => resultPending(data, files, sink) },
  'plan:drafted': { on: 'edition', run: ({ data, files }, sink) => drafted(data, files, sink) },
  'plan:qualifier-word': { on: 'edition', run: ({ data, files }, sink) => qualifierWord(data, files, sink) },
  'plan:decline-word': { on: 'edition', run: ({ data, files }, sink) => declineWord(data, files, sink) },
  'plan:source-phrase-has-text': { on: 'edition', run: ({ data, files }, sink) => sourcePhraseHasText(data, files, sink) },
  'plan:rank-measure-word': { on: 'edition', run: ({ data, files }, sink) => rankMeasureWord(data, files, sink) },
  'plan:rank-result-stated': { on: 'edition', run: ({ data, files }, sink) => rankResultStated(data, files, sink) },
  'plan:estimate-word': { on: 'edition', run: ({ data, files }, sink) => estimateWord(data, files, sink) },
  'plan:label-words': { on: 'edition', run: ({ data, files, units }, sink) => labelWords(data, files, units, sink) },
  'plan:english-states-chinese': {
    on: 'edition',
    run: ({ data, files, glossary }, sink) => englishStatesChinese(data, files, glossary?.terms ?? [], sink),
  },
  'plan:source-phrase-found': {
    on: 'source',
    run: ({ data, files, units, sourceText, documents }, sink) => checkSources(data, files, units, sourceText, sink, documents),
  },
  'plan:source-phrase-has-value': { on: 'with', rule: 'plan:source-phrase-found' },
  'plan:source-phrase-unit': { on: 'with', rule: 'plan:source-phrase-found' },
  'plan:source-phrase-decimals': { on: 'with', rule: 'plan:source-phrase-found' },
  'plan:target-carried': { on: 'series', run: (editions, sink) => checkCarriedTargets(editions, sink) },
  'plan:target-unmatched': { on: 'with', rule: 'plan:target-carried' },
  // Both check the shared units.yaml, once per dataset (validate.ts, beside registryIdsUnique).
  'plan:unit-scale': { on: 'with', rule: 'plan:id-unique' },
} as const satisfies { readonly [Id in RuleId]?: RuleCheck };

type Check<K extends RuleCheck['on']> = Extract<RuleCheck, { on: K }>;
const entries = Object.values(checks) as readonly RuleCheck[];
const isOn =
  <K extends RuleCheck['on']>(on: K) =>
  (check: RuleCheck): check is Check<K> =>
    check.on === on;

/** The checks of each kind, in their order. */
export const fileChecks = entries.filter(isOn('file')).map((check) => check.run);
export const editionChecks = entries.filter(isOn('edition')).map((check) => check.run);
export const sourceChecks = entries.filter(isOn('source')).map((check) => check.run);
export const seriesChecks = entries.filter(isOn('series')).map((check) => check.run);
