import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { loadYamlFile } from '../load/source-file.js';
import type { Locale } from '../model/format.js';
import type { SourceFile } from '../dataset/source-file.js';

/** Interface text of one locale: a tree of strings from templates/strings/<locale>.yaml. */
export interface UiStrings {
  readonly file: string;
  readonly tree: unknown;
  /** The parsed file, with positions, for checks such as glyph coverage. */
  readonly source: SourceFile;
}

export function loadUiStrings(rootDir: string, locale: Locale, sink: DiagnosticSink): UiStrings | undefined {
  const file = path.join('templates', 'strings', `${locale}.yaml`);
  const source = loadYamlFile(path.join(rootDir, file), file, sink);
  return source ? { file, tree: source.value, source } : undefined;
}

/** The string at a dotted key, or undefined. */
export function lookup(strings: UiStrings, key: string): string | undefined {
  let node: unknown = strings.tree;
  for (const part of key.split('.')) {
    // Own keys only: a key from the data such as "constructor" must not find Object's.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills {name} placeholders. Values are inserted as text, never interpreted. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * A function that fills the interface string at `prefix + key` with `values` and the caller's
 * extras, and stops with a program fault naming the file when the string is missing (a template
 * check finds such faults before a build; src/build/check-templates.ts).
 */
export function sayer(
  strings: UiStrings,
  values: Readonly<Record<string, string | number>>,
  prefix = '',
): (key: string, extra?: Readonly<Record<string, string | number>>) => string {
  return (key, extra = {}) => {
    const text = lookup(strings, `${prefix}${key}`);
    if (text === undefined) throw new Error(`String "${prefix}${key}" is not in ${strings.file}`);
    return fill(text, { ...values, ...extra });
  };
}
