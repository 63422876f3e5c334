/**
 * Every rule that validation can emit, with its default severity and a one-line description.
 * CONTRIBUTING.md documents each id; a test checks that every id here is documented and has a
 * passing and a failing fixture.
 */
export type Severity = 'error' | 'warning';

export interface RuleInfo {
  readonly severity: Severity;
  readonly summary: string;
}

export const rules = {
  'plan:file-missing': { severity: 'error', summary: 'A file that every edition needs is missing.' },
  'plan:file-unreadable': {
    severity: 'error',
    summary: 'A data file cannot be read as text: too large, binary, or not UTF-8.',
  },
  'plan:file-empty': { severity: 'error', summary: 'A data file is empty.' },
  'plan:file-unknown': {
    severity: 'warning',
    summary: 'A file or folder under data/ that the project does not read (often a misspelt file name).',
  },
  'plan:yaml-syntax': { severity: 'error', summary: 'A data file is not well-formed YAML.' },
  'plan:duplicate-key': { severity: 'error', summary: 'The same key appears twice in one mapping.' },
  'plan:schema-required': { severity: 'error', summary: 'A required field is missing.' },
  'plan:schema-type': {
    severity: 'error',
    summary: 'A field has the wrong type (text, number, list, …), or a number that is not finite.',
  },
  'plan:text-too-long': { severity: 'error', summary: 'A text is longer than its field allows.' },
  'plan:control-character': {
    severity: 'error',
    summary: 'A text holds an invisible control character (or a line break where the text must be one line).',
  },
  'plan:number-precision': {
    severity: 'error',
    summary: 'A number has more decimals or digits than the reports can show.',
  },
  'plan:schema-enum': { severity: 'error', summary: 'A field holds a value outside its allowed list.' },
  'plan:schema-unknown-key': { severity: 'error', summary: 'A field name is not one the schema knows (often a typo).' },
  'plan:id-unique': { severity: 'error', summary: 'Two items share one id.' },
  'plan:ref-resolves': {
    severity: 'error',
    summary: 'A reference (unit, section, figure id, [[figure]] in text) names nothing that exists.',
  },
  'plan:source-phrase-found': {
    severity: 'error',
    summary: "A figure's source phrase does not occur in the edition's source document.",
  },
  'plan:source-phrase-has-value': {
    severity: 'error',
    summary: "A figure's value does not appear in its source phrase.",
  },
  'plan:sum-matches-total': {
    severity: 'error',
    summary:
      'A published total differs from the sum of its rows: a warning within rounding, an error beyond.',
  },
  'plan:share-matches-value': {
    severity: 'error',
    summary: 'A published share differs from value ÷ total: a warning within rounding, an error beyond.',
  },
  'plan:ratio-matches-value': {
    severity: 'error',
    summary: 'A ratio stated in the text differs from numerator ÷ denominator beyond rounding.',
  },
  'plan:part-within-whole': {
    severity: 'error',
    summary: 'A figure marked as part of another (partOf) is larger than the whole.',
  },
  'plan:translation-missing': { severity: 'error', summary: 'A text lacks its Chinese or English version.' },
  'plan:english-has-han': { severity: 'error', summary: 'English text contains Chinese characters.' },
  'plan:glossary-consistent': {
    severity: 'error',
    summary: 'A glossary term in the Chinese text is not rendered with its fixed English term.',
  },
  'plan:glyph-coverage': {
    severity: 'error',
    summary: 'A character cannot be rendered by the fonts the briefs embed.',
  },
  'chart:spec-invalid': {
    severity: 'error',
    summary: 'A chart spec under templates/charts/ is not valid JSON or not valid Vega-Lite.',
  },
  'chart:unknown-field': {
    severity: 'error',
    summary: 'A chart spec names a data field that the chart data does not have.',
  },
  'chart:unknown-string': {
    severity: 'error',
    summary: 'A chart spec or chart names an interface string or parameter that does not exist.',
  },
  'template:error': {
    severity: 'error',
    summary: 'The brief template has a Handlebars syntax error or names a missing field, or a workbook string is missing or not a valid sheet name.',
  },
  'template:markup': {
    severity: 'error',
    summary: 'A template produced markup that is not part of the document vocabulary.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

/** Link from a diagnostic to the rule's explanation for editors. */
export function ruleUrl(ruleId: RuleId): string {
  return `CONTRIBUTING.md#${ruleId.replace(':', '')}`;
}
