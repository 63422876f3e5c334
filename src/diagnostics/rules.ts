/**
 * Every rule that validation can emit, with its default severity and a one-line description.
 * CONTRIBUTING.md documents each id; a test checks that every id here is documented and has a
 * passing and a failing fixture.
 */
export type Severity = 'error' | 'warning';

export interface RuleInfo {
  readonly severity: Severity;
  readonly summary: string;
  /** What to do about it, in both languages; printed after every message. */
  readonly fix: { readonly en: string; readonly zh: string };
}

export const rules = {
  'plan:file-missing': {
    severity: 'error',
    fix: { en: 'Restore the file: copy it from another edition and change it.', zh: '恢复该文件:从其他版本复制一份再修改。' },
    summary: 'A file that every edition needs is missing.',
  },
  'plan:file-unreadable': {
    severity: 'error',
    fix: { en: 'Save it as UTF-8 text from a text editor (not a word processor), under 1 MiB.', zh: '用文本编辑器(不要用文字处理软件)另存为 UTF-8 文本,且不超过 1 MiB。' },
    summary: 'A data file cannot be read as text: too large, binary, or not UTF-8.',
  },
  'plan:file-empty': {
    severity: 'error',
    fix: { en: 'Restore its contents.', zh: '恢复文件内容。' },
    summary: 'A data file is empty.',
  },
  'plan:file-unknown': {
    severity: 'warning',
    fix: { en: 'Rename it to the file the message suggests, or move it into attachments/ if it is not data.', zh: '按提示改成应有的文件名;不是数据的文件请移到 attachments/ 文件夹。' },
    summary: 'A file or folder under data/ that the project does not read (often a misspelt file name).',
  },
  'plan:yaml-syntax': {
    severity: 'error',
    fix: { en: 'Look at the line named and the one before; put texts containing ", " or ": " in double quotes.', zh: '检查所指的行及其上一行;含有“, ”或“: ”的文本请加英文双引号。' },
    summary: 'A data file is not well-formed YAML.',
  },
  'plan:duplicate-key': {
    severity: 'error',
    fix: { en: 'Keep one of the two.', zh: '只保留其中一个。' },
    summary: 'The same key appears twice in one mapping.',
  },
  'plan:schema-required': {
    severity: 'error',
    fix: { en: 'Add the field.', zh: '补上该字段。' },
    summary: 'A required field is missing.',
  },
  'plan:schema-type': {
    severity: 'error',
    fix: { en: 'Write a plain number (120.5), text, or a file name inside the edition folder, as the field needs.', zh: '按字段要求填写:普通数字(如 120.5)、文本,或版本文件夹内的文件名。' },
    summary: 'A field has the wrong type (text, number, list, …), or a number that is not finite.',
  },
  'plan:text-too-long': {
    severity: 'error',
    fix: { en: 'Shorten the text to the length the message gives.', zh: '把文字缩短到消息所给的长度以内。' },
    summary: 'A text is longer than its field allows.',
  },
  'plan:control-character': {
    severity: 'error',
    fix: { en: 'Delete the invisible character at the position named (retype the text around it if you cannot see it).', zh: '删除所指位置的不可见字符(看不见时,重新输入其前后的文字)。' },
    summary: 'A text holds an invisible control character (or a line break where the text must be one line).',
  },
  'plan:number-precision': {
    severity: 'error',
    fix: { en: 'Write the number as published, with no more decimals than the source.', zh: '按公布数填写,小数位数不超过原文。' },
    summary: 'A number has more decimals or digits than the reports can show.',
  },
  'plan:schema-enum': {
    severity: 'error',
    fix: { en: 'Use one of the values the message lists.', zh: '改用消息中列出的值之一。' },
    summary: 'A field holds a value outside its allowed list.',
  },
  'plan:schema-unknown-key': {
    severity: 'error',
    fix: { en: 'Correct the spelling of the field name.', zh: '更正字段名的拼写。' },
    summary: 'A field name is not one the schema knows (often a typo).',
  },
  'plan:id-unique': {
    severity: 'error',
    fix: { en: 'Give one of them a new id, and update any [[id]] citing it.', zh: '给其中一个换一个新编号,并同步修改引用它的 [[编号]]。' },
    summary: 'Two items share one id.',
  },
  'plan:ref-resolves': {
    severity: 'error',
    fix: { en: 'Correct the reference, or add the unit to data/units.yaml.', zh: '更正引用,或在 data/units.yaml 中添加该单位。' },
    summary: 'A reference (unit, section, figure id, [[figure]] in text) names nothing that exists.',
  },
  'plan:source-phrase-found': {
    severity: 'error',
    fix: { en: 'Copy the phrase exactly from source.txt, punctuation included.', zh: '从 source.txt 中原样复制出处原文,包括标点。' },
    summary: "A figure's source phrase does not occur in the edition's source document.",
  },
  'plan:source-phrase-has-value': {
    severity: 'error',
    fix: { en: 'Correct the number, or cite the phrase that states it.', zh: '更正数值,或改为引用写有该数值的原文。' },
    summary: "A figure's value does not appear in its source phrase.",
  },
  'plan:sum-matches-total': {
    severity: 'error',
    fix: { en: 'Check each row and the total against the document.', zh: '对照原文逐行核对各行及合计。' },
    summary:
      'A published total differs from the sum of its rows: a warning within rounding, an error beyond.',
  },
  'plan:share-matches-value': {
    severity: 'error',
    fix: { en: 'Check the figures; if the document publishes them so, acknowledge it with knownDiscrepancies.', zh: '核对数据;若原文即如此公布,请用 knownDiscrepancies 加以说明。' },
    summary: 'A published share differs from value ÷ total: a warning within rounding, an error beyond.',
  },
  'plan:ratio-matches-value': {
    severity: 'error',
    fix: { en: 'Check the three figures; if the document publishes them so, acknowledge it with knownDiscrepancies.', zh: '核对这三个数据;若原文即如此公布,请用 knownDiscrepancies 加以说明。' },
    summary: 'A ratio stated in the text differs from numerator ÷ denominator beyond rounding.',
  },
  'plan:part-within-whole': {
    severity: 'error',
    fix: { en: 'Check both figures against the document.', zh: '对照原文核对这两个数据。' },
    summary: 'A figure marked as part of another (partOf) is larger than the whole.',
  },
  'plan:translation-missing': {
    severity: 'error',
    fix: { en: 'Add the translation.', zh: '补上译文。' },
    summary: 'A text lacks its Chinese or English version.',
  },
  'plan:english-has-han': {
    severity: 'error',
    fix: { en: 'Translate the Chinese characters; for a term, use its glossary rendering.', zh: '将中文字符译成英文;术语请用词汇表中的译法。' },
    summary: 'English text contains Chinese characters.',
  },
  'plan:glossary-consistent': {
    severity: 'error',
    fix: { en: 'Use the rendering from data/glossary.yaml, or change the glossary for every edition at once.', zh: '使用 data/glossary.yaml 中的译法,或统一修改词汇表。' },
    summary: 'A glossary term in the Chinese text is not rendered with its fixed English term.',
  },
  'plan:glyph-coverage': {
    severity: 'error',
    fix: { en: 'Retype the character, or replace it with a common equivalent.', zh: '重新输入该字符,或换成常用的等价字符。' },
    summary: 'A character cannot be rendered by the fonts the briefs embed.',
  },
  'chart:spec-invalid': {
    severity: 'error',
    fix: { en: 'Correct the JSON at that line, or the Vega-Lite property the message names.', zh: '更正该行的 JSON,或消息所指的 Vega-Lite 属性。' },
    summary: 'A chart spec under templates/charts/ is not valid JSON or not valid Vega-Lite.',
  },
  'chart:unknown-field': {
    severity: 'error',
    fix: { en: 'Use one of the fields the message lists.', zh: '改用消息中列出的字段之一。' },
    summary: 'A chart spec names a data field that the chart data does not have.',
  },
  'chart:unknown-string': {
    severity: 'error',
    fix: { en: 'Add the string in both languages under templates/strings/, or restore the param.', zh: '在 templates/strings/ 中用两种语言添加该字符串,或恢复该参数。' },
    summary: 'A chart spec or chart names an interface string or parameter that does not exist.',
  },
  'template:error': {
    severity: 'error',
    fix: { en: 'Correct the name at that line.', zh: '更正该行中的名称。' },
    summary: 'The brief template has a Handlebars syntax error or names a missing field, or a workbook string is missing or not a valid sheet name.',
  },
  'template:markup': {
    severity: 'error',
    fix: { en: 'Use the elements listed at the top of templates/brief/brief.hbs.', zh: '使用 templates/brief/brief.hbs 开头列出的元素。' },
    summary: 'A template produced markup that is not part of the document vocabulary.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

/** Link from a diagnostic to the rule's explanation for editors. */
export function ruleUrl(ruleId: RuleId): string {
  return `CONTRIBUTING.md#${ruleId.replace(':', '')}`;
}
