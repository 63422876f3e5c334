/**
 * Issue 28: no folder under data/ may resolve outside it, data/editions included (it was read
 * without complaint as a link to a folder elsewhere); a build that is otherwise up to date notices
 * such a link (the inputs' hash includes it).
 */
import { cpSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBuild } from '../../src/build/incremental.js';
import { buildReports } from '../../src/build/pipeline.js';
import { makeDataDir, minimalEditionDir, repoRoot, tempDir, validateDir } from '../helpers.js';

describe('data/editions as a link out of data/', () => {
  it('is refused by validation, naming it', () => {
    const dataDir = makeDataDir();
    const elsewhere = path.join(tempDir('editions-elsewhere-'), 'editions');
    renameSync(path.join(dataDir, 'editions'), elsewhere);
    symlinkSync(elsewhere, path.join(dataDir, 'editions'));
    const errors = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file} ${d.message}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/editions .*symbolic link out of the data folder/)]),
    );
  });

  it('an up-to-date build notices data/editions turned into such a link, and stops at validation', async () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const outDir = tempDir('editions-link-out-');
    const buildDate = new Date('2025-01-15T00:00:00Z');
    expect((await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 })).ok).toBe(true);
    const elsewhere = path.join(tempDir('editions-elsewhere-'), 'editions');
    cpSync(path.join(dataDir, 'editions'), elsewhere, { recursive: true });
    rmSync(path.join(dataDir, 'editions'), { recursive: true });
    symlinkSync(elsewhere, path.join(dataDir, 'editions'));
    expect(planBuild({ rootDir: repoRoot, dataDir, outDir }).nothingToDo).toBe(false);
    const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 });
    expect(result.ok).toBe(false);
  }, 120_000);
});
