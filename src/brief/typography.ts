import type { DocNode } from './markup.js';

/**
 * Punctuation of the brief's text. The rules themselves live in src/present/typography.ts, which the
 * charts share; this module applies them to the document tree.
 */
export { chinesePunctuation, englishQuotes, typographyFor } from '../present/typography.js';

/** The same tree with every reader-facing text passed through `fix`. */
export function mapDocText(nodes: readonly DocNode[], fix: (text: string) => string): DocNode[] {
  return nodes.map((node): DocNode => {
    switch (node.type) {
      case 'cover':
        return {
          ...node,
          title: fix(node.title),
          subtitle: fix(node.subtitle),
          meta: node.meta.map((m) => ({ label: fix(m.label), value: fix(m.value) })),
          ...(node.notice !== undefined ? { notice: fix(node.notice) } : {}),
        };
      case 'toc':
        return { ...node, title: fix(node.title) };
      case 'heading':
      case 'paragraph':
      case 'note':
        return { ...node, text: fix(node.text) };
      case 'list':
        return { ...node, items: node.items.map(fix) };
      case 'kpis':
        return {
          ...node,
          items: node.items.map((k) => ({
            ...k,
            label: fix(k.label),
            value: fix(k.value),
            details: k.details.map(fix),
            ...(k.notes ? { notes: k.notes.map(fix) } : {}),
          })),
          ...(node.note !== undefined ? { note: fix(node.note) } : {}),
        };
      case 'table':
        return {
          ...node,
          caption: fix(node.caption),
          columns: node.columns.map((c) => ({ ...c, header: fix(c.header) })),
          rows: node.rows.map((r) => ({ ...r, cells: r.cells.map(fix) })),
          ...(node.note !== undefined ? { note: fix(node.note) } : {}),
          ...(node.source !== undefined ? { source: fix(node.source) } : {}),
        };
      case 'chart':
        return {
          ...node,
          ...(node.caption !== undefined ? { caption: fix(node.caption) } : {}),
          ...(node.source !== undefined ? { source: fix(node.source) } : {}),
        };
      case 'pagebreak':
        return node;
    }
  });
}
