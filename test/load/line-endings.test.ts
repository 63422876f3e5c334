/**
 * Issue 28, old Mac line endings: a file whose lines end in a carriage return alone is read as
 * lines (it was reported as "File is empty"), with the same places as the same file with LF.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, validateDir } from '../helpers.js';

const summary = (dataDir: string) =>
  validateDir(dataDir).diagnostics.map((d) => `${d.file.replace(/^.*editions\//, '')}:${d.place.line}:${d.place.column} ${d.ruleId}`);

describe('line endings', () => {
  it('a data folder whose files end lines in CR alone validates as the same folder with LF', () => {
    const lf = makeDataDir();
    const cr = makeDataDir();
    const edition = path.join(cr, 'editions', 'demo-2026');
    for (const file of [...readdirSync(edition).map((f) => path.join(edition, f)), path.join(cr, 'units.yaml')]) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r'));
    }
    const expected = summary(lf);
    const found = summary(cr);
    expect(found.some((d) => d.includes('plan:file-empty'))).toBe(false);
    expect(found).toEqual(expected);
  });
});
