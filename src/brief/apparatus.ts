import { splitCaptionNumber } from '../dataset/caption-number.js';
import type { ChartNode, DocNode, TableNode } from './markup.js';

/**
 * Numbers every table and chart of the document tree in reading order: "表 4" / "Table 4.",
 * "图 2" / "Figure 2.". The source's own table numbers never appear in a caption (see
 * sourceCaption): a brief that reordered or added tables would otherwise show 1, 4, 2, 3.
 */
export interface ApparatusLabels {
  /** "Table {n}." / "表{n}" */
  readonly table: string;
  /** "Figure {n}." / "图{n}" */
  readonly figure: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number a caption starts with in the label's form ("Table 2. …" → 2), or undefined. */
export function captionNumber(caption: string, label: string): number | undefined {
  const [before, after] = label.split('{n}');
  if (after === undefined) return undefined;
  const match = new RegExp(`^${escapeRegExp(before!)}(\\d+)${escapeRegExp(after)}(\\s|$)`).exec(caption);
  return match ? Number(match[1]) : undefined;
}

/**
 * A caption as the data gives it (the source's, as published: "表2 2025年…" / "Table 2. 2025 …",
 * or "Table 2 2025 …", "表 2：…") without the source's number in any of its forms, and that
 * number, which the table's source line cites instead.
 */
export function sourceCaption(caption: string): { caption: string; number: number | undefined } {
  return splitCaptionNumber(caption);
}

/**
 * The label and the caption are joined by a no-break space: it never breaks, and Chinese
 * typography (which removes spaces between a digit and a Chinese character) leaves it, so that
 * "表 16 项目储备" keeps the space GB/T 7713 shows between number and title.
 */
const numbered = (label: string, n: number, caption: string) => `${label.replace('{n}', String(n))}\u00a0${caption}`.trim();

export function numberApparatus(nodes: readonly DocNode[], labels: ApparatusLabels): DocNode[] {
  let nextTable = 1;
  let nextFigure = 1;
  return nodes.map((node): DocNode => {
    if (node.type === 'table') {
      const table: TableNode = { ...node, caption: numbered(labels.table, nextTable++, node.caption) };
      return table;
    }
    if (node.type === 'chart') {
      const chart: ChartNode = { ...node, caption: numbered(labels.figure, nextFigure++, node.caption ?? '') };
      return chart;
    }
    return node;
  });
}
