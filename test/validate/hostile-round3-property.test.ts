/**
 * Issue 28, generated: names, Markdown, manifests, sheet names, locks and invisible characters.
 * For each class, whatever is generated is printed as one visible line, shown as text, refused
 * or kept inside its folder, never anything else. Bounded: PROPERTY_RUNS (default 300 for the pure
 * classes, a tenth of it for those touching the disk); `PROPERTY_RUNS=20000 npx vitest run
 * test/validate/hostile-round3-property.test.ts` for the long run.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError, lockFileName } from '../../src/build/lock.js';
import { readManifest } from '../../src/build/manifest.js';
import { InputError } from '../../src/diagnostics/input-error.js';
import { escapeJsonControls, markdownCode, markdownText, oneLine, printable } from '../../src/diagnostics/escape.js';
import { uniqueSheetNames } from '../../src/workbook/sheet-names.js';
import { tempDir } from '../helpers.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);
const diskRuns = Math.max(10, Math.round(runs / 10));
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261207;

/** Characters that make trouble: controls, separators, bidi, zero-width, Markdown and HTML, path parts. */
const hostileChar = fc.constantFrom(
  ...'\n\r\t\u0000\u001b\u0085\u2028\u2029\u202E\u2066\u2069\u200B\u200D\u00AD\uFEFF:#[]()!<>`*_|~&@\\/.\' "%?-'.split(''),
  'www.',
  'https://',
  '::',
  '##[',
  '..',
  'History',
  '_x0041_',
  '_x005F_',
  'javascript:',
);
const hostileText = fc.array(fc.oneof(hostileChar, fc.string({ maxLength: 4 })), { maxLength: 24 }).map((parts) => parts.join(''));
const unprintable =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}\u{1D173}-\u{1D17A}\uFFFE\uFFFF\p{Cs}]|\uFE0F|[\u{E0100}-\u{E01EF}]/u;

describe('generated hostile input, third round', () => {
  it('names and arguments: one visible line, no workflow command, no invisible character', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const printed = printable(`Error: unknown edition "${oneLine(name)}". Editions: ${oneLine(name)}\n`);
        expect(printed.split(/\r\n|\r|\n/).filter((l) => l !== '')).toHaveLength(1);
        expect(printed).not.toMatch(unprintable);
        for (const line of printable(name).split(/\r\n|\r|\n/)) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
      }),
      { numRuns: runs, seed },
    );
  });

  it('characters no one sees, by category (tags, variation selectors, noncharacters, lone surrogates): shown by their code', () => {
    const unseen = fc.constantFrom(
      '\u{E0041}',
      '\u{E007F}',
      '\u{E0001}',
      '\uFE0F',
      '\u{E0100}',
      '\u{1D173}',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDFFF',
    );
    const text = fc
      .array(fc.oneof(unseen, fc.string({ maxLength: 4 }), fc.fullUnicode()), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (name) => {
        for (const printed of [oneLine(name), printable(`${name}\n`), escapeJsonControls(JSON.stringify(name))])
          expect(printed).not.toMatch(unprintable);
        expect(JSON.parse(escapeJsonControls(JSON.stringify(name)))).toBe(name);
      }),
      { numRuns: runs, seed },
    );
  });

  it('Markdown: every character that opens a construct is escaped, code spans hold what they quote', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shown = markdownText(text);
        expect(shown).not.toContain('\n');
        expect(shown.replace(/\\[\s\S]/g, '')).not.toMatch(/[`*_[\]<>!|~&@]|:\/\//);
        // An autolink starts at "www." as written: its dot is always escaped (www\.), also in "www..."
        // whose escape-stripped form would read www.. though nothing links.
        expect(shown).not.toMatch(/www\./i);
        const code = markdownCode(text);
        const fence = /^`+/.exec(code)![0];
        expect(code.slice(fence.length, -fence.length)).not.toContain(fence);
        expect(code.replace(/\\\|/g, '')).not.toContain('|');
      }),
      { numRuns: runs, seed },
    );
  });

  it('sheet names: whatever the data asks for, the names written are ones Excel takes', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 8 }), (wanted) => {
        const names = uniqueSheetNames(wanted, ['Cover', 'Contents']);
        const seen = new Set(['cover', 'contents']);
        for (const name of names) {
          expect(name.length).toBeGreaterThan(0);
          expect([...name].length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
          expect(name.toLowerCase()).not.toBe('history');
          // A spreadsheet reads "_x0041_" in a sheet's name as "A" (OOXML's ST_Xstring).
          expect(name).not.toMatch(/_x[0-9A-Fa-f]{4}_/);
          expect(seen.has(name.toLowerCase())).toBe(false);
          seen.add(name.toLowerCase());
        }
      }),
      { numRuns: runs, seed },
    );
  });

  it('manifests: a listed path is refused, or lies inside its edition folder', () => {
    const outDir = tempDir('prop-manifest-');
    const segment = fc.oneof(fc.constantFrom('..', '.', '', 'en', 'brief.pdf', '/etc', 'C:', '~'), hostileText);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.integer({ min: -1, max: 2 ** 40 }), (parts, size) => {
        const p = ['ed', ...parts].join('/');
        const entry = { path: p, edition: 'ed', sha256: '0'.repeat(64), size, sourceHash: 'x' };
        writeFileSync(
          path.join(outDir, 'manifest.json'),
          JSON.stringify({ buildDate: '', editions: { ed: { sourceHash: 'x' } }, artifacts: [entry] }),
        );
        let manifest: ReturnType<typeof readManifest>;
        try {
          manifest = readManifest(outDir, 'manifest.json');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        const resolved = path.resolve(outDir, manifest!.artifacts[0]!.path);
        expect(resolved.startsWith(path.join(outDir, 'ed') + path.sep)).toBe(true);
        expect(size).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs, seed },
    );
  });

  it('locks: one without a sign of life for longer than the stale age is taken over; a fresh one is not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.constantFrom('other-host', 'gone-container'),
        fc.integer({ min: 1, max: 4_000_000 }),
        async (ageMs, hostname, pid) => {
          const outDir = tempDir('prop-lock-');
          mkdirSync(outDir, { recursive: true });
          const file = path.join(outDir, lockFileName);
          writeFileSync(file, JSON.stringify({ pid, hostname, started: 'then', token: 'planted' }));
          const then = new Date(Date.now() - ageMs);
          utimesSync(file, then, then);
          const staleMs = 60_000;
          const attempt = acquireBuildLock(outDir, { staleMs, heartbeatMs: 0 });
          if (ageMs > staleMs + 1_000) (await attempt).release();
          else if (ageMs < staleMs - 1_000) await expect(attempt).rejects.toBeInstanceOf(BuildLockedError);
          else await attempt.then((l) => l.release()).catch(() => {});
        },
      ),
      { numRuns: diskRuns, seed },
    );
  });
});
