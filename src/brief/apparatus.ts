import type { ChartNode, DocNode, TableNode } from './markup.js';

/**
 * Numbers every table and chart of the document tree: "表4" / "Table 4.", "图2" / "Figure 2.". A
 * table whose caption already carries a number in the same form (the source's own tables, whose
 * captions the data gives as published) keeps it; the others are numbered in reading order after
 * the largest such number, so the brief's numbers never clash with the source's. Returns a new tree.
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

const numbered = (label: string, n: number, caption: string) => `${label.replace('{n}', String(n))} ${caption}`.trim();

export function numberApparatus(nodes: readonly DocNode[], labels: ApparatusLabels): DocNode[] {
  const taken = new Set<number>();
  for (const node of nodes) {
    if (node.type !== 'table') continue;
    const n = captionNumber(node.caption, labels.table);
    if (n !== undefined) taken.add(n);
  }
  let nextTable = Math.max(0, ...taken) + 1;
  let nextFigure = 1;
  return nodes.map((node): DocNode => {
    if (node.type === 'table') {
      if (captionNumber(node.caption, labels.table) !== undefined) return node;
      while (taken.has(nextTable)) nextTable++;
      const table: TableNode = { ...node, caption: numbered(labels.table, nextTable, node.caption) };
      taken.add(nextTable);
      return table;
    }
    if (node.type === 'chart') {
      const chart: ChartNode = { ...node, caption: numbered(labels.figure, nextFigure++, node.caption ?? '') };
      return chart;
    }
    return node;
  });
}
