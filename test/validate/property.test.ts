import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullSize, makeDataDir, validateDir } from '../helpers.js';

/**
 * Validation never throws, whatever an editor (or a broken tool) does to the files: every
 * mutation ends in diagnostics or a clean pass, never in an exception.
 */
const base = makeDataDir();
const editionDir = path.join(base, 'editions', 'demo-2026');
const files = readdirSync(editionDir).filter((f) => f.endsWith('.yaml'));
const originals = new Map(files.map((f) => [f, readFileSync(path.join(editionDir, f))]));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'number'; at: number; replacement: string }
  | { kind: 'huge'; at: number; length: number };

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '{{edition.title}}',
    '<h1>',
    '\u0000',
    '\u0007',
    '\uFEFF',
    ': x',
    '- ',
    '[',
    '{',
    '&a *a',
    '!!binary',
    '.nan',
    '.inf',
    '~',
    '"',
    "'",
    '\t',
    '\n  - id: x\n',
  ),
  fc.string({ unit: 'grapheme' }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    at: fc.nat(),
    replacement: fc.oneof(
      fc.double().map(String),
      fc.constantFrom('NaN', '-0', '1e309', '0x1F', '1_000', 'null', 'true', '[]', '{}', '"5"'),
    ),
  }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), length: fc.integer({ min: 1000, max: 200_000 }) }),
);

function apply(original: Buffer, m: Mutation): Buffer {
  const at = (n: number) => n % (original.length + 1);
  const lines = original.toString('utf8').split('\n');
  switch (m.kind) {
    case 'truncate':
      return original.subarray(0, at(m.at));
    case 'delete-line':
      lines.splice(m.at % lines.length, 1);
      return Buffer.from(lines.join('\n'));
    case 'duplicate-line': {
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return Buffer.from(lines.join('\n'));
    }
    case 'insert':
      return Buffer.concat([original.subarray(0, at(m.at)), Buffer.from(m.text), original.subarray(at(m.at))]);
    case 'bytes':
      return Buffer.concat([original.subarray(0, at(m.at)), Buffer.from(m.bytes), original.subarray(at(m.at))]);
    case 'number': {
      const source = original.toString('utf8');
      const numbers = [...source.matchAll(/\b\d+(?:\.\d+)?\b/g)];
      if (numbers.length === 0) return original;
      const hit = numbers[m.at % numbers.length]!;
      return Buffer.from(source.slice(0, hit.index) + m.replacement + source.slice(hit.index! + hit[0].length));
    }
    case 'huge':
      return Buffer.concat([original.subarray(0, at(m.at)), Buffer.from('x'.repeat(m.length)), original.subarray(at(m.at))]);
  }
}

describe('validation under random mutation of valid data files', () => {
  it('always returns diagnostics and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
        const target = path.join(editionDir, file);
        const mutated = mutations.reduce<Buffer>((bytes, m) => apply(bytes, m), originals.get(file)!);
        writeFileSync(target, mutated);
        try {
          const { diagnostics } = validateDir(base);
          expect(Array.isArray(diagnostics)).toBe(true);
          for (const d of diagnostics) {
            expect(d.file.length).toBeGreaterThan(0);
            expect(d.place.line).toBeGreaterThanOrEqual(1);
            expect(d.message.length).toBeGreaterThan(0);
          }
          // A file that changed in a way the schema can see is never silently accepted as different data.
          if (!mutated.equals(originals.get(file)!) && diagnostics.length === 0) {
            // Some mutations are harmless (a comment, trailing text in a comment line): they must still parse.
            expect(validateDir(base).dataset.editions).toHaveLength(1);
          }
        } finally {
          writeFileSync(target, originals.get(file)!);
        }
      }),
      // 300 cases in CI (PLAN_BRIEFS_TEST_SIZE=full), the first 100 of the same seed elsewhere;
      // PROPERTY_RUNS (the long opt-in run) raises it.
      { numRuns: Math.max(fullSize ? 300 : 100, Number(process.env.PROPERTY_RUNS ?? 0)), seed: 20251125 },
    );
  });
});
