import { describe, expect, it } from 'vitest';
import { compressedMarks } from '../../src/brief/font-runs.js';
import { renderPdf } from '../../src/brief/render-pdf.js';
import { parseMarkup } from '../../src/present/document.js';

// Issue 25: adjacent full-width marks are compressed (GB/T 15834, clreq 3.1.6).
describe('compression of adjacent full-width marks', () => {
  it('sets every mark followed by another at half width, the last of a group at full width', () => {
    expect(compressedMarks('报告》；完成')).toEqual([
      { text: '报告', compressed: false },
      { text: '》', compressed: true },
      { text: '；完成', compressed: false },
    ]);
    expect(compressedMarks('“两新”，“两重”')).toEqual([
      { text: '“两新', compressed: false },
      { text: '”', compressed: true },
      { text: '，', compressed: true },
      { text: '“两重”', compressed: false },
    ]);
    expect(compressedMarks('没有相邻标点。')).toEqual([{ text: '没有相邻标点。', compressed: false }]);
  });

  it('draws "》；" one and a half ems wide in the Chinese brief, as measured on the page', async () => {
    const size = 8; // the size of a source line (type.small)
    const { layout } = await renderPdf({
      nodes: parseMarkup('<p class="small">甲》；乙</p><p class="small">甲》乙；</p>'),
      lang: 'zh-CN',
      charts: new Map(),
      info: { title: 't', author: 'a', subject: 's', keywords: 'k' },
      running: 'r',
      pageLabel: (p, n) => `${p}/${n}`,
      creationDate: new Date('2025-01-15T00:00:00Z'),
      continued: '（续）',
    });
    const width = (text: string) => layout.lines.find((l) => l.text === text)!.width;
    expect(width('甲》；乙')).toBeCloseTo(3.5 * size, 1);
    expect(width('甲》乙；')).toBeCloseTo(4 * size, 1);
  });
});

// Publication review: a line of the Chinese brief that opens with “ 《 （ 「 looked indented half an em
// (bullets "“一网通办”…", table cells "“多代同楼”…"). The mark is set half width at the line's start:
// the line starts half an em left of the margin, as the HTML edition's text-spacing-trim does.
describe('a line-initial opening mark in the Chinese brief', () => {
  const long = '这是一段足够长的测试正文，用来占满一整行并且换行，以便检查两端对齐的行首位置是否正确。'.repeat(3);
  const render = (lang: 'zh-CN' | 'en') =>
    renderPdf({
      nodes: parseMarkup(`<p>“甲乙”丙丁</p><p>甲乙丙丁</p><p>《${long}</p><p>${long}</p><ul><li>「甲乙」丙</li><li>甲乙丙</li></ul>`),
      lang,
      charts: new Map(),
      info: { title: 't', author: 'a', subject: 's', keywords: 'k' },
      running: 'r',
      pageLabel: (p, n) => `${p}/${n}`,
      creationDate: new Date('2025-01-15T00:00:00Z'),
      continued: '（续）',
    });

  it('starts half an em left of the lines that open with a character, in paragraphs (short and justified) and list items', async () => {
    const { layout } = await render('zh-CN');
    const at = (start: string) => layout.lines.find((l) => l.text === start || (start.length > 4 && l.text.startsWith(start)))!;
    // An em of the body text: the short unjustified line of four characters is four ems wide.
    const em = at('甲乙丙丁').width / 4;
    const pairs: [string, string][] = [
      ['“甲乙”丙丁', '甲乙丙丁'],
      [`《${long.slice(0, 8)}`, long.slice(0, 8)],
      ['「甲乙」丙', '甲乙丙'],
    ];
    for (const [marked, plain] of pairs) {
      const a = at(marked);
      const b = at(plain);
      expect(a, marked).toBeDefined();
      expect(b.x - a.x, marked).toBeCloseTo(em / 2, 1);
    }
    // The justified line keeps its right edge.
    const justified = at(`《${long.slice(0, 8)}`);
    expect(justified.body?.right).toBe(at(long.slice(0, 8)).body?.right);
  });
});
