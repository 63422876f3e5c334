import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { oneLine } from '../diagnostics/escape.js';
import { InputError } from '../diagnostics/input-error.js';

/**
 * A folder and the folders above it that are missing (mkdir -p), each made on its own from the
 * nearest that exists. Node's recursive mkdir retries for ever when a folder's parent exists but
 * making the folder in it fails with ENOENT (a folder under /proc/self, some FUSE and network file
 * systems): a build with such an --out hung at full CPU. Here that is the error of the folder.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; ) {
    try {
      statSync(current);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another process: what it is (a folder or not) shows at the next step.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Refuses to write `target` through a link: every folder from `root` (which may itself be a link,
 * as an --out the user chose) down to the target's folder that exists must be a real folder. A
 * link there (committed to a pull request, or left by another tool) would have the build write
 * its files wherever it points, /etc included. Files that are links are replaced, not followed
 * (writeTemp renames over them).
 */
export function assertRealFolders(root: string, target: string): void {
  const base = path.resolve(root);
  const relative = path.relative(base, path.dirname(path.resolve(target)));
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new InputError(`${oneLine(target)} is outside the output folder ${oneLine(root)}.`);
  let folder = base;
  for (const part of relative.split(path.sep).filter((p) => p !== '')) {
    folder = path.join(folder, part);
    let link = false;
    try {
      link = lstatSync(folder).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // made below, as a real folder
      throw error;
    }
    if (link) {
      let to = '';
      try {
        to = ` (to ${oneLine(readlinkSync(folder))})`;
      } catch {}
      throw new InputError(
        `${oneLine(folder)} is a link${to}: a build writes only into real folders inside its output folder, never through a link. ` +
          'Remove the link; the next build makes the folder. Nothing was written.',
      );
    }
  }
}

/**
 * Writes a file so that readers only ever see the old complete file or the new complete file:
 * the bytes go to a temporary file in the same folder, which is then renamed over the target.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array | string): void {
  commitTemp(writeTemp(target, bytes), target);
}

/**
 * The first half of writeFileAtomic: the bytes in a temporary file beside the target (named after
 * this process, so that a later build can tell it from a running build's), not yet in its place.
 */
export function writeTemp(target: string, bytes: Uint8Array | string): string {
  const dir = path.dirname(target);
  try {
    makeFolder(dir);
  } catch (error) {
    throw withPath(error, dir);
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, bytes);
  } catch (error) {
    rmSync(temp, { force: true });
    throw withPath(error, target, temp);
  }
  return temp;
}

/** The second half: the temporary file renamed over the target. */
export function commitTemp(temp: string, target: string): void {
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw withPath(error, target);
  }
}

/**
 * A failed write (ENOSPC, EFBIG, EIO) names no file: Node gives the path only for opening. The
 * output file it concerns is set, so the message names it and its disk, not the current folder's.
 */
function withPath(error: unknown, target: string, temp?: string): unknown {
  const e = error as NodeJS.ErrnoException;
  // The temporary file's name means nothing to the user: the file it stands for does.
  if (error instanceof Error && typeof e.code === 'string' && (e.path === undefined || e.path === temp)) e.path = target;
  return error;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
