import type { DataPath } from '../../dataset/source-file.js';

/**
 * What the reports can show, checked before anything is laid out: no invisible control characters
 * (they break the SVG and PDF text, and printed they could drive a terminal or a CI runner), and
 * no number with more precision than the formatter prints. One file per rule beside this one
 * (control-character.ts, number-precision.ts); this one holds the walk they share.
 */

export type Visitor = (value: unknown, path: DataPath) => void;

export function walk(value: unknown, path: DataPath, visit: Visitor): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}
