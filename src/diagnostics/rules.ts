/**
 * Every rule that validation can emit, with its default severity and a one-line description,
 * assembled from one file per rule under src/diagnostics/rules/ (see rules/define.ts). The order
 * here is the order of the guides' rule sections. A test checks that every id has its definition
 * file, the stage or check that reports it, its messages, docs in both guides, and its fixtures.
 */
import type { RuleDefinition, Severity } from './rules/define.js';
import { rule as planFileMissing } from './rules/plan/file-missing.js';
import { rule as planFileUnreadable } from './rules/plan/file-unreadable.js';
import { rule as planFileEmpty } from './rules/plan/file-empty.js';
import { rule as planFileUnknown } from './rules/plan/file-unknown.js';
import { rule as planYamlSyntax } from './rules/plan/yaml-syntax.js';
import { rule as planDuplicateKey } from './rules/plan/duplicate-key.js';
import { rule as planSchemaRequired } from './rules/plan/schema-required.js';
import { rule as planSchemaType } from './rules/plan/schema-type.js';
import { rule as planTextTooLong } from './rules/plan/text-too-long.js';
import { rule as planControlCharacter } from './rules/plan/control-character.js';
import { rule as planNumberPrecision } from './rules/plan/number-precision.js';
import { rule as planSeverityNotAdjustable } from './rules/plan/severity-not-adjustable.js';
import { rule as planSchemaEnum } from './rules/plan/schema-enum.js';
import { rule as planSchemaUnknownKey } from './rules/plan/schema-unknown-key.js';
import { rule as planIdUnique } from './rules/plan/id-unique.js';
import { rule as planUnitScale } from './rules/plan/unit-scale.js';
import { rule as planRefResolves } from './rules/plan/ref-resolves.js';
import { rule as planSourcePhraseFound } from './rules/plan/source-phrase-found.js';
import { rule as planSourcePhraseHasValue } from './rules/plan/source-phrase-has-value.js';
import { rule as planSourcePhraseUnit } from './rules/plan/source-phrase-unit.js';
import { rule as planSourcePhraseDecimals } from './rules/plan/source-phrase-decimals.js';
import { rule as planQualifierWord } from './rules/plan/qualifier-word.js';
import { rule as planDeclineWord } from './rules/plan/decline-word.js';
import { rule as planSourcePhraseHasText } from './rules/plan/source-phrase-has-text.js';
import { rule as planRankMeasureWord } from './rules/plan/rank-measure-word.js';
import { rule as planRankResultStated } from './rules/plan/rank-result-stated.js';
import { rule as planEstimateWord } from './rules/plan/estimate-word.js';
import { rule as planSumMatchesTotal } from './rules/plan/sum-matches-total.js';
import { rule as planShareMatchesValue } from './rules/plan/share-matches-value.js';
import { rule as planRatioMatchesValue } from './rules/plan/ratio-matches-value.js';
import { rule as planPartWithinWhole } from './rules/plan/part-within-whole.js';
import { rule as planCompletionMatches } from './rules/plan/completion-matches.js';
import { rule as planCompositionSums } from './rules/plan/composition-sums.js';
import { rule as planOneName } from './rules/plan/one-name.js';
import { rule as planEditionEmpty } from './rules/plan/edition-empty.js';
import { rule as planEditionYears } from './rules/plan/edition-years.js';
import { rule as planResultPending } from './rules/plan/result-pending.js';
import { rule as planDrafted } from './rules/plan/drafted.js';
import { rule as planTargetCarried } from './rules/plan/target-carried.js';
import { rule as planTargetUnmatched } from './rules/plan/target-unmatched.js';
import { rule as planTranslationMissing } from './rules/plan/translation-missing.js';
import { rule as planEnglishHasHan } from './rules/plan/english-has-han.js';
import { rule as planEnglishStatesChinese } from './rules/plan/english-states-chinese.js';
import { rule as planLabelWords } from './rules/plan/label-words.js';
import { rule as planGlossaryConsistent } from './rules/plan/glossary-consistent.js';
import { rule as planGlyphCoverage } from './rules/plan/glyph-coverage.js';
import { rule as chartSpecInvalid } from './rules/chart/spec-invalid.js';
import { rule as chartUnknownField } from './rules/chart/unknown-field.js';
import { rule as chartUnknownString } from './rules/chart/unknown-string.js';
import { rule as templateError } from './rules/template/error.js';
import { rule as templateMarkup } from './rules/template/markup.js';

export type { RuleDefinition, RuleFixtures, RuleStage, Severity } from './rules/define.js';

export interface RuleInfo {
  readonly severity: Severity;
  readonly summary: string;
  /** What to do about it, in both languages; printed after every message. */
  readonly fix: { readonly en: string; readonly zh: string };
}

/** Every rule's definition, in the order of the table and of the guides' sections. */
export const ruleDefinitions = [
  planFileMissing,
  planFileUnreadable,
  planFileEmpty,
  planFileUnknown,
  planYamlSyntax,
  planDuplicateKey,
  planSchemaRequired,
  planSchemaType,
  planTextTooLong,
  planControlCharacter,
  planNumberPrecision,
  planSchemaEnum,
  planSchemaUnknownKey,
  planSeverityNotAdjustable,
  planIdUnique,
  planUnitScale,
  planRefResolves,
  planSourcePhraseFound,
  planSourcePhraseHasValue,
  planSourcePhraseUnit,
  planSourcePhraseDecimals,
  planQualifierWord,
  planDeclineWord,
  planSourcePhraseHasText,
  planRankMeasureWord,
  planRankResultStated,
  planEstimateWord,
  planSumMatchesTotal,
  planShareMatchesValue,
  planRatioMatchesValue,
  planPartWithinWhole,
  planCompletionMatches,
  planCompositionSums,
  planOneName,
  planEditionEmpty,
  planEditionYears,
  planResultPending,
  planDrafted,
  planTargetCarried,
  planTargetUnmatched,
  planTranslationMissing,
  planEnglishHasHan,
  planEnglishStatesChinese,
  planLabelWords,
  planGlossaryConsistent,
  planGlyphCoverage,
  chartSpecInvalid,
  chartUnknownField,
  chartUnknownString,
  templateError,
  templateMarkup,
] as const;

export type RuleId = (typeof ruleDefinitions)[number]['id'];

export const rules = Object.fromEntries(ruleDefinitions.map((rule) => [rule.id, rule])) as Readonly<Record<RuleId, RuleDefinition<RuleId>>>;

export const ruleIds: RuleId[] = ruleDefinitions.map((rule) => rule.id);

/** Link from a diagnostic to the rule's explanation for editors. */
export function ruleUrl(ruleId: RuleId): string {
  return `CONTRIBUTING.md#${ruleId.replace(':', '')}`;
}
