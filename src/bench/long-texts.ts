/**
 * Editions whose every text is as long as the schema allows: the pathological case of the benchmark
 * and of test/build/max-length.test.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { multiLineFields, sheetNameLimit, textLimits } from '../dataset/schema.js';

/** How a maximum-length text is made: one unbroken word, spaced words, or Chinese. */
export interface LongText {
  readonly en: (length: number) => string;
  readonly zh: (length: number) => string;
}

export const longWord: LongText = { en: (n) => 'W'.repeat(n), zh: (n) => '发展'.repeat(n).slice(0, n) };
export const spacedWords: LongText = {
  en: (n) => 'word '.repeat(n).slice(0, n).trimEnd() + 'x'.repeat(n - 'word '.repeat(n).slice(0, n).trimEnd().length),
  zh: (n) => '经济，社会'.repeat(n).slice(0, n),
};

/**
 * Rewrites every bilingual text of an edition folder to its maximum length (labels, titles and
 * captions to the short limit, paragraphs to the paragraph limit) by putting long text before its
 * own words, keeping ids, figures and source phrases, so that the edition still validates.
 */
export function maximiseTexts(editionDir: string, style: LongText): void {
  // Sheet names must stay distinct (Excel ignores case): each ends in its own number.
  const sheets = { zh: 0, en: 0 };
  for (const file of readdirSync(editionDir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parseDocument(readFileSync(path.join(editionDir, file), 'utf8'));
    // header: a text that heads a workbook table's column (a table's dimension, a column's label), with its own limit.
    const visit = (
      node: Node | null,
      inParagraph: boolean,
      sheet = false,
      inDiscrepancy = false,
      header = false,
      inColumns = false,
    ): void => {
      if (isSeq(node)) for (const item of node.items) visit(item as Node, inParagraph, false, inDiscrepancy, false, inColumns);
      if (!isMap(node)) return;
      // A rank target's words are read for its position and checked against its phrase (保持全市前3位): kept.
      const rankTarget = node.items.some(
        (pair) => isScalar(pair.key) && pair.key.value === 'kind' && isScalar(pair.value) && pair.value.value === 'rank',
      );
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (rankTarget && key === 'text') continue;
        // A row's words in a declared text column (统计口径) are quoted from its phrase: kept.
        if (key === 'texts') continue;
        // An acknowledged discrepancy's note is one short text, though other notes are paragraphs.
        const paragraph = key === 'knownDiscrepancies' ? false : inParagraph || (multiLineFields.has(key) && !inDiscrepancy);
        // A standing's words are quoted from its phrase (前列), as figures are: kept.
        if (key === 'standing') continue;
        // The edition's place names are words of its documents (plan:source-phrase-found): kept.
        if (file === 'edition.yaml' && (key === 'district' || key === 'city' || key === 'province')) continue;
        // A comparison figure's label is words of its phrase (context.yaml, plan:estimate-word): kept.
        if (file === 'context.yaml' && key === 'label') continue;
        if (key === 'sheet') {
          visit(pair.value as Node, false, true);
          continue;
        }
        if (key === 'dimension' || key === 'district' || (inColumns && key === 'label')) {
          visit(pair.value as Node, false, false, false, true);
          continue;
        }
        if (key === 'columns' || key === 'textColumns') {
          visit(pair.value as Node, paragraph, false, inDiscrepancy, false, true);
          continue;
        }
        if ((key === 'zh' || key === 'en') && isScalar(pair.value) && typeof pair.value.value === 'string') {
          const limit = sheet ? sheetNameLimit : header ? textLimits.header : paragraph ? textLimits.paragraph : textLimits.short;
          if (sheet) {
            const n = String(++sheets[key]);
            pair.value.value = style[key](limit - n.length) + n;
          } else {
            // The text's own words end it, so that what validation reads in a text (the title's
            // years, the words of a compared figure's label) is still there.
            // A column header's unit in brackets goes: the workbook then adds the column's unit to a
            // header at its limit, the longest column name it can make.
            const own = header ? pair.value.value.replace(/\s*[（(][^（）()]*[)）]$/u, '') : pair.value.value;
            pair.value.value = style[key](Math.max(0, limit - own.length)) + own;
          }
        } else visit(pair.value as Node, paragraph, false, inDiscrepancy || key === 'knownDiscrepancies');
      }
    };
    visit(doc.contents as Node, false);
    writeFileSync(path.join(editionDir, file), doc.toString({ lineWidth: 0 }));
  }
}
