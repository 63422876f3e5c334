/**
 * Every message text that validation shows an editor, in one place (after vega-lite's
 * log/message.ts). Tests compare against these builders, not against copied strings.
 */
const fmt = (n: number): string => String(Number(n.toFixed(10)));

export const messages = {
  fileMissing: (path: string) => `File ${path} is missing; every edition needs it.`,
  notAFile: () => 'This path is not a regular file.',
  fileTooLarge: (size: number, max: number) => `File is ${size} bytes; data files may be at most ${max} bytes.`,
  fileBinary: (offset: number) => `File holds a NUL byte at offset ${offset}: it looks binary, not text.`,
  fileNotUtf8: () => 'File is not valid UTF-8 text; save it as UTF-8.',
  fileEmpty: () => 'File is empty; it must hold the data described in CONTRIBUTING.md.',
  yamlSyntax: (detail: string, more: number) =>
    `YAML syntax error: ${detail}${more > 0 ? ` (${more} more error${more === 1 ? '' : 's'} follow from it; fix this one first)` : ''}`,
  duplicateKey: () => 'This key appears twice in the same mapping; keep one.',

  required: (key: string) => `Field "${key}" is required here.`,
  emptyText: (key: string) => `Field "${key}" must not be empty.`,
  wrongType: (key: string, expected: string, received: string) =>
    `Field "${key}" must be ${expected}, not ${received}.`,
  notFinite: (key: string) => `Field "${key}" must be a finite number (not .inf or .nan).`,
  tooSmall: (key: string, detail: string) => `Field "${key}" is too small: ${detail}.`,
  tooBig: (key: string, detail: string) => `Field "${key}" is too large: ${detail}.`,
  badFormat: (key: string, expected: string) => `Field "${key}" must be ${expected}.`,
  notInList: (key: string, allowed: readonly string[]) => `Field "${key}" must be one of: ${allowed.join(', ')}.`,
  unknownKey: (key: string) => `Unknown field "${key}"; check its spelling against CONTRIBUTING.md.`,
  schemaOther: (key: string, detail: string) => `Field "${key}": ${detail}.`,

  translationMissing: (lang: 'zh' | 'en') =>
    lang === 'en' ? 'The English version of this text is missing.' : 'The Chinese version of this text is missing.',
  englishHasHan: (chars: string) => `English text contains Chinese characters "${chars}"; translate them.`,
  glossary: (zh: string, en: string) => `The Chinese text uses the glossary term "${zh}"; its English must say "${en}".`,
  glyphMissing: (char: string, codePoint: string, font: string) =>
    `Character "${char}" (${codePoint}) cannot be rendered: the font ${font} has no glyph for it.`,

  duplicateId: (id: string, first: string) => `Id "${id}" is already used at ${first}.`,
  unknownUnit: (unit: string) => `Unit "${unit}" is not in data/units.yaml; add it there or use a listed unit.`,
  unknownSection: (section: string, kind: string) => `Section "${section}" is not one of the ${kind} sections in sections.yaml.`,
  unknownFigure: (ref: string) => `"${ref}" names no figure of this edition.`,
  editionFolder: (id: string, folder: string) => `Edition id "${id}" must equal its folder name "${folder}".`,

  phraseNotFound: (phrase: string) => `Source phrase "${phrase}" does not occur in the source document.`,
  valueNotInPhrase: (field: string, value: number, phrase: string) =>
    `${field} ${fmt(value)} does not appear in its source phrase "${phrase}".`,

  totalWithinRounding: (label: string, column: string, total: number, sum: number) =>
    `${label}: the published total of ${column}, ${fmt(total)}, differs from the sum of the rows, ${fmt(sum)}, within rounding; the published figure is kept.`,
  totalBeyondRounding: (label: string, column: string, total: number, sum: number, tolerance: number) =>
    `${label}: the published total of ${column}, ${fmt(total)}, differs from the sum of the rows, ${fmt(sum)}, by more than rounding explains (±${fmt(tolerance)}).`,
  shareWithinRounding: (label: string, share: number, computed: number) =>
    `${label}: published share ${fmt(share)}% differs from value ÷ total = ${fmt(computed)}% in the last digit, within rounding; the published figure is kept.`,
  shareBeyondRounding: (label: string, share: number, computed: number) =>
    `${label}: published share ${fmt(share)}% differs from value ÷ total = ${fmt(computed)}% by more than rounding explains.`,
  ratioBeyondRounding: (label: string, ratio: number, computed: number) =>
    `${label}: stated ratio ${fmt(ratio)}% differs from numerator ÷ denominator = ${fmt(computed)}% by more than rounding explains.`,
  ratioWithinRounding: (label: string, ratio: number, computed: number) =>
    `${label}: stated ratio ${fmt(ratio)}% differs from numerator ÷ denominator = ${fmt(computed)}% in the last digit, within rounding.`,
  partExceedsWhole: (label: string, part: number, whole: number) =>
    `${label}: the part ${fmt(part)} is larger than the whole ${fmt(whole)} it belongs to.`,
  acknowledged: (message: string, note: string) => `${message} Acknowledged in the data: ${note}`,
} as const;

export const formatNumber = fmt;
