import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { MessageText } from '../diagnostics/messages.js';

/**
 * What a path under data/ is, decided without opening it: reading a FIFO waits forever, a device
 * never ends, a folder cannot be read as a file. Only regular files are read; a symbolic link is
 * followed only to a regular file inside `within` (the data folder), never out of the repository.
 */
export type PathKind =
  | { readonly kind: 'file'; readonly size: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'folder' }
  | { readonly kind: 'refused'; readonly reason: MessageText };

const both = (en: string, zh: string): MessageText => ({ en, zh });

function special(stat: Stats): MessageText | undefined {
  if (stat.isFIFO()) return both('a named pipe (FIFO)', '命名管道（FIFO）');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return both('a device', '设备文件');
  if (stat.isSocket()) return both('a socket', '套接字');
  if (stat.isDirectory()) return both('a folder', '文件夹');
  if (!stat.isFile()) return both('not a regular file', '不是普通文件');
  return undefined;
}

const inside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Classifies a path; `within` is the folder a symbolic link may point into (none: links are refused). */
export function pathKind(absPath: string, within?: string): PathKind {
  let stat: Stats;
  try {
    stat = lstatSync(absPath);
  } catch {
    return { kind: 'missing' };
  }
  if (stat.isDirectory()) return { kind: 'folder' };
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(absPath);
    } catch {
      return { kind: 'refused', reason: both('a symbolic link to nothing', '指向不存在目标的符号链接') };
    }
    let root: string | undefined;
    try {
      root = within === undefined ? undefined : realpathSync(within);
    } catch {
      root = undefined;
    }
    if (root === undefined || !inside(root, target)) {
      return { kind: 'refused', reason: both('a symbolic link out of the data folder', '指向数据文件夹之外的符号链接') };
    }
    const targetStat = statSync(target);
    const kind = special(targetStat);
    if (kind) return { kind: 'refused', reason: both(`a symbolic link to ${kind.en}`, `指向${kind.zh}的符号链接`) };
    return { kind: 'file', size: targetStat.size };
  }
  const kind = special(stat);
  return kind ? { kind: 'refused', reason: kind } : { kind: 'file', size: stat.size };
}

/**
 * Whether a folder under the data folder (data/editions, an edition's folder) is, or passes
 * through, a symbolic link that resolves outside it: nothing in it may then be read.
 */
export function folderLeavesData(folder: string, dataDir: string): boolean {
  try {
    return !inside(realpathSync(dataDir), realpathSync(folder));
  } catch {
    return false;
  }
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Whether the bytes look like UTF-16 text (a byte-order mark, or ASCII with every other byte zero). */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 256) & ~1);
  if (sample.length < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  return (oddZero > pairs * 0.6 && evenZero === 0) || (evenZero > pairs * 0.6 && oddZero === 0);
}
