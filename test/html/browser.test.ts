/**
 * The HTML briefs in a real browser (Debian's Chromium through puppeteer-core): accessible (axe-core,
 * no violations), no sideways scroll on a 390 px phone, and every figure of plan.json that the PDF
 * shows is on the page. Skipped with a message without Chromium; required in CI (REQUIRE_INTEROP=1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief.js';
import { typographyFor } from '../../src/brief/typography.js';
import { buildReports } from '../../src/build/pipeline.js';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, textKey } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, demoEditionDir, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';
import { axeViolations, browserAvailable, horizontalOverflow, launchChromium } from './browser.js';

const run = browserAvailable();
const buildDate = new Date('2025-01-15T00:00:00Z');
const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir]);
const outDir = tempDir('plan-html-browser-');
let browser: Browser | undefined;
const pages: { edition: string; locale: (typeof locales)[number]; file: string }[] = [];

beforeAll(async () => {
  if (!run) return;
  const result = await buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate, jobs: 1 });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    artifacts: { path: string; edition: string }[];
  };
  for (const a of manifest.artifacts.filter((x) => x.path.endsWith('/brief.html'))) {
    pages.push({ edition: a.edition, locale: a.path.split('/')[1] as (typeof locales)[number], file: path.join(outDir, a.path) });
  }
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Every formatted figure of the plan model (each `display` pair), in one language. */
function displays(value: unknown, lang: 'zh' | 'en', out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) displays(v, lang, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const display = record.display as Record<string, unknown> | undefined;
    if (display && typeof display[lang] === 'string' && display[lang] !== '') out.add(display[lang] as string);
    for (const [key, v] of Object.entries(record)) if (key !== 'display') displays(v, lang, out);
  }
  return out;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!run)('HTML brief in Chromium', () => {
  it('builds an HTML brief for every edition and locale', () => {
    expect(pages.map((p) => `${p.edition}/${p.locale}`).sort()).toEqual([
      'binjiang-2025/en',
      'binjiang-2025/zh-CN',
      'demo-2026/en',
      'demo-2026/zh-CN',
    ]);
  });

  it('every HTML brief loads from file:// with no axe-core violations, and fits a 390 px screen', async () => {
    for (const { file, edition, locale } of pages) {
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(errors, `${edition}/${locale}`).toEqual([]);
      // The stylesheet beside the page was applied (the body is centred with a maximum width).
      expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
      expect(await horizontalOverflow(page), `${edition}/${locale} scrolls sideways at 390 px`).toBe(0);
      const violations = await axeViolations(page);
      expect(
        violations.map((v) => `${edition}/${locale}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await page.setViewport({ width: 1280, height: 900 });
      expect(await horizontalOverflow(page)).toBe(0);
      await page.close();
    }
  }, 180_000);

  it('shows every figure and table with a visible numbered caption and a source line; at 390 px every chart fits the screen and no short header breaks at 1280 px', async () => {
    // Pages with charts, so that the checks below are not vacuous. Not every edition has one: since
    // issue 31 a chart of three bars or fewer is not drawn (render.ts minCategories), and the demo
    // edition has two headline growth figures and a table chart of two rows, so it has none.
    const withCharts: string[] = [];
    for (const { file, edition, locale } of pages) {
      const key = `${edition}/${locale}`;
      const page = await browser!.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      for (const width of [1280, 390]) {
        await page.setViewport({ width, height: 900 });
        const found = await page.evaluate(() => {
          const visible = (e: Element | null) => !!e && (e as HTMLElement).offsetWidth > 0 && (e as HTMLElement).innerText.trim() !== '';
          const figures = [...document.querySelectorAll('figure.chart')].map((f) => ({
            caption: visible(f.querySelector('figcaption')) ? (f.querySelector('figcaption') as HTMLElement).innerText : '',
            source: visible(f.querySelector('p.source')),
            // The chart shown at this width, and how wide it is against the page's column.
            chartWidth: Math.max(...[...f.querySelectorAll('.chart-image')].map((c) => (c as HTMLElement).offsetWidth)),
            shownSvgWidth: Math.max(...[...f.querySelectorAll('.chart-image svg')].map((c) => c.getBoundingClientRect().width)),
            scrolls: [...f.querySelectorAll('.chart-image')].some((c) => c.scrollWidth > c.clientWidth + 1),
            // Text of the shown chart outside its picture (a legend running off the right edge is cut).
            clipped: [...f.querySelectorAll('.chart-image svg')]
              .filter((svg) => svg.getBoundingClientRect().width > 0)
              .flatMap((svg) => {
                const box = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('text')]
                  .filter((t) => {
                    const r = t.getBoundingClientRect();
                    return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5);
                  })
                  .map((t) => t.textContent);
              }),
          }));
          const tables = [...document.querySelectorAll('div.table')].map((t) => ({
            caption: visible(t.querySelector('.table-caption')) ? (t.querySelector('.table-caption') as HTMLElement).innerText : '',
            // The caption stays in view while a wide table scrolls: it is outside the scroll box, and names the table.
            captionOutside: !t.querySelector('.table-scroll')!.contains(t.querySelector('.table-caption')),
            named: t.querySelector('table')!.getAttribute('aria-labelledby') === t.querySelector('.table-caption')?.id,
            source: visible(t.querySelector('p.source')),
            // On a wide screen a table fits the page's column: long headers wrap instead of widening it.
            scrolls: t.querySelector('.table-scroll')!.scrollWidth > t.querySelector('.table-scroll')!.clientWidth + 1,
          }));
          // A header of up to four characters (序号, 指标, No.) is set on one line: its text's boxes share one top.
          const lines = (e: Element) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          };
          const brokenHeaders = [...document.querySelectorAll('thead th')]
            .filter((th) => (th as HTMLElement).innerText.trim().length <= 4 && lines(th) > 1)
            .map((th) => (th as HTMLElement).innerText);
          return { figures, tables, brokenHeaders, viewport: document.documentElement.clientWidth };
        });
        if (width === 1280 && found.figures.length > 0) withCharts.push(key);
        for (const f of found.figures) {
          expect(f.caption, `${key} at ${width}px`).toMatch(/^(Figure \d+\.|图\d+)\s/);
          expect(f.source, `${key} at ${width}px: ${f.caption}`).toBe(true);
          expect(f.scrolls, `${key} at ${width}px: ${f.caption} scrolls`).toBe(false);
          expect(f.shownSvgWidth, `${key} at ${width}px: ${f.caption}`).toBeLessThanOrEqual(found.viewport);
          expect(f.clipped, `${key} at ${width}px: ${f.caption}: text cut at the chart's edge`).toEqual([]);
        }
        for (const t of found.tables) {
          expect(t.caption, `${key}`).toMatch(/^(Table \d+\.|表\d+)\s/);
          expect([t.captionOutside, t.named], `${key}: ${t.caption}`).toEqual([true, true]);
          expect(t.source, `${key}: ${t.caption}`).toBe(true);
          if (width === 1280) expect(t.scrolls, `${key} at 1280px: ${t.caption} is wider than the column`).toBe(false);
        }
        if (width === 1280) expect(found.brokenHeaders, key).toEqual([]);
      }
      // At 390 px the chart shown is laid out for the phone (its narrow layout, or a chart no wider
      // than that already), not a wide one scaled down.
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((f) => {
          const shown = [...f.querySelectorAll('.chart-image')].find((c) => (c as HTMLElement).offsetWidth > 0);
          return shown ? Number(shown.querySelector('svg')!.getAttribute('width')) : 0;
        }),
      );
      for (const w of narrow) {
        expect(w, key).toBeGreaterThan(0);
        expect(w, key).toBeLessThanOrEqual(360);
      }
      await page.close();
    }
    expect(withCharts).toEqual(expect.arrayContaining(['binjiang-2025/en', 'binjiang-2025/zh-CN']));
  }, 180_000);

  it('shows every table cell on a 390 px phone without sideways scrolling, each value under its column header (issue 25)', async () => {
    let cells = 0;
    for (const { file, edition, locale } of pages) {
      const page = await browser!.newPage();
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const text = (e: Element) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
        const problems: string[] = [];
        let count = 0;
        for (const table of document.querySelectorAll('div.table')) {
          const caption = text(table.querySelector('.table-caption')!);
          // A box that scrolls sideways hides part of its table.
          // (The header row kept for screen readers, hidden from view in a 1 px box, is not such a box.)
          for (const box of table.querySelectorAll('*'))
            if (box.clientWidth > 1 && box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible')
              problems.push(`${caption}: ${box.tagName.toLowerCase()} scrolls sideways`);
          const headers = [...table.querySelectorAll('thead th')].map(text);
          for (const row of table.querySelectorAll('tbody tr')) {
            [...row.children].forEach((cell, i) => {
              count++;
              const r = cell.getBoundingClientRect();
              if (r.left < -0.5 || r.right > width + 0.5) problems.push(`${caption}: "${text(cell)}" off the screen`);
              // A value shown away from its column reads with the column's header beside it.
              const columnVisible = table.querySelector('thead')!.getBoundingClientRect().width > 1;
              const label = getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '').replace(/\s+/g, ' ');
              if (!columnVisible && cell.tagName === 'TD' && label !== headers[i])
                problems.push(`${caption}: "${text(cell)}" shown without its header "${headers[i]}"`);
            });
          }
        }
        return { problems, count };
      });
      cells += found.count;
      expect(found.problems, `${edition}/${locale}`).toEqual([]);
      await page.close();
    }
    expect(cells).toBeGreaterThan(200);
  }, 180_000);

  it('sets every text of the charts shown on a 390 px phone at 11 CSS px or more (issue 25)', async () => {
    let measured = 0;
    for (const { file, edition, locale } of pages) {
      const page = await browser!.newPage();
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart .chart-image svg')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .flatMap((svg) => {
            // The SVG is scaled to the column: its units are CSS px times this.
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            // Every text element, empty ones too: a reviewer's measure (or a reader's zoom tool) sees them all.
            return [...svg.querySelectorAll('text')].map((t) => ({
              text: t.textContent,
              px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
            }));
          }),
      );
      measured += sizes.length;
      expect(
        sizes.filter((s) => s.px < 11).map((s) => `${s.text} ${s.px.toFixed(1)}px`),
        `${edition}/${locale}`,
      ).toEqual([]);
      await page.close();
    }
    // The default edition has charts, so the check is not vacuous.
    expect(measured).toBeGreaterThan(20);
  }, 180_000);

  it('sets the page in the web fonts beside it, running text at a reading measure, and a compact contents list on a phone', async () => {
    for (const { file, edition, locale } of pages) {
      const key = `${edition}/${locale}`;
      const page = await browser!.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const seen = await page.evaluate(async () => {
        await document.fonts.ready;
        const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
        const prose = [...document.querySelectorAll('main section > p, main section > ul:not(.kpis)')];
        return {
          loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`),
          widest: Math.max(...prose.map((p) => p.getBoundingClientRect().width)) / rem,
          tables: Math.max(...[...document.querySelectorAll('div.table')].map((t) => t.getBoundingClientRect().width)) / rem,
          leading:
            Number.parseFloat(getComputedStyle(document.body).lineHeight) / Number.parseFloat(getComputedStyle(document.body).fontSize),
        };
      });
      // The text faces of the PDF, regular and bold, from fonts/ beside the page (a missing file fails the first test).
      const own = locale === 'zh-CN' ? 'Brief Sans SC' : 'Brief Sans';
      expect(seen.loaded, key).toEqual(expect.arrayContaining([`${own} 400`, `${own} 700`]));
      expect(seen.widest, `${key}: the widest paragraph, in rem`).toBeLessThanOrEqual(42);
      expect(seen.widest, key).toBeGreaterThan(30);
      if (seen.tables > 0) expect(seen.tables, `${key}: tables take the whole column`).toBeGreaterThan(42);
      expect(seen.leading, key).toBeGreaterThanOrEqual(locale === 'zh-CN' ? 1.75 : 1.5);
      // On a phone, the contents list the chapters only: a screenful, not three.
      await page.setViewport({ width: 390, height: 844 });
      const contents = await page.evaluate(() => (document.querySelector('nav.contents') as HTMLElement | null)?.offsetHeight ?? 0);
      expect(contents, key).toBeLessThan(844);
      await page.close();
    }
  }, 180_000);

  it('justifies Chinese running text (clreq) and the cover’s text, breaks key messages dense with figures between any two characters (justified at 1280 px), and leaves English, captions, source lines and notes in small type flush left', async () => {
    for (const { file, edition, locale } of pages) {
      const key = `${edition}/${locale}`;
      const page = await browser!.newPage();
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const aligns = await page.evaluate(() => {
        const of = (selector: string) => [...new Set([...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).textAlign))];
        return {
          prose: of('main section > p:not(.source), main section > ul:not(.kpis):not(.small) > li:not(.figures)'),
          figures: of('main section > ul:not(.kpis):not(.small) > li.figures'),
          // How the figures break: between any two characters, not only between words.
          figureBreaks: [
            ...new Set(
              [...document.querySelectorAll('main section > ul:not(.kpis):not(.small) > li.figures')].map(
                (e) => getComputedStyle(e).wordBreak,
              ),
            ),
          ],
          cover: of('.cover dd'),
          apparatus: of('main p.source, main .table-caption, main figcaption, main section > ul.small > li'),
        };
      });
      expect(aligns.prose, key).toEqual([locale === 'zh-CN' ? 'justify' : 'start']);
      // A Chinese list item dense with figures breaks between any two characters, as running text
      // does, and the cover's text (关于本简报) is justified: set with word-break: keep-all, their
      // lines ended two or three characters short at 390 px (review11). On a phone such an item is
      // flush left (brief.css); at 1280 px it is justified (below).
      expect(aligns.figures, key).toEqual(['start']);
      if (locale === 'zh-CN') expect(aligns.figureBreaks, key).toEqual(['normal']);
      expect(aligns.cover, key).toEqual([locale === 'zh-CN' ? 'justify' : 'start']);
      if (locale === 'zh-CN') {
        await page.setViewport({ width: 1280, height: 844 });
        const wide = await page.evaluate(() => [
          ...new Set(
            [...document.querySelectorAll('main section > ul:not(.kpis):not(.small) > li.figures')].map(
              (e) => getComputedStyle(e).textAlign,
            ),
          ),
        ]);
        expect(wide, `${key} at 1280 px`).toEqual(['justify']);
      }
      if (locale === 'zh-CN') {
        // An opening mark that starts a line is set half-width (clreq line-start trimming): "《…》" lines up with the text above it.
        const opening = await page.evaluate(() => {
          const dd = [...document.querySelectorAll('.cover dd')].find((d) => d.textContent?.startsWith('《'));
          const text = dd?.firstChild;
          if (!dd || !text) return undefined;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 1);
          return range.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(dd).fontSize);
        });
        expect(opening, `${key}: the width of a line-start "《", in em`).toBeLessThan(0.75);
      }
      for (const align of aligns.apparatus) expect(['left', 'start'], key).toContain(align);
      expect(aligns.apparatus.length, key).toBeGreaterThan(0);
      await page.close();
    }
  }, 180_000);

  // Publication review: at 390 px, justified Chinese lines heavy with numbers spread a whole em
  // between characters ("（ 增 长 8.2% ， 对 照 5.0% ， 相 差") before a number with its unit that does
  // not break. No two Chinese characters of a line stand more than a third of an em apart.
  // Publication review (issue 25): at 1280 px a paragraph ended on a line of one character (a card's
  // note mark "*"). No paragraph, list item, caption or heading of several lines ends on a line under 2 em.
  it('ends no paragraph, item, caption or heading on a line of a character or two, at 1280 and 390 px', async () => {
    let measured = 0;
    for (const { file, edition, locale } of pages)
      for (const width of [1280, 390]) {
        const page = await browser!.newPage();
        await page.setViewport({ width, height: 844 });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const result = await page.evaluate(() => {
          const short: string[] = [];
          let count = 0;
          for (const el of document.querySelectorAll('main p, main li, main figcaption, main h2, main h3')) {
            const lines = new Map<number, { left: number; right: number }>();
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
              for (let i = 0; i < n.data.length; i++) {
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                const rect = range.getBoundingClientRect();
                if (rect.width === 0 || /\s/.test(n.data[i]!)) continue;
                const top = Math.round(rect.top);
                const line = lines.get(top) ?? { left: rect.left, right: rect.right };
                lines.set(top, { left: Math.min(line.left, rect.left), right: Math.max(line.right, rect.right) });
              }
            if (lines.size < 2) continue;
            count++;
            const last = [...lines.entries()].sort((a, b) => a[0] - b[0]).at(-1)![1];
            const em = Number.parseFloat(getComputedStyle(el).fontSize);
            if (last.right - last.left < 2 * em) short.push(`${el.tagName} “…${el.textContent!.trim().slice(-16)}”`);
          }
          return { short, count };
        });
        measured += result.count;
        expect(result.short, `${edition}/${locale} at ${width} px`).toEqual([]);
        await page.close();
      }
    expect(measured).toBeGreaterThan(100);
  }, 180_000);

  it('spreads no justified Chinese line wide on a 390 px phone', async () => {
    for (const { file, edition, locale } of pages.filter((p) => p.locale === 'zh-CN')) {
      const page = await browser!.newPage();
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const widest = await page.evaluate(() => {
        let worst = { gap: 0, at: '' };
        for (const el of document.querySelectorAll('main section > p, main section > ul:not(.kpis) > li')) {
          const size = Number.parseFloat(getComputedStyle(el).fontSize);
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const chars: { c: string; width: number; top: number }[] = [];
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
            for (let i = 0; i < n.data.length; i++) {
              const range = document.createRange();
              range.setStart(n, i);
              range.setEnd(n, i + 1);
              const rect = range.getBoundingClientRect();
              if (rect.width > 0) chars.push({ c: n.data[i]!, width: rect.width, top: Math.round(rect.top) });
            }
          // A Chinese character's box holds the space justification adds after it: its width beyond 1 em.
          for (let k = 1; k < chars.length; k++) {
            const [a, b] = [chars[k - 1]!, chars[k]!];
            if (a.top !== b.top || !/[\u4e00-\u9fff]/.test(a.c) || !/[\u4e00-\u9fff]/.test(b.c)) continue;
            const gap = a.width / size - 1;
            if (gap > worst.gap) worst = { gap, at: `${a.c}${b.c} in “${el.textContent!.slice(0, 24)}…”` };
          }
        }
        return worst;
      });
      expect(widest.gap, `${edition}/${locale}: ${widest.at}`).toBeLessThan(1 / 3);
      await page.close();
    }
  }, 180_000);

  it('every figure of plan.json that the PDF shows appears in the HTML', async () => {
    const { dataset } = validateDir(dataDir);
    for (const edition of dataset.editions) {
      const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
      for (const locale of locales) {
        const sink = new DiagnosticSink();
        const strings = loadUiStrings(repoRoot, locale, sink)!;
        const charts = await renderEditionCharts(repoRoot, plan, locale, strings, dataset.units!, sink);
        const brief = await buildBrief({ rootDir: repoRoot, plan, locale, strings, units: dataset.units!, charts, buildDate }, sink);
        expect(brief, sink.items.map((d) => d.message).join('\n')).toBeDefined();
        const pdfText = squeeze(brief!.layout.lines.map((l) => l.text).join(''));
        const file = pages.find((p) => p.edition === plan.edition.id && p.locale === locale)!.file;
        const page = await browser!.newPage();
        await page.goto(pathToFileURL(file).href);
        // What a reader reads: the page's text, not the markup (chart text is in the pictures of both).
        const htmlText = squeeze(
          await page.evaluate(() => document.querySelector('main')!.innerText + document.querySelector('header')!.innerText),
        );
        await page.close();
        const fix = typographyFor(locale);
        const shown = [...displays(plan, textKey(locale))].map((d) => squeeze(fix(d))).filter((d) => pdfText.includes(d));
        // The brief shows figures (so the check below is not vacuous) …
        expect(shown.length, `${plan.edition.id}/${locale}`).toBeGreaterThan(10);
        // … and every one of them is in the page.
        expect(
          shown.filter((d) => !htmlText.includes(d)),
          `${plan.edition.id}/${locale}`,
        ).toEqual([]);
      }
    }
  }, 240_000);
});
