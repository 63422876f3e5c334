import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, stringify } from 'yaml';
import type { DataPath } from '../../src/dataset/source-file.js';
import { pathKey, quickYaml } from '../../src/load/quick-yaml.js';

const root = path.resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/** What `yaml` (the reader with places) makes of a text: the value, and each number's text as written. */
function slowRead(text: string): { ok: boolean; value?: unknown; numbers?: Map<string, string> } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || doc.contents === null) return { ok: false };
  const value = doc.toJS({ maxAliasCount: 50 });
  const numbers = new Map<string, string>();
  const visit = (v: unknown, at: DataPath) => {
    if (typeof v === 'number') {
      const node = doc.getIn(at, true);
      if (isScalar(node) && node.range) numbers.set(pathKey(at), text.slice(node.range[0], node.range[1]).trim());
    } else if (Array.isArray(v)) v.forEach((item, i) => visit(item, [...at, i]));
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) visit(item, [...at, k]);
  };
  visit(value, []);
  return { ok: true, value, numbers };
}

/** Whenever the quick reader answers, it answers as `yaml` does. */
function expectSameAsYaml(text: string): boolean {
  const quick = quickYaml(text);
  if (!quick) return false;
  const slow = slowRead(text);
  expect(slow.ok, `yaml refuses what js-yaml read:\n${text}`).toBe(true);
  expect(quick.value).toStrictEqual(slow.value);
  expect(new Map(quick.numbers)).toStrictEqual(slow.numbers);
  return true;
}

describe('quick YAML reading', () => {
  it('reads every YAML file of the project as yaml does, and takes most of them', () => {
    const files = [
      ...yamlFiles(path.join(root, 'data')),
      ...yamlFiles(path.join(root, 'templates')),
      ...yamlFiles(path.join(root, 'test')),
    ];
    let taken = 0;
    for (const file of files) if (expectSameAsYaml(readFileSync(file, 'utf8'))) taken++;
    // Every file of the default edition is read the quick way (none uses anchors or tags).
    const edition = yamlFiles(path.join(root, 'data/editions/binjiang-2025'));
    expect(edition.length).toBeGreaterThan(5);
    for (const file of edition) expect(quickYaml(readFileSync(file, 'utf8')), file).toBeDefined();
    expect(taken).toBeGreaterThan(files.length / 2);
  });

  it('keeps the text of numbers as written', () => {
    const quick = quickYaml('a: 5.0\nb: [1.50, -0.0, 12]\nc:\n  d: 1e3 # note\n  e: "7.0"\n');
    expect(quick?.value).toStrictEqual({ a: 5, b: [1.5, -0, 12], c: { d: 1000, e: '7.0' } });
    expect(quick?.numbers.get(pathKey(['a']))).toBe('5.0');
    expect(quick?.numbers.get(pathKey(['b', 0]))).toBe('1.50');
    expect(quick?.numbers.get(pathKey(['c', 'd']))).toBe('1e3');
    expect(quick?.numbers.has(pathKey(['c', 'e']))).toBe(false);
  });

  it('leaves to yaml what it must report or read itself', () => {
    for (const text of [
      'a: 1\na: 2\n', // duplicate key
      'a: [1, 2\n', // syntax
      'a: &x [1]\nb: *x\n', // anchor and alias
      'a: &x 1\n', // anchor alone
      'a: "x"#c\n', // a comment mark right after a quote or bracket
      '[]#a\n',
      '{#\n  }\n',
      '[#c\n x]\n',
      `${'k'.repeat(1100)}: 1\n`, // a key longer than yaml allows
      `"${'k'.repeat(1100)}": 1\n`,
      'a: 1\rb: 2\n', // a carriage return alone
      `\u2028#${'k'.repeat(1030)}:\n`, // a long key that starts like a comment to JavaScript's \s
      'a: |1\n  x\n', // an indentation indicator
      "- 'a\nb'\n", // quoted text over lines
      'a: !!str 5\n', // tag
      'base: {a: 1}\nmore:\n  <<: {b: 2}\n', // merge key
      '__proto__: {a: 1}\n',
      '1: a\n', // a key that is not text
      'true: a\n',
      '? [a, b]\n: c\n',
      '--- a\n--- b\n', // several documents
      '', // empty
      '# only a comment\n',
      '~\n',
    ])
      expect(quickYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('reads R&D, "&P of &N" and colours such as "#0072B2" the quick way', () => {
    expect(
      quickYaml('label: {zh: "全社会R&D经费", en: R & D spending}\nfooter: "&CPage &P of &N"\ncolor: ["#0072B2"]\n')?.value,
    ).toStrictEqual({
      label: { zh: '全社会R&D经费', en: 'R & D spending' },
      footer: '&CPage &P of &N',
      color: ['#0072B2'],
    });
  });

  // Documents written by yaml in its many styles, from generated values.
  const scalarText = fc.stringOf(
    fc.constantFrom(
      'a',
      'Z',
      '1',
      '0',
      '.',
      '-',
      '+',
      'e',
      '_',
      ':',
      '#',
      ' ',
      "'",
      '"',
      '\\',
      '\n',
      '\t',
      '~',
      '%',
      '@',
      '`',
      '|',
      '>',
      ',',
      '[',
      '}',
      '中',
      '。',
      'x',
      'o',
    ),
    { maxLength: 12 },
  );
  const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }));
  const leaf = fc.oneof(scalarText, number, fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(
      scalarText.filter((k) => k !== '__proto__' && k !== '<<'),
      tie('node'),
      { maxKeys: 4 },
    ),
  })).map;
  const style = fc.record({
    collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<
      'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'
    >,
    indent: fc.integer({ min: 1, max: 4 }),
  });

  const runs = Number(process.env.QUICK_YAML_RUNS ?? 1);

  it('agrees with yaml on generated documents', () => {
    let taken = 0;
    const numRuns = 3000 * runs;
    fc.assert(
      fc.property(value, style, (v, options) => {
        if (expectSameAsYaml(stringify(v, options))) taken++;
      }),
      { numRuns },
    );
    // Not a test of nothing: most generated documents are read the quick way.
    expect(taken).toBeGreaterThan(numRuns / 3);
  });

  it('agrees with yaml on odd hand-written scalars and layouts, or leaves them to it', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      ': ',
      ':',
      '- ',
      '-',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '#',
      ' #c',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '? ',
      '1',
      '0',
      '.5',
      '1.0',
      '0x1F',
      '0o17',
      '1_000',
      '+3',
      '-2',
      '1e3',
      '.inf',
      '-.Inf',
      '.nan',
      '~',
      'null',
      'True',
      'false',
      'yes',
      '|',
      '>',
      '|-',
      '\t',
      '中文',
      '、',
      '%',
      '@',
      '`',
      '\\n',
      '\\u00e9',
      '---',
      '...',
      '\r\n',
      '\r',
      '\u0085',
      '\u2028',
      'k'.repeat(1030),
      '\\x41',
      '\\U0001F600',
      '\\q',
      "''",
    );
    let taken = 0;
    const numRuns = 20000 * runs;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        if (expectSameAsYaml(pieces.join(''))) taken++;
      }),
      { numRuns },
    );
    expect(taken).toBeGreaterThan(numRuns / 20);
  });
});
