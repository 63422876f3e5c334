/**
 * Sheet names from the data (a statistical table's `sheet`) made valid for Excel and unique in
 * the workbook: Excel refuses : \ / ? * [ ], a name longer than 31 characters, one that starts or
 * ends with an apostrophe, and two names that differ only in case; and a spreadsheet reads `_x0041_` as "A". A name that would break one of
 * these rules is mended (the character becomes "-", a repeated name gets " (2)"), so that an
 * edition's wording never stops the build.
 */
const maxLength = 31;

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
 * Column names for one Excel table, each different (case-insensitively) from the others: Excel
 * repairs a workbook whose table has two columns of one name by deleting the table. A declared
 * column of words may be labelled like the row label or a figure column ("Sector" beside
 * "Sector"); a repeated name gets " (2)", as the sheet names do.
 */
export function uniqueColumnNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
