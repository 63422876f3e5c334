import type { Place } from '../diagnostics/diagnostic.js';

export type DataPath = readonly (string | number)[];

/** A parsed data file that remembers where every value came from. */
export interface SourceFile {
  /** Repository-relative path, used in every diagnostic. */
  readonly path: string;
  readonly text: string;
  readonly value: unknown;
  /** Line and column of the value at `path`, or of its nearest existing ancestor. */
  locate(path: DataPath): Place;
  /** Line and column of the key `path`'s last segment, where the value is a mapping entry. */
  locateKey(path: DataPath): Place;
  /** The value's text exactly as written in the file (e.g. "5.0"), where it is a scalar. */
  rawScalar(path: DataPath): string | undefined;
}

/** Decimal places as published: "5.0" has one, whatever the YAML number became. */
export function publishedDecimals(file: SourceFile, path: DataPath, value: number): number {
  const raw = file.rawScalar(path) ?? String(value);
  const match = /\.(\d+)\s*$/.exec(raw.replace(/^['"]|['"]$/g, ''));
  return match?.[1]?.length ?? 0;
}

/** The stand-in for an optional data file that is absent: it has no text, and every place is its first line. */
export function absentFile(path: string): SourceFile {
  const start: Place = { line: 1, column: 1 };
  return { path, text: '', value: undefined, locate: () => start, locateKey: () => start, rawScalar: () => undefined };
}
