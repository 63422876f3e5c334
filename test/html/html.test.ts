import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import {
  boldCharacters,
  chineseBreaks,
  inlineChartSvg,
  langText,
  pageCharacters,
  renderHtmlBrief,
  webFontFaces,
} from '../../src/html/render-html.js';
import { parseMarkup } from '../../src/present/document.js';
import { defaultDataDir, demoEditionDir, makeDataDir, repoRoot, tempDir } from '../helpers.js';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="200" height="100" viewBox="0 0 200 100"><g role="graphics-object" aria-roledescription="group"><text aria-label="x">5.0%</text></g></svg>';
const chart = {
  id: 'growth',
  title: 'Growth <2024>',
  alt: 'Bars: A 5.0%',
  source: 'Source: report',
  svg,
  narrowSvg: svg.replace('200', '100'),
};

const page = (markup: string, locale: 'en' | 'zh-CN' = 'en') =>
  renderHtmlBrief({ nodes: parseMarkup(markup), locale, charts: new Map([['growth', chart]]), stylesheet: 'body { color: black }' });

describe('HTML brief', () => {
  it('writes tables with a caption, column headers and a row header with scope', () => {
    const html = page(
      '<table caption="Targets"><col header="No." width="0.5"/><col header="Indicator" width="3"/><col header="Value" align="right"/><tr><td>1</td><td>GDP</td><td>5.0%</td></tr></table>',
    );
    // The caption is above the scroll box (it stays in view while the table scrolls) and names the table.
    expect(html).toContain(
      '<p class="table-caption" id="tbl-1-caption">Targets</p><div class="table-scroll" role="region" aria-labelledby="tbl-1-caption" tabindex="0"><table aria-labelledby="tbl-1-caption">',
    );
    expect(html).toContain('<th scope="col">No.</th><th scope="col">Indicator</th><th scope="col" class="num">Value</th>');
    // The row is named by its indicator, the first left-aligned column wider than a number column;
    // every other cell carries its column's header, for the phone's cards.
    expect(html).toContain('<td data-label="No.">1</td><th scope="row">GDP</th><td class="num" data-label="Value">5.0%</td>');
  });

  it('nests sections with stable ids and never skips a heading level', () => {
    const html = page('<cover title="T" subtitle="S"></cover><toc title="Contents"/><h1>One</h1><h3>Deep</h3><h1>Two</h1><h2>Sub</h2>');
    expect(html).toContain('<h1 id="top">T</h1>');
    expect(html).toContain('<section id="sec-1"><h2><a class="anchor" href="#sec-1">One</a></h2>\n<section id="sec-1-1"><h3>');
    expect(html).toContain('<section id="sec-2-1"><h3><a class="anchor" href="#sec-2-1">Sub</a></h3>');
    expect(html).not.toMatch(/<h4/);
    expect(html).toContain(
      '<nav class="contents" aria-labelledby="contents-h"><h2 id="contents-h">Contents</h2><ol><li><a href="#sec-1">One</a><ol><li><a href="#sec-1-1">Deep</a></li></ol></li><li><a href="#sec-2">Two</a><ol><li><a href="#sec-2-1">Sub</a></li></ol></li></ol></nav>',
    );
  });

  it('keeps headings of one template level siblings when the template skips a level (h3 straight under h1)', () => {
    const html = page('<cover title="T" subtitle="S"></cover><h1>Notes</h1><h3>Source</h3><p>a</p><h3>Units</h3><p>b</p><h1>End</h1>');
    expect(html).toContain('<section id="sec-1-1"><h3><a class="anchor" href="#sec-1-1">Source</a></h3>');
    expect(html).toContain('<section id="sec-1-2"><h3><a class="anchor" href="#sec-1-2">Units</a></h3>');
    expect(html).not.toMatch(/<h4/);
  });

  it('inlines a chart as one image with a title and a description, its own roles removed', () => {
    const html = page('<h1>A</h1><chart id="growth" caption="Figure 1. Growth &lt;2024&gt;" source="Source: report."/>');
    // A visible numbered caption names the figure; the source line is under it; the narrow layout is a second picture.
    expect(html).toContain(
      '<figure class="chart" id="fig-growth" aria-labelledby="fig-growth-caption"><figcaption id="fig-growth-caption">Figure 1. Growth &lt;2024&gt;</figcaption><div class="chart-image wide">',
    );
    expect(html).toContain(
      '<div class="chart-image narrow"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="fig-growth-narrow-title fig-growth-narrow-desc"',
    );
    expect(html).toMatch(/<\/div><p class="source">Source: report\.<\/p><\/figure>/);
    expect(html).toContain('role="img" aria-labelledby="fig-growth-title fig-growth-desc"');
    expect(html).toContain('<title id="fig-growth-title">Growth &lt;2024&gt;</title><desc id="fig-growth-desc">Bars: A 5.0%</desc>');
    expect(html).not.toMatch(/graphics-object|aria-roledescription|aria-label="x"/);
    expect(() => inlineChartSvg('<p>not svg</p>', 'x', 't', 'd')).toThrow(/not an SVG/);
  });

  it('keeps a figure with its currency and its word, and a sign or middle dot with its neighbour, on one line', () => {
    expect(langText('paid RMB 8.801 billion out', 'en')).toBe('paid RMB\u00a08.801\u00a0billion out');
    expect(langText('Target: 6% · × Not met', 'en')).toBe('Target: 6%\u00a0· ×\u00a0Not met');
    const zh = langText('目标：6% · × 未完成', 'zh-CN');
    expect(zh).toContain('×\u00a0未完成');
    expect(zh).not.toMatch(/(<wbr>| )·/);
  });

  // Review11: "6.0% →" ended a line at 390 px and "7.0%" began the next.
  it('keeps an arrow with the figure after it', () => {
    expect(langText('growth of industrial value added, 6.0% → 7.0%; GDP growth', 'en')).toContain('6.0% →\u00a07.0%');
    expect(langText('每行标注“2024年实绩 → 目标”', 'zh-CN').replaceAll('<wbr>', '')).toMatch(/→\u00a0目标/);
  });

  it('marks text in the other language with its own lang', () => {
    const noBreaks = (html: string) => html.replaceAll('<wbr>', '');
    expect(noBreaks(langText('国内生产总值（GDP）增长5.0%', 'zh-CN'))).toBe('国内生产总值（<span lang="en">GDP</span>）增长5.0%');
    expect(langText('5G基站', 'zh-CN')).toBe('<span class="w"><span class="nw">5G</span>基站</span>');
    expect(langText('COVID-19疫情', 'zh-CN')).toBe('<span lang="en">COVID-19</span>疫情');
    expect(langText('Gross domestic product (地区生产总值)', 'en')).toBe('Gross domestic product (<span lang="zh-CN">地区生产总值</span>)');
    expect(page('<h1>A</h1>', 'zh-CN')).toContain('<html lang="zh-CN">');
  });

  it('breaks Chinese text between words only, never between a number and its unit, nor before a closing mark, "·" or a note mark', () => {
    expect(chineseBreaks('固定资产投资区内300亿元以上')).toBe(
      '固定<wbr>资产<wbr>投资<wbr>区内<wbr><span class="nw">300亿元</span><wbr>以上',
    );
    // The words kept with a figure where words are kept whole (.w) break in running text; only the
    // number and its unit never do (.nw; review11: a justified line before a long held piece spread wide).
    expect(chineseBreaks('目标10%左右')).toBe('目标<wbr><span class="w"><span class="nw">10%</span>左右</span>');
    expect(chineseBreaks('高于2024年实绩的有：')).toContain('<span class="w"><span class="nw">2024年</span>实绩的有：</span>');
    expect(chineseBreaks('相差−0.9个百分点时，', ['个百分点'])).toContain('<span class="nw">−0.9个百分点</span>时，');
    expect(chineseBreaks('序号')).toBe('序号');
    // A lone character after a closing mark starts a piece: no long piece leaves a justified line loose.
    expect(chineseBreaks('相差（增长3.0%）系以现价计算')).toMatch(/）(<\/span>)?<wbr>系/);
    // A Latin abbreviation in Chinese text never breaks ("R&D").
    expect(langText('全社会R&D经费', 'zh-CN')).not.toMatch(/R<wbr>|<wbr>&amp;D/);
    expect(chineseBreaks('投资（区内）增长4.2%。')).not.toMatch(/<wbr>[）。%]|（<wbr>/);
    expect(chineseBreaks('×未完成 · 实际9.1%')).not.toMatch(/<wbr>\s*·|×<wbr>/);
    // A note's reference mark stays with what it marks: at 1280 px a card's "*" stood alone on its last line.
    expect(chineseBreaks('比上年增长5.3%（按现价计算）*')).not.toMatch(/<wbr>\*/);
    expect(chineseBreaks('a<b & c').replaceAll('<wbr>', '')).toBe('a&lt;b &amp; c');
    // Running text may break between any two Chinese characters (brief.css): a number and its unit
    // are held by a span that does not break, wherever they stand.
    expect(chineseBreaks('增长4.2万人次，')).toContain('<span class="nw">4.2万人次，</span>');
  });

  it('keeps a number with the whole of its unit of the registry (units.yaml), in Chinese and in English', () => {
    const registry = parse(readFileSync(path.join(defaultDataDir, 'units.yaml'), 'utf8')) as { units: { zh: string; en: string }[] };
    const points = registry.units.find((u) => u.zh.endsWith('百分点'))!;
    const zh = langText(
      `（−0.6${points.zh}）`,
      'zh-CN',
      registry.units.map((u) => u.zh),
    );
    expect(zh).toContain(`0.6${points.zh}`);
    const en = langText(
      `(−0.6 ${points.en})`,
      'en',
      registry.units.map((u) => u.en),
    );
    expect(en).toContain(`0.6\u00a0${points.en.replaceAll(' ', '\u00a0')}`);
  });

  it('escapes everything from the data', () => {
    const html = page('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "q"</p>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</p>');
    expect(html).not.toContain('<script>');
  });
});

describe('HTML edition in the build', () => {
  it('is built beside the PDF from the same tree, one page with its stylesheet inside and its web fonts beside it, listed in the manifest', async () => {
    const outDir = tempDir('plan-html-');
    const result = await buildReports({
      rootDir: repoRoot,
      dataDir: makeDataDir([demoEditionDir]),
      outDir,
      buildDate: new Date('2025-01-15T00:00:00Z'),
      jobs: 1,
    });
    expect(result.ok).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { artifacts: { path: string }[] };
    const paths = manifest.artifacts.map((a) => a.path);
    for (const locale of ['zh-CN', 'en']) {
      expect(paths).toContain(`demo-2026/${locale}/brief.html`);
      // One page, the stylesheet inside it, and its four web fonts in fonts/ beside it.
      // (Also beside it: the PDF, the workbook and the open data, datapackage.json and data/*.csv.)
      const others = /\/(brief\.pdf|workbook\.xlsx|datapackage\.json|data\/[a-z0-9-]+\.csv)$/;
      const fonts = ['NotoSans-Regular', 'NotoSansSC-Regular', 'NotoSans-Bold', 'NotoSansSC-Bold'].map(
        (f) => `demo-2026/${locale}/fonts/${f}.woff`,
      );
      expect(paths.filter((p) => p.startsWith(`demo-2026/${locale}/`) && !others.test(p)).sort()).toEqual(
        [`demo-2026/${locale}/brief.html`, ...fonts].sort(),
      );
      const html = readFileSync(path.join(outDir, 'demo-2026', locale, 'brief.html'), 'utf8');
      // Each font is declared by a path relative to the page, and is a WOFF file of a few to some hundred KB.
      for (const font of fonts) {
        const name = font.slice(`demo-2026/${locale}/`.length);
        expect(html).toContain(`src: url("${name}") format("woff")`);
        const bytes = readFileSync(path.join(outDir, font));
        expect(bytes.subarray(0, 4).toString('latin1'), font).toBe('wOFF');
        expect(bytes.length, font).toBeLessThan(300_000);
      }
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(readFileSync(path.join(repoRoot, 'templates/html/brief.css'), 'utf8'));
      // Nothing but the brief: no path of the source document, no build log, no absolute or external URL.
      expect(html).not.toMatch(/source\.txt|\/work\/|file:|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      const charts = JSON.parse(readFileSync(path.join(outDir, 'demo-2026', 'charts', locale, 'charts.json'), 'utf8')) as { id: string }[];
      for (const c of charts) expect(html).toContain(`id="fig-${c.id}"`);
    }
    // The Chinese page reads as the Chinese PDF does: GB/T 15834 punctuation (no half-width comma after a Chinese character).
    const zh = readFileSync(path.join(outDir, 'demo-2026', 'zh-CN', 'brief.html'), 'utf8').replace(/<svg[\s\S]*?<\/svg>/g, '');
    expect(zh).not.toMatch(/\p{Script=Han}[,;:?!]/u);
    expect(zh).toMatch(/\p{Script=Han}，/u);
  });
});

describe('web fonts of the HTML edition', () => {
  it('subsets the regular faces to every character of the page and the bold ones to its bold text', () => {
    const html = page(
      '<h1>粗体标题</h1><p>正文 Body text “引号” &amp; 5.0%</p><table caption="表1 合计"><col header="指标"/><col header="数值" align="right"/><tr><td>甲</td><td>1</td></tr><tr class="total"><td>合计值</td><td>2</td></tr></table>',
      'zh-CN',
    );
    const regular = pageCharacters(html);
    for (const ch of '粗体标题正文Body“引号”&5.0%甲合计值') expect(regular, ch).toContain(ch);
    const bold = boldCharacters(html);
    for (const ch of '粗体标题表1合计值指标数') expect(bold, ch).toContain(ch);
    for (const ch of '正文引号甲') expect(bold, ch).not.toContain(ch);
    // Nothing of the stylesheet is taken for text.
    const styled = renderHtmlBrief({ nodes: parseMarkup('<p>正文</p>'), locale: 'zh-CN', charts: new Map(), stylesheet: '/* 样式 */' });
    expect(pageCharacters(styled)).not.toContain('样');
  });

  it('leaves the Chinese marks of a Chinese page to the Chinese face', () => {
    const [latin] = webFontFaces('zh-CN');
    expect(latin!.face).toBe('latin');
    // “ ” ‘ ’ — … · are outside the Latin face's range on a Chinese page; digits and letters inside.
    const inRange = (ch: string) =>
      latin!.unicodeRange!.split(',').some((part) => {
        const [from, to] = part
          .trim()
          .slice(2)
          .split('-')
          .map((h) => Number.parseInt(h, 16));
        const code = ch.codePointAt(0)!;
        return code >= from! && code <= (to ?? from)!;
      });
    expect([...'“”‘’—…·'].filter(inRange)).toEqual([]);
    expect([...'A9%−'].every(inRange)).toBe(true);
    expect(webFontFaces('en').every((f) => f.unicodeRange === undefined)).toBe(true);
  });
});
