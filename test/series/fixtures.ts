import path from 'node:path';
import { makeDataDir, repoRoot } from '../helpers.js';

/** The invented district's editions, one per review year: a series of three years. */
export const wuyaoEditionDirs = ['wuyao-2022', 'wuyao-2023', 'wuyao-2024'].map((id) =>
  path.join(repoRoot, 'test', 'fixtures', 'editions', id),
);

/** A data folder holding the first `years` editions of the invented series. */
export const wuyaoDataDir = (years: number): string => makeDataDir(wuyaoEditionDirs.slice(0, years));
