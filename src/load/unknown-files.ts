import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { rule as fileUnknown } from '../diagnostics/rules/plan/file-unknown.js';
import { rule as fileUnreadable } from '../diagnostics/rules/plan/file-unreadable.js';
import { firstInvalidUtf8, looksUtf16, pathKind } from './file-kind.js';

/**
 * No file under data/ is silently ignored (but hidden ones, whose name starts with "."): a file the project does not read is a warning naming it
 * and the files expected (often it is a misspelt name, and an editor's whole file would vanish
 * from the reports); a binary or unreadable one, or a FIFO, device or link out of the data folder,
 * is an error. Other files (documents, spreadsheets, images) belong in an `attachments/` folder,
 * which is never read.
 */
export const attachmentsFolder = 'attachments';

const start = { line: 1, column: 1 } as const;

/** Edit distance, for "did you mean …?" (names are short). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The expected name closest to `name`, when close enough to be a typo (also for field names). */
export function closestName(name: string, expected: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const candidate of expected) {
    const d = distance(lower.slice(0, 80), candidate.toLowerCase());
    if (d <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}

/** Whether the start of a file looks like text: UTF-8, no NUL, not UTF-16. */
function looksLikeText(absPath: string): boolean {
  const sample = Buffer.alloc(64 * 1024);
  let length = 0;
  const fd = openSync(absPath, 'r');
  try {
    length = readSync(fd, sample, 0, sample.length, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = sample.subarray(0, length);
  if (looksUtf16(bytes) || bytes.includes(0)) return false;
  const invalid = firstInvalidUtf8(bytes);
  // A character cut at the end of the sample is not an error.
  return invalid === -1 || invalid > length - 4;
}

/**
 * Reports every entry of `dir` that is not in `expected` (files) or `folders`. `display` names a
 * path for diagnostics; `within` is the folder links may point into. `report` is `data-files` where
 * the expected list is incomplete (a file that names documents could not be read): then a text file
 * that is not YAML may be one of those documents, and is not reported as unread; misspelt data
 * files, binaries and links are reported still.
 */
export function checkUnknownEntries(
  dir: string,
  expected: { readonly files: readonly string[]; readonly folders: readonly string[] },
  display: (absPath: string) => string,
  within: string,
  sink: DiagnosticSink,
  report: 'all' | 'data-files' = 'all',
): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  const listed = [...expected.files, ...expected.folders.map((f) => `${f}/`)];
  for (const name of names) {
    if (name === attachmentsFolder && expected.folders.includes(name)) checkAttachments(path.join(dir, name), display, within, sink);
    if (expected.files.includes(name) || expected.folders.includes(name)) continue;
    const absPath = path.join(dir, name);
    const file = display(absPath);
    const kind = pathKind(absPath, within);
    if (kind.kind === 'missing') continue; // removed meanwhile
    // A hidden entry (".DS_Store", an editor's ".tables.yaml.swp" or ".#tables.yaml" lock, a
    // ".draft-2026" folder set aside) is never read, built or hashed, so it is passed over in
    // silence, as git and editors pass them; only a link out of the data folder or to a device is
    // still refused, since "nothing under data/ resolves outside it" holds for every name.
    // Only a hidden copy of an expected name (".headline.yaml", hidden by mistake) is still named.
    const hiddenData = expected.files.includes(name.slice(1)) || expected.folders.includes(name.slice(1));
    if (name.startsWith('.') && !hiddenData && (kind.kind !== 'refused' || !existsSync(absPath))) continue;
    if (kind.kind === 'refused') {
      sink.add({ ruleId: 'plan:file-unreadable', file, place: start, message: fileUnreadable.messages.notAFile(kind.reason) });
      continue;
    }
    let text = true;
    if (kind.kind === 'file') {
      try {
        text = looksLikeText(absPath);
      } catch (error) {
        sink.add({
          ruleId: 'plan:file-unreadable',
          file,
          place: start,
          message: fileUnreadable.messages.fileUnreadable(error instanceof Error ? error.message : String(error)),
        });
        continue;
      }
    }
    const suggestion = closestName(name, kind.kind === 'folder' ? expected.folders : expected.files);
    if (!text) {
      sink.add({
        ruleId: 'plan:file-unreadable',
        file,
        place: start,
        message: fileUnreadable.messages.unknownBinaryFile(name, suggestion, listed, attachmentsFolder),
      });
      continue;
    }
    // A misspelt name of a data file that is absent would leave its part out of the edition
    // (every part but edition.yaml is optional): an error, not a warning.
    if (report === 'data-files' && kind.kind === 'file' && !/\.ya?ml$/i.test(name)) continue;
    const leavesOut = suggestion !== undefined && kind.kind === 'file' && !names.includes(suggestion) && /\.ya?ml$/i.test(name);
    sink.add({
      ruleId: 'plan:file-unknown',
      ...(leavesOut ? { severity: 'error' as const } : {}),
      file,
      place: start,
      message: fileUnknown.messages.unknownFile(name, suggestion, listed, attachmentsFolder),
    });
  }
}

// An attachments folder is walked for links only; a tree larger than this is not walked further.
const maxAttachmentEntries = 100_000;

/**
 * An attachments folder is never read, but nothing under data/ may resolve outside it: a link out
 * of it (the folder itself, or any entry at any depth, hidden ones too) is an error naming the
 * link and where it points. Links are not followed, so a link to a folder or a loop ends the walk there.
 */
function checkAttachments(folder: string, display: (absPath: string) => string, within: string, sink: DiagnosticSink): void {
  let root: string;
  try {
    root = realpathSync(within);
  } catch {
    return;
  }
  let seen = 0;
  const visit = (absPath: string): void => {
    if (++seen > maxAttachmentEntries) return;
    let stat: Stats;
    try {
      stat = lstatSync(absPath);
    } catch {
      return; // removed meanwhile
    }
    if (stat.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absPath);
      } catch {
        return; // a link to nothing leads nowhere, and is never read
      }
      const relative = path.relative(root, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        sink.add({
          ruleId: 'plan:file-unreadable',
          file: display(absPath),
          place: start,
          message: fileUnreadable.messages.linkOutOfData(target),
        });
      }
      return;
    }
    if (!stat.isDirectory()) return;
    let entries: string[];
    try {
      entries = readdirSync(absPath).sort();
    } catch {
      return;
    }
    for (const entry of entries) visit(path.join(absPath, entry));
  };
  visit(folder);
}
