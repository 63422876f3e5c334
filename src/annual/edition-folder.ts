/**
 * What the commands that start an edition (npm run new-edition, npm run draft) share: the bad
 * input they refuse before writing anything, the writing of a new edition folder whole or not at
 * all, and the validation of what they wrote.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { builtInIds, isValidId, textLimits } from '../dataset/schema.js';
import type { GlyphCoverage } from '../fonts/coverage.js';
import { listEditionFolders, loadDataset } from '../load/dataset.js';
import { validateDataset } from '../validate/validate.js';

/** Bad input that nothing was written for: said in both languages. */
export class EditionInputError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(`${en}\n${zh}`);
  }
}

/**
 * Refuses an id that is not a valid edition id (the check validation applies, built-in names such
 * as "constructor" included), or that names an edition (or anything) that exists.
 */
export function checkNewId(dataDir: string, id: string): string {
  if (!isValidId(id)) {
    const names = builtInIds.map((n) => `"${n}"`).join(', ');
    throw new EditionInputError(
      `--id "${id}" is not a valid edition id: use lower-case letters, digits and hyphens (at most ${textLimits.id}), such as binjiang-2026, other than ${names} (names every JavaScript object has).`,
      `--id“${id}”不是有效的版本编号:请使用小写字母、数字和连字符(至多 ${textLimits.id} 个),如 binjiang-2026,且不能是 ${names}(每个 JavaScript 对象都有的名称)。`,
    );
  }
  const dir = path.join(dataDir, 'editions', id);
  if (existsSync(dir)) {
    throw new EditionInputError(
      `Edition "${id}" exists already (${dir}): nothing was written. Choose another --id, or remove that folder first.`,
      `版本“${id}”已存在(${dir}):未写入任何文件。请换一个 --id,或先删除该文件夹。`,
    );
  }
  return dir;
}

/** Refuses a --from edition that is not a folder of the data. */
export function checkExistingEdition(dataDir: string, id: string): void {
  const folders = listEditionFolders(dataDir);
  if (folders.includes(id)) return;
  const known = folders.length > 0 ? folders.join(', ') : '(none)';
  throw new EditionInputError(
    `--from "${id}" names no edition under ${path.join(dataDir, 'editions')} (editions: ${known}): nothing was written.`,
    `--from“${id}”不是 ${path.join(dataDir, 'editions')} 下的版本(现有版本:${known}):未写入任何文件。`,
  );
}

/**
 * Writes the files of a new edition folder whole or not at all: into a hidden folder beside it
 * (which no command reads), renamed into place at the end. Never replaces a folder that exists.
 */
export function writeEditionFolder(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  const temp = path.join(path.dirname(dir), `.${path.basename(dir)}.${process.pid}.tmp`);
  mkdirSync(path.dirname(dir), { recursive: true });
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(temp);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(temp, name), bytes);
    if (existsSync(dir))
      throw new EditionInputError(`${dir} appeared meanwhile: nothing was written.`, `${dir} 已在此期间出现:未写入任何文件。`);
    renameSync(temp, dir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The diagnostics of one edition of the data (with the checks across editions), after it was written. */
export function validateWritten(dataDir: string, rootDir: string, folder: string, glyphs: GlyphCoverage): readonly Diagnostic[] {
  const sink = new DiagnosticSink();
  validateDataset(loadDataset({ dataDir, rootDir }, sink), { glyphs }, sink);
  return sink.items.filter((d) => d.file.includes(`editions/${folder}/`));
}

/** Counts of diagnostics by rule, most frequent first: "12 plan:drafted, 3 plan:translation-missing". */
export function countByRule(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${n} ${rule}`)
    .join(', ');
}
