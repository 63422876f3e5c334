import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkoutData, UnknownRefError } from '../diff/diff.js';
import { UsageError } from './args.js';

/**
 * Runs `use` on the data folder of git ref `base` checked out to a temporary folder, removed
 * afterwards. An unknown ref is a usage error (one line, exit 2), for diff and summary alike.
 */
export function withBaseData<T>(rootDir: string, base: string, use: (baseDir: string) => T): T {
  let baseDir: string;
  try {
    baseDir = checkoutData(rootDir, base);
  } catch (error) {
    if (error instanceof UnknownRefError) throw new UsageError(error.message);
    throw error;
  }
  try {
    return use(baseDir);
  } finally {
    rmSync(path.dirname(baseDir), { recursive: true, force: true });
  }
}
