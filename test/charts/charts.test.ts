import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { charts, editionCharts, createChartCaches, minCategories, renderChart, type RenderedChart } from '../../src/charts/render.js';
import { chartColours, chartType } from '../../src/charts/theme.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { ruleIds } from '../../src/diagnostics/rules.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import type { UnitsFile } from '../../src/dataset/schema.js';
import { defaultDataDir, demoEditionDir, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';
import type { ValidEdition } from '../../src/dataset/edition.js';
import { editionSeries } from '../../src/dataset/series.js';
import { wuyaoEditionDirs } from '../series/fixtures.js';
import { trendIndicators, trendMinYears } from '../../src/present/series.js';

const { dataset } = validateDir(
  makeDataDir([
    path.join(defaultDataDir, 'editions', 'binjiang-2025'),
    demoEditionDir,
    path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024'),
    // A district's series of three years: wuyao-2024 has the trend figure.
    ...wuyaoEditionDirs,
  ]),
);
const units = dataset.units as UnitsFile;
const plans = new Map<string, { plan: Plan; edition: ValidEdition }>(
  dataset.editions.map((edition) => [
    edition.folder,
    // As the build models it: with the editions before it in its district's series.
    { plan: buildPlan(edition, units, dataset.glossary!, [], editionSeries(edition, dataset.editions).slice(0, -1)), edition },
  ]),
);
// The default edition declares no table chart (its charts would repeat the tables beside them);
// the table chart is tried on its tables with a chart of two columns declared here.
const binjiang = plans.get('binjiang-2025')!;
plans.set('tables-charted', {
  edition: binjiang.edition,
  plan: {
    ...binjiang.plan,
    tables: binjiang.plan.tables.map((t) => ({ ...t, chart: { title: t.caption, columns: ['total-investment', 'annual-investment'] } })),
  },
});

// The default edition with growth at current prices only: its growth chart has one price basis.
plans.set('one-basis', {
  edition: binjiang.edition,
  plan: { ...binjiang.plan, headline: binjiang.plan.headline.filter((f) => f.growth?.basis !== 'comparable') },
});

async function renderAll(folder: string, locale: Locale, rootDir = repoRoot) {
  const sink = new DiagnosticSink();
  const strings = loadUiStrings(rootDir, locale, sink)!;
  const rendered = await renderEditionCharts(rootDir, plans.get(folder)!.plan, locale, strings, units, sink);
  return { rendered, sink };
}

const rendered = new Map<string, RenderedChart[]>();
beforeAll(async () => {
  for (const folder of plans.keys()) {
    for (const locale of locales) {
      const { rendered: list, sink } = await renderAll(folder, locale);
      expect(sink.items).toEqual([]);
      rendered.set(`${folder}/${locale}`, list);
    }
  }
});

const overlaps = (a: { x1: number; x2: number; y1: number; y2: number }, b: typeof a, slack = 0.5) =>
  a.x1 < b.x2 - slack && b.x1 < a.x2 - slack && a.y1 < b.y2 - slack && b.y1 < a.y2 - slack;

describe('charts', () => {
  it('renders every chart of the default edition in both locales, as SVG and PNG', () => {
    for (const locale of locales) {
      const list = rendered.get(`binjiang-2025/${locale}`)!;
      // Every fixed chart but the trend figure, which needs three years of a district's series (the
      // default edition is its district's only one); the invented district's third year has it.
      const withoutTrend = (ids: string[]) => ids.filter((id) => id !== 'headline-trend');
      // The fixed charts, then one per table that declares a chart.
      expect(list.map((c) => c.id)).toEqual(withoutTrend(editionCharts(plans.get('binjiang-2025')!.plan).map((c) => c.id)));
      const fixed = withoutTrend(charts.map((c) => c.id));
      expect(list.map((c) => c.id)).toEqual(fixed);
      expect(rendered.get(`wuyao-2024/${locale}`)!.map((c) => c.id)).toContain('headline-trend');
      const charted = rendered.get(`tables-charted/${locale}`)!;
      expect(charted.map((c) => c.id)).toEqual([...fixed, 'table-by-sector', 'table-by-area']);
      for (const chart of list) {
        expect(chart.svg.startsWith('<svg')).toBe(true);
        expect(chart.svg).toContain('<text');
        expect(chart.png.subarray(1, 4).toString()).toBe('PNG');
        expect(chart.title.length).toBeGreaterThan(5);
        expect(chart.alt.length).toBeGreaterThan(20);
      }
    }
  });

  it('keeps every text inside the chart, unclipped, with no two texts overlapping', () => {
    const problems: string[] = [];
    for (const [key, list] of rendered) {
      for (const chart of list) {
        for (const box of chart.texts) {
          if (box.x1 < -0.5 || box.y1 < -0.5 || box.x2 > chart.width + 0.5 || box.y2 > chart.height + 0.5) {
            problems.push(`${key}/${chart.id}: "${box.text}" lies outside ${chart.width}×${chart.height}`);
          }
          if (box.text.endsWith('…')) problems.push(`${key}/${chart.id}: "${box.text}" is truncated`);
        }
        chart.texts.forEach((a, i) =>
          chart.texts.slice(i + 1).forEach((b) => {
            if (overlaps(a, b)) problems.push(`${key}/${chart.id}: "${a.text}" overlaps "${b.text}"`);
          }),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  // Publication review (issue 25): an untitled chart (the brief's and the HTML's, captioned outside
  // it) kept a blank band of 19 px above its plot for the empty title, a wide gap under the caption.
  it('leaves no blank band above an untitled chart: its first text starts within a label’s height of its top', () => {
    const problems: string[] = [];
    for (const [key, list] of rendered)
      for (const chart of list) {
        const top = Math.min(...chart.texts.map((t) => t.y1));
        if (top > chartType.label + 4) problems.push(`${key}/${chart.id}: first text at ${top.toFixed(1)}`);
      }
    expect(problems).toEqual([]);
  });

  // Publication review (issue 25): the growth axis ran on past its last labelled tick (to 9.4 after
  // "8"), an axis line with no figure at its end. Every value axis, in the brief's layout and the
  // phone's, ends at a labelled tick.
  it('ends every value axis at a labelled tick, in both layouts', () => {
    const problems: string[] = [];
    let axes = 0;
    for (const [key, list] of rendered)
      for (const chart of list)
        for (const [layout, svg] of [
          ['wide', chart.svg],
          ['narrow', chart.narrowSvg ?? ''],
        ] as const)
          for (const axis of svg.split('class="mark-group role-axis"').slice(1)) {
            const domain = /role-axis-domain"[^>]*><line transform="translate\(0,0\)" x2="([\d.]+)" y2="0"/.exec(axis);
            const ticks = /role-axis-tick"[^>]*>(.*?)<\/g>/.exec(axis)?.[1] ?? '';
            const labels = [...(/role-axis-label"[^>]*>(.*?)<\/g>/.exec(axis)?.[1]?.matchAll(/>([^<>]*)<\/text>/g) ?? [])].map(
              (m) => m[1]!,
            );
            // A value axis: numbers for labels (years label a time axis of bands, not values).
            if (
              !domain ||
              labels.length === 0 ||
              !labels.every((l) => /^[−-]?[\d,.]+%?$/.test(l)) ||
              labels.every((l) => /^\d{4}$/.test(l))
            )
              continue;
            axes++;
            const xs = [...ticks.matchAll(/translate\(([-\d.]+),0\)/g)].map((m) => Number(m[1]));
            const end = Number(domain[1]);
            if (Math.abs(Math.max(...xs) - end) > 1)
              problems.push(`${key}/${chart.id} (${layout}): axis ends at ${end}, its last tick (${labels.at(-1)}) at ${Math.max(...xs)}`);
            if (Math.min(...xs) > 1) problems.push(`${key}/${chart.id} (${layout}): axis starts before its first tick (${labels[0]})`);
          }
    // A y value axis drawn as gridlines (the trend figure's panels): the top gridline is the plot's top.
    for (const [key, list] of rendered)
      for (const chart of list)
        for (const [layout, svg] of [
          ['wide', chart.svg],
          ['narrow', chart.narrowSvg ?? ''],
        ] as const)
          for (const grid of svg.matchAll(/role-axis-grid"[^>]*>(.*?)<\/g>/g)) {
            const ys = [...grid[1]!.matchAll(/translate\(0,([-\d.]+)\)/g)].map((m) => Number(m[1]));
            if (ys.length < 2) continue;
            axes++;
            if (Math.min(...ys) > 1) problems.push(`${key}/${chart.id} (${layout}): top gridline ${Math.min(...ys)} below the plot's top`);
          }
    expect(problems).toEqual([]);
    expect(axes, 'value axes measured').toBeGreaterThan(10);
  });

  it('gives every category label room in the brief and at a phone’s width: a wrapped label never runs into the next, and every band is as tall as the tallest label needs (issue 25)', () => {
    const problems: string[] = [];
    let narrowCharts = 0;
    let wrapped = 0;
    for (const [key, list] of rendered) {
      for (const chart of list) {
        const labels = new Set(chart.data.rows.flatMap((r) => (typeof r.label === 'string' ? [r.label.split('\n').join(',')] : [])));
        for (const [layout, texts] of [
          ['wide', chart.texts],
          ['narrow', chart.narrowTexts],
        ] as const) {
          if (!texts) continue;
          if (layout === 'narrow') narrowCharts++;
          // No two texts of the phone layout overlap, as none of the brief's do (above).
          if (layout === 'narrow')
            texts.forEach((a, i) =>
              texts.slice(i + 1).forEach((b) => {
                if (overlaps(a, b)) problems.push(`${key}/${chart.id} (narrow): "${a.text}" overlaps "${b.text}"`);
              }),
            );
          // Category labels, top to bottom: at least 2 units apart, however many lines each takes.
          const boxes = texts.filter((t) => labels.has(t.text)).sort((a, b) => a.y1 - b.y1);
          if (boxes.some((b) => b.text.includes(','))) wrapped++;
          boxes.slice(1).forEach((b, i) => {
            const a = boxes[i]!;
            if (b.x1 < a.x2 && a.x1 < b.x2 && b.y1 - a.y2 < 2)
              problems.push(`${key}/${chart.id} (${layout}): "${a.text}" and "${b.text}" are ${(b.y1 - a.y2).toFixed(1)} apart`);
          });
        }
      }
    }
    // A label of two lines is centred on its bar, as its value at the bar's end is (Figure 1).
    for (const [key, list] of rendered) {
      for (const chart of list.filter((c) => c.id === 'headline-growth')) {
        for (const [layout, texts] of [
          ['wide', chart.texts],
          ['narrow', chart.narrowTexts ?? []],
        ] as const) {
          const centre = (b: { y1: number; y2: number }) => (b.y1 + b.y2) / 2;
          const values = texts.filter((t) => chart.data.rows.some((r) => r.growthText === t.text));
          for (const row of chart.data.rows) {
            const label = texts.find((t) => typeof row.label === 'string' && t.text === row.label.split('\n').join(','));
            if (!label || values.length === 0) continue;
            const off = Math.min(...values.map((v) => Math.abs(centre(v) - centre(label))));
            if (off > 1.5) problems.push(`${key}/${chart.id} (${layout}): "${label.text}" is ${off.toFixed(1)} off its bar's centre`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // Not vacuous: phone layouts were checked, and labels of two lines among them.
    expect(narrowCharts).toBeGreaterThan(5);
    expect(wrapped).toBeGreaterThan(2);
  });

  it('formats axis numbers per locale: Chinese without thousands separators, English with them', () => {
    const zh = rendered
      .get('tables-charted/zh-CN')!
      .find((c) => c.id === 'table-by-sector')!
      .texts.map((t) => t.text);
    const en = rendered
      .get('tables-charted/en')!
      .find((c) => c.id === 'table-by-area')!
      .texts.map((t) => t.text);
    expect(zh).toContain('1000');
    expect(zh.filter((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toEqual([]);
    expect(en.every((t) => !/^\d{4,}$/.test(t))).toBe(true);
  });

  it('measures Chinese text with the embedded font (about 1 em a character, not the 0.8 em estimate)', () => {
    const chart = rendered.get('binjiang-2025/zh-CN')!.find((c) => c.id === 'headline-growth')!;
    const label = chart.texts.find((t) => t.text === '地区生产总值')!;
    const width = label.x2 - label.x1;
    expect(width).toBeGreaterThan(6 * chartType.label * 0.95);
    expect(width).toBeLessThan(6 * chartType.label * 1.05);
  });

  it('is deterministic: the same input gives byte-identical SVG and PNG', async () => {
    const again = await renderAll('binjiang-2025', 'zh-CN');
    const first = rendered.get('binjiang-2025/zh-CN')!;
    expect(again.rendered.map((c) => c.svg)).toEqual(first.map((c) => c.svg));
    expect(again.rendered.map((c) => c.png.toString('base64'))).toEqual(first.map((c) => c.png.toString('base64')));
  });

  it('reuses a compiled chart for another edition without carrying over its figures, title or params', async () => {
    // Same spec and strings (same years and language), other figures and source: the compiled chart
    // is shared, the rendering must be that edition's alone.
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(repoRoot, 'en', sink)!;
    const chart = charts.find((c) => c.id === 'headline-growth')!;
    const base = plans.get('binjiang-2025')!.plan;
    const headline = base.headline.map((h) =>
      h.growth
        ? { ...h, growth: { ...h.growth, value: h.growth.value * 3, display: { ...h.growth.display, en: `${h.growth.value * 3}%` } } }
        : h,
    );
    const other: Plan = { ...base, headline };
    const scaled = headline.filter((h) => h.growth !== undefined);
    const values = (plan: Plan, source: string) => ({
      district: 'X',
      city: 'Y',
      reviewYear: plan.edition.reviewYear,
      planYear: plan.edition.planYear,
      source,
    });
    const caches = createChartCaches();
    const render = (plan: Plan, source: string) =>
      renderChart(repoRoot, chart, { plan, locale: 'en', strings, units, values: values(plan, source) }, sink, caches);
    const first = (await render(base, 'Report A'))!;
    const second = (await render(other, 'Report B'))!;
    const firstAgain = (await render(base, 'Report A'))!;
    expect(sink.items).toEqual([]);
    // One compiled chart and one of its phone layout (its own config: text size, legends), each also
    // with bands made taller for its labels of two lines, served all three renderings: 4, not 12.
    expect(caches.compiled.size).toBe(4);
    expect(firstAgain.svg).toBe(first.svg);
    expect(second.svg).not.toBe(first.svg);
    // The source line is the chart's own (the PNG draws it; the brief sets it under the SVG).
    expect(second.source).toBe('Source: Report B');
    expect(second.svg).not.toContain('Report A');
    expect(second.png.equals(first.png)).toBe(false);
    // The x axis follows the other edition's larger growth figures (the xMax param, set per view).
    const axisMax = (c: RenderedChart) => Math.max(...c.texts.map((t) => Number(t.text)).filter((n) => Number.isFinite(n)));
    expect(axisMax(second)).toBeGreaterThan(axisMax(first) * 2);
    expect(second.data.rows.map((r) => r.growth)).toEqual(byBasisThenLargest(scaled));
  });

  it('gives each colour one meaning in every figure of a brief: a figure as published, or a target beside its result (issue 25)', () => {
    const palette = /#(?:0072B2|E69F00|009E73|D55E00|56B4E9|CC79A7|F0E442)\b/gi;
    let charts = 0;
    for (const [key, list] of rendered) {
      for (const chart of list) {
        charts++;
        const colours = new Set((chart.svg.match(palette) ?? []).map((c) => c.toUpperCase()));
        expect(
          [...colours].filter((c) => c !== chartColours.figure && c !== chartColours.target),
          `${key} ${chart.id}`,
        ).toEqual([]);
        // The target colour only in a chart that sets targets beside results.
        if (colours.has(chartColours.target))
          expect(
            chart.data.rows.some((r) => r.series === 'target'),
            `${key} ${chart.id}`,
          ).toBe(true);
      }
    }
    expect(charts).toBeGreaterThan(10);
  });

  // Publication review (charts 7): the growth-vs-target figure drew two bars a row and a legend to
  // tell them apart. The review year's growth is a bar, the plan year's target a mark across it, and
  // each row says both figures where the reader looks ("6.0% → 7.0%"), in both languages.
  it('draws the plan-year growth target as a mark across the review-year bar, each row labelled with both figures', () => {
    const spec = JSON.parse(readFileSync(path.join(repoRoot, 'templates', 'charts', 'growth-vs-target.vl.json'), 'utf8'));
    const markOf = (series: string) =>
      spec.layer.find((l: { transform?: { filter?: string }[] }) => l.transform?.some((t) => t.filter?.includes(`'${series}'`)))?.mark.type;
    expect(markOf('actual')).toBe('bar');
    expect(markOf('target')).toBe('tick');
    for (const locale of locales) {
      const chart = rendered.get(`binjiang-2025/${locale}`)!.find((c) => c.id === 'growth-vs-target')!;
      const targets = chart.data.rows.filter((r) => r.series === 'target');
      expect(targets.length, locale).toBeGreaterThan(1);
      for (const row of targets) {
        const actual = chart.data.rows.find((r) => r.series === 'actual' && r.label === row.label)!;
        expect(row.pairText, locale).toBe(`${actual.valueText} → ${row.valueText}`);
        expect(
          chart.texts.map((t) => t.text),
          locale,
        ).toContain(row.pairText);
      }
    }
  });

  it('draws growth on each price basis in a panel of its own, named by its basis, with a labelled axis (issue 25)', () => {
    for (const locale of locales) {
      const chart = rendered.get(`binjiang-2025/${locale}`)!.find((c) => c.id === 'headline-growth')!;
      const bases = [...new Set(chart.data.rows.map((r) => String(r.basisLabel)))];
      expect(bases.length).toBe(2);
      // Each basis is a panel title; the panels stack, each figure's bar in its basis's panel, and
      // the axis with its title (the unit) is under the last.
      for (const basis of bases) expect(chart.texts.filter((t) => t.text === basis).length, basis).toBe(1);
      const [first, second] = bases.map((b) => chart.texts.find((t) => t.text === b)!);
      expect(first!.y1).toBeLessThan(second!.y1);
      for (const row of chart.data.rows) {
        const label = chart.texts.find((t) => t.text === row.growthText)!;
        expect(label.y1 > second!.y1, `${row.growthText}`).toBe(row.basisLabel === bases[1]);
      }
      const axisTitle = chart.texts.filter((t) => t.text === (locale === 'en' ? 'Growth on previous year (%)' : '比上年增长（%）'));
      expect(axisTitle.length).toBe(1);
      expect(axisTitle[0]!.y1).toBeGreaterThan(second!.y1);
      // It fills the brief's text width.
      expect(chart.svgWidth).toBe(483);
    }
  });

  it('labels the scale of every panel of the trend figure, its unit in the panel title (issue 25)', () => {
    for (const locale of locales) {
      const chart = rendered.get(`wuyao-2024/${locale}`)!.find((c) => c.id === 'headline-trend')!;
      const panels = new Set(chart.data.rows.map((r) => String(r.panel)));
      expect(panels.size).toBeGreaterThan(1);
      const pointLabels = new Set(chart.data.rows.map((r) => String(r.valueText)));
      const years = new Set(chart.data.rows.map((r) => String(r.year)));
      // Axis labels: numbers that are neither a point's label nor a year.
      const ticks = chart.texts.filter((t) => /^[\d,.]+$/.test(t.text) && !pointLabels.has(t.text) && !years.has(t.text));
      expect(ticks.length, locale).toBeGreaterThanOrEqual(2 * panels.size);
      // It fills the brief's text width.
      expect(Math.abs(chart.svgWidth - 483), locale).toBeLessThan(4);
    }
  });

  it('binds each chart to the dataset figures', () => {
    const zh = new Map(rendered.get('tables-charted/zh-CN')!.map((c) => [c.id, c.data.rows]));
    const en = new Map(rendered.get('tables-charted/en')!.map((c) => [c.id, c.data.rows]));

    // Growth is compared within one price basis: comparable prices first, then current, each largest first.
    expect(zh.get('headline-growth')!.map((r) => r.growth)).toEqual(byBasisThenLargest(plans.get('binjiang-2025')!.plan.headline));
    expect(zh.get('headline-growth')!.map((r) => r.growth)).toEqual([6.0, 5.0, 4.4, 12.8, 8.2, 5.6, 5.3]);
    expect([...new Set(en.get('headline-growth')!.map((r) => r.basisLabel))]).toEqual([
      'Growth at comparable prices',
      'Growth at current prices',
    ]);

    const growth = zh.get('growth-vs-target')!;
    expect(growth.filter((r) => r.series === 'target').map((r) => r.value)).toEqual([7.0, 6.0, 5.6, 5.0]);
    expect(growth.filter((r) => r.series === 'actual').map((r) => r.value)).toEqual([6.0, 4.4, 5.0, 5.6]);

    // A table's chart shows the columns the table declares for it, largest first.
    for (const table of plans.get('tables-charted')!.plan.tables.filter((t) => t.chart)) {
      const chartId = `table-${table.id}`;
      const [first, second] = table.chart!.columns;
      const byFirst = [...table.rows].sort((a, b) => b.values[first!]! - a.values[first!]!);
      expect(zh.get(chartId)!.map((r) => r.first)).toEqual(byFirst.map((r) => r.values[first!]));
      expect(zh.get(chartId)!.map((r) => r.second)).toEqual(byFirst.map((r) => r.values[second!]));
      // In the unit of the table beside it (the source's 亿元, "RMB 100 million"), in both languages.
      expect(en.get(chartId)!.map((r) => r.first)).toEqual(byFirst.map((r) => r.values[first!]));
    }
  });

  it("says in each chart's text alternative what it plots: the price bases drawn and their order, the sort, the trend figure's indicators and the years that qualify them", () => {
    const alt = (folder: string, locale: Locale, id: string) => rendered.get(`${folder}/${locale}`)!.find((c) => c.id === id)!.alt;
    // Both bases drawn: a panel each, comparable prices first; one basis drawn: no panels are claimed.
    expect(alt('binjiang-2025', 'en', 'headline-growth')).toContain(
      'one panel per price basis (growth at comparable prices first, then at current prices)',
    );
    expect(alt('binjiang-2025', 'en', 'headline-growth')).toContain('largest first within each');
    expect(plans.get('one-basis')!.plan.headline.filter((f) => f.growth).length).toBeGreaterThanOrEqual(minCategories);
    expect(alt('one-basis', 'en', 'headline-growth')).toContain('all at current prices, largest first');
    expect(alt('one-basis', 'en', 'headline-growth')).not.toMatch(/panel|comparable prices/);
    expect(alt('binjiang-2025', 'zh-CN', 'headline-growth')).toContain('先可比价增速，后现价增速');
    expect(alt('one-basis', 'zh-CN', 'headline-growth')).toContain('均按现价计算');
    expect(alt('one-basis', 'zh-CN', 'headline-growth')).not.toContain('可比价');
    // The order the bars are in.
    expect(alt('binjiang-2025', 'en', 'growth-vs-target')).toContain('highest target first');
    expect(alt('binjiang-2025', 'zh-CN', 'growth-vs-target')).toContain('由高到低');
    // The trend figure names the indicators it draws (three years or more), not those it leaves out.
    const plan = plans.get('wuyao-2024')!.plan;
    const drawn = trendIndicators(plan);
    const left = plan.series!.indicators.filter((i) => !drawn.includes(i));
    expect(drawn.length).toBeGreaterThan(0);
    expect(left.length, 'wuyao-2024 has an indicator of two years, left out of the trend figure').toBeGreaterThan(0);
    for (const locale of locales) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const text = alt('wuyao-2024', locale, 'headline-trend');
      expect(text).toContain(String(trendMinYears));
      for (const i of drawn) expect(text, i.id).toContain(i.label[lang]);
      for (const i of left) expect(text, i.id).not.toContain(i.label[lang]);
    }
  });

  it('renders the invented demo edition too (nothing is tied to Binjiang)', () => {
    // Yanxi, an invented district, has four headline growth rates: a chart of them.
    expect(rendered.get('yanxi-2024/en')!.map((c) => c.id)).toEqual(['headline-growth']);
    const list = rendered.get('demo-2026/en')!;
    // The demo has two headline growth rates: too few bars for a chart.
    expect(list.map((c) => c.id)).not.toContain('headline-growth');
    // The demo's table declares a chart of its two rows: a chart of three bars or fewer says less
    // than the table beside it, so it is left out.
    expect(plans.get('demo-2026')!.plan.tables[0]!.rows.length).toBeLessThan(minCategories);
    expect(list.map((c) => c.id)).not.toContain('table-by-sector');
    for (const chart of list) expect(chart.data.categories ?? chart.data.rows.length).toBeGreaterThanOrEqual(minCategories);
  });
});

describe('chart spec errors', () => {
  it('covers every chart rule id below', () => {
    const tested = ['chart:unknown-field', 'chart:spec-invalid', 'chart:unknown-string'];
    expect(ruleIds.filter((id) => id.startsWith('chart:')).sort()).toEqual([...tested].sort());
  });

  let root: string;
  const chart = charts.find((c) => c.id === 'headline-growth')!;
  const specFile = () => path.join(root, 'templates', 'charts', chart.spec);

  async function renderBroken(edit: (spec: string) => string) {
    root = tempDir('chart-root-');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    writeFileSync(specFile(), edit(readFileSync(specFile(), 'utf8')));
    const sink = new DiagnosticSink();
    const strings = loadUiStrings(root, 'en', sink)!;
    const { plan } = plans.get('binjiang-2025')!;
    const values = { reviewYear: 2024, planYear: 2025, district: 'Binjiang', city: 'Hangzhou', source: 'Report' };
    const result = await renderChart(root, chart, { plan, locale: 'en', strings, units, values }, sink);
    return { result, diagnostics: sink.items };
  }

  it('names the spec file and line for a field the data does not have', async () => {
    const { result, diagnostics } = await renderBroken((s) => s.replace('"field": "growthText"', '"field": "growthTxt"'));
    expect(result).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'chart:unknown-field', file: 'templates/charts/headline-growth.vl.json' });
    const line = readFileSync(specFile(), 'utf8').split('\n')[diagnostics[0]!.place.line - 1];
    expect(line).toContain('growthTxt');
  });

  it('reports invalid JSON as a diagnostic, not a crash', async () => {
    const { result, diagnostics } = await renderBroken((s) => s.replace('"layer": [', '"layer": [[,'));
    expect(result).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'chart:spec-invalid', file: 'templates/charts/headline-growth.vl.json' });
  });

  it('reports invalid Vega-Lite as a diagnostic naming the spec', async () => {
    const { result, diagnostics } = await renderBroken((s) => s.replace('"type": "bar"', '"type": "barr"'));
    expect(result).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'chart:spec-invalid', file: 'templates/charts/headline-growth.vl.json' });
    expect(diagnostics[0]!.message).toContain('headline-growth');
  });

  it('reports a missing interface string', async () => {
    const { result, diagnostics } = await renderBroken((s) => s.replace('"t:axes.growth"', '"t:axes.speed"'));
    expect(result).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'chart:unknown-string', file: 'templates/charts/headline-growth.vl.json' });
  });
});

/** Growth values as Figure 1 orders them: comparable prices first, then current prices, largest first within each. */
function byBasisThenLargest(figures: readonly Plan['headline'][number][]): number[] {
  return (['comparable', 'current'] as const).flatMap((basis) =>
    figures
      .filter((h) => h.growth !== undefined && h.growth.basis === basis)
      .map((h) => h.growth!.value)
      .sort((a, b) => b - a),
  );
}
