import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chinesePunctuation } from '../../src/brief/typography.js';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { fullLayout, parsedFont, parsedLatinFont, type FontWeight } from '../../src/fonts/fonts.js';
import { defaultDataDir, demoEditionDir, filesUnder, repoRoot } from '../helpers.js';

type Run = { glyphs: { id: number }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };

/** A run's glyphs and positions, to compare two layouts. */
const simplify = (run: Run) =>
  run.glyphs.map((g, i) => [
    g.id,
    run.positions[i]!.xAdvance,
    run.positions[i]!.yAdvance,
    run.positions[i]!.xOffset,
    run.positions[i]!.yOffset,
  ]);

/** The data files, the demo edition, the interface strings and the source texts, as written and with the brief's Chinese punctuation. */
function allTexts(): string[] {
  const texts = [
    ...Object.values(filesUnder(defaultDataDir, (file) => (/\.(ya?ml|txt)$/.test(file) ? readFileSync(file, 'utf8') : ''))),
    ...Object.values(filesUnder(demoEditionDir, (file) => readFileSync(file, 'utf8'))),
    ...Object.values(filesUnder(path.join(repoRoot, 'templates', 'strings'), (file) => readFileSync(file, 'utf8'))),
  ];
  return [...texts, ...texts.map((text) => text.split('\n').map(chinesePunctuation).join('\n'))];
}

/** Every run of Chinese characters and punctuation in those texts. */
function chineseRuns(): string[] {
  const runs = new Set<string>();
  for (const text of allTexts())
    for (const match of text.matchAll(/[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF5E]+/g)) runs.add(match[0]);
  return [...runs];
}

describe('layout of Chinese runs without shaping', () => {
  const runs = chineseRuns();

  it.each(['regular', 'bold'] as FontWeight[])(
    'gives the glyphs and positions of full shaping for every run in the project (%s)',
    (weight) => {
      expect(runs.length).toBeGreaterThan(500);
      const font = parsedFont(weight) as unknown as { layout(text: string): Run };
      const differing = runs.filter(
        (text) => JSON.stringify(simplify(font.layout(text))) !== JSON.stringify(simplify(fullLayout(weight, text))),
      );
      expect(differing).toEqual([]);
    },
  );

  it.each(['regular', 'bold'] as FontWeight[])(
    'gives the result of full shaping for every line of mixed text in the project, shaping only what lies between Chinese runs (%s)',
    (weight) => {
      const lines = new Set<string>();
      for (const text of allTexts()) {
        for (const line of text.split('\n'))
          if (/[\u4E00-\u9FFF]/.test(line) && /[^\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF5E]/.test(line)) lines.add(line.trim());
      }
      expect(lines.size).toBeGreaterThan(300);
      const font = parsedFont(weight) as unknown as { layout(text: string): Run };
      const differing = [...lines].filter(
        (text) => JSON.stringify(simplify(font.layout(text))) !== JSON.stringify(simplify(fullLayout(weight, text))),
      );
      expect(differing).toEqual([]);
    },
  );

  it('leaves text without Chinese to full shaping', () => {
    const font = parsedFont('regular') as unknown as { layout(text: string): Run };
    const mixed = 'GDP 2887.8 billion, growth 5.0% (AV Wa)';
    expect(font.layout(mixed).glyphs.map((g) => g.id)).toEqual(fullLayout('regular', mixed).glyphs.map((g) => g.id));
    expect(font.layout(mixed).constructor.name).toBe(fullLayout('regular', mixed).constructor.name);
  });
});

describe('shaping with the selection of features kept between calls', () => {
  const require = createRequire(import.meta.url);
  const latinFile = (weight: FontWeight) =>
    path.join(
      path.dirname(require.resolve('@embedpdf/fonts-latin')),
      '..',
      'fonts',
      `NotoSans-${weight === 'regular' ? 'Regular' : 'Bold'}.ttf`,
    );

  it.each(['regular', 'bold'] as FontWeight[])(
    'gives fontkit’s own glyphs and positions in the Latin face for every word and line of the project, in turn (%s)',
    (weight) => {
      const texts = new Set<string>();
      for (const text of allTexts())
        for (const line of text.split('\n')) {
          texts.add(line.trim());
          for (const word of line.split(/\s+/)) if (word) texts.add(word);
        }
      expect(texts.size).toBeGreaterThan(2000);
      const steady = parsedLatinFont(weight) as unknown as { layout(text: string): Run };
      const fresh = fontkit.create(readFileSync(latinFile(weight))) as unknown as { layout(text: string): Run };
      const differing = [...texts].filter(
        (text) => JSON.stringify(simplify(steady.layout(text))) !== JSON.stringify(simplify(fresh.layout(text))),
      );
      expect(differing).toEqual([]);
    },
    120_000,
  );
});
