import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, repoRoot } from '../helpers.js';
import type { PdfLayoutRecord } from '../../src/brief/render-pdf.js';
import { paginationProblems } from '../brief/pagination-rules.js';
import { corpusOf, compareWithGolden } from './corpus.js';
import { goldenEditionDirs } from './editions.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';

// Every edition built in the tests (./editions.ts).
const editions = goldenEditionDirs;

describe('golden corpus', () => {
  it('every output of every test edition reads as the reviewed golden files say', async () => {
    const layouts = new Map<string, PdfLayoutRecord>();
    const corpus = await corpusOf(makeDataDir(editions), (edition, locale, layout) => layouts.set(`${edition}/${locale}`, layout));
    // Issue 25: no brief has more than one page under half full besides the cover, contents and last page.
    expect(layouts.size).toBe(editions.length * 2);
    const halfEmpty = [...layouts].flatMap(([key, layout]) => {
      const pages = paginationProblems(layout, '').halfEmpty;
      return pages.length > 1 ? [`${key}: ${pages.join(', ')}`] : [];
    });
    expect(halfEmpty, 'briefs with more than one page under half full').toEqual([]);
    // Issue 25: in every brief a table stays whole or breaks into fragments of four rows or more,
    // each continued fragment under its caption with "（续）" / "(continued)" and its header row.
    const continuedWord = new Map(
      locales.map((locale) => [locale, lookup(loadUiStrings(repoRoot, locale, new DiagnosticSink())!, 'brief.continued')!]),
    );
    const tableProblems = [...layouts].flatMap(([key, layout]) => {
      const { tables, continued } = paginationProblems(layout, continuedWord.get(key.split('/')[1] as Locale)!);
      return [...tables, ...continued].map((problem) => `${key}: ${problem}`);
    });
    expect(tableProblems, 'tables split into fragments of fewer than four rows, or continued without their caption and header').toEqual([]);
    // Publication review (issue 25): no heading stands at a page's foot with less than two lines of
    // what follows it, or with only its short lead paragraph.
    const headingProblems = [...layouts].flatMap(([key, layout]) => paginationProblems(layout, '').headings.map((p) => `${key}: ${p}`));
    expect(headingProblems, 'headings left at the foot of a page').toEqual([]);
    // Review11: no brief ends on a page holding only a few rows of a table's continuation.
    const lastPages = [...layouts].flatMap(([key, layout]) => paginationProblems(layout, '').lastPage.map((p) => `${key}: ${p}`));
    expect(lastPages, 'last pages holding only a short continuation of a table').toEqual([]);
    const split = [...layouts.values()].flatMap((layout) => layout.blocks.filter((b) => b.kind === 'table' && b.parts.length > 1));
    expect(split.length, 'some tables of the corpus are continued, so the check above is not vacuous').toBeGreaterThan(5);
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
