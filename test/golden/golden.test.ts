import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, demoEditionDir, makeDataDir, minimalEditionDir, reviewOnlyEditionDir } from '../helpers.js';
import { corpusOf, compareWithGolden } from './corpus.js';

// Every edition built in the tests: the default one and the invented ones under test/fixtures.
const editions = [path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir, reviewOnlyEditionDir, minimalEditionDir];

describe('golden corpus', () => {
  it('every output of every test edition reads as the reviewed golden files say', async () => {
    const corpus = await corpusOf(makeDataDir(editions));
    expect([...corpus.keys()].sort()).toEqual(editions.map((e) => path.basename(e)).sort());
    const differing: string[] = [];
    for (const [edition, files] of corpus) {
      for (const file of compareWithGolden(edition, files)) differing.push(`${edition}/${file}`);
    }
    // On a mismatch, `*-changed.*` files are written beside the golden ones: review them with
    // `git diff --no-index`, then `npm run golden:accept` takes them.
    expect(differing, 'outputs differ from test/golden (see the *-changed.* files)').toEqual([]);
  }, 180_000);
});
