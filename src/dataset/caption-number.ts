/**
 * The number a document prints at the start of a table's caption, in every form a caption may
 * have it: "表2 …", "表 2 …", "表2：…", "Table 2. …", "Table 2 …", "TABLE 2: …". The dataset checks
 * that number against the source's caption (schema.ts); the brief numbers its tables itself and
 * cites the source's number in the source line, so it takes the number off the caption whatever
 * its form ("Table 1. Table 1 Main indicators" would otherwise be printed).
 */
const printedNumber = /^\s*(?:表|Table(?=\s))\s*(\d+)(?:\s*[.．:：、](?!\d)|(?=[\s\u3000-\u9fff])|$)\s*/i;

/** The caption without the document's number, and that number (undefined when it has none). */
export function splitCaptionNumber(caption: string): { readonly caption: string; readonly number: number | undefined } {
  const match = printedNumber.exec(caption);
  if (!match) return { caption, number: undefined };
  return { caption: caption.slice(match[0].length), number: Number(match[1]) };
}
