/**
 * Text in a workbook's string parts (shared strings, table column names, page headers, a chart's
 * cached labels) is of OOXML's type ST_Xstring, where `_xHHHH_` stands for the character U+HHHH:
 * Excel and LibreOffice read a label holding "_x000D_" as a carriage return and Excel reads
 * "_x0041_" as "A". exceljs writes text as it is (and decodes such sequences when it reads), so a
 * text holding one is written with every underscore as `_x005F_` (an underscore): the reader then
 * finds only those, and shows the text as the data has it.
 */
const xstringEscape = /_x[0-9A-Fa-f]{4}_/;

/** A text as ST_Xstring, so that a spreadsheet shows it as given. */
export function escapeXstring(text: string): string {
  // Every underscore, not only those that open a sequence: "_x005F_x0041_" has two that overlap.
  return xstringEscape.test(text) ? text.replace(/_/g, '_x005F_') : text;
}

/** A part's text nodes and name attributes in ST_Xstring: the shared strings, and a table part's column names. */
export function escapeXstringPart(name: string, part: Buffer): Buffer {
  const xml = part.toString('utf8');
  if (!xstringEscape.test(xml)) return part;
  if (name === 'xl/sharedStrings.xml')
    return Buffer.from(
      xml.replace(/(<t(?: [^>]*)?>)([^<]*)(<\/t>)/g, (_m, open: string, text: string, close: string) => open + escapeXstring(text) + close),
      'utf8',
    );
  if (/^xl\/tables\/table\d+\.xml$/.test(name))
    return Buffer.from(
      xml.replace(
        /(<tableColumn [^>]*?name=")([^"]*)(")/g,
        (_m, open: string, text: string, close: string) => open + escapeXstring(text) + close,
      ),
      'utf8',
    );
  return part;
}
