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
