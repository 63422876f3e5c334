import { existsSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Locale } from '../model/format.js';
import { loadUiStrings, type UiStrings } from '../present/strings.js';

/**
 * The interface strings of a locale for a command run in `rootDir`: of that checkout, or of the
 * program itself when the command runs in a data-only repository (scripts/run.mjs sets argv[1] to
 * src/cli/<command>.ts, two folders below the program's root).
 */
export function commandStrings(rootDir: string, locale: Locale): UiStrings | undefined {
  return loadUiStrings(stringsRoot(rootDir), locale, new DiagnosticSink());
}

/** The folder whose templates/strings/ a command run in `rootDir` reads: that checkout's, or the program's own. */
export function stringsRoot(rootDir: string): string {
  const programRoot = path.resolve(path.dirname(process.argv[1] ?? ''), '..', '..');
  return existsSync(path.join(rootDir, 'templates', 'strings')) ? rootDir : programRoot;
}
