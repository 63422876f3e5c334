import { describe, expect, it } from 'vitest';
import { documentCharacters, type PdfInput } from '../../src/brief/render-pdf.js';

/** A brief embeds its faces reduced to these characters: one left out would be drawn as a missing glyph. */
describe('the characters a brief embeds its fonts for', () => {
  const input: PdfInput = {
    nodes: [{ type: 'paragraph', text: '滨江区 growth', style: 'body' }],
    lang: 'zh-CN',
    charts: new Map([['c', { svg: '<text>图&#x8868;&#27880;&amp;</text>', title: '标题', alt: '说明', width: 10, height: 10 }]]),
    info: { title: '杭州', author: '政府', subject: '简报', keywords: '计划' },
    running: '页眉',
    pageLabel: (page, pages) => `第${page}页，共${pages}页`,
    creationDate: new Date(0),
    continued: '（续）',
  };
  const characters = new Set(documentCharacters(input));

  it('holds the texts of the tree, the metadata, the running header, the page labels and the continued line', () => {
    for (const ch of '滨江区growth杭州政府简报计划页眉第共（续）') expect(characters.has(ch), ch).toBe(true);
  });

  it('holds the characters a chart draws, numeric character references decoded', () => {
    for (const ch of '图表注&') expect(characters.has(ch), ch).toBe(true);
  });

  it('holds every digit and printable ASCII character, which the layout may write itself (page numbers)', () => {
    for (let code = 32; code < 127; code++) expect(characters.has(String.fromCharCode(code))).toBe(true);
  });

  it('lists each character once', () => {
    expect(documentCharacters(input).length).toBe([...characters].join('').length);
  });
});
