import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { oneLine } from '../diagnostics/escape.js';
import { InputError } from '../diagnostics/input-error.js';

/**
 * Manifests are input. output/manifest.json and the shard manifests come from a folder anyone may
 * have written to (an artifact downloaded in CI, a folder copied from another machine), so what
 * they list is checked before any file is opened: every path lies inside the output folder (no
 * `..`, no absolute path, no link out), under its edition's folder, and is read only when it is a
 * regular file of its recorded size, which is bounded. A manifest that breaks these rules is an
 * error (InputError) that names it and the entry, and nothing it lists is read, kept or removed.
 * (An entry `../../../../dev/zero` drove a build to 8.4 GB before this.)
 */

export interface ManifestEntry {
  readonly path: string;
  readonly edition: string;
  readonly sha256: string;
  readonly size: number;
  /** Hash of everything the artifact was built from. */
  readonly sourceHash: string;
}

export interface ManifestEdition {
  readonly sourceHash: string;
  /** The folders of the earlier editions of its district's series, as built (src/dataset/series.ts). */
  readonly series?: readonly string[];
}

export interface Manifest {
  readonly buildDate: string;
  readonly editions: Readonly<Record<string, ManifestEdition>>;
  /** Hash of each edition folder's metadata at the build (what links editions into a series; see incremental.ts). */
  readonly links?: Readonly<Record<string, string>>;
  readonly artifacts: readonly ManifestEntry[];
}

/** No artifact of a brief, workbook or chart comes near this; a larger recorded size is refused unread. */
export const maxArtifactBytes = 512 * 1024 * 1024;
/**
 * A manifest this tool writes takes about 300 bytes an artifact: an edition of 53 artifacts (two
 * languages) writes 16 KB. 16 MiB holds 1,000 such editions, more than a city's districts over
 * decades; a larger file is refused unread.
 */
export const maxManifestBytes = 16 * 1024 * 1024;
/** A manifest nests 4 deep (the object, "editions", an edition, its "series"); more is refused before parsing. */
export const maxManifestDepth = 8;
/**
 * A written manifest has one value (object, list, key or item) per 30 bytes or so as it is
 * indented, one per 16 or more written compactly with the shortest names; more than one per 8
 * bytes is refused before parsing: `[{},{},…]` or `[[[[…` would make a parse take a hundred times
 * the file's size in memory (66 MB of nesting drove a build to 5.4 GB).
 */
const bytesPerValue = 8;

/**
 * Why a manifest's text is not shaped like one this tool writes (too deep, or too many values for
 * its size), read before JSON.parse sees it; undefined when it may be parsed. Strings are skipped.
 */
export function jsonShapeProblem(text: string): string | undefined {
  let depth = 0;
  let values = 0;
  let line = 1;
  let column = 0;
  let inString = false;
  const allowed = 64 + Math.floor(Buffer.byteLength(text, 'utf8') / bytesPerValue);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    column++;
    if (inString) {
      if (c === 0x5c) {
        i++; // \" or \\: the next character is part of the string
        column++;
      } else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x0a) {
      line++;
      column = 0;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      values++;
      if (depth > maxManifestDepth)
        return `it nests lists or objects more than ${maxManifestDepth} deep (at line ${line}, column ${column}); a manifest nests 4 deep`;
    } else if (c === 0x7d || c === 0x5d) depth = Math.max(0, depth - 1);
    else if (c === 0x2c || c === 0x3a) values++;
    if (values > allowed)
      return `it holds more values than a manifest of its size (${allowed} for ${Buffer.byteLength(text, 'utf8')} bytes; at line ${line}, column ${column})`;
  }
  return undefined;
}

const hex64 = /^[0-9a-f]{64}$/;
// C0/C1 controls, line separators, bidi controls and zero-width characters have no place in a path we write.
const unsafeInPath = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\\:*?"<>|]/;

/** Why an entry's path is not one this tool writes, or undefined when it is. */
function pathProblem(entry: ManifestEntry): string | undefined {
  const p = entry.path;
  if (p.length === 0 || p.length > 1024) return 'is empty or longer than 1,024 characters';
  if (path.posix.isAbsolute(p) || /^[A-Za-z]:/.test(p)) return 'is absolute';
  if (unsafeInPath.test(p)) return 'holds a character no output path has (a control character, a backslash or one of :*?"<>|)';
  const segments = p.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    return 'holds an empty, "." or ".." segment and so may leave the output folder';
  if (segments.length < 2 || segments[0] !== entry.edition) return `lies outside its edition's folder (${entry.edition}/)`;
  return undefined;
}

/** Whether `value` has a manifest's shape; the text of the first problem otherwise. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const m = value as Record<string, unknown>;
  if (typeof m.buildDate !== 'string') return '"buildDate" is not a text';
  if (typeof m.editions !== 'object' || m.editions === null || Array.isArray(m.editions)) return '"editions" is not an object';
  for (const [name, edition] of Object.entries(m.editions)) {
    if (typeof (edition as { sourceHash?: unknown })?.sourceHash !== 'string') return `editions["${oneLine(name)}"] has no "sourceHash"`;
    const series = (edition as { series?: unknown }).series;
    if (series !== undefined && (!Array.isArray(series) || series.some((f) => typeof f !== 'string')))
      return `editions["${oneLine(name)}"].series is not a list of folder names`;
  }
  if (m.links !== undefined) {
    if (typeof m.links !== 'object' || m.links === null || Array.isArray(m.links)) return '"links" is not an object';
    if (Object.values(m.links).some((h) => typeof h !== 'string')) return '"links" holds a value that is not a text';
  }
  if (!Array.isArray(m.artifacts)) return '"artifacts" is not a list';
  for (const [i, a] of (m.artifacts as unknown[]).entries()) {
    const e = a as Partial<Record<keyof ManifestEntry, unknown>> | null;
    const at = `artifact ${i + 1}`;
    if (typeof e !== 'object' || e === null) return `${at} is not an object`;
    if (typeof e.path !== 'string' || typeof e.edition !== 'string' || typeof e.sourceHash !== 'string') {
      return `${at} lacks a "path", "edition" or "sourceHash" text`;
    }
    if (typeof e.sha256 !== 'string' || !hex64.test(e.sha256)) return `${at} ("${oneLine(e.path)}") has no sha256 of 64 hex digits`;
    if (typeof e.size !== 'number' || !Number.isInteger(e.size) || e.size < 0 || e.size > maxArtifactBytes) {
      return `${at} ("${oneLine(e.path)}") has a size that is not a whole number of bytes up to ${maxArtifactBytes}`;
    }
    const problem = pathProblem(e as ManifestEntry);
    if (problem) return `${at}'s path "${oneLine(e.path)}" ${problem}`;
  }
  return undefined;
}

/** Reads at most `limit` bytes of a regular file, opened without following a final link; undefined when it is none. */
function readRegularFile(file: string, limit: number): { bytes: Buffer } | { refused: string } | undefined {
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') return { refused: 'is a symbolic link' };
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    // A folder where the file belongs is the output folder's problem, told as such (command.ts).
    if (stat.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), {
        code: 'EISDIR',
        path: file,
        syscall: 'read',
      });
    if (!stat.isFile()) return { refused: 'is not a regular file' };
    if (stat.size > limit) return { refused: `is larger than ${limit} bytes` };
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and checks a manifest. Undefined when there is none, or its text is no JSON at all (a
 * damaged file: everything is rebuilt and it is written anew); an InputError when it is JSON that
 * breaks the rules above, or is not a regular file of bounded size.
 */
export function readManifest(outDir: string, name: string): Manifest | undefined {
  const file = path.join(outDir, name);
  const read = readRegularFile(file, maxManifestBytes);
  if (read === undefined) return undefined;
  if ('refused' in read) throw manifestError(file, `it ${read.refused}`);
  const text = read.bytes.toString('utf8');
  const shape = jsonShapeProblem(text);
  if (shape) throw manifestError(file, shape);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const problem = shapeProblem(value);
  if (problem) throw manifestError(file, problem);
  return value as Manifest;
}

/** Reads and checks a manifest that must exist and be JSON (a shard's). */
export function readRequiredManifest(outDir: string, name: string): Manifest {
  const file = path.join(outDir, name);
  const read = readRegularFile(file, maxManifestBytes);
  if (read === undefined) throw manifestError(file, 'it is missing');
  if ('refused' in read) throw manifestError(file, `it ${read.refused}`);
  const text = read.bytes.toString('utf8');
  const shape = jsonShapeProblem(text);
  if (shape) throw manifestError(file, shape);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw manifestError(file, `it is not JSON (${oneLine(error instanceof Error ? error.message : String(error))})`);
  }
  const problem = shapeProblem(value);
  if (problem) throw manifestError(file, problem);
  return value as Manifest;
}

function manifestError(file: string, problem: string): InputError {
  return new InputError(
    `${oneLine(file)} is not a manifest this tool wrote: ${problem}. Nothing it lists was read or changed. ` +
      'Delete it (the next build rebuilds every edition), or copy it again from the build that made it.',
  );
}

/** Whether `file`, every folder from `root` down to it resolved, lies inside `root` (no link out). */
export function resolvesInside(root: string, file: string): boolean {
  let realRoot: string;
  let realDir: string;
  try {
    realRoot = realpathSync(root);
    realDir = realpathSync(path.dirname(file));
  } catch {
    return false;
  }
  const relative = path.relative(realRoot, realDir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export type ArtifactCheck = 'same' | 'missing' | 'differs' | { readonly refused: string };

/**
 * Compares an artifact on disk with its entry: read only when it is a regular file inside the
 * output folder (folders resolved, the file itself not a link) of exactly its recorded size.
 */
export function checkArtifact(outDir: string, entry: ManifestEntry): ArtifactCheck {
  const file = path.join(outDir, entry.path);
  if (!resolvesInside(outDir, file)) {
    try {
      lstatSync(path.dirname(file));
    } catch {
      return 'missing';
    }
    return { refused: 'its folder is a link out of the output folder' };
  }
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) return { refused: stat.isSymbolicLink() ? 'it is a symbolic link' : 'it is not a regular file' };
  if (stat.size !== entry.size) return 'differs';
  const read = readRegularFile(file, entry.size);
  if (read === undefined) return 'missing';
  if ('refused' in read) return { refused: `it ${read.refused}` };
  return createHash('sha256').update(read.bytes).digest('hex') === entry.sha256 ? 'same' : 'differs';
}
