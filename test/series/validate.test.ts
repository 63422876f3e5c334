import { describe, expect, it } from 'vitest';
import { editionFiles } from '../../src/dataset/schema.js';
import { seriesInputFiles } from '../../src/dataset/series.js';
import { validateDir } from '../helpers.js';
import { wuyaoDataDir } from './fixtures.js';

describe('the invented series', () => {
  it('validates like a real edition: every figure found in its source text, nothing to warn about', () => {
    const { diagnostics, dataset } = validateDir(wuyaoDataDir(3));
    expect(diagnostics.map((d) => `${d.severity} ${d.file}:${d.place.line} ${d.ruleId} ${d.message}`)).toEqual([]);
    expect(dataset.editions.map((e) => e.data.edition.id)).toEqual(['wuyao-2022', 'wuyao-2023', 'wuyao-2024']);
  });

  it('hashes, as inputs of every edition, the files its series is read from (the schema names them)', () => {
    expect([...seriesInputFiles]).toEqual([editionFiles.edition.file, editionFiles.headline.file]);
  });
});
