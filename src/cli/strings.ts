import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Locale } from '../model/format.js';
import { loadUiStrings, type UiStrings } from '../present/strings.js';

/**
 * The interface strings of a locale for a command run in `rootDir`: of that checkout, or of the
 * program itself when the command runs in a data-only repository.
 */
export function commandStrings(rootDir: string, locale: Locale): UiStrings | undefined {
  return loadUiStrings(stringsRoot(rootDir), locale, new DiagnosticSink());
}

/** The folder whose templates/strings/ a command run in `rootDir` reads: that checkout's, or the program's own. */
export function stringsRoot(rootDir: string): string {
  return existsSync(path.join(rootDir, 'templates', 'strings')) ? rootDir : programRoot();
}

/**
 * The program's own checkout: the nearest folder above this module that holds templates/strings/
 * (this file is src/cli/strings.ts, or part of dist/plan-briefs.cjs once bundled).
 */
function programRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'templates', 'strings')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
