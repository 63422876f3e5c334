/**
 * Sheet names from the data (a statistical table's `sheet`) made valid for Excel and unique in
 * the workbook: Excel refuses : \ / ? * [ ], a name longer than 31 characters, one that starts or
 * ends with an apostrophe, and two names that differ only in case; and a spreadsheet reads `_x0041_` as "A". A name that would break one of
 * these rules is mended (the character becomes "-", a repeated name gets " (2)"), so that an
 * edition's wording never stops the build.
 */
import { excelLimits, sheetNameLimit } from '../dataset/schema.js';

const maxLength = sheetNameLimit;

export function validSheetName(name: string): string {
  // Apostrophes and spaces are taken from both ends until neither is left (found by the property test: "\n'\n").
  // "_x0041_" would be read as "A" (OOXML's escape), breaking every link and formula that names the sheet: its underscore becomes "-".
  const mended = name
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '-')
    .replace(/^['\s]+|['\s]+$/g, '');
  // Cut to length, then take off what the cut left at the end.
  return (
    [...mended]
      .slice(0, maxLength)
      .join('')
      .replace(/['\s]+$/, '') || '-'
  );
}

/** Names for `wanted`, each valid and different (case-insensitively) from `taken` and from each other. */
export function uniqueSheetNames(wanted: readonly string[], taken: Iterable<string>): string[] {
  // Excel reserves "History" (in any case) for its change tracking: a sheet of that name gets a number.
  const used = new Set([...taken, 'History'].map((n) => n.toLowerCase()));
  return wanted.map((name) => {
    const base = validSheetName(name);
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${[...base].slice(0, maxLength - suffix.length).join('')}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * Excel's limit on a table column's name and on a page header or footer: 255 characters
 * ([MS-OI29500] 2.1.681 tableColumn, 2.1.651 firstHeader, 2.1.647 evenFooter). Over it, Excel
 * repairs the workbook on opening (a column label, dimension or district name of the schema's 300
 * characters went over it).
 */
export const excelTextLimit = excelLimits.columnName;

/** `text` cut to at most `limit` UTF-16 units (as Excel counts), whole characters only, ending in "…" when cut. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length + 1 > limit) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * Column names for one Excel table, each at most 255 characters (cut with "…") and different
 * (case-insensitively) from the others: Excel repairs a workbook whose table has two columns of one
 * name by deleting the table. A declared column of words may be labelled like the row label or a
 * figure column ("Sector" beside "Sector"); a repeated name gets " (2)", as the sheet names do.
 */
export function uniqueColumnNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((name) => {
    let candidate = cutText(name, excelTextLimit);
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${cutText(name, excelTextLimit - suffix.length)}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * A page header or footer filled from `values`, at most 255 characters: the longest value is cut
 * (ending in "…") until the whole fits. A value's `&` starts a code in a header (&D the date, &P the
 * page, &A the sheet's name), so a value from the data (a district named "R&D Park") says each
 * ampersand twice.
 */
export function fittedHeaderFooter(
  fill: (values: Readonly<Record<string, string | number>>) => string,
  values: Readonly<Record<string, string | number>>,
): string {
  const current: Record<string, string | number> = { ...values };
  const filled = () => fill(Object.fromEntries(Object.entries(current).map(([key, value]) => [key, String(value).replace(/&/g, '&&')])));
  let text = filled();
  while (text.length > excelTextLimit) {
    const longest = Object.entries(current)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .sort((a, b) => b[1].length - a[1].length)[0];
    // Nothing left to cut: the template itself is too long (the strings files are checked by tests).
    if (longest === undefined || longest[1].length < 2) break;
    const [key, value] = longest;
    current[key] = cutText(value, Math.min(value.length - 1, value.length - (text.length - excelTextLimit)));
    text = filled();
  }
  return text;
}
