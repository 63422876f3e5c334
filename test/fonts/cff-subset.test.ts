import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { compactSubrs, encodeInteger, subrBias, type CffTable } from '../../src/fonts/cff-subset.js';
import { fontPath, parsedFont, type FontWeight } from '../../src/fonts/fonts.js';
import { filesUnder, repoRoot } from '../helpers.js';

const hasPoppler = spawnSync('pdftoppm', ['-v']).status === 0;
// CI sets REQUIRE_INTEROP=1 so that these checks can never be skipped there.
const interop = hasPoppler || process.env.REQUIRE_INTEROP === '1';

/** Every distinct character of the golden briefs (all test editions, both languages) and the interface strings. */
function projectCharacters(): string[] {
  const texts = [
    ...Object.values(
      filesUnder(path.join(repoRoot, 'test', 'golden'), (file) => (file.endsWith('brief.txt') ? readFileSync(file, 'utf8') : '')),
    ),
    ...Object.values(filesUnder(path.join(repoRoot, 'templates', 'strings'), (file) => readFileSync(file, 'utf8'))),
  ];
  return [...new Set(texts.join('').replace(/\s/g, ''))].sort();
}

/** A PDF setting the characters in lines, in the given font (a fontkit font: pdfkit embeds its subset). */
function pdfOf(font: unknown, characters: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    autoFirstPage: false,
    font: null as unknown as string,
    info: { CreationDate: new Date(0) },
  });
  doc.registerFont('face', font as Buffer);
  doc.font('face').fontSize(14);
  const perLine = 30;
  const perPage = 36;
  for (let line = 0; line * perLine < characters.length; line++) {
    if (line % perPage === 0) doc.addPage();
    doc.text(characters.slice(line * perLine, (line + 1) * perLine).join(''), 40, 40 + (line % perPage) * 21, { lineBreak: false });
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe('Type 2 operands', () => {
  it('encodes integers in the shortest form of each range, as the format defines', () => {
    expect(encodeInteger(0)).toEqual([139]);
    expect(encodeInteger(-107)).toEqual([32]);
    expect(encodeInteger(107)).toEqual([246]);
    expect(encodeInteger(108)).toEqual([247, 0]);
    expect(encodeInteger(1131)).toEqual([250, 255]);
    expect(encodeInteger(-108)).toEqual([251, 0]);
    expect(encodeInteger(-1131)).toEqual([254, 255]);
    expect(encodeInteger(1132)).toEqual([28, 4, 108]);
    expect(encodeInteger(-1132)).toEqual([28, 0xfb, 0x94]);
  });
  it('biases subroutine numbers by the size of their index', () => {
    expect([subrBias(0), subrBias(1239), subrBias(1240), subrBias(33899), subrBias(33900)]).toEqual([107, 107, 1131, 1131, 32768]);
  });
});

describe.skipIf(!interop)('compact CFF subsets (poppler)', () => {
  const characters = projectCharacters();

  it.each(['regular', 'bold'] as FontWeight[])(
    'draw every character of the project exactly as fontkit’s own subset does, in a fraction of its size (%s)',
    async (weight) => {
      expect(characters.length).toBeGreaterThan(500);
      const compactFont = parsedFont(weight) as unknown as fontkit.Font;
      const fontkitFont = fontkit.create(readFileSync(fontPath(weight)));
      // The compact path is taken for these glyphs (not fontkit's, kept for fonts this reader does not expect).
      const cff = (compactFont as unknown as Record<string, CffTable>)['CFF ']!;
      const glyphs = [0, ...new Set(characters.map((c) => compactFont.glyphForCodePoint(c.codePointAt(0)!).id))];
      const compact = compactSubrs(cff, glyphs);
      expect(compact).toBeDefined();
      const allLocal = (cff.topDict.FDArray ?? []).reduce((n, fd) => n + (fd.Private?.Subrs?.length ?? 0), 0);
      const keptLocal = [...compact!.localSubrs.values()].reduce((n, subrs) => n + subrs.length, 0);
      expect(keptLocal).toBeLessThan(allLocal / 4);

      const dir = mkdtempSync(path.join(os.tmpdir(), 'cff-subset-'));
      try {
        const pages: Record<string, Buffer[]> = {};
        const sizes: Record<string, number> = {};
        for (const [name, font] of [
          ['compact', compactFont],
          ['fontkit', fontkitFont],
        ] as const) {
          const pdf = await pdfOf(font, characters);
          sizes[name] = pdf.length;
          writeFileSync(path.join(dir, `${name}.pdf`), pdf);
          execFileSync('pdftoppm', ['-r', '150', '-gray', path.join(dir, `${name}.pdf`), path.join(dir, name)]);
          pages[name] = readdirSync(dir)
            .filter((f) => f.startsWith(`${name}-`))
            .sort()
            .map((f) => readFileSync(path.join(dir, f)));
        }
        expect(pages.compact!.length).toBeGreaterThan(0);
        expect(pages.compact!.length).toBe(pages.fontkit!.length);
        pages.compact!.forEach((page, i) => expect(page.equals(pages.fontkit![i]!), `page ${i + 1} differs`).toBe(true));
        // The pages are not blank: the glyphs were drawn.
        expect(pages.compact!.some((page) => page.subarray(page.length / 2).some((byte) => byte < 128))).toBe(true);
        expect(sizes.compact!).toBeLessThan(sizes.fontkit!);
      } finally {
        if (!process.env.KEEP_CFF_TEST) rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
